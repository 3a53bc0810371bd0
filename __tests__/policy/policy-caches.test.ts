/**
 * What the policy computes once and shares (issue 18, CPU of the policy): each answer remembered is the
 * answer computed afresh, and a remembered answer never leaks into another model, VM, date or set of values.
 * Also src/policy/optimizing-compiler.ts: when a phase runs without V8's optimizing compiler.
 */
import { describe, expect, it } from '@jest/globals'
import { unresolved } from '../../src/model/source.js'
import { getBuiltInAdvisories } from '../../src/policy/advisories/index.js'
import { evaluatePolicy } from '../../src/policy/evaluate.js'
import { findHotpatchCandidates } from '../../src/policy/images.js'
import { PlanIndex } from '../../src/policy/plan-index.js'
import { rebootCause } from '../../src/policy/messages.js'
import { withoutOptimizingCompiler, WITHOUT_OPTIMIZER_FROM_VMS, type CompilerControl } from '../../src/policy/optimizing-compiler.js'
import { checkCustomerManagedSchedule } from '../../src/policy/schedule.js'
import { rebootWindow } from '../../src/policy/snippets/window.js'
import { baselineCalendar } from '../../src/policy/reboot-calendar.js'
import { checkWindowTiming } from '../../src/policy/window-coverage.js'
import { assignment, configuration, lit, loc, model, vm } from './builders.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')

describe('evidence of an assignment that reaches VMs for certain', () => {
  it('is the same for every VM it reaches, and each model resolves its own configuration', () => {
    const first = vm({ identity: { type: 'Microsoft.Compute/virtualMachines', name: 'web-01' } })
    const shared = assignment()
    const valid = evaluatePolicy(
      model({ virtualMachines: [first], maintenanceConfigurations: [configuration()], maintenanceAssignments: [shared] }),
      { asOf: AS_OF }
    )
    // The same assignment object in another model whose configuration blocks reboots.
    const blocking = configuration({ rebootSetting: lit('Never', 48) })
    const blocked = evaluatePolicy(
      model({ virtualMachines: [first], maintenanceConfigurations: [blocking], maintenanceAssignments: [shared] }),
      { asOf: AS_OF }
    )
    expect(valid.assessments[0]?.evidence.map(e => e.status)).toEqual(['valid'])
    expect(blocked.assessments[0]?.evidence.map(e => e.status)).toEqual(['reboot-blocked'])
    expect(blocked.assessments[0]?.evidence[0]?.detail).toBe(
      "maintenance configuration 'patch-window' is assigned directly (assignment 'web-01-patch-window'), but its rebootSetting is Never (infra/main.bicep:48)"
    )
  })

  it("releases the model's index when the policy is done, and a second evaluation gives the same result", () => {
    const shared = model({ maintenanceConfigurations: [configuration()], maintenanceAssignments: [assignment()] })
    const held = PlanIndex.of(shared)
    expect(PlanIndex.of(shared)).toBe(held)
    const first = evaluatePolicy(shared, { asOf: AS_OF })
    expect(PlanIndex.of(shared)).not.toBe(held)
    expect(first.assessments[0]?.evidence.map(e => e.status)).toEqual(['valid'])
    expect(evaluatePolicy(shared, { asOf: AS_OF })).toEqual(first)
  })

  it('gives two evaluation dates their own answers', () => {
    const parts = { maintenanceConfigurations: [configuration({ window: { expirationDateTime: lit('2027-06-30 23:59', 45) } })], maintenanceAssignments: [assignment()] }
    const shared = model(parts)
    const before = evaluatePolicy(shared, { asOf: AS_OF })
    const after = evaluatePolicy(shared, { asOf: new Date('2027-08-01T00:00:00Z') })
    expect(before.assessments[0]?.evidence[0]?.status).toBe('valid')
    expect(after.assessments[0]?.evidence[0]?.status).toBe('expired')
  })
})

describe('the window timing of a configuration', () => {
  it('is remembered per date and calendar: the same answer again, and each calendar and date its own', () => {
    const window = configuration()
    const quarterly = checkWindowTiming(window, AS_OF, baselineCalendar([1, 4, 7, 10]))
    expect(checkWindowTiming(window, AS_OF, baselineCalendar([1, 4, 7, 10]))).toBe(quarterly)
    // Another calendar and another date on the same configuration: what a configuration never checked answers.
    const monthly = checkWindowTiming(window, AS_OF, baselineCalendar([12]))
    const later = checkWindowTiming(window, new Date('2027-02-01T00:00:00Z'), baselineCalendar([1, 4, 7, 10]))
    expect(monthly).toEqual(checkWindowTiming(configuration(), AS_OF, baselineCalendar([12])))
    expect(later).toEqual(checkWindowTiming(configuration(), new Date('2027-02-01T00:00:00Z'), baselineCalendar([1, 4, 7, 10])))
    expect([quarterly, monthly, later].map(check => ('detail' in check ? check.detail : check.kind))).toEqual([
      'next reboot window 2027-01-13 03:00 UTC, 1 day after the January 2027 baseline',
      'next reboot window 2026-12-09 03:00 UTC, 1 day after the December 2026 baseline',
      'next reboot window 2027-04-14 03:00 UTC, 1 day after the April 2027 baseline'
    ])
  })
})

