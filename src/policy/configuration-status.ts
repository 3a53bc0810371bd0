import type { MaintenanceConfiguration } from '../model/resources.js'
import { isKnown } from '../model/source.js'
import { dayOf, parseDay } from './baseline.js'
import { at, describeOrigin, unresolvedInput } from './describe.js'
import { QUARTERLY_CALENDAR, type RebootCalendar } from './reboot-calendar.js'
import { normaliseRebootSetting } from './reboot-setting.js'
import type { PlanEvidence, UnresolvedInput, WindowTiming } from './types.js'
import { describeMissedBaselines, updateSelection } from './update-selection.js'
import { checkWindowTiming } from './window-coverage.js'

export interface ConfigurationStatus {
  readonly status: PlanEvidence['status']
  /** Why it is (`is an InGuestPatch window ...`) or is not (`its rebootSetting is Never ...`) a reboot plan. */
  readonly detail: string
  readonly unresolved: readonly UnresolvedInput[]
  readonly timing?: WindowTiming
}


/** What one setting says: it rules the configuration out, it cannot be read, or (neither) it is fine. */
interface Check {
  readonly disqualifier?: Disqualifier
  readonly unresolved?: UnresolvedInput
}

interface Disqualifier {
  readonly status: 'not-in-guest-patch' | 'expired' | 'reboot-blocked' | 'misses-baseline' | 'malformed-window' | 'rejected'
  readonly detail: string
  readonly timing?: WindowTiming
}

const FIELD = 'maintenanceConfiguration'

/**
 * Whether a maintenance configuration is a reboot plan: an InGuestPatch window, not expired at `asOf`,
 * that allows reboots. A known disqualifier wins over values we could not resolve.
 */
export function configurationStatus(
  configuration: MaintenanceConfiguration,
  asOf: Date,
  calendar: RebootCalendar = QUARTERLY_CALENDAR
): ConfigurationStatus {
  // One that is never created has no setting to judge.
  const { rejected } = configuration
  if (rejected !== undefined) return { status: 'rejected', detail: `${rejected.reason} (${at(rejected.location)})`, unresolved: [] }
  const scope = checkScope(configuration)
  const expiry = checkExpiry(configuration, asOf)
  // When the window opens only matters for an InGuestPatch window that has not expired.
  const inGuest = scope.disqualifier === undefined && scope.unresolved === undefined && expiry.disqualifier === undefined
  const timing = inGuest ? checkTiming(configuration, asOf, calendar) : {}
  const checks = [
    scope,
    checkPatchMode(configuration),
    expiry,
    checkRebootSetting(configuration),
    checkExcludedKbs(configuration),
    checkClassifications(configuration),
    timing
  ]
  const decided = checks.find(check => check.disqualifier !== undefined)?.disqualifier
  if (decided !== undefined) return { ...decided, unresolved: [] }
  // The timing check names an unresolved expiry again: one entry per field.
  const unresolved = checks
    .flatMap(check => (check.unresolved === undefined ? [] : [check.unresolved]))
    .filter((input, index, all) => all.findIndex(other => other.field === input.field) === index)
  if (unresolved.length > 0) {
    return { status: 'unverifiable', detail: `it cannot be verified (${listInputs(unresolved)})`, unresolved }
  }
  const reboot = configuration.rebootSetting
  const setting = isKnown(reboot) ? `rebootSetting ${reboot.value}` : 'rebootSetting not set, IfRequired by default'
  const valid = `is an InGuestPatch window that allows reboots (${setting})`
  if (timing.covers === undefined) return { status: 'valid', detail: valid, unresolved: [] }
  return { status: 'valid', detail: `${valid}; ${timing.covers.detail}`, unresolved: [], timing: timing.covers.timing }
}

/** The window's timing as a check; a window that covers a baseline passes and hands its timing on. */
function checkTiming(
  configuration: MaintenanceConfiguration,
  asOf: Date,
  calendar: RebootCalendar
): Check & { readonly covers?: { readonly detail: string; readonly timing: WindowTiming } } {
  const result = checkWindowTiming(configuration, asOf, calendar)
  switch (result.kind) {
    case 'unresolved':
      return result.unresolved[0] === undefined ? {} : { unresolved: result.unresolved[0] }
    case 'malformed':
      return { disqualifier: { status: 'malformed-window', detail: result.detail, timing: result.timing } }
    case 'misses':
      return { disqualifier: { status: 'misses-baseline', detail: result.detail, timing: result.timing } }
    case 'covers':
      return { covers: { detail: result.detail, timing: result.timing } }
  }
}

