import {
  ARC_LICENSE_PROFILE_TYPE,
  ARC_MACHINE_TYPE,
  MAINTENANCE_ASSIGNMENT_TYPE,
  MAINTENANCE_CONFIGURATION_TYPE,
  VM_TYPE,
  VMSS_TYPE
} from '../../../model/identity.js'
import type { MaintenanceAssignment, Resource, VirtualMachine } from '../../../model/resources.js'
import type { Sourced } from '../../../model/source.js'
import {
  firstWritten,
  mapArcLicenseProfile,
  mapArcMachine,
  mapDynamicScope,
  mapMaintenanceConfiguration,
  mapVirtualMachine,
  type ArmPropertySource
} from '../../shared/azure-compute/index.js'
import { isList, isMissing, isObject, type Value } from '../eval/value.js'
import type { ResourceFrame } from './compute.js'
import { bool, convert, stringMap, text, texts } from './fields.js'
import { isScopeId, resourceReference, type SymbolLookup } from './references.js'
import type { ResourceView } from './view.js'
import { onFrame } from '../../shared/resource-shape.js'

type Path = readonly string[]

/** The ARM types an `azapi_resource` is modelled for (compared case-insensitively). */
export const AZAPI_MODELLED_TYPES = [
  VM_TYPE,
  VMSS_TYPE,
  ARC_MACHINE_TYPE,
  ARC_LICENSE_PROFILE_TYPE,
  MAINTENANCE_CONFIGURATION_TYPE,
  MAINTENANCE_ASSIGNMENT_TYPE
]

/** Maps an `azapi_resource` whose `type` is a VM, scale set or maintenance resource; its `body` reads like ARM. */
export function azapiResource(
  armType: string,
  view: ResourceView,
  frame: ResourceFrame,
  symbolOf: SymbolLookup
): Resource | undefined {
  const properties = (...path: Path): Sourced<Value> => view.get(['body', 'properties', ...path])
  switch (armType.toLowerCase()) {
    case VM_TYPE.toLowerCase():
      return onFrame(frame, mapVirtualMachine(azapiSource(view), 'virtual-machine', apiVersionOf(view)))
    case VMSS_TYPE.toLowerCase():
      return onFrame(frame, mapVirtualMachine(azapiSource(view), 'scale-set', apiVersionOf(view)))
    case ARC_MACHINE_TYPE.toLowerCase():
      return onFrame(frame, mapArcMachine(azapiSource(view), 'declared'))
    case ARC_LICENSE_PROFILE_TYPE.toLowerCase():
      return arcLicenseProfile(view, frame, symbolOf)
    case MAINTENANCE_CONFIGURATION_TYPE.toLowerCase():
      return onFrame(frame, mapMaintenanceConfiguration(azapiSource(view)))
    case MAINTENANCE_ASSIGNMENT_TYPE.toLowerCase():
      return assignment(view, frame, properties, symbolOf)
    default:
      return undefined
  }
}

/**
 * An `azapi_resource` body for the shared Azure compute adapter: ARM's body under `body`; location
 * and tags may also sit on the resource itself.
 */
export function azapiSource(view: ResourceView): ArmPropertySource {
  const get = (path: Path): Sourced<Value> =>
    path.length === 1 ? firstWritten(view.get(path), view.get(['body', ...path])) : view.get(['body', ...path])
  return {
    at: view.location,
    string: path => text(get(path)),
    boolean: path => bool(get(path)),
    strings: path => texts(get(path)),
    stringMap: path => stringMap(get(path)),
    stringListMap: path => {
      const tags = get(path)
      return convert<Readonly<Record<string, readonly string[]>>>(tags, () => tagMap(tags))
    },
    records: path => convert(get(path), records),
    written: path => convert(get(path), () => ({ value: true as const }))
  }
}

/** The API version the body is sent with: the one of `type` (`Microsoft.Compute/virtualMachines@2022-03-01`). */
function apiVersionOf(view: ResourceView): { apiVersion?: Sourced<string> } {
  const type = text(view.get(['type']))
  const version = type.value?.split('@')[1]
  return version === undefined ? {} : { apiVersion: { ...type, value: version } }
}

