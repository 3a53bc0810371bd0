/**
 * src/policy/reboot-calendar.ts: which reboots a hotpatch machine's window must open for. While an advisory's
 * disruption takes the machine's OS family off hotpatching (KB5070881: Windows Server 2025, 2025-10-23 to the
 * January 2026 baseline), each monthly update it releases within the checked horizon is one, beside the baselines;
 * and the window checks remember their answers per calendar, so that a 2025 and a 2022 VM sharing one
 * configuration each get their own.
 */
import { describe, expect, it } from '@jest/globals'
import type { Advisory } from '../../src/policy/advisory.js'
import { getBuiltInAdvisories } from '../../src/policy/advisories/index.js'
import { arcImageMatch } from '../../src/policy/arc.js'
import { declaredWindowTiming } from '../../src/policy/declared-window-timing.js'
import { evaluatePolicy } from '../../src/policy/evaluate.js'
import type { ImageMatch } from '../../src/policy/images.js'
import { baselineCalendar, rebootCalendar, type RebootCalendar } from '../../src/policy/reboot-calendar.js'
import { rules } from '../../src/policy/rules/index.js'
import { checkWindowTiming } from '../../src/policy/window-coverage.js'
import { configuration, dynamicScope, lit, loc, model, unknownValue, vm } from './builders.js'

const [BUILT_IN] = getBuiltInAdvisories() as [Advisory]
const ADVISORIES = [BUILT_IN]
const image = (sku: string, advisory: Advisory = BUILT_IN): ImageMatch => {
  const listed = advisory.hotpatchImages.find(entry => entry.sku === sku)
  if (listed === undefined) throw new Error(`${sku} is not listed`)
  return { image: listed, advisory }
}
const WS2025 = image('2025-datacenter-azure-edition')
const WS2022 = image('2022-datacenter-azure-edition-hotpatch')
const day = (text: string): Date => new Date(`${text}T00:00:00Z`)
const calendarOn = (date: string, images: readonly ImageMatch[] = [WS2025], advisories: readonly Advisory[] = ADVISORIES): RebootCalendar =>
  rebootCalendar(advisories, images, BUILT_IN.baselineMonths, day(date))
const monthlyOn = (date: string, images?: readonly ImageMatch[], advisories?: readonly Advisory[]): string[] =>
  calendarOn(date, images, advisories).monthlyUpdates.map(update => update.name)

/** The built-in advisory with another disruption for Windows Server 2025. */
const disruptedFrom = (start: string, end: string): Advisory[] => [{ ...BUILT_IN, id: 'custom', disruption: { ...BUILT_IN.disruption, start, end } }]

describe('the monthly updates a Windows Server 2025 hotpatch VM must reboot for (built-in advisory)', () => {
  it('as of 2025-11-05: November and December 2025, each from its release to the next month’s', () => {
    const calendar = calendarOn('2025-11-05')
    expect(calendar.baselineMonths).toBe(BUILT_IN.baselineMonths)
    expect(calendar.monthlyUpdates.map(u => [u.name, u.release.toISOString(), u.nextRelease.toISOString()])).toEqual([
      ['November 2025', '2025-11-11T18:00:00.000Z', '2025-12-09T18:00:00.000Z'],
      ['December 2025', '2025-12-09T18:00:00.000Z', '2026-01-13T18:00:00.000Z']
    ])
    expect(calendar.key).toBe('1,4,7,10 monthly November 2025,December 2025')
  })

  it.each([
    // Before it starts, when it starts before the checked horizon ends (the January 2026 release, as of 2025-06-01).
    ['2025-06-01', ['November 2025', 'December 2025']],
    ['2025-10-22', ['November 2025', 'December 2025']],
    // A Patch Tuesday on the evaluation date is still ahead, as a baseline's is.
    ['2025-11-11', ['November 2025', 'December 2025']],
    ['2025-11-12', ['December 2025']],
    ['2025-12-09', ['December 2025']],
    // The January 2026 update ends it: a baseline, checked as one.
    ['2025-12-10', []],
    ['2026-01-14', []],
    // A horizon that ends (the October 2025 release) before the disruption starts.
    ['2025-03-01', []]
  ])('as of %s: %j', (date, names) => {
    expect(monthlyOn(date)).toEqual(names)
  })

  it('none, and the baseline calendar itself, for Windows Server 2022 Azure Edition, which KB5070881 left on hotpatching', () => {
    expect(calendarOn('2025-11-05', [WS2022])).toBe(baselineCalendar(BUILT_IN.baselineMonths))
    expect(calendarOn('2025-11-05', [])).toBe(baselineCalendar(BUILT_IN.baselineMonths))
  })

  it('an Arc-enabled server (Windows Server 2025) is held to them', () => {
    expect(monthlyOn('2025-11-05', [arcImageMatch(ADVISORIES) as ImageMatch])).toEqual(['November 2025', 'December 2025'])
  })

  it('an image that may be 2022 or 2025 (a part not evaluated) is held to them: the least favourable reading', () => {
    expect(monthlyOn('2025-11-05', [WS2022, WS2025])).toEqual(['November 2025', 'December 2025'])
    expect(monthlyOn('2025-11-05', [WS2022, image('2022-datacenter-azure-edition-core')])).toEqual([])
  })
})

