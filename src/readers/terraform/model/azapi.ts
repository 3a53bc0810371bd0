import {
  MAINTENANCE_ASSIGNMENT_TYPE,
  MAINTENANCE_CONFIGURATION_TYPE,
  VM_TYPE,
  VMSS_TYPE
} from '../../../model/identity.js'
import type { MaintenanceAssignment, MaintenanceConfiguration, Resource, VirtualMachine } from '../../../model/resources.js'
import { absent, type Sourced } from '../../../model/source.js'
import { isObject, type Value } from '../eval/value.js'
import type { ResourceFrame } from './compute.js'
import { bool, convert, orProviderDefault, stringMap, text, texts } from './fields.js'
import { isScopeId, resourceReference, type SymbolLookup } from './references.js'
import type { ResourceView } from './view.js'

type Path = readonly string[]

/** The ARM types an `azapi_resource` is modelled for (compared case-insensitively). */
export const AZAPI_MODELLED_TYPES = [VM_TYPE, VMSS_TYPE, MAINTENANCE_CONFIGURATION_TYPE, MAINTENANCE_ASSIGNMENT_TYPE]

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
      return compute(view, frame, 'virtual-machine', properties, absent(view.location))
    case VMSS_TYPE.toLowerCase(): {
      const profile = (...path: Path) => properties('virtualMachineProfile', ...path)
      // Unset stays absent: the policy decides what an unset mode means, the same for every format.
      return compute(view, frame, 'scale-set', profile, text(properties('orchestrationMode')))
    }
    case MAINTENANCE_CONFIGURATION_TYPE.toLowerCase():
      return configuration(frame, properties)
    case MAINTENANCE_ASSIGNMENT_TYPE.toLowerCase():
      return assignment(view, frame, properties, symbolOf)
    default:
      return undefined
  }
}


function compute(
  view: ResourceView,
  frame: ResourceFrame,
  kind: VirtualMachine['kind'],
  at: (...path: Path) => Sourced<Value>,
  mode: Sourced<string>
): VirtualMachine {
  const windows = at('osProfile', 'windowsConfiguration')
  const linux = at('osProfile', 'linuxConfiguration')
  const written = (found: Sourced<Value>, os: 'Windows' | 'Linux'): Sourced<'Windows' | 'Linux'> =>
    convert(found, () => ({ value: os }))
  const osType: VirtualMachine['osType'] =
    windows.origin !== 'absent'
      ? written(windows, 'Windows')
      : linux.origin !== 'absent'
        ? written(linux, 'Linux')
        : convert<'Windows' | 'Linux'>(at('storageProfile', 'osDisk', 'osType'), value =>
            value === 'Windows' || value === 'Linux' ? { value } : { reason: 'osType is neither Windows nor Linux' }
          )
  const patch = (...path: Path) => at('osProfile', 'windowsConfiguration', 'patchSettings', ...path)
  const image = (name: string) => text(at('storageProfile', 'imageReference', name))
  const custom = ['id', 'sharedGalleryImageId', 'communityGalleryImageId'].map(image)
  const patchMode = text(patch('patchMode'))
  return {
    ...frame,
    kind,
    canHotpatch: true,
    orchestrationMode: mode,
    osType,
    image: {
      publisher: image('publisher'),
      offer: image('offer'),
      sku: image('sku'),
      version: image('version'),
      customImageId: custom.find(id => id.origin !== 'absent') ?? (custom[0] as Sourced<string>)
    },
    location: text(firstWritten(view.get(['location']), view.get(['body', 'location']))),
    tags: stringMap(firstWritten(view.get(['tags']), view.get(['body', 'tags']))),
    patchMode: osType.value === 'Linux' ? patchMode : orProviderDefault(patchMode, 'AutomaticByOS'),
    enableHotpatching: bool(patch('enableHotpatching')),
    rebootSetting: text(patch('automaticByPlatformSettings', 'rebootSetting')),
    bypassPlatformSafetyChecksOnUserSchedule: bool(patch('automaticByPlatformSettings', 'bypassPlatformSafetyChecksOnUserSchedule'))
  }
}

const firstWritten = (first: Sourced<Value>, second: Sourced<Value>): Sourced<Value> =>
  first.origin === 'absent' ? second : first

function configuration(frame: ResourceFrame, at: (...path: Path) => Sourced<Value>): MaintenanceConfiguration {
  const window = (name: string) => text(at('maintenanceWindow', name))
  const windows = (name: string) => at('installPatches', 'windowsParameters', name)
  return {
    ...frame,
    kind: 'maintenance-configuration',
    maintenanceScope: text(at('maintenanceScope')),
    window: {
      startDateTime: window('startDateTime'),
      expirationDateTime: window('expirationDateTime'),
      duration: window('duration'),
      timeZone: window('timeZone'),
      recurEvery: window('recurEvery')
    },
    rebootSetting: text(at('installPatches', 'rebootSetting')),
    excludeKbsRequiringReboot: bool(windows('excludeKbsRequiringReboot')),
    classificationsToInclude: texts(windows('classificationsToInclude')),
    kbNumbersToInclude: texts(windows('kbNumbersToInclude'))
  }
}

/**
 * A configuration assignment: its `parent_id` is the VM it applies to, or a subscription /
 * resource group for a dynamic scope (with `properties.filter`).
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
  const base = { ...frame, kind: 'maintenance-assignment' as const, configuration }
  const scopeParent = typeof parent.value === 'string' && isScopeId(parent.value)
  if (filter.origin !== 'absent' || scopeParent) {
    const list = (name: string) => texts(at('filter', name))
    const tags = at('filter', 'tagSettings', 'tags')
    return {
      ...base,
      filter: {
        resourceTypes: list('resourceTypes'),
        resourceGroups: list('resourceGroups'),
        locations: list('locations'),
        osTypes: list('osTypes'),
        tags: convert<Readonly<Record<string, readonly string[]>>>(tags, () => tagMap(tags)),
        tagOperator: orProviderDefault(text(at('filter', 'tagSettings', 'filterOperator')), 'Any')
      }
    }
  }
  const resourceId = at('resourceId')
  return { ...base, target: resourceReference(resourceId.origin === 'absent' ? parent : resourceId, symbolOf) }
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
