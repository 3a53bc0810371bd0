import type { VirtualMachine } from '../../../model/resources.js'
import type { Sourced } from '../../../model/source.js'
import { bypassAsSent, rebootSettingAsSent } from './api-version.js'
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
  /**
   * The resource's API version, where the format writes one: it decides a scale set's default orchestration, and
   * whether the reboot setting and the bypass flag are sent (`api-version.ts`).
   */
  readonly apiVersion?: Sourced<string>
}

/** The property paths read from a VM body or a scale set's VM profile. */
interface ComputePaths {
  readonly publisher: ArmPath
  readonly offer: ArmPath
  readonly sku: ArmPath
  readonly version: ArmPath
  readonly imageId: ArmPath
  readonly sharedGalleryImageId: ArmPath
  readonly communityGalleryImageId: ArmPath
  readonly osDiskOsType: ArmPath
  readonly windowsConfiguration: ArmPath
  readonly linuxConfiguration: ArmPath
  readonly patchMode: ArmPath
  readonly enableHotpatching: ArmPath
  readonly rebootSetting: ArmPath
  readonly bypassPlatformSafetyChecksOnUserSchedule: ArmPath
}

/** Built once (paths are read-only): spreading them per VM was ~20 small arrays for every VM of a scan. */
function computePaths(profile: ArmPath): ComputePaths {
  const image = [...profile, 'storageProfile', 'imageReference']
  const patch = [...profile, 'osProfile', 'windowsConfiguration', 'patchSettings']
  const platform = [...patch, 'automaticByPlatformSettings']
  return {
    publisher: [...image, 'publisher'],
    offer: [...image, 'offer'],
    sku: [...image, 'sku'],
    version: [...image, 'version'],
    imageId: [...image, 'id'],
    sharedGalleryImageId: [...image, 'sharedGalleryImageId'],
    communityGalleryImageId: [...image, 'communityGalleryImageId'],
    osDiskOsType: [...profile, 'storageProfile', 'osDisk', 'osType'],
    windowsConfiguration: [...profile, 'osProfile', 'windowsConfiguration'],
    linuxConfiguration: [...profile, 'osProfile', 'linuxConfiguration'],
    patchMode: [...patch, 'patchMode'],
    enableHotpatching: [...patch, 'enableHotpatching'],
    rebootSetting: [...platform, 'rebootSetting'],
    bypassPlatformSafetyChecksOnUserSchedule: [...platform, 'bypassPlatformSafetyChecksOnUserSchedule']
  }
}

const VM_PATHS = computePaths(['properties'])
const SCALE_SET_PATHS = computePaths(['properties', 'virtualMachineProfile'])
const ORCHESTRATION_MODE: ArmPath = ['properties', 'orchestrationMode']
const LOCATION: ArmPath = ['location']
const TAGS: ArmPath = ['tags']

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
 * - `bypassPlatformSafetyChecksOnUserSchedule` written with an API version before 2023-03-01 is not sent: false
 *   (`api-version.ts`).
 */
export function mapVirtualMachine(
  source: ArmPropertySource,
  kind: VirtualMachine['kind'],
  overrides: ComputeOverrides = {}
): ComputeFields {
  const paths = kind === 'scale-set' ? SCALE_SET_PATHS : VM_PATHS
  const publisher = source.string(paths.publisher)
  const osType = readOsType(source, paths, publisher)
  const patchMode = source.string(paths.patchMode)
  return {
    kind,
    canHotpatch: true,
    orchestrationMode:
      kind === 'scale-set' ? orchestrationModeOf(source.string(ORCHESTRATION_MODE), overrides.apiVersion) : absentAt(source),
    osType,
    image: {
      publisher,
      offer: source.string(paths.offer),
      sku: source.string(paths.sku),
      version: source.string(paths.version),
      customImageId:
        overrides.customImageId ??
        firstWritten(
          source.string(paths.imageId),
          source.string(paths.sharedGalleryImageId),
          source.string(paths.communityGalleryImageId)
        )
    },
    location: source.string(LOCATION),
    tags: source.stringMap(TAGS),
    patchMode: osType.value === 'Windows' ? orPlatformDefault(patchMode, 'AutomaticByOS') : patchMode,
    enableHotpatching: source.boolean(paths.enableHotpatching),
    rebootSetting: rebootSettingAsSent(source.string(paths.rebootSetting), overrides.apiVersion),
    bypassPlatformSafetyChecksOnUserSchedule:
      overrides.bypassPlatformSafetyChecksOnUserSchedule ??
      bypassAsSent(source.boolean(paths.bypassPlatformSafetyChecksOnUserSchedule), overrides.apiVersion)
  }
}

function readOsType(source: ArmPropertySource, paths: ComputePaths, publisher: Sourced<string>): Sourced<OsType> {
  const osDisk = toOsType(source.string(paths.osDiskOsType))
  const windows = source.written(paths.windowsConfiguration)
  const linux = source.written(paths.linuxConfiguration)
  // A known non-Windows publisher decides nothing (Linux publishers are many); an unresolved one might.
  const windowsPublisher = publisher.value === undefined || publisher.value.toLowerCase() === 'microsoftwindowsserver'
  // The first candidate that is known, else the first that is unresolved: the OS disk's type, the Windows
  // or Linux configuration block, the publisher. Only the one chosen is copied with the OS it implies.
  if (osDisk.value !== undefined) return osDisk
  if (windows.value !== undefined) return as(windows, 'Windows')
  if (linux.value !== undefined) return as(linux, 'Linux')
  if (windowsPublisher && publisher.value !== undefined) return as(publisher, 'Windows')
  if (osDisk.origin === 'unresolved') return osDisk
  if (windows.origin === 'unresolved') return as(windows, 'Windows')
  if (linux.origin === 'unresolved') return as(linux, 'Linux')
  if (windowsPublisher && publisher.origin === 'unresolved') return as(publisher, 'Windows')
  return absentAt(source)
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

const absentAt = <T>(source: ArmPropertySource): Sourced<T> => source.absent?.() ?? { value: undefined, origin: 'absent', location: source.at }
