/**
 * A declared reboot plan's window is timed as a maintenance window's is (src/policy/declared-window-timing.ts through
 * src/policy/window-coverage.ts): one that opens for neither of the next two baselines is no plan
 * (reboot-window-misses-baseline), one that opens late or for one of them only is a plan with a warning
 * (reboot-window-late), each finding where the plan is declared. As of 2026-12-07: the January 2027 baseline is
 * released 2027-01-12 18:00 UTC, April 2027's 2027-04-13 17:00 UTC, July 2027's 2027-07-13 17:00 UTC.
 */
import { describe, expect, it } from '@jest/globals'
import { describeDeclaredPlan } from '../../src/report/build-report.js'
import { lit, model, vm } from '../policy/builders.js'
import { CONFIG_FILE, configured, evaluate, summarize } from './helpers.js'

const AS_OF = '2026-12-07'
const TAGS_LINE = 12
const tagged = (window: string, overrides: Parameters<typeof vm>[0] = {}) =>
  vm({ tags: lit({ 'hotpatch-reboot-window': window, 'hotpatch-reboot-owner': 'team-x' }, TAGS_LINE), ...overrides })
const scan = (...machines: ReturnType<typeof vm>[]) => evaluate(model({ virtualMachines: machines }), { asOfText: AS_OF })
const messages = (result: ReturnType<typeof scan>) => result.findings.map(f => [f.ruleId, f.message, `${f.location.file}:${f.location.line}`])

const OS = 'Windows Server 2025 Datacenter: Azure Edition'
const CAUSE =
  'Hotpatch machines still restart for every baseline update (January, April, July, October); the next baseline is ' +
  'January 2027 (Patch Tuesday 2027-01-12).'
const missesBoth = (plan: string, window: string, next: string): string =>
  `VM 'web-01' has hotpatching enabled on ${OS}, but the reboot plan declared in ${plan} opens ${window}, so it ` +
  "reboots the VM for neither the January 2027 nor the April 2027 baseline: no opening falls between a baseline's " +
  `release (Patch Tuesday, 10:00 Pacific time) and the next one's; it next opens ${next}. ${CAUSE} Declare a window ` +
  'that recurs at least every month (R/2027-01-16T02:00Z/P1M, Month Second Tuesday Offset4 02:00/PT3H), starting ' +
  'now, with no end before the next baselines.'
const late = (baseline: string, days: number, opens: string): string =>
  `VM 'web-01' reboots for the ${baseline} baseline only ${days} days after its release, in the reboot plan declared ` +
  `in tag hotpatch-reboot-window (opens ${opens}): until then it stays on the previous baseline and misses hotpatch ` +
  "months. Open the window within 30 days of each baseline's Patch Tuesday (Month Second Tuesday Offset4 02:00/PT3H, or weekly)."
const missesApril = (window: string): string =>
  "VM 'web-01' reboots for the January 2027 baseline in the reboot plan declared in tag hotpatch-reboot-window, but " +
  `its window (${window}) does not open for the April 2027 baseline. Declare a window that recurs at least every ` +
  'month and does not end before the baselines it must cover.'

describe('a declared window that opens for neither of the next baselines is no plan', () => {
  it('a monthly window that starts after both (R/2027-08-01T02:00Z/P1M): affected-no-plan, the error at the tag', () => {
    const result = scan(tagged('R/2027-08-01T02:00Z/P1M'))
    const [assessment] = result.assessments
    expect(assessment?.verdict).toBe('affected-no-plan')
    expect(assessment?.reasons.at(-1)).toBe(
      'the reboot plan declared in tag hotpatch-reboot-window does not count: its window (every month from 2027-08-01 ' +
        '02:00 UTC) reboots for neither the January 2027 nor the April 2027 baseline (no opening falls between a ' +
        "baseline's release and the next one's); it next opens 2027-08-01 02:00 UTC"
    )
    // Not reboot-plan-required as well: the window that does not work is the finding, as for a maintenance window.
    expect(messages(result)).toEqual([
      [
        'reboot-window-misses-baseline',
        missesBoth('tag hotpatch-reboot-window', 'every month from 2027-08-01 02:00 UTC', '2027-08-01 02:00 UTC'),
        'infra/main.bicep:12'
      ]
    ])
    expect(assessment?.declaredPlans?.map(describeDeclaredPlan)).toEqual([
      'declared plan tag hotpatch-reboot-window (infra/main.bicep:12) -> window R/2027-08-01T02:00Z/P1M, owner team-x: invalid'
    ])
  })

  it('a yearly recurrence without a start date (12Months day7) is read in its least favourable month', () => {
    const result = scan(tagged('12Months day7 02:00/PT3H'))
    expect(result.assessments.map(a => a.verdict)).toEqual(['affected-no-plan'])
    const window = 'every 12 months on day 7 at 02:00 UTC (it declares no start date: read from its least favourable one, 2026-12-01)'
    expect(messages(result)).toEqual([
      ['reboot-window-misses-baseline', missesBoth('tag hotpatch-reboot-window', window, '2026-12-07 02:00 UTC'), 'infra/main.bicep:12']
    ])
  })

  it('a reboot-plans entry: the error at its window, in the configuration file', () => {
    const configuration = configured('reboot-plans:', '  - resource: web-01', '    window: 2027-08-01T02:00Z/PT3H', '    owner: team-web')
    const result = evaluate(model(), { configuration, asOfText: AS_OF })
    expect(result.assessments.map(a => a.verdict)).toEqual(['affected-no-plan'])
    expect(messages(result)).toEqual([
      [
        'reboot-window-misses-baseline',
        missesBoth(`reboot-plans[0] of ${CONFIG_FILE}`, 'once, at 2027-08-01 02:00 UTC', '2027-08-01 02:00 UTC'),
        `${CONFIG_FILE}:3`
      ]
    ])
  })

  it('on a VM the platform would reboot: still no plan, the platform picks the time (as for a maintenance window)', () => {
    const platform = { rebootSetting: lit('IfRequired', 25), bypassPlatformSafetyChecksOnUserSchedule: lit(false, 26) }
    const result = scan(tagged('R/2027-08-01T02:00Z/P1M', platform))
    expect(result.assessments[0]?.verdict).toBe('affected-no-plan')
    expect(result.assessments[0]?.reasons.at(-1)).toBe(
      'rebootSetting is IfRequired on the VM (infra/main.bicep:25): no window reboots it in time, so the platform ' +
        'picks the time it reboots the VM, not a planned window'
    )
    expect(summarize(result.findings)).toEqual(['reboot-window-misses-baseline error infra/main.bicep:12'])
  })
})

