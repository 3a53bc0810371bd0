import type { VirtualMachine } from '../../../model/resources.js'
import type { SourceLocation } from '../../../model/source.js'
import { azureScope, deploymentUnit } from '../../shared/units.js'
import { hotpatchSignals, unreadCallAsVm, type UnreadInput } from '../../shared/unread-module.js'
import { locationOf, type ModuleCallDeclaration } from '../config/module-config.js'
import { childScope } from '../eval/evaluator.js'
import { isList, isObject, type Value } from '../eval/value.js'
import { expand } from './expansion.js'
import type { ModuleInstance } from './module-instance.js'

/** Arguments of a module block that are not inputs of the module. */
const META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on'])
/** Known scalars collected per call, at most, and how deep into objects and lists. */
const MAX_INPUTS = 500
const MAX_DEPTH = 6

/**
 * A module call whose files are not read (registry, git, a folder outside the scan), as an indeterminate
 * VM when its inputs carry a hotpatch signal (issue 13 item 4): the module may deploy a hotpatch VM.
 */
export function unreadModuleVm(parent: ModuleInstance, call: ModuleCallDeclaration, skipped: string): VirtualMachine | undefined {
  const evaluator = parent.session.evaluator
  const budget = { factors: parent.factors, limits: parent.session.limits, what: `module.${call.name}` }
  const expansion = expand(call.block, call.file, parent.scope, evaluator, budget)
  const inputs: UnreadInput[] = []
  for (const instance of expansion.instances) {
    const scope = childScope(parent.scope, instance.names)
    for (const [name, attribute] of call.block.body.attributes) {
      if (META_ARGUMENTS.has(name)) continue
      collectInputs(name, evaluator.evaluate(attribute.expression, scope), locationOf(call.file, attribute.pos), inputs)
    }
  }
  const signals = hotpatchSignals(inputs)
  if (signals === undefined) return undefined
  const at = locationOf(call.file, call.block.pos)
  const address = `${parent.address === '' ? '' : `${parent.address}.`}module.${call.name}`
  const [first] = expansion.instances
  return unreadCallAsVm(
    {
      format: 'terraform',
      displayName: address,
      symbol: parent.session.symbol(address),
      at,
      why: skipped,
      judge: 'scan its plan instead (terraform show -json beside the configuration), or exempt the call',
      unit: deploymentUnit('terraform-root', `terraform:${parent.session.rootFolder}`, at, parent.address),
      scope: azureScope(undefined, at),
      deployed: first === undefined ? { value: false, origin: 'expression', location: at } : first.deployed,
      // One root evaluated per var file: the call is reported once per variant, as its resources would be.
      variant: [parent.session.varFile?.name, parent.keys].filter(part => part !== undefined && part !== '').join(' ')
    },
    signals
  )
}

/** The known scalars of a value, with their paths (`vm.image.sku`), for `hotpatchSignals`. */
export function collectInputs(path: string, value: Value, at: SourceLocation, into: UnreadInput[], depth = 0): void {
  if (into.length >= MAX_INPUTS || depth > MAX_DEPTH) return
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    into.push({ path, value, at })
  } else if (isList(value)) {
    value.forEach((item, index) => collectInputs(`${path}[${index}]`, item, at, into, depth + 1))
  } else if (isObject(value)) {
    for (const [key, item] of value.entries) collectInputs(`${path}.${key}`, item, at, into, depth + 1)
  }
}
