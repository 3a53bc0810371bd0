import type { VirtualMachine } from '../model/resources.js'
import { at, describeOrigin, isUnset, nounOf, unresolvedInput } from './describe.js'
import type { HotpatchAssessment } from './hotpatch.js'
import type { PlanCollection } from './plans.js'
import { normaliseRebootSetting, rebootSettingApplies, type RebootBehaviour } from './reboot-setting.js'
import type { ScheduleCheck } from './schedule.js'
import type { PlanEvidence, UnresolvedInput, Verdict } from './types.js'

export interface Decision {
  readonly verdict: Verdict
  /** Reasons after the affectedness ones: what the plans and settings say. */
  readonly reasons: readonly string[]
  readonly unresolved: readonly UnresolvedInput[]
}

export interface VerdictInputs {
  readonly vm: VirtualMachine
  readonly hotpatch: HotpatchAssessment
  readonly plans: PlanCollection
  readonly schedule: ScheduleCheck
}

/** The VM model's own reboot setting: `unset` covers an absent value and the API's `Unknown`. */
type VmReboot = { readonly behaviour: RebootBehaviour | 'unset' } | { readonly unresolved: UnresolvedInput }

/** Update Manager runs an Arc machine's window without Customer Managed Schedules settings (docs/arc.md). */
const ARC_HONOURED = 'an Arc-enabled server needs no Customer Managed Schedules settings, so the window is honoured'
const HONOURED =
  'patchMode is AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule is true, so the window is honoured'

function decision(verdict: Verdict, reasons: readonly string[], unresolved: readonly UnresolvedInput[] = []): Decision {
  return { verdict, reasons, unresolved }
}

/**
 * The verdict for one VM. Order matters: the VM model's rebootSetting Never takes precedence over any
 * maintenance configuration; an honoured InGuestPatch window is a plan; an unverifiable candidate makes the
 * verdict indeterminate only if it could still give the VM a working window (certain stays certain); a
 * window that blocks reboots decides only when no valid window applies; a window that is there but does not
 * work (expired, missing the baselines, malformed, not honoured) leaves the VM without a plan even when the
 * platform would reboot it, since the platform then picks the time; the platform's own reboots (rebootSetting
 * IfRequired/Always) are the fallback of a VM with no window at all. A rebootSetting Azure does not apply (the patch
 * mode is not AutomaticByPlatform) counts as not set, whatever it says.
 */
export function decideVerdict({ vm, hotpatch, plans, schedule }: VerdictInputs): Decision {
  if (hotpatch.affected === 'no') return decision('not-affected', [])
  const reasons = plans.evidence.map(e => e.detail)
  // One that may be assigned is named with why it would not work, even if it applied: not "none is assigned".
  if (plans.brokenIfApplied !== undefined) for (const broken of plans.brokenIfApplied) reasons.push(broken.detail)
  if (reasons.length === 0) reasons.push('no maintenance configuration is assigned')
  const ignored = ignoredRebootSetting(vm)
  if (ignored !== undefined) reasons.push(ignored)
  const reboot = ignored === undefined ? vmRebootBehaviour(vm) : NOT_SET
  const neverOnVm = 'behaviour' in reboot && reboot.behaviour === 'Never'
  if (hotpatch.affected === 'unknown') {
    const planApplies = plans.evidence.some(e => e.status === 'valid') && schedule.state === 'yes'
    if (planApplies && 'behaviour' in reboot && !neverOnVm) {
      const maybe = 'it may be affected, and a reboot plan applies either way'
      return decision('affected-with-plan', [...reasons, maybe], hotpatch.unresolved)
    }
    return decision('indeterminate', reasons, [...hotpatch.unresolved, ...plans.unresolved])
  }
  // "The rebootSetting parameter on the VM Model takes precedence over settings in another system, such as
  // Maintenance Configuration" (Learn, Automatic VM guest patching) describes Azure-orchestrated patching. No
  // page says a VM's IfRequired or Always makes a Customer Managed Schedule whose rebootSetting is Never reboot,
  // so precedence applies one way: Never on either side blocks reboots (a pass is never inferred from it).
  if (neverOnVm) {
    const { value } = vm.rebootSetting
    const setting = `rebootSetting is ${String(value)} on the ${nounOf(vm)} (${describeOrigin(vm.rebootSetting)})`
    const precedence = `${setting}, which takes precedence over maintenance configurations`
    return decision('affected-reboot-blocked', [...reasons, precedence])
  }
  const statuses = new Set(plans.evidence.map(e => e.status))
  const certain = failsWhateverResolves(plans, schedule)
  if ('unresolved' in reboot && !certain) return decision('indeterminate', reasons, [reboot.unresolved])
  if (statuses.has('valid')) {
    if (schedule.state === 'yes') return decision('affected-with-plan', [...reasons, vm.kind === 'arc-machine' ? ARC_HONOURED : HONOURED])
    if (schedule.state === 'unknown') return decision('indeterminate', reasons, schedule.unresolved)
    reasons.push(`the window is not honoured: ${schedule.problems.map(p => p.text).join('; ')}`)
  }
  if (statuses.has('unverifiable') && !certain) return decision('indeterminate', reasons, plans.unresolved)
  if (statuses.has('reboot-blocked')) return decision('affected-reboot-blocked', reasons)
  if (certain) return brokenWindows(vm, reboot, reasons, plans, schedule)
  // Here the VM's reboot setting is known: an unresolved one returned above unless the verdict is certain.
  const behaviour = 'behaviour' in reboot ? reboot.behaviour : undefined
  if (behaviour === 'IfRequired' || behaviour === 'Always') return platformReboot(vm, behaviour, reasons)
  const unset = behaviour === 'unset' ? unsetRebootSetting(vm) : undefined
  return decision('affected-no-plan', unset === undefined ? reasons : [...reasons, unset])
}

