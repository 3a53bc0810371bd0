import type { ArcMachineFields } from '../../../model/resources.js'
import type { Sourced } from '../../../model/source.js'
import type { ComputeFields } from './virtual-machine.js'
import type { ArmPath, ArmPropertySource } from './property-source.js'

/** The fields of an Arc-enabled server that come from its ARM properties (issue 17). */
export type ArcMachineComputeFields = ComputeFields & { readonly arc: ArcMachineFields }

const EXISTING_TAGS = 'the tags of an Arc machine the repository does not declare are set where it is onboarded, not in the manifests'

/** `properties.productProfile.productFeatures[]` of a license profile (docs/arc.md). */
const PRODUCT_FEATURES: ArmPath = ['properties', 'productProfile', 'productFeatures']

/**
 * Maps a `Microsoft.HybridCompute/machines` body (docs/arc.md). An Arc machine has no image: hotpatch is
 * a licensed feature of the machine, enabled by its license profile (joined later, `joinArcMachines`) or
 * by `osProfile.windowsConfiguration.patchSettings.enableHotpatching`. The decisions:
 * - `osType`: `properties.osType`, else Windows when a `windowsConfiguration` is written, else absent
 *   (an agent-onboarded machine's OS is reported by the agent, not written in the repository);
 * - `patchMode` stays absent when unset: Update Manager sets it when a schedule is attached through the
 *   portal or policy, so an unwritten patch mode says nothing (docs/arc.md);
 * - the bypass flag and reboot setting are Azure VM settings: absent.
 */
export function mapArcMachine(source: ArmPropertySource, declaration: 'declared' | 'existing'): ArcMachineComputeFields {
  const patch = ['properties', 'osProfile', 'windowsConfiguration', 'patchSettings']
  const none = <T>(): Sourced<T> => ({ value: undefined, origin: 'absent', location: source.at })
  return {
    kind: 'arc-machine',
    canHotpatch: true,
    orchestrationMode: none(),
    osType: declaration === 'existing' ? none() : readOsType(source),
    image: { publisher: none(), offer: none(), sku: none(), version: none(), customImageId: none() },
    location: declaration === 'existing' ? none() : source.string(['location']),
    // An existing machine's tags are its agent's (`azcmagent connect --tags`), written nowhere the scan reads: not
    // known, so a dynamic scope's tag filter may or may not select it (read as no tags, it selected nothing).
    tags: declaration === 'existing' ? { value: undefined, origin: 'unresolved', location: source.at, reason: EXISTING_TAGS } : source.stringMap(['tags']),
    patchMode: declaration === 'existing' ? none() : source.string([...patch, 'patchMode']),
    enableHotpatching: declaration === 'existing' ? none() : source.boolean([...patch, 'enableHotpatching']),
    rebootSetting: none(),
    bypassPlatformSafetyChecksOnUserSchedule: none(),
    arc: { declaration, hotpatchLicense: none() }
  }
}

/**
 * A `Microsoft.HybridCompute/machines/licenseProfiles` body: the machine it belongs to, as far as the
 * repository says, with the profile's Hotpatch feature. Reported at the profile.
 */
export function mapArcLicenseProfile(source: ArmPropertySource): ArcMachineComputeFields {
  const machine = mapArcMachine(source, 'existing')
  // A license profile is deployed in its machine's region: its location is the machine's.
  const location = source.string(['location'])
  const hotpatchLicense = hotpatchFeature(source)
  // The Hotpatch feature is licensed for Windows Server 2025 only: a machine it enables runs Windows, which a
  // dynamic scope's `osTypes` filter can then select (an agent-onboarded machine's OS is written nowhere else).
  const osType: Sourced<'Windows' | 'Linux'> =
    hotpatchLicense.value === true ? { value: 'Windows', origin: 'provider-default', location: hotpatchLicense.location } : machine.osType
  return { ...machine, osType, location, arc: { declaration: 'license-profile', hotpatchLicense } }
}

/**
 * A feature's `subscriptionStatus` as enrolment: the update model writes `Enable` / `Disable`
 * (Az.ConnectedMachine), the resource model and what-if `Enabled` / `Disabled` and the transitions
 * `Enabling` / `Disabling` (bicep-types-az `ProductFeature`). Any other text (`Unknown`) is not known.
 */
const ENROLMENT: ReadonlyMap<string, boolean> = new Map([
  ['enable', true],
  ['enabled', true],
  ['enabling', true],
  ['disable', false],
  ['disabled', false],
  ['disabling', false]
])

/**
 * The `Hotpatch` product feature: true when its `subscriptionStatus` enables it (ENROLMENT, case-insensitively),
 * false when it disables it or when the profile lists features without Hotpatch; absent when no features are
 * written; unresolved for a status that says neither.
 */
export function hotpatchFeature(source: ArmPropertySource): Sourced<boolean> {
  const features = source.records?.(PRODUCT_FEATURES) ?? {
    value: undefined,
    origin: 'unresolved' as const,
    location: source.at,
    reason: 'this format does not read license profile features'
  }
  if (features.value === undefined) return { ...features, value: undefined }
  const hotpatch = features.value.find(feature => (field(feature, 'name') ?? '').toLowerCase() === 'hotpatch')
  if (hotpatch === undefined) return { ...features, value: false }
  const status = field(hotpatch, 'subscriptionStatus')
  if (status === undefined) {
    return { ...features, value: undefined, origin: 'unresolved', reason: 'the Hotpatch feature has no known subscriptionStatus' }
  }
  const enrolled = ENROLMENT.get(status.toLowerCase())
  if (enrolled === undefined) {
    return { ...features, value: undefined, origin: 'unresolved', reason: `the Hotpatch feature's subscriptionStatus '${status}' neither enables nor disables it` }
  }
  return { ...features, value: enrolled }
}

function readOsType(source: ArmPropertySource): Sourced<'Windows' | 'Linux'> {
  const written = source.string(['properties', 'osType'])
  if (written.value !== undefined) {
    const value = written.value.toLowerCase()
    if (value === 'windows') return { ...written, value: 'Windows' }
    if (value === 'linux') return { ...written, value: 'Linux' }
    return { ...written, value: undefined, origin: 'unresolved', reason: `osType '${written.value}' is neither Windows nor Linux` }
  }
  if (written.origin === 'unresolved') return written as Sourced<never>
  const windows = source.written(['properties', 'osProfile', 'windowsConfiguration'])
  if (windows.value !== undefined) return { ...windows, value: 'Windows' }
  return { value: undefined, origin: 'absent', location: source.at }
}


/** A member of a feature object; ARM compares property names case-insensitively. */
const field = (record: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.entries(record).find(([name]) => name.toLowerCase() === key.toLowerCase())?.[1]