function checkScope({ maintenanceScope: scope }: MaintenanceConfiguration): Check {
  if (scope.origin === 'unresolved') return { unresolved: unresolvedInput(`${FIELD}.maintenanceScope`, scope) }
  if (scope.value?.toLowerCase() === 'inguestpatch') return {}
  const what = isKnown(scope) ? `is ${scope.value} (${describeOrigin(scope)})` : 'is not set'
  return { disqualifier: { status: 'not-in-guest-patch', detail: `its maintenanceScope ${what}, not InGuestPatch` } }
}

/**
 * `InGuestPatchMode`: Update Manager runs a schedule's patching on the machines it is assigned to in `User` mode
 * (a customer-managed schedule, the mode its documentation and every published template write); `Platform`
 * leaves patching to the platform, and Azure is reported to refuse patch settings (`installPatches`) in it
 * ("Patch configuration not supported for InGuestPatchMode = Platform"). Either way the window is not a
 * schedule that reboots the VM. Unwritten, the configuration is judged on its other settings.
 */
function checkPatchMode({ inGuestPatchMode: mode }: MaintenanceConfiguration): Check {
  if (mode === undefined) return {}
  if (mode.origin === 'unresolved') return { unresolved: unresolvedInput(`${FIELD}.inGuestPatchMode`, mode) }
  if (!isKnown(mode) || mode.value.toLowerCase() === 'user') return {}
  const detail = `its InGuestPatchMode is ${mode.value} (${describeOrigin(mode)}), not User: Update Manager runs a schedule's patching only in User mode`
  return { disqualifier: { status: 'not-in-guest-patch', detail } }
}

function checkExpiry({ window }: MaintenanceConfiguration, asOf: Date): Check {
  const expiration = window.expirationDateTime
  const field = `${FIELD}.window.expirationDateTime`
  if (expiration.origin === 'unresolved') return { unresolved: unresolvedInput(field, expiration) }
  if (!isKnown(expiration)) return {}
  const expiry = parseDay(expiration.value)
  if (expiry === undefined) {
    return { unresolved: { field, reason: `'${expiration.value}' is not a date`, location: expiration.location } }
  }
  if (expiry >= dayOf(asOf)) return {}
  const detail = `it expired on ${expiration.value} (${describeOrigin(expiration)})`
  return { disqualifier: { status: 'expired', detail } }
}

function checkRebootSetting({ rebootSetting: reboot }: MaintenanceConfiguration): Check {
  const field = `${FIELD}.rebootSetting`
  if (reboot.origin === 'unresolved') return { unresolved: unresolvedInput(field, reboot) }
  // Unset is the API default, IfRequired.
  if (!isKnown(reboot)) return {}
  const behaviour = normaliseRebootSetting(reboot.value)
  if (behaviour === undefined || behaviour === 'Unknown') {
    const reason = `'${reboot.value}' is not a reboot setting (IfRequired, Never or Always)`
    return { unresolved: { field, reason, location: reboot.location } }
  }
  if (behaviour !== 'Never') return {}
  const detail = `its rebootSetting is ${reboot.value} (${describeOrigin(reboot)})`
  return { disqualifier: { status: 'reboot-blocked', detail } }
}

function checkExcludedKbs({ excludeKbsRequiringReboot: exclude }: MaintenanceConfiguration): Check {
  const field = `${FIELD}.excludeKbsRequiringReboot`
  if (exclude.origin === 'unresolved') return { unresolved: unresolvedInput(field, exclude) }
  if (exclude.value !== true) return {}
  const detail = `it sets excludeKbsRequiringReboot true (${describeOrigin(exclude)})`
  return { disqualifier: { status: 'reboot-blocked', detail } }
}

/**
 * A window whose updates hold no baseline never reboots for one: only other classifications (a daily
 * `Definition` window, `Critical`), or only the KBs it lists (update-selection.ts).
 */
function checkClassifications(configuration: MaintenanceConfiguration): Check {
  const selection = updateSelection(configuration)
  if (selection.kind === 'unresolved') return { unresolved: selection.unresolved }
  const detail = describeMissedBaselines(configuration, selection)
  return detail === undefined ? {} : { disqualifier: { status: 'reboot-blocked', detail } }
}

/** `patchMode: <reason>; tags: <reason>`. */
export const listInputs = (inputs: readonly UnresolvedInput[]): string =>
  inputs.map(input => `${input.field}: ${input.reason}`).join('; ')