/**
 * Why an AutomaticByPlatform VM without rebootSetting has no platform reboot plan: the compute API documents no
 * default for it (only `Unknown`), so nothing in the manifests says the platform reboots the VM. Said, because the
 * same VM with IfRequired is a platform-reboot-only warning and the difference is this one setting.
 */
function unsetRebootSetting(vm: VirtualMachine): string | undefined {
  if (vm.kind === 'arc-machine' || rebootSettingApplies(vm.patchMode) !== 'yes' || vm.bypassPlatformSafetyChecksOnUserSchedule.value === true) return undefined
  return (
    `rebootSetting is not set on the ${nounOf(vm)} (${at(vm.rebootSetting.location)}): with no IfRequired or Always written, ` +
    'nothing in the manifests says the platform reboots it (the compute API documents no default)'
  )
}

/** Windows that fail on their own: they are there, and reboot nothing in time (each has its rule). */
const FAILING_WINDOW: ReadonlySet<PlanEvidence['status']> = new Set(['expired', 'misses-baseline', 'malformed-window', 'reboot-blocked'])

/**
 * Certain stays certain (issue 13): a known hotpatch VM whose windows fail on their own (expired, missing
 * the baselines, malformed, blocking reboots, or valid but not honoured) fails whatever the unresolved
 * inputs turn out to be, unless one of them could still be a window that works: an unverifiable
 * assignment, or a valid window whose Customer Managed Schedules settings are unresolved, on a VM whose
 * settings do not already rule every window out.
 */
export function failsWhateverResolves(plans: PlanCollection, schedule: ScheduleCheck): boolean {
  const statuses = new Set(plans.evidence.map(e => e.status))
  const unhonoured = statuses.has('valid') && schedule.state === 'no'
  const failing = unhonoured || plans.evidence.some(e => FAILING_WINDOW.has(e.status))
  if (!failing || schedule.state === 'yes' && statuses.has('valid')) return false
  const mayWork = schedule.state !== 'no' && (statuses.has('unverifiable') || statuses.has('valid'))
  return !mayWork
}

/**
 * A VM whose only windows do not work has no reboot plan. With rebootSetting IfRequired/Always the platform
 * reboots it anyway, but at a time Azure chooses, not in the window its owners declared: exactly the
 * unplanned reboot the gate exists to stop.
 */
