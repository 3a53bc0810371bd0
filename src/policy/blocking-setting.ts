import type { MaintenanceConfiguration } from '../model/resources.js'
import { isKnown, type Sourced } from '../model/source.js'
import { normaliseRebootSetting } from './reboot-setting.js'

/** `Never` or `NeverReboot` (the spelling the service echoes back), as a one-line fix finds it. */
export const NEVER = /\b(?:NeverReboot|Never)\b/i

/** A configuration setting that forbids reboots: what it says, how to allow them, and the one-line change that does. */
export interface BlockingSetting {
  readonly value: Sourced<unknown>
  /** `rebootSetting NeverReboot`, `excludeKbsRequiringReboot true`. */
  readonly setting: string
  readonly remedy: string
  readonly pattern: RegExp
  readonly replacement: string
}

/** The setting that keeps a configuration's runs from rebooting: rebootSetting Never first, then excludeKbsRequiringReboot. */
export function blockingSetting({ rebootSetting: reboot, excludeKbsRequiringReboot: excluded }: MaintenanceConfiguration): BlockingSetting | undefined {
  if (isKnown(reboot) && normaliseRebootSetting(reboot.value) === 'Never') {
    return { value: reboot, setting: `rebootSetting ${reboot.value}`, remedy: 'Set rebootSetting to IfRequired.', pattern: NEVER, replacement: 'IfRequired' }
  }
  if (excluded.value !== true) return undefined
  return { value: excluded, setting: 'excludeKbsRequiringReboot true', remedy: 'Set excludeKbsRequiringReboot to false.', pattern: /\btrue\b/, replacement: 'false' }
}
