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