/**
 * A configuration assignment: its `parent_id` is the VM it applies to, or a subscription /
 * resource group for a dynamic scope (with `properties.filter`). azapi puts the assignment at
 * `{parent_id}/providers/Microsoft.Maintenance/configurationAssignments/{name}`: the body's `resourceId` is a
 * property that places nothing, read only when no `parent_id` is written.
 */
function assignment(
  view: ResourceView,
  frame: ResourceFrame,
  at: (...path: Path) => Sourced<Value>,
  symbolOf: SymbolLookup
): MaintenanceAssignment {
  const configuration = resourceReference(at('maintenanceConfigurationId'), symbolOf)
  const parent = view.get(['parent_id'])
  const filter = at('filter')
  const base = onFrame(frame, { kind: 'maintenance-assignment' as const, configuration })
  const scopeParent = typeof parent.value === 'string' && isScopeId(parent.value)
  if (filter.origin !== 'absent' || scopeParent) return onFrame(base, { filter: mapDynamicScope(azapiSource(view)) })
  return onFrame(base, { target: resourceReference(parent.origin === 'absent' ? at('resourceId') : parent, symbolOf) })
}

/**
 * A license profile (issue 17): the machine it belongs to is its `parent_id` (an Arc machine of the
 * configuration by address, or a resource ID); reported at the profile.
 */
function arcLicenseProfile(view: ResourceView, frame: ResourceFrame, symbolOf: SymbolLookup): VirtualMachine {
  const parent = resourceReference(profileParent(view), symbolOf).target.value
  const identity = parent ?? { type: ARC_MACHINE_TYPE, name: undefined }
  const displayName = identity.name ?? frame.displayName
  return onFrame(onFrame(frame, { identity, displayName }), mapArcLicenseProfile(azapiSource(view)))
}

/**
 * The machine a license profile belongs to: its `parent_id`, or, for an update or a PATCH that names the profile by
 * `resource_id` (`<machine ID>/licenseProfiles/default`), that ID without its last two segments.
 */
function profileParent(view: ResourceView): Sourced<Value> {
  const parent = view.get(['parent_id'])
  if (parent.origin !== 'absent') return parent
  const id = view.get(['resource_id'])
  if (typeof id.value !== 'string') return parent
  const at = id.value.toLowerCase().lastIndexOf('/licenseprofiles/')
  return at < 0 ? parent : { ...id, value: id.value.slice(0, at) }
}

/** An array of flat objects (a license profile's `productFeatures`), scalar values as text. */
function records(value: Value): { value: readonly Readonly<Record<string, string>>[] } | { reason: string } {
  if (!isList(value)) return { reason: 'expected a list of objects' }
  const result: Record<string, string>[] = []
  for (const item of value) {
    if (!isObject(item)) return { reason: 'expected a list of objects' }
    const record: Record<string, string> = {}
    for (const [key, field] of item.entries) {
      if (typeof field === 'string' || typeof field === 'number' || typeof field === 'boolean') record[key] = String(field)
      else if (isMissing(field)) return { reason: `'${key}': ${field.reason}` }
    }
    result.push(record)
  }
  return { value: result }
}

function tagMap(tags: Sourced<Value>): { value: Readonly<Record<string, readonly string[]>> } | { reason: string } {
  const map = stringListMap(tags)
  return map === undefined ? { reason: 'tagSettings.tags must map tag names to lists of values' } : { value: map }
}

function stringListMap(tags: Sourced<Value>): Record<string, readonly string[]> | undefined {
  const value = tags.value
  if (value === undefined || !isObject(value)) return undefined
  const record = Object.create(null) as Record<string, readonly string[]>
  for (const [key, item] of value.entries) {
    const list = texts({ ...tags, value: item })
    if (list.value === undefined) return undefined
    record[key] = list.value
  }
  return record
}
