import type { Sourced } from '../model/source.js'

/** The reboot behaviours a setting can ask for, in the current API spelling. */
export type RebootBehaviour = 'IfRequired' | 'Never' | 'Always'

// The 2021-04-01-preview Maintenance API spelled them RebootIfRequired/NeverReboot/AlwaysReboot, and the
// service still echoes NeverReboot/AlwaysReboot; the VM model adds `Unknown` (treated as not set).
const SPELLINGS: ReadonlyMap<string, RebootBehaviour | 'Unknown'> = new Map([
  ['ifrequired', 'IfRequired'],
  ['rebootifrequired', 'IfRequired'],
  ['never', 'Never'],
  ['neverreboot', 'Never'],
  ['always', 'Always'],
  ['alwaysreboot', 'Always'],
  ['unknown', 'Unknown']
])

/** Reads a reboot setting case-insensitively in any of its spellings; undefined for anything else. */
export function normaliseRebootSetting(value: string): RebootBehaviour | 'Unknown' | undefined {
  return SPELLINGS.get(value.trim().toLowerCase())
}

/**
 * Whether Azure applies the VM model's `automaticByPlatformSettings.rebootSetting`: "to all AutomaticByPlatform patch
 * installations" (the compute API's description), so only under patchMode AutomaticByPlatform. Azure's default patch
 * mode on Windows is AutomaticByOS (the readers write it as a provider default where the format has one), so an
 * unset one is not AutomaticByPlatform either.
 */
export function rebootSettingApplies(patchMode: Sourced<string>): 'yes' | 'no' | 'unknown' {
  if (patchMode.origin === 'unresolved') return 'unknown'
  return patchMode.value?.toLowerCase() === 'automaticbyplatform' ? 'yes' : 'no'
}
