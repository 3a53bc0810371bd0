import type { VirtualMachine } from '../../model/resources.js'
import type { Sourced } from '../../model/source.js'
import { azureScope, templateDeployment } from '../shared/units.js'
import { collectInputs, hotpatchSignals, unreadCallAsVm, type InputShape, type UnreadInput } from '../shared/unread-module.js'
import type { ModuleInstance } from './module-instance.js'
import { bodyProperty } from './resource-instance.js'
import { indexLabel } from './sourced-values.js'
import type { Value } from './values.js'

/**
 * A module call that is not read, as an indeterminate VM when its `params` carry a hotpatch signal (issue 13
 * item 4): the module may deploy a hotpatch VM that no reader sees. `why`: a `br:`/`ts:` module (the registry
 * is never fetched), or a local module file that is not there or leads outside the scanned folder.
 */
export function unreadModuleVm(module: ModuleInstance, why: string): VirtualMachine | undefined {
  const { caller, declaration } = module
  const params = bodyProperty(declaration, 'params')
  const at = caller.at(declaration.span)
  const inputs: UnreadInput[] = []
  if (params !== undefined) collectInputs(BICEP_INPUTS, '', caller.evaluator.evaluate(params, module.expansion.locals), at, inputs)
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
      why,
      judge: 'scan its what-if result instead (az deployment group what-if --no-pretty-print beside the template), or exempt the call',
      unit: templateDeployment(site.files[0] ?? at.file, reportAt, modules === '' ? undefined : `modules ${modules}`, site.parameterFile?.path),
      scope: azureScope(site.resourceGroup, reportAt),
      deployed,
      variant: site.variant + indexLabel(module.expansion.index)
    },
    signals
  )
}

/** Bicep values to the input walker: an object's properties are where each is written, an array's items where the array is. */
export const BICEP_INPUTS: InputShape<Value> = {
  scalar: value => (value.kind === 'string' || value.kind === 'number' || value.kind === 'boolean' ? value.value : undefined),
  children: (value, at) => {
    if (value.kind === 'array') return value.items.map((item, index) => [index, item, at] as const)
    if (value.kind === 'object') return [...value.properties.values()].map(property => [property.key, property.value, property.at] as const)
    return undefined
  }
}