describe('image candidates remembered by image values', () => {
  const advisories = getBuiltInAdvisories()
  const image = vm().image

  it('are the same for the same values in another case, and none for another SKU', () => {
    const first = findHotpatchCandidates(image, advisories)
    const again = findHotpatchCandidates({ ...image, sku: lit('2025-DATACENTER-AZURE-EDITION', 14) }, advisories)
    expect(first.candidates.length).toBeGreaterThan(0)
    expect(again.candidates).toEqual(first.candidates)
    expect(findHotpatchCandidates({ ...image, sku: lit('2016-datacenter', 14) }, advisories).candidates).toEqual([])
  })

  it("name each VM's own unresolved part, at its own line", () => {
    const at = (line: number) => ({ ...image, sku: unresolved<string>(loc(line), "parameter 'sku' has no value") })
    const [one, two] = [findHotpatchCandidates(at(30), advisories), findHotpatchCandidates(at(31), advisories)]
    expect(one.candidates).toEqual(two.candidates)
    expect(one.unresolved.map(input => [input.field, input.location.line])).toEqual([['image.sku', 30]])
    expect(two.unresolved.map(input => [input.field, input.location.line])).toEqual([['image.sku', 31]])
  })
})

describe('the Customer Managed Schedules answer of a VM', () => {
  it('is the same object when asked again, and the full answer for settings that fail', () => {
    const honoured = vm()
    expect(checkCustomerManagedSchedule(honoured)).toEqual({ state: 'yes', problems: [], unresolved: [] })
    expect(checkCustomerManagedSchedule(honoured)).toBe(checkCustomerManagedSchedule(honoured))
    const byOs = vm({ patchMode: lit('AutomaticByOS', 16) })
    expect(checkCustomerManagedSchedule(byOs)).toEqual({
      state: 'no',
      problems: [{ setting: 'patchMode', text: 'patchMode is AutomaticByOS (infra/main.bicep:16)', location: loc(16), written: true }],
      unresolved: []
    })
  })
})

describe('answers remembered per VM and per configuration during an evaluation', () => {
  it('are forgotten when the evaluation returns (they would live as long as the model), and asked again are the same', () => {
    const patched = vm({ patchMode: lit('AutomaticByOS', 16) })
    const window = configuration()
    const schedule = checkCustomerManagedSchedule(patched)
    const timing = checkWindowTiming(window, AS_OF, baselineCalendar([1, 4, 7, 10]))
    expect(checkCustomerManagedSchedule(patched)).toBe(schedule)
    const fleet = model({ virtualMachines: [patched], maintenanceConfigurations: [window], maintenanceAssignments: [assignment()] })
    const first = evaluatePolicy(fleet, { asOf: AS_OF })
    // A fresh answer, equal to the one remembered before.
    const again = checkCustomerManagedSchedule(patched)
    expect(again).not.toBe(schedule)
    expect(again).toEqual(schedule)
    const timingAgain = checkWindowTiming(window, AS_OF, baselineCalendar([1, 4, 7, 10]))
    expect(timingAgain).not.toBe(timing)
    expect(timingAgain).toEqual(timing)
    expect(evaluatePolicy(fleet, { asOf: AS_OF })).toEqual(first)
  })
})

describe('words remembered per date', () => {
  const [advisory] = getBuiltInAdvisories()

  it('says the reboot cause of each date', () => {
    if (advisory === undefined) throw new Error('no built-in advisory')
    const december = rebootCause(advisory, undefined, new Date('2026-12-01T00:00:00Z'))
    const march = rebootCause(advisory, undefined, new Date('2027-03-01T00:00:00Z'))
    expect(december).toContain('the next baseline is January 2027')
    expect(march).toContain('the next baseline is April 2027')
    expect(rebootCause(advisory, undefined, new Date('2026-12-01T00:00:00Z'))).toBe(december)
  })

  it('suggests the window of each date', () => {
    expect(rebootWindow(new Date('2026-12-01T00:00:00Z')).startDateTime).toBe('2026-12-09 03:00')
    expect(rebootWindow(new Date('2026-12-20T00:00:00Z')).startDateTime).toBe('2027-01-13 03:00')
    expect(rebootWindow(new Date('2026-12-01T00:00:00Z')).startDateTime).toBe('2026-12-09 03:00')
  })
})

describe('withoutOptimizingCompiler', () => {
  const control = (options = ''): CompilerControl & { readonly flags: string[] } => {
    const flags: string[] = []
    return { flags, setFlags: flag => flags.push(flag), nodeOptions: () => options }
  }

  it('turns the compiler off for a large phase and on again after it', () => {
    const process = control()
    const seen: string[][] = []
    expect(withoutOptimizingCompiler(WITHOUT_OPTIMIZER_FROM_VMS, () => (seen.push([...process.flags]), 42), process)).toBe(42)
    expect(seen).toEqual([['--no-turbofan']])
    expect(process.flags).toEqual(['--no-turbofan', '--turbofan'])
  })

  it('turns it on again when the phase throws', () => {
    const process = control()
    expect(() =>
      withoutOptimizingCompiler(1000, () => {
        throw new Error('boom')
      }, process)
    ).toThrow('boom')
    expect(process.flags).toEqual(['--no-turbofan', '--turbofan'])
  })

  it('leaves a small phase, a phase inside another, and options that say how to compile alone', () => {
    const small = control()
    expect(withoutOptimizingCompiler(WITHOUT_OPTIMIZER_FROM_VMS - 1, () => 'small', small)).toBe('small')
    expect(small.flags).toEqual([])
    const nested = control()
    withoutOptimizingCompiler(1000, () => withoutOptimizingCompiler(1000, () => 'inner', nested), nested)
    expect(nested.flags).toEqual(['--no-turbofan', '--turbofan'])
    for (const options of ['--jitless', '--no-opt', '--max-opt=1', '--turbofan']) {
      const chosen = control(`--enable-source-maps ${options}`)
      withoutOptimizingCompiler(1000, () => undefined, chosen)
      expect(chosen.flags).toEqual([])
    }
  })
})
