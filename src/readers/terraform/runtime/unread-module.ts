import { parseResourceId } from '../../../model/identity.js'
import type { MaintenanceAssignment, VirtualMachine } from '../../../model/resources.js'
import { known, type SourceLocation, type Sourced } from '../../../model/source.js'
import { azureScope, deploymentUnit } from '../../shared/units.js'
import {
  collectInputs,
  hotpatchSignals,
  MACHINE_TYPES,
  MAINTENANCE_MODULE,
  unreadCallAsAssignment,
  unreadCallAsVm,
  visitInputs,
  inputPath,
  type UnreadCall,
  type UnreadInput
} from '../../shared/unread-module.js'
import { unreadCallAsDynamicScope } from '../../shared/unread-dynamic-scope.js'
import { locationOf, type ModuleCallDeclaration } from '../config/module-config.js'
import { childScope } from '../eval/evaluator.js'
import type { ObjectValue } from '../eval/value.js'
import { isModuleFilter, moduleFilter } from '../model/module-filter.js'
import { TERRAFORM_INPUTS } from '../model/value-inputs.js'
import { expand, keySuffix } from './expansion.js'
import type { ModuleInstance } from './module-instance.js'
import { callProvider } from './providers.js'

/** Arguments of a module block that are not inputs of the module. */
const META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on'])

/**
 * A module call whose files are not read (registry, git, a folder outside the scan), as an indeterminate
 * VM when its inputs carry a hotpatch signal (issue 13 item 4): the module may deploy a hotpatch VM.
 */
export function unreadModuleVm(parent: ModuleInstance, call: ModuleCallDeclaration, skipped: string): VirtualMachine | undefined {
  const { inputs, deployed } = callInputs(parent, call)
  const signals = hotpatchSignals(inputs)
  if (signals === undefined) return undefined
  const judge = 'scan its plan instead (terraform show -json beside the configuration), or exempt the call'
  return unreadCallAsVm({ ...callOf(parent, call, deployed), why: skipped, judge }, signals)
}

/**
 * See `unreadCallAsAssignment` and `unreadCallAsDynamicScope`: an unread module whose source names maintenance, one
 * per VM ID it is passed (written or `x.id`) and one per dynamic scope filter it is passed (`dynamic_scopes = { win =
 * { os_types, tags } }`), in the subscription of the call's azurerm configuration; none for any other call.
 */
export function unreadModuleAssignments(parent: ModuleInstance, call: ModuleCallDeclaration, skipped: string): MaintenanceAssignment[] {
  if (call.source === undefined || !MAINTENANCE_MODULE.test(call.source)) return []
  const { inputs, deployed, filters } = callInputs(parent, call)
  const base = callOf(parent, call, deployed)
  const assignments: MaintenanceAssignment[] = []
  const seen = new Set<string>()
  for (const input of inputs) {
    const identity = typeof input.value === 'string' ? parseResourceId(input.value) : undefined
    if (identity === undefined || !MACHINE_TYPES.has(identity.type.toLowerCase())) continue
    const id = (input.value as string).toLowerCase()
    if (seen.has(id)) continue
    seen.add(id)
    const symbol = parent.session.symbolOfId(input.value as string)
    const target = known(symbol === undefined ? identity : { ...identity, symbol }, input.at, 'expression')
    assignments.push(unreadCallAsAssignment({ ...base, symbol: `${base.symbol} > ${id}`, why: skipped }, target))
  }
  if (filters.length === 0) return assignments
  // Where the module creates the scope is not read: the subscription its resources deploy to is the call's provider's.
  const placed = callProvider(parent, call, base.at)
  const scope = azureScope(undefined, base.at, undefined, placed.subscription, placed.handle, placed.runsAgainst)
  for (const { path, value, at, key, deployed: instanceDeployed } of filters) {
    const symbol = `${base.symbol}${keySuffix(key)} > ${path}`
    assignments.push(unreadCallAsDynamicScope({ ...base, symbol, scope, deployed: instanceDeployed, why: skipped }, moduleFilter(value, at)))
  }
  return assignments
}

/** A dynamic scope filter one instance of a call passes, at its path among the inputs (`dynamic_scopes.win`). */
interface PassedFilter {
  readonly path: string
  readonly value: ObjectValue
  readonly at: SourceLocation
  readonly key: number | string | undefined
  readonly deployed: Sourced<boolean>
}

/** The known scalars a call passes (every instance's), the filters it passes, and whether its first instance is deployed. */
function callInputs(parent: ModuleInstance, call: ModuleCallDeclaration): { inputs: UnreadInput[]; filters: PassedFilter[]; deployed: Sourced<boolean> } {
  const evaluator = parent.session.evaluator
  const budget = { factors: parent.factors, limits: parent.session.limits, what: `module.${call.name}` }
  const expansion = expand(call.block, call.file, parent.scope, evaluator, budget)
  const inputs: UnreadInput[] = []
  const filters: PassedFilter[] = []
  for (const instance of expansion.instances) {
    const scope = childScope(parent.scope, instance.names)
    for (const [name, attribute] of call.block.body.attributes) {
      if (META_ARGUMENTS.has(name)) continue
      const value = evaluator.evaluate(attribute.expression, scope)
      const at = locationOf(attribute.file ?? call.file, attribute.pos)
      collectInputs(TERRAFORM_INPUTS, name, value, at, inputs)
      // Filters it holds (itself, or under map keys and in lists: `dynamic_scopes = { win = {...} }`).
      visitInputs(TERRAFORM_INPUTS, value, at, (held, inside, heldAt) => {
        if (!isModuleFilter(held)) return false
        filters.push({ path: inputPath(name, inside), value: held, at: heldAt, key: instance.key, deployed: instance.deployed })
        return true
      })
    }
  }
  const at = locationOf(call.file, call.block.pos)
  const [first] = expansion.instances
  return { inputs, filters, deployed: first === undefined ? { value: false, origin: 'expression', location: at } : first.deployed }
}

/** What an unread call is, whatever it stands in for: its address, place, unit and condition. */
function callOf(parent: ModuleInstance, call: ModuleCallDeclaration, deployed: Sourced<boolean>): Omit<UnreadCall, 'why' | 'judge'> {
  const at = locationOf(call.file, call.block.pos)
  const address = `${parent.address === '' ? '' : `${parent.address}.`}module.${call.name}`
  return {
    format: 'terraform',
    displayName: address,
    symbol: parent.session.symbol(address),
    at,
    unit: deploymentUnit('terraform-root', `terraform:${parent.session.rootFolder}`, at, parent.address, parent.session.varFile?.path),
    scope: azureScope(undefined, at),
    deployed,
    // One root evaluated per var file: the call is reported once per variant, as its resources would be.
    variant: [parent.session.varFile?.name, parent.keys].filter(part => part !== undefined && part !== '').join(' ')
  }
}
