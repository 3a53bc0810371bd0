import type { VirtualMachine } from '../../model/resources.js'
import type { SourceLocation, Sourced } from '../../model/source.js'
import { azureScope, templateDeployment } from '../shared/units.js'
import { hotpatchSignals, unreadCallAsVm, type UnreadInput } from '../shared/unread-module.js'
import type { ModuleInstance } from './module-instance.js'
import { bodyProperty } from './resource-instance.js'
import { indexLabel } from './sourced-values.js'
import type { Value } from './values.js'

/** Known scalars collected per call, at most, and how deep into objects and arrays. */
const MAX_INPUTS = 500
const MAX_DEPTH = 6

/**
 * A `br:`/`ts:` module call (the registry is never fetched) as an indeterminate VM when its `params` carry
 * a hotpatch signal (issue 13 item 4): the module may deploy a hotpatch VM that no reader sees.
 */
export function unreadModuleVm(module: ModuleInstance, reference: string): VirtualMachine | undefined {
  const { caller, declaration } = module
  const params = bodyProperty(declaration, 'params')
  const at = caller.at(declaration.span)
  const inputs: UnreadInput[] = []
  if (params !== undefined) collectBicepInputs('', caller.evaluator.evaluate(params, module.expansion.locals), at, inputs)
  const signals = hotpatchSignals(inputs)
  if (signals === undefined) return undefined
  const site = caller.site
  const reportAt = site.calls[0] ?? at
  const label = `${declaration.name}${indexLabel(module.expansion.index)}`
  const modules = site.files.slice(1).join(' > ')
  const deployed: Sourced<boolean> = module.condition() ?? { value: true, origin: 'provider-default', location: at }
  return unreadCallAsVm(
    {
      format: 'bicep',
      displayName: `module ${label}`,
      symbol: `${site.symbolPrefix}${caller.file}#${label}`,
      at,
      why: `registry module ${reference} is not read`,
      judge: 'scan its what-if result instead (az deployment group what-if --no-pretty-print beside the template), or exempt the call',
      unit: templateDeployment(site.files[0] ?? at.file, reportAt, modules === '' ? undefined : `modules ${modules}`, site.parameterFile?.path),
      scope: azureScope(site.resourceGroup, reportAt),
      deployed,
      variant: site.variant + indexLabel(module.expansion.index)
    },
    signals
  )
}

/** The known scalars of a value, with their paths (`imageReference.sku`), for `hotpatchSignals`. */
export function collectBicepInputs(path: string, value: Value, at: SourceLocation, into: UnreadInput[], depth = 0): void {
  if (into.length >= MAX_INPUTS || depth > MAX_DEPTH) return
  if (value.kind === 'string' || value.kind === 'number' || value.kind === 'boolean') {
    into.push({ path, value: value.value, at })
  } else if (value.kind === 'array') {
    value.items.forEach((item, index) => collectBicepInputs(`${path}[${index}]`, item, at, into, depth + 1))
  } else if (value.kind === 'object') {
    for (const property of value.properties.values()) {
      collectBicepInputs(path === '' ? property.key : `${path}.${property.key}`, property.value, property.at, into, depth + 1)
    }
  }
}