describe('a custom advisory’s disruption', () => {
  it('that starts after the evaluation date but before the checked horizon ends (the July 2026 release)', () => {
    expect(monthlyOn('2025-11-05', [WS2025], disruptedFrom('2026-02-01', '2026-03-31'))).toEqual(['February 2026', 'March 2026'])
  })

  it('that spans a baseline month: that month’s update is the baseline', () => {
    expect(monthlyOn('2025-11-05', [WS2025], disruptedFrom('2026-02-01', '2026-06-30'))).toEqual(['February 2026', 'March 2026', 'May 2026', 'June 2026'])
  })

  it('that starts after the checked horizon: none yet', () => {
    expect(monthlyOn('2025-11-05', [WS2025], disruptedFrom('2026-08-01', '2026-12-31'))).toEqual([])
  })
})

/** Every three months from 2025-10-18: the January and April 2026 baselines 4 days after their release, no month between. */
const quarterly = () =>
  configuration({ window: { startDateTime: lit('2025-10-18 02:00', 43), recurEvery: lit('3Months Second Tuesday Offset4', 47) } })
const QUARTERLY_TEXT = 'every 3 months on the Second Tuesday + 4 days at 02:00 UTC, from 2025-10-18 02:00'
const COVERS_BASELINES = [
  { baseline: 'January 2026', opens: '2026-01-17 02:00 UTC', daysAfter: 4 },
  { baseline: 'April 2026', opens: '2026-04-18 02:00 UTC', daysAfter: 4 }
]

