/**
 * src/policy/verdict.ts outside the order of decideVerdict, under mutation (issue 12,
 * docs/mutation/policy-core.md): certain stays certain (failsWhateverResolves, as a table), the reasons a
 * VM whose windows all fail gets (brokenWindows: the unresolved inputs no value of which helps, the
 * platform that picks the time), and how the VM's own rebootSetting is read. decideVerdict is driven
 * directly, with plan evidence and schedule checks built here, so each case states exactly what it is.
 */
import { describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../src/model/resources.js'
import type { HotpatchAssessment } from '../../src/policy/hotpatch.js'
import type { PlanCollection } from '../../src/policy/plans.js'
import type { ScheduleCheck } from '../../src/policy/schedule.js'
import type { PlanEvidence, UnresolvedInput } from '../../src/policy/types.js'
import { decideVerdict, failsWhateverResolves } from '../../src/policy/verdict.js'
import { assignment, configuration, lit, loc, scaleSet, unknownValue, unset, vm } from './builders.js'

type Status = PlanEvidence['status']

const evidence = (status: Status): PlanEvidence => ({
  assignment: assignment(),
  configuration: configuration(),
  via: 'direct',
  status,
  detail: `window '${status}'`
})

const input = (field: string, line: number): UnresolvedInput => ({ field, reason: `${field} has no value`, location: loc(line) })

const plans = (statuses: readonly Status[], unresolved: readonly UnresolvedInput[] = []): PlanCollection => ({
  evidence: statuses.map(evidence),
  unresolved
})

const schedule = (state: ScheduleCheck['state']): ScheduleCheck => ({
  state,
  problems:
    state === 'no'
      ? [{ setting: 'bypassPlatformSafetyChecksOnUserSchedule', text: 'bypass is false', location: loc(26), written: true }]
      : [],
  unresolved: state === 'unknown' ? [input('bypassPlatformSafetyChecksOnUserSchedule', 26)] : []
})

const AFFECTED: HotpatchAssessment = { affected: 'yes', reasons: [], unresolved: [], match: undefined }

const decide = (machine: VirtualMachine, statuses: readonly Status[], state: ScheduleCheck['state'], open: readonly UnresolvedInput[] = []) =>
  decideVerdict({ vm: machine, hotpatch: AFFECTED, plans: plans(statuses, open), schedule: schedule(state) })

const PLATFORM = { rebootSetting: lit('IfRequired', 25), bypassPlatformSafetyChecksOnUserSchedule: lit(false, 26) }
const NOT_HONOURED = 'the window is not honoured: bypass is false'

describe('failsWhateverResolves: windows that fail on their own, and nothing that could still work', () => {
  it.each<[readonly Status[], ScheduleCheck['state'], boolean]>([
    [[], 'yes', false],
    [['not-in-guest-patch'], 'yes', false],
    [['unverifiable'], 'no', false],
    [['valid'], 'yes', false],
    [['valid'], 'unknown', false],
    [['valid'], 'no', true],
    [['expired'], 'yes', true],
    [['expired'], 'unknown', true],
    [['expired'], 'no', true],
    [['misses-baseline'], 'yes', true],
    [['malformed-window'], 'yes', true],
    [['reboot-blocked'], 'yes', true],
    [['valid', 'expired'], 'yes', false],
    [['valid', 'expired'], 'unknown', false],
    [['valid', 'expired'], 'no', true],
    [['expired', 'unverifiable'], 'yes', false],
    [['expired', 'unverifiable'], 'unknown', false],
    [['expired', 'unverifiable'], 'no', true],
    [['not-in-guest-patch', 'unverifiable'], 'yes', false]
  ])('%j with the schedule honoured %s: %s', (statuses, state, certain) => {
    expect(failsWhateverResolves(plans(statuses), schedule(state))).toBe(certain)
  })
})

describe('a known hotpatch VM whose windows all fail (certain stays certain)', () => {
  it('with an unresolved rebootSetting and unresolved assignments: no plan, naming each field once and every place', () => {
    const machine = vm({ rebootSetting: unknownValue(25, 'parameter reboot has no value') })
    const open = [input('maintenanceAssignment.target', 63), input('maintenanceAssignment.target', 80)]
    expect(decide(machine, ['expired'], 'yes', open)).toStrictEqual({
      verdict: 'affected-no-plan',
      reasons: [
        "window 'expired'",
        'rebootSetting, maintenanceAssignment.target could not be resolved (infra/main.bicep:25, infra/main.bicep:63, ' +
          'infra/main.bicep:80), but no value gives the VM a window that reboots it in time'
      ],
      unresolved: []
    })
  })

  it('an unverifiable assignment beside an expired window on a VM that honours no window: no plan, not indeterminate', () => {
    const open = [input('maintenanceAssignment.configuration', 70)]
    expect(decide(vm({ rebootSetting: unset(25) }), ['expired', 'unverifiable'], 'no', open)).toStrictEqual({
      verdict: 'affected-no-plan',
      reasons: [
        "window 'expired'",
        "window 'unverifiable'",
        'maintenanceAssignment.configuration could not be resolved (infra/main.bicep:70), but no value gives the VM a ' +
          'window that reboots it in time'
      ],
      unresolved: []
    })
  })

  it('with nothing unresolved and rebootSetting unset: no plan, with the windows’ own reasons only', () => {
    expect(decide(vm({ rebootSetting: unset(25) }), ['misses-baseline'], 'yes')).toStrictEqual({
      verdict: 'affected-no-plan',
      reasons: ["window 'misses-baseline'"],
      unresolved: []
    })
  })

  it.each(['IfRequired', 'Always'])('rebootSetting %s, the window not honoured: the platform picks the time', setting => {
    const machine = vm({ ...PLATFORM, rebootSetting: lit(setting, 25) })
    expect(decide(machine, ['valid'], 'no')).toStrictEqual({
      verdict: 'affected-no-plan',
      reasons: [
        "window 'valid'",
        NOT_HONOURED,
        `rebootSetting is ${setting} on the VM (infra/main.bicep:25): the window is not honoured, so the platform picks ` +
          'the time it reboots the VM, not a planned window'
      ],
      unresolved: []
    })
  })

  it('rebootSetting written in lower case, a valid window not honoured beside an expired one: named as normalised', () => {
    const machine = scaleSet({ ...PLATFORM, rebootSetting: lit('always', 25) })
    expect(decide(machine, ['valid', 'expired'], 'no')).toStrictEqual({
      verdict: 'affected-no-plan',
      reasons: [
        "window 'valid'",
        "window 'expired'",
        NOT_HONOURED,
        'rebootSetting is Always on the scale set (infra/main.bicep:25): the window is not honoured, so the platform ' +
          'picks the time it reboots the scale set, not a planned window'
      ],
      unresolved: []
    })
  })

  it('only windows that fail on their own, the schedule not honoured either: no window reboots it in time', () => {
    const open = [input('maintenanceAssignment.target', 63)]
    expect(decide(vm(PLATFORM), ['expired'], 'no', open)).toStrictEqual({
      verdict: 'affected-no-plan',
      reasons: [
        "window 'expired'",
        'maintenanceAssignment.target could not be resolved (infra/main.bicep:63), but no value gives the VM a window ' +
          'that reboots it in time',
        'rebootSetting is IfRequired on the VM (infra/main.bicep:25): no window reboots it in time, so the platform ' +
          'picks the time it reboots the VM, not a planned window'
      ],
      unresolved: []
    })
  })

  it('with the bypass flag on, the platform patches only in a window: said after the unresolved inputs', () => {
    const machine = vm({ rebootSetting: lit('IfRequired', 25), bypassPlatformSafetyChecksOnUserSchedule: lit(true, 26) })
    expect(decide(machine, ['malformed-window'], 'yes', [input('maintenanceAssignment.target', 63)])).toStrictEqual({
      verdict: 'affected-no-plan',
      reasons: [
        "window 'malformed-window'",
        'maintenanceAssignment.target could not be resolved (infra/main.bicep:63), but no value gives the VM a window ' +
          'that reboots it in time',
        'rebootSetting is IfRequired on the VM (infra/main.bicep:25), but with bypassPlatformSafetyChecksOnUserSchedule ' +
          'true the platform only patches it in a maintenance window'
      ],
      unresolved: []
    })
  })
})

describe('not certain: the verdict waits for what is unresolved, or the platform reboots the VM', () => {
  it('an unresolved rebootSetting with a valid window whose schedule is unknown is indeterminate, naming the setting', () => {
    const machine = vm({ rebootSetting: unknownValue(25, 'parameter reboot has no value') })
    expect(decide(machine, ['valid', 'expired'], 'unknown')).toStrictEqual({
      verdict: 'indeterminate',
      reasons: ["window 'valid'", "window 'expired'"],
      unresolved: [{ field: 'rebootSetting', reason: 'parameter reboot has no value', location: loc(25) }]
    })
  })

  it('an unverifiable assignment beside an expired window that may still work is indeterminate, naming it', () => {
    const open = [input('maintenanceAssignment.configuration', 70)]
    expect(decide(vm({ rebootSetting: unset(25) }), ['expired', 'unverifiable'], 'yes', open)).toStrictEqual({
      verdict: 'indeterminate',
      reasons: ["window 'expired'", "window 'unverifiable'"],
      unresolved: open
    })
  })

  it('no window at all, rebootSetting always (lower case): the platform reboots it, the setting named as normalised', () => {
    expect(decide(vm({ ...PLATFORM, rebootSetting: lit('always', 25) }), [], 'yes')).toStrictEqual({
      verdict: 'affected-platform-reboot',
      reasons: [
        'no maintenance configuration is assigned',
        'rebootSetting is Always on the VM (infra/main.bicep:25): the platform reboots it when an update needs it, at a ' +
          'time Azure chooses'
      ],
      unresolved: []
    })
  })

  it('a window of another scope, rebootSetting unset: no plan and nothing unresolved', () => {
    expect(decide(vm({ rebootSetting: unset(25) }), ['not-in-guest-patch'], 'yes')).toStrictEqual({
      verdict: 'affected-no-plan',
      reasons: ["window 'not-in-guest-patch'"],
      unresolved: []
    })
  })

  it('a rebootSetting that is no reboot setting, no window: indeterminate, naming the value and where it is written', () => {
    expect(decide(vm({ rebootSetting: lit('Sometimes', 25) }), [], 'yes')).toStrictEqual({
      verdict: 'indeterminate',
      reasons: ['no maintenance configuration is assigned'],
      unresolved: [
        { field: 'rebootSetting', reason: "'Sometimes' is not a reboot setting (IfRequired, Never or Always)", location: loc(25) }
      ]
    })
  })
})