function brokenWindows(
  vm: VirtualMachine,
  reboot: VmReboot,
  reasons: readonly string[],
  plans: PlanCollection,
  schedule: ScheduleCheck
): Decision {
  const open = [...('unresolved' in reboot ? [reboot.unresolved] : []), ...plans.unresolved]
  const whatever =
    open.length === 0
      ? []
      : [`${[...new Set(open.map(input => input.field))].join(', ')} could not be resolved (${open.map(input => at(input.location)).join(', ')}), but no value gives the ${nounOf(vm)} a window that reboots it in time`]
  if (!('behaviour' in reboot) || (reboot.behaviour !== 'IfRequired' && reboot.behaviour !== 'Always')) {
    return decision('affected-no-plan', [...reasons, ...whatever])
  }
  // With the bypass flag the platform patches only in a window: no plan either (platformReboot says why).
  if (vm.bypassPlatformSafetyChecksOnUserSchedule.value === true) return platformReboot(vm, reboot.behaviour, [...reasons, ...whatever])
  const unhonoured = schedule.state === 'no' && plans.evidence.some(e => e.status === 'valid')
  const why = unhonoured ? 'the window is not honoured' : 'no window reboots it in time'
  return decision('affected-no-plan', [...reasons, ...whatever, platformPicksTime(vm, reboot.behaviour, why)])
}

/** Why a VM the platform reboots has no plan all the same: its windows do not work, so the platform picks the time. */
export const platformPicksTime = (vm: VirtualMachine, behaviour: RebootBehaviour, why: string): string =>
  `rebootSetting is ${behaviour} on the ${nounOf(vm)} (${at(vm.rebootSetting.location)}): ${why}, so the platform ` +
  `picks the time it reboots the ${nounOf(vm)}, not a planned window`

const NOT_SET: VmReboot = { behaviour: 'unset' }

/**
 * Why the VM's written rebootSetting does not count, when Azure ignores it: it applies to AutomaticByPlatform patch
 * installations only, so under another patch mode (AutomaticByOS, Azure's default on Windows, or Manual) it neither
 * reboots the VM nor blocks reboots, whatever its value. Undefined when it is not written or may apply.
 */
function ignoredRebootSetting(vm: VirtualMachine): string | undefined {
  const { rebootSetting: setting, patchMode } = vm
  if (isUnset(setting) || rebootSettingApplies(patchMode) !== 'no') return undefined
  const mode = isUnset(patchMode)
    ? `patchMode is not set (${patchMode.value ?? 'AutomaticByOS'} by default)`
    : `patchMode is ${String(patchMode.value)} (${describeOrigin(patchMode)})`
  const written =
    setting.origin === 'unresolved'
      ? `rebootSetting on the ${nounOf(vm)} could not be resolved (${at(setting.location)}), but whatever its value it does not apply`
      : `rebootSetting is ${String(setting.value)} on the ${nounOf(vm)} (${at(setting.location)}), but it does not apply`
  return `${written}: ${mode}, and Azure applies rebootSetting only to AutomaticByPlatform patch installations`
}

function vmRebootBehaviour({ rebootSetting: setting }: VirtualMachine): VmReboot {
  if (setting.origin === 'unresolved') return { unresolved: unresolvedInput('rebootSetting', setting) }
  if (setting.value === undefined) return { behaviour: 'unset' }
  const behaviour = normaliseRebootSetting(setting.value)
  if (behaviour === undefined) {
    const reason = `'${setting.value}' is not a reboot setting (IfRequired, Never or Always)`
    return { unresolved: { field: 'rebootSetting', reason, location: setting.location } }
  }
  return { behaviour: behaviour === 'Unknown' ? 'unset' : behaviour }
}

/** rebootSetting IfRequired/Always on the VM: the platform reboots it, unless the bypass flag waits for a window. */
function platformReboot(vm: VirtualMachine, reboot: RebootBehaviour, reasons: readonly string[]): Decision {
  const bypass = vm.bypassPlatformSafetyChecksOnUserSchedule
  const setting = `rebootSetting is ${reboot} on the ${nounOf(vm)} (${at(vm.rebootSetting.location)})`
  if (bypass.origin === 'unresolved') {
    return decision('indeterminate', reasons, [unresolvedInput('bypassPlatformSafetyChecksOnUserSchedule', bypass)])
  }
  // With the bypass flag and no maintenance window, the platform does not patch the VM at all.
  if (bypass.value === true) {
    const waits =
      `${setting}, but with bypassPlatformSafetyChecksOnUserSchedule true the platform only patches it in a ` +
      'maintenance window'
    return decision('affected-no-plan', [...reasons, waits])
  }
  // Azure applies the setting only under patchMode AutomaticByPlatform: with the patch mode unknown, so are its reboots.
  if (rebootSettingApplies(vm.patchMode) === 'unknown') return decision('indeterminate', reasons, [unresolvedInput('patchMode', vm.patchMode)])
  const platform = `${setting}: the platform reboots it when an update needs it, at a time Azure chooses`
  return decision('affected-platform-reboot', [...reasons, platform])
}