describe('a window’s timing against the calendar', () => {
  const AS_OF = day('2025-11-05')

  it('a quarterly window misses both monthly updates: not a reboot plan for the 2025 VM, with the updates named', () => {
    expect(checkWindowTiming(quarterly(), AS_OF, calendarOn('2025-11-05'))).toStrictEqual({
      kind: 'misses',
      detail:
        `its window (${QUARTERLY_TEXT}) does not reboot for the November 2025 and December 2025 monthly updates (no opening ` +
        "falls between an update's release and the next month's), each of which a machine off hotpatching must reboot for; " +
        'it next opens 2026-01-17 02:00 UTC',
      timing: {
        description: QUARTERLY_TEXT,
        covers: COVERS_BASELINES,
        misses: [],
        monthly: { covers: [], misses: ['November 2025', 'December 2025'] },
        next: '2026-01-17 02:00 UTC',
        location: loc(47)
      }
    })
  })

  it('one configuration checked for a 2022 VM, then a 2025 VM, then the 2022 VM again: each calendar its own answer', () => {
    const shared = quarterly()
    const for2022 = checkWindowTiming(shared, AS_OF, calendarOn('2025-11-05', [WS2022]))
    const for2025 = checkWindowTiming(shared, AS_OF, calendarOn('2025-11-05'))
    expect(for2022.kind).toBe('covers')
    expect(for2025.kind).toBe('misses')
    expect(checkWindowTiming(shared, AS_OF, calendarOn('2025-11-05', [WS2022]))).toBe(for2022)
    expect(checkWindowTiming(shared, AS_OF, calendarOn('2025-11-05'))).toBe(for2025)
  })

  it('a monthly window covers each monthly update, and its evidence still names the next baseline', () => {
    const check = checkWindowTiming(configuration(), AS_OF, calendarOn('2025-11-05'))
    expect(check.kind === 'covers' && [check.detail, check.timing.monthly]).toEqual([
      'next reboot window 2026-01-14 03:00 UTC, 1 day after the January 2026 baseline',
      {
        covers: [
          { update: 'November 2025', opens: '2025-11-12 03:00 UTC', daysAfter: 1 },
          { update: 'December 2025', opens: '2025-12-10 03:00 UTC', daysAfter: 1 }
        ],
        misses: []
      }
    ])
  })

  it('a declared window is judged against the same calendar, remembered per calendar', () => {
    const openings = { kind: 'repeating', start: new Date('2025-10-18T02:00:00Z'), period: { years: 0, months: 3, days: 0, milliseconds: 0 }, times: undefined } as const
    const for2022 = declaredWindowTiming(openings, AS_OF, calendarOn('2025-11-05', [WS2022]))
    const for2025 = declaredWindowTiming(openings, AS_OF, calendarOn('2025-11-05'))
    expect([for2022.kind, for2022.timing.monthly]).toEqual(['covers', undefined])
    expect([for2025.kind, for2025.timing.monthly]).toEqual(['misses', { covers: [], misses: ['November 2025', 'December 2025'] }])
  })
})

describe('one quarterly window assigned to a 2025 and a 2022 VM by one dynamic scope (as of 2025-11-05)', () => {
  const ws2025 = vm({ identity: { type: 'Microsoft.Compute/virtualMachines', name: 'vm-2025' }, displayName: 'vm-2025' })
  const ws2022 = vm({
    identity: { type: 'Microsoft.Compute/virtualMachines', name: 'vm-2022' },
    displayName: 'vm-2022',
    image: { sku: lit('2022-datacenter-azure-edition-hotpatch', 16) }
  })
  const verdicts = (virtualMachines: ReturnType<typeof vm>[]) => {
    const fleet = model({ virtualMachines, maintenanceConfigurations: [quarterly()], maintenanceAssignments: [dynamicScope()] })
    const result = evaluatePolicy(fleet, { asOf: day('2025-11-05'), rules })
    return result.assessments.map(a => `${a.vm.displayName} ${a.verdict}: ${result.findings.filter(f => f.resource === a.vm.displayName).map(f => f.ruleId).join(',')}`)
  }

  it.each([
    ['the 2025 VM first', [ws2025, ws2022]],
    ['the 2022 VM first', [ws2022, ws2025]]
  ])('%s: the 2025 VM has no plan, the 2022 VM keeps it', (_order, virtualMachines) => {
    expect(verdicts(virtualMachines).sort()).toEqual(['vm-2022 affected-with-plan: ', 'vm-2025 affected-no-plan: reboot-window-misses-baseline'])
  })
})

describe('a VM whose SKU is not evaluated, so that it may be 2025 or 2022 (as of 2025-11-05)', () => {
  const unknownSku = vm({ image: { sku: unknownValue<string>(16, "parameter 'sku' has no value") } })
  const verdictWith = (window: ReturnType<typeof configuration>) =>
    evaluatePolicy(model({ virtualMachines: [unknownSku], maintenanceConfigurations: [window], maintenanceAssignments: [dynamicScope()] }), {
      asOf: day('2025-11-05'),
      rules
    }).assessments[0]?.verdict

  it('a quarterly window: indeterminate, since only the SKU decides whether it is a plan', () => {
    expect(verdictWith(quarterly())).toBe('indeterminate')
  })

  it('a monthly window: a plan whatever the SKU', () => {
    expect(verdictWith(configuration())).toBe('affected-with-plan')
  })
})
