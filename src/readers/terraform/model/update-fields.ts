import type { Resource } from '../../../model/resources.js'
import type { Sourced } from '../../../model/source.js'
import { firstWritten, mapMaintenanceConfiguration, type ArmPath, type ArmPropertySource } from '../../shared/azure-compute/index.js'

/** A model field (`['patchMode']`, `['image', 'sku']`, `['window', 'duration']`) and what an update's body writes for it. */
export interface WrittenField {
  readonly field: readonly [string] | readonly [string, string]
  readonly value: Sourced<unknown>
}

type FieldReader = (body: ArmPropertySource) => readonly WrittenField[]

/**
 * What a PATCH body sets on a VM or on a scale set's VM profile: the Windows patch settings, the image (a
 * scale set's model is updated in place; a VM refuses most image changes, and then nothing is deployed), and
 * the tags (a PATCH replaces them whole). The paths are those `mapVirtualMachine` reads from a full body;
 * nothing defaults here: a field the body does not write is not updated.
 */
function computeFields(profile: ArmPath): FieldReader {
  const patch = [...profile, 'osProfile', 'windowsConfiguration', 'patchSettings']
  const platform = [...patch, 'automaticByPlatformSettings']
  const image = [...profile, 'storageProfile', 'imageReference']
  return body => [
    { field: ['patchMode'], value: body.string([...patch, 'patchMode']) },
    { field: ['enableHotpatching'], value: body.boolean([...patch, 'enableHotpatching']) },
    { field: ['rebootSetting'], value: body.string([...platform, 'rebootSetting']) },
    {
      field: ['bypassPlatformSafetyChecksOnUserSchedule'],
      value: body.boolean([...platform, 'bypassPlatformSafetyChecksOnUserSchedule'])
    },
    { field: ['tags'], value: body.stringMap(['tags']) },
    { field: ['image', 'publisher'], value: body.string([...image, 'publisher']) },
    { field: ['image', 'offer'], value: body.string([...image, 'offer']) },
    { field: ['image', 'sku'], value: body.string([...image, 'sku']) },
    { field: ['image', 'version'], value: body.string([...image, 'version']) },
    {
      field: ['image', 'customImageId'],
      value: firstWritten(body.string([...image, 'id']), body.string([...image, 'sharedGalleryImageId']), body.string([...image, 'communityGalleryImageId']))
    }
  ]
}

/** An Arc-enabled server's own patch settings and tags (its hotpatch license is a license profile, another resource). */
const arcMachineFields: FieldReader = body => {
  const patch = ['properties', 'osProfile', 'windowsConfiguration', 'patchSettings']
  return [
    { field: ['patchMode'], value: body.string([...patch, 'patchMode']) },
    { field: ['enableHotpatching'], value: body.boolean([...patch, 'enableHotpatching']) },
    { field: ['tags'], value: body.stringMap(['tags']) }
  ]
}

/** A maintenance configuration's scope, window and patch settings, read as a full body reads them. */
const configurationFields: FieldReader = body => {
  const mapped = mapMaintenanceConfiguration(body)
  const { window } = mapped
  return [
    { field: ['maintenanceScope'], value: mapped.maintenanceScope },
    { field: ['window', 'startDateTime'], value: window.startDateTime },
    { field: ['window', 'expirationDateTime'], value: window.expirationDateTime },
    { field: ['window', 'duration'], value: window.duration },
    { field: ['window', 'timeZone'], value: window.timeZone },
    { field: ['window', 'recurEvery'], value: window.recurEvery },
    { field: ['rebootSetting'], value: mapped.rebootSetting },
    { field: ['excludeKbsRequiringReboot'], value: mapped.excludeKbsRequiringReboot },
    { field: ['classificationsToInclude'], value: mapped.classificationsToInclude },
    { field: ['kbNumbersToInclude'], value: mapped.kbNumbersToInclude },
    { field: ['inGuestPatchMode'], value: mapped.inGuestPatchMode }
  ]
}

const VM_FIELDS = computeFields(['properties'])
const SCALE_SET_FIELDS = computeFields(['properties', 'virtualMachineProfile'])

/**
 * The fields an update's body writes for a resource of this kind (a value it could not evaluate is written,
 * unresolved); an assignment is never updated this way (none of its kinds is updatable).
 */
export function writtenFields(resource: Resource, body: ArmPropertySource): readonly WrittenField[] {
  const reader =
    resource.kind === 'virtual-machine'
      ? VM_FIELDS
      : resource.kind === 'scale-set'
        ? SCALE_SET_FIELDS
        : resource.kind === 'arc-machine'
          ? arcMachineFields
          : resource.kind === 'maintenance-configuration'
            ? configurationFields
            : undefined
  return reader === undefined ? [] : reader(body).filter(written => written.value.origin !== 'absent')
}

/** The current value of a model field. */
export function fieldOf(resource: Resource, field: WrittenField['field']): Sourced<unknown> | undefined {
  const record = resource as unknown as Record<string, unknown>
  const [top, inner] = field
  const value = inner === undefined ? record[top] : (record[top] as Record<string, unknown> | undefined)?.[inner]
  return value as Sourced<unknown> | undefined
}

/** A copy of the resource with one model field replaced (nested objects copied, never changed in place). */
export function withField<R extends Resource>(resource: R, field: WrittenField['field'], value: Sourced<unknown>): R {
  const [top, inner] = field
  const record = resource as unknown as Record<string, unknown>
  const replaced = inner === undefined ? value : { ...(record[top] as Record<string, unknown>), [inner]: value }
  return { ...resource, [top]: replaced }
}
