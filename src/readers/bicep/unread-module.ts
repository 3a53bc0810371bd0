import type { MaintenanceAssignment, VirtualMachine } from '../../model/resources.js'
import { known, type SourceLocation, type Sourced } from '../../model/source.js'
import { azureScope, templateDeployment } from '../shared/units.js'
import {
  collectInputs,
  hotpatchSignals,
  MACHINE_TYPES,
  MAINTENANCE_MODULE,
  unreadCallAsAssignment,
  unreadCallAsVm,
  visitInputs,
  type InputShape,
  type UnreadCall,
  type UnreadInput
} from '../shared/unread-module.js'
import { isFilterShape, unreadCallAsDynamicScope } from '../shared/unread-dynamic-scope.js'
import { bicepSource, identityOf } from './adapter.js'
import { mapDynamicScope } from '../shared/azure-compute/index.js'
import { FieldReader } from './field-reader.js'
import type { ModuleInstance } from './module-instance.js'
import { bodyProperty } from './resource-instance.js'
import { indexLabel } from './sourced-values.js'
import { obj, type ResourceHandle, type Value } from './values.js'

/**
 * A module call that is not read, as an indeterminate VM when its `params` carry a hotpatch signal (issue 13
 * item 4): the module may deploy a hotpatch VM that no reader sees. `why`: a `br:`/`ts:` module (the registry
 * is never fetched), or a local module file that is not there or leads outside the scanned folder.
 */
export function unreadModuleVm(module: ModuleInstance, why: string): VirtualMachine | undefined {
  const inputs: UnreadInput[] = []
  const params = paramsOf(module)
  if (params !== undefined) collectInputs(BICEP_INPUTS, '', params, module.caller.at(module.declaration.span), inputs)
  const signals = hotpatchSignals(inputs)
  if (signals === undefined) return undefined
  const judge = 'scan its what-if result instead (az deployment group what-if --no-pretty-print beside the template), or exempt the call'
  return unreadCallAsVm({ ...unreadCallOf(module), why, judge }, signals)
}

/**
 * See `unreadCallAsAssignment` and `unreadCallAsDynamicScope`: an unread module whose path names maintenance, one
 * per VM it is passed and one per dynamic scope filter it is passed; none for any other call.
 */
export function unreadModuleAssignments(module: ModuleInstance, why: string, path: string): MaintenanceAssignment[] {
  if (!MAINTENANCE_MODULE.test(path)) return []
  const params = paramsOf(module)
  const at = module.caller.at(module.declaration.span)
  const machines: Machine[] = []
  const filters: Filter[] = []
  if (params !== undefined) findMachines(params, at, machines)
  // The dynamic scope filters its inputs hold (`filter: { resourceTypes, tagSettings }`, at any depth), and where.
  if (params !== undefined) {
    visitInputs(BICEP_INPUTS, params, at, (value, _, valueAt) => {
      if (filters.length >= MAX_MACHINES) return true
      if (value.kind !== 'object' || !isFilterShape([...value.properties.values()].map(property => property.key))) return false
      filters.push({ value, at: valueAt })
      return true
    })
  }
  const call = unreadCallOf(module)
  const assignments = machines.map(({ handle, at }) => unreadCallAsAssignment({ ...call, symbol: `${call.symbol} > ${handle.symbol}`, why }, known(identityOf(handle), at, 'expression')))
  filters.forEach(({ value, at }, index) => {
    const reader = new FieldReader(obj([{ key: 'properties', at, value: obj([{ key: 'filter', at, value }]) }]), at)
    assignments.push(unreadCallAsDynamicScope({ ...call, symbol: `${call.symbol} > filter${index === 0 ? '' : `[${index}]`}`, why }, mapDynamicScope(bicepSource(reader))))
  })
  return assignments
}

interface Filter {
  readonly value: Value
  readonly at: SourceLocation
}

interface Machine {
  readonly handle: ResourceHandle
  readonly at: SourceLocation
}

/** The VMs and scale sets a module's inputs name (`vm.id`, `vm.name` of a symbol; lists of them), each once, and where. */
function findMachines(value: Value, at: SourceLocation, into: Machine[]): void {
  visitInputs(BICEP_INPUTS, value, at, (value, _, valueAt) => {
    if (into.length >= MAX_MACHINES) return true
    const handle = (value.kind === 'string' || value.kind === 'unresolved') && value.resource !== undefined ? value.resource : undefined
    if (handle === undefined || !MACHINE_TYPES.has(handle.type.toLowerCase())) return false
    if (!into.some(found => found.handle.symbol === handle.symbol)) into.push({ handle, at: valueAt })
    return true
  })
}

/** VMs one call is read for, at most (the inputs walked are bounded alike: shared/unread-module.ts). */
const MAX_MACHINES = 500

function paramsOf(module: ModuleInstance): Value | undefined {
  const params = bodyProperty(module.declaration, 'params')
  return params === undefined ? undefined : module.caller.evaluator.evaluate(params, module.expansion.locals)
}

/** What an unread call is, whatever it stands in for: its name, place, unit and condition. */
export function unreadCallOf(module: ModuleInstance): Omit<UnreadCall, 'why' | 'judge'> {
  const { caller, declaration } = module
  const at = caller.at(declaration.span)
  const site = caller.site
  const reportAt = site.calls[0] ?? at
  const label = `${declaration.name}${indexLabel(module.expansion.index)}`
  const modules = site.files.slice(1).join(' > ')
  const deployed: Sourced<boolean> = module.condition() ?? { value: true, origin: 'provider-default', location: at }
  return {
    format: 'bicep',
    displayName: `module ${label}`,
    symbol: `${site.symbolPrefix}${caller.file}#${label}`,
    at,
    unit: templateDeployment(site.files[0] ?? at.file, reportAt, modules === '' ? undefined : `modules ${modules}`, site.parameterFile?.path),
    scope: azureScope(site.resourceGroup, reportAt),
    deployed,
    variant: site.variant + indexLabel(module.expansion.index)
  }
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
