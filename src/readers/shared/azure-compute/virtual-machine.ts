import type { VirtualMachine } from '../../../model/resources.js'
import type { Sourced } from '../../../model/source.js'
import { orchestrationModeOf } from './orchestration.js'
import { firstWritten, orPlatformDefault, type ArmPath, type ArmPropertySource } from './property-source.js'

type OsType = 'Windows' | 'Linux'

/** The fields of a VM or scale set that come from its ARM properties (the rest is the reader's frame). */
export type ComputeFields = Pick<
  VirtualMachine,
  | 'kind'
  | 'canHotpatch'
  | 'orchestrationMode'
  | 'osType'
  | 'image'
  | 'location'
  | 'tags'
  | 'patchMode'
  | 'enableHotpatching'
  | 'rebootSetting'
  | 'bypassPlatformSafetyChecksOnUserSchedule'
>

/** Values a format knows better than its ARM-shaped properties say (ASO's image `reference`, ...). */
export type ComputeOverrides = Partial<Pick<ComputeFields, 'bypassPlatformSafetyChecksOnUserSchedule'>> & {
  readonly customImageId?: Sourced<string>
  /** The resource's API version, where the format writes one: it decides a scale set's default orchestration. */
  readonly apiVersion?: Sourced<string>
}

/**
 * Maps a `Microsoft.Compute/virtualMachines` or `virtualMachineScaleSets` body (advisory-facts §5;
 * a scale set's VM profile sits under `properties.virtualMachineProfile`), the same for every
 * ARM-shaped format. The decisions, stated once:
 * - `enableHotpatching` unset stays `absent`: on Windows Server 2025 Azure Edition hotpatch is ON by
 *   default, so what unset means depends on the image, and the policy decides (issue 9 item 4). Only
 *   azurerm-shaped formats (Terraform azurerm, Crossplane) send an explicit false for an unset flag.
 * - `osType`: the OS disk's `osType`, else which OS configuration block is written, else a Windows
 *   Server image publisher; unresolved when an unresolved value could have decided it.
 * - `patchMode` unset on Windows is the platform default `AutomaticByOS` (origin `provider-default`).
 * - `orchestrationMode` unset is Uniform with an API version before 2021-03-01 (Flexible needs it), else
 *   stays absent: the policy decides (`orchestration.ts`).
 */
export function mapVirtualMachine(
  source: ArmPropertySource,
  kind: VirtualMachine['kind'],
  overrides: ComputeOverrides = {}
): ComputeFields {
  const profile: ArmPath = kind === 'scale-set' ? ['properties', 'virtualMachineProfile'] : ['properties']
  const patch = [...profile, 'osProfile', 'windowsConfiguration', 'patchSettings']
  const platform = [...patch, 'automaticByPlatformSettings']
  const image = [...profile, 'storageProfile', 'imageReference']
  const publisher = source.string([...image, 'publisher'])
  const osType = readOsType(source, profile, publisher)
  const patchMode = source.string([...patch, 'patchMode'])
  return {
    kind,
    canHotpatch: true,
    orchestrationMode:
      kind === 'scale-set' ? orchestrationModeOf(source.string(['properties', 'orchestrationMode']), overrides.apiVersion) : absentAt(source),
    osType,
    image: {
      publisher,
      offer: source.string([...image, 'offer']),
      sku: source.string([...image, 'sku']),
      version: source.string([...image, 'version']),
      customImageId:
        overrides.customImageId ??
        firstWritten(
          source.string([...image, 'id']),
          source.string([...image, 'sharedGalleryImageId']),
          source.string([...image, 'communityGalleryImageId'])
        )
    },
    location: source.string(['location']),
    tags: source.stringMap(['tags']),
    patchMode: osType.value === 'Windows' ? orPlatformDefault(patchMode, 'AutomaticByOS') : patchMode,
    enableHotpatching: source.boolean([...patch, 'enableHotpatching']),
    rebootSetting: source.string([...platform, 'rebootSetting']),
    bypassPlatformSafetyChecksOnUserSchedule:
      overrides.bypassPlatformSafetyChecksOnUserSchedule ??
      source.boolean([...platform, 'bypassPlatformSafetyChecksOnUserSchedule'])
  }
}

function readOsType(source: ArmPropertySource, profile: ArmPath, publisher: Sourced<string>): Sourced<OsType> {
  const osDisk = toOsType(source.string([...profile, 'storageProfile', 'osDisk', 'osType']))
  const windows = as(source.written([...profile, 'osProfile', 'windowsConfiguration']), 'Windows')
  const linux = as(source.written([...profile, 'osProfile', 'linuxConfiguration']), 'Linux')
  // A known non-Windows publisher decides nothing (Linux publishers are many); an unresolved one might.
  const windowsPublisher = publisher.value === undefined || publisher.value.toLowerCase() === 'microsoftwindowsserver'
  const candidates = [osDisk, windows, linux, ...(windowsPublisher ? [as(publisher, 'Windows')] : [])]
  return (
    candidates.find(candidate => candidate.value !== undefined) ??
    candidates.find(candidate => candidate.origin === 'unresolved') ??
    absentAt(source)
  )
}

function toOsType(written: Sourced<string>): Sourced<OsType> {
  if (written.value === undefined) return written as Sourced<never>
  const value = written.value.toLowerCase()
  if (value === 'windows') return { ...written, value: 'Windows' }
  if (value === 'linux') return { ...written, value: 'Linux' }
  return { ...written, value: undefined, origin: 'unresolved', reason: `osType '${written.value}' is neither Windows nor Linux` }
}

/** The OS a written value implies, keeping where and how it is written. */
const as = (sourced: Sourced<unknown>, os: OsType): Sourced<OsType> => ({
  ...sourced,
  value: sourced.value === undefined ? undefined : os
})

const absentAt = <T>(source: ArmPropertySource): Sourced<T> => ({ value: undefined, origin: 'absent', location: source.at })
