import { intern } from '../model/intern.js'
import type { VirtualMachine } from '../model/resources.js'
import type { SourceLocation, Sourced } from '../model/source.js'
import { at, describeOrigin, isUnset, unresolvedInput } from './describe.js'
import type { UnresolvedInput } from './types.js'

type Setting = 'patchMode' | 'bypassPlatformSafetyChecksOnUserSchedule'

/** A setting that keeps maintenance windows from being honoured, and where it is (or should be) written. */
export interface ScheduleProblem {
  readonly setting: Setting
  readonly text: string
  readonly location: SourceLocation
  /** False when the setting is not written at all (the location is then the enclosing resource). */
  readonly written: boolean
  /** Written, but the request does not carry it (an API version that predates the setting). */
  readonly notSent?: true
}

/** Whether the VM uses Customer Managed Schedules, so that Azure Update Manager runs its windows. */
export interface ScheduleCheck {
  readonly state: 'yes' | 'no' | 'unknown'
  readonly problems: readonly ScheduleProblem[]
  readonly unresolved: readonly UnresolvedInput[]
}

/** What makes each setting let a window run (the schedule-prerequisites rule and broken-if-applied.ts say the same). */
export const SCHEDULE_REMEDIES = {
  patchMode: 'Set patchMode to AutomaticByPlatform.',
  bypassPlatformSafetyChecksOnUserSchedule: 'Set bypassPlatformSafetyChecksOnUserSchedule to true.',
  // Written with an API version that predates it (readers/shared/azure-compute/api-version.ts).
  notSent: 'Declare the VM with API version 2023-03-01 or later, the first whose schema has bypassPlatformSafetyChecksOnUserSchedule.'
} as const

/**
 * Customer Managed Schedules need patchMode AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule
 * true (Microsoft Learn, "prerequisites for schedule patching"); otherwise the schedule fails its
 * prerequisite check or the platform patches the VM on its own timetable.
 */
export function checkCustomerManagedSchedule(vm: VirtualMachine): ScheduleCheck {
  // Asked several times per VM (its verdict, the plans that may reach it, three rules), all while the policy
  // assesses that VM: answered once, and kept only until another VM is asked about. A table of every VM's
  // answer lived until the policy had settled the last VM, at the scan's peak of memory (ARM 20,000 files:
  // ~2 MB of live heap beside the model and the report being made).
  if (lastVm !== vm) {
    lastCheck = checkSchedule(vm)
    lastVm = vm
  }
  return lastCheck as ScheduleCheck
}

let lastVm: VirtualMachine | undefined
let lastCheck: ScheduleCheck | undefined

/** Forgets the last answer (the policy's evaluation does once it has settled every VM): it would keep its VM alive. */
export function releaseScheduleChecks(): void {
  lastVm = undefined
  lastCheck = undefined
}

/** The settings are what Customer Managed Schedules need, on every VM of a well-kept repository: one answer. */
const HONOURED: ScheduleCheck = { state: 'yes', problems: [], unresolved: [] }

function checkSchedule(vm: VirtualMachine): ScheduleCheck {
  if (vm.kind === 'arc-machine') return checkArcSchedule(vm)
  const { patchMode, bypassPlatformSafetyChecksOnUserSchedule: bypass } = vm
  if (patchMode.value?.toLowerCase() === 'automaticbyplatform' && patchMode.origin !== 'unresolved' && bypass.value === true && bypass.origin !== 'unresolved') return HONOURED
  const checks = [
    check('patchMode', vm.patchMode, value => value.toLowerCase() === 'automaticbyplatform', 'AutomaticByOS'),
    check('bypassPlatformSafetyChecksOnUserSchedule', vm.bypassPlatformSafetyChecksOnUserSchedule, v => v, 'false')
  ]
  const problems = checks.flatMap(c => ('problem' in c ? [c.problem] : []))
  const unresolved = checks.flatMap(c => ('unresolved' in c ? [c.unresolved] : []))
  if (problems.length > 0) return { state: 'no', problems, unresolved: [] }
  return { state: unresolved.length > 0 ? 'unknown' : 'yes', problems: [], unresolved }
}

function check<T>(
  setting: Setting,
  value: Sourced<T>,
  holds: (value: T) => boolean,
  defaultText: string
): { problem: ScheduleProblem } | { unresolved: UnresolvedInput } | { holds: true } {
  if (value.origin === 'unresolved') return { unresolved: unresolvedInput(setting, value) }
  if (value.value !== undefined && holds(value.value)) return { holds: true }
  // Written, but not sent: a reader's platform default that says why (an API version that predates the setting).
  const notSent = value.origin === 'provider-default' && value.detail !== undefined
  const written = notSent || !isUnset(value)
  // Kept with the VM's answer until the report is built: the unset sentence, the same for every VM, is one copy.
  const text = notSent
    ? `${setting} is written but not sent: ${String(value.detail)} (${at(value.location)})`
    : written
      ? `${setting} is ${String(value.value)} (${describeOrigin(value)})`
      : intern(`${setting} is not set (${defaultText} by default)`)
  return { problem: { setting, text, location: value.location, written, ...(notSent && { notSent: true as const }) } }
}

/**
 * Azure Update Manager does not require Customer Managed Schedules settings of an Arc-enabled server, and the
 * bypass flag is an Azure VM setting (docs/arc.md). A patch mode written other than AutomaticByPlatform does
 * count: Windows Update then patches (and restarts) the machine on its own timetable, outside the window.
 */
function checkArcSchedule(vm: VirtualMachine): ScheduleCheck {
  const mode = vm.patchMode
  if (mode.origin === 'unresolved') return { state: 'unknown', problems: [], unresolved: [unresolvedInput('patchMode', mode)] }
  if (isUnset(mode) || (mode.value ?? '').toLowerCase() === 'automaticbyplatform') return { state: 'yes', problems: [], unresolved: [] }
  const text = `patchMode is ${String(mode.value)} (${describeOrigin(mode)})`
  return { state: 'no', problems: [{ setting: 'patchMode', text, location: mode.location, written: true }], unresolved: [] }
}