describe('a declared window that opens late, or for one of the next baselines only, is a plan with a warning', () => {
  it('every opening 89 days after the release (R/2026-01-11T02:00Z/P3M)', () => {
    const result = scan(tagged('R/2026-01-11T02:00Z/P3M'))
    expect(result.assessments.map(a => a.verdict)).toEqual(['affected-with-plan'])
    expect(messages(result)).toEqual([
      ['reboot-window-late', late('January 2027', 89, '2027-04-11 02:00 UTC'), 'infra/main.bicep:12'],
      ['reboot-window-late', late('April 2027', 89, '2027-07-11 02:00 UTC'), 'infra/main.bicep:12']
    ])
  })

  it('a yearly window in February (R/2026-02-07T02:00Z/P1Y) and one that ends in January (R2/2026-12-20T02:00Z/P1M)', () => {
    const result = scan(tagged('R/2026-02-07T02:00Z/P1Y'), tagged('R2/2026-12-20T02:00Z/P1M'))
    expect(result.assessments.map(a => a.verdict)).toEqual(['affected-with-plan', 'affected-with-plan'])
    expect(messages(result)).toEqual([
      ['reboot-window-late', missesApril('every year from 2026-02-07 02:00 UTC'), 'infra/main.bicep:12'],
      ['reboot-window-late', missesApril('every month from 2026-12-20 02:00 UTC, 2 times'), 'infra/main.bicep:12']
    ])
  })
})

describe('what does not change', () => {
  it('a window that opens within 30 days of each baseline passes, in either notation and time zone', () => {
    const result = scan(
      tagged('Month Second Tuesday Offset4 02:00/PT3H'),
      tagged('R/2026-12-16T02:00+01:00/P1M'),
      tagged('Week Saturday 23:30/PT2H Pacific Standard Time')
    )
    expect(result.assessments.map(a => a.verdict)).toEqual(['affected-with-plan', 'affected-with-plan', 'affected-with-plan'])
    expect(summarize(result.findings)).toEqual([])
  })

  it('another plan that reboots the VM in time makes a declared window that misses both stale, not an error', () => {
    const configuration = configured('reboot-plans:', '  - resource: web-01', '    window: Week Sunday 03:00/PT2H', '    owner: team-web')
    const result = evaluate(model({ virtualMachines: [tagged('R/2027-08-01T02:00Z/P1M')] }), { configuration, asOfText: AS_OF })
    expect([result.assessments[0]?.verdict, summarize(result.findings)]).toEqual(['affected-with-plan', []])
  })

  it('a malformed window, a missing owner and an ended window are still invalid-reboot-plan, and not timed', () => {
    const noOwner = vm({ identity: { type: 'Microsoft.Compute/virtualMachines', name: 'app-01' }, tags: lit({ 'hotpatch-reboot-window': 'R/2027-08-01T02:00Z/P1M' }, TAGS_LINE) })
    const result = scan(tagged('soon'), noOwner, tagged('2026-11-01T02:00Z/PT3H'))
    expect(result.assessments.map(a => [a.verdict, a.declaredPlans?.map(p => [p.problem?.kind, p.timing])])).toEqual([
      ['affected-no-plan', [['malformed', undefined]]],
      ['affected-no-plan', [['no-owner', undefined]]],
      ['affected-no-plan', [['ended', undefined]]]
    ])
    expect(summarize(result.findings)).toEqual([
      'invalid-reboot-plan error infra/main.bicep:12',
      'reboot-plan-required error infra/main.bicep:10',
      'invalid-reboot-plan error infra/main.bicep:12',
      'reboot-plan-required error infra/main.bicep:10',
      'invalid-reboot-plan error infra/main.bicep:12',
      'reboot-plan-required error infra/main.bicep:10'
    ])
  })
})
