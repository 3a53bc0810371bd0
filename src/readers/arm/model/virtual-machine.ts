import { VMSS_TYPE } from '../../../model/identity.js'
import type { VirtualMachine } from '../../../model/resources.js'
import type { Sourced } from '../../../model/source.js'
import { Unresolved, type ArmValue } from '../expressions/values.js'
import { asBoolean, asString, asTags } from './converters.js'
import type { PropertyReader } from './property-reader.js'
import type { CommonFields } from './resource-common.js'

type OsType = 'Windows' | 'Linux'

/**
 * A `Microsoft.Compute/virtualMachines` or `virtualMachineScaleSets` resource (paths per
 * advisory-facts §5; a scale set's profile sits under `properties.virtualMachineProfile`).
 */
export function adaptVirtualMachine(reader: PropertyReader, common: CommonFields): VirtualMachine {
  const scaleSet = common.identity.type === VMSS_TYPE
  const profile = scaleSet ? ['properties', 'virtualMachineProfile'] : ['properties']
  const patchSettings = [...profile, 'osProfile', 'windowsConfiguration', 'patchSettings']
  const image = [...profile, 'storageProfile', 'imageReference']
  const publisher = reader.read([...image, 'publisher'], asString)
  const osType = readOsType(reader, profile, publisher)
  const patchMode = reader.read([...patchSettings, 'patchMode'], asString)
  return {
    ...common,
    kind: scaleSet ? 'scale-set' : 'virtual-machine',
    canHotpatch: true,
    // Unset stays absent: the REST default is not documented, and the policy decides what unset means.
    orchestrationMode: scaleSet ? reader.read(['properties', 'orchestrationMode'], asString) : absentAt(reader),
    osType,
    image: {
      publisher,
      offer: reader.read([...image, 'offer'], asString),
      sku: reader.read([...image, 'sku'], asString),
      version: reader.read([...image, 'version'], asString),
      customImageId: firstWritten(['id', 'sharedGalleryImageId', 'communityGalleryImageId'].map(key => reader.read([...image, key], asString)))
    },
    location: reader.read(['location'], asString),
    tags: reader.read(['tags'], asTags),
    // Windows applies AutomaticByOS when patchMode is unset (advisory-facts §5).
    patchMode: osType.value === 'Windows' ? orDefault(patchMode, 'AutomaticByOS') : patchMode,
    enableHotpatching: reader.read([...patchSettings, 'enableHotpatching'], asBoolean),
    rebootSetting: reader.read([...patchSettings, 'automaticByPlatformSettings', 'rebootSetting'], asString),
    bypassPlatformSafetyChecksOnUserSchedule: reader.read(
      [...patchSettings, 'automaticByPlatformSettings', 'bypassPlatformSafetyChecksOnUserSchedule'],
      asBoolean
    )
  }
}

/**
 * Windows or Linux: the OS disk's `osType`, else which OS configuration is written, else a
 * Windows Server image publisher. Unresolved when an unresolved value could have decided it.
 */
function readOsType(reader: PropertyReader, profile: readonly string[], publisher: Sourced<string>): Sourced<OsType> {
  const osDisk = reader.read([...profile, 'storageProfile', 'osDisk', 'osType'], asOsType)
  const windows = as(reader.written([...profile, 'osProfile', 'windowsConfiguration']), 'Windows')
  const linux = as(reader.written([...profile, 'osProfile', 'linuxConfiguration']), 'Linux')
  // A known non-Windows publisher decides nothing (Linux publishers are many); an unresolved one might.
  const windowsPublisher = publisher.value === undefined || publisher.value.toLowerCase() === 'microsoftwindowsserver'
  const candidates = [osDisk, windows, linux, ...(windowsPublisher ? [as(publisher, 'Windows')] : [])]
  return (
    candidates.find(candidate => candidate.value !== undefined) ??
    candidates.find(candidate => candidate.origin === 'unresolved') ??
    absentAt(reader)
  )
}

/** The OS a written value implies, keeping where and how it is written. */
const as = (sourced: Sourced<unknown>, os: OsType): Sourced<OsType> => ({ ...sourced, value: sourced.value === undefined ? undefined : os })

const asOsType = (value: ArmValue): OsType | Unresolved => {
  const text = typeof value === 'string' ? value.toLowerCase() : undefined
  return text === 'windows' ? 'Windows' : text === 'linux' ? 'Linux' : new Unresolved(`expected osType Windows or Linux, found ${JSON.stringify(value)}`)
}

const absentAt = <T>(reader: PropertyReader): Sourced<T> => ({ value: undefined, origin: 'absent', location: reader.resourceLocation })

/** The platform default when nothing is written. */
const orDefault = <T>(sourced: Sourced<T>, value: T): Sourced<T> =>
  sourced.origin === 'absent' ? { value, origin: 'provider-default', location: sourced.location } : sourced

const firstWritten = (values: readonly Sourced<string>[]): Sourced<string> =>
  values.find(value => value.origin !== 'absent') ?? (values[0] as Sourced<string>)
