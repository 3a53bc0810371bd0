/**
 * Declared reboot plans (src/policy/configuration/declared-plans.ts and the verdict in src/policy/assess.ts): a window tag
 * or a `reboot-plans:` entry makes an affected VM pass, with evidence naming it and its owner; a broken one
 * is reported where it is written.
 */
import { describe, expect, it } from '@jest/globals'
import { describeDeclaredPlan } from '../../src/report/build-report.js'
import { lit, model, unknownValue, vm } from '../policy/builders.js'
import { CONFIG_FILE, configured, evaluate, summarize } from './helpers.js'

const TAGS_LINE = 12
const taggedVm = (tags: Record<string, string>, overrides: Parameters<typeof vm>[0] = {}) =>
  vm({ tags: lit(tags, TAGS_LINE), ...overrides })
const MONTHLY = { 'hotpatch-reboot-window': 'Month Second Sunday 02:00/PT3H', 'hotpatch-reboot-owner': 'platform-team' }

describe('a window tag on the VM', () => {
  it('makes an affected VM pass: affected-with-plan, the tag and its owner in the evidence', () => {
    const result = evaluate(model({ virtualMachines: [taggedVm({ ...MONTHLY, 'hotpatch-reboot-ticket': 'CHG-1042' })] }))
    const [assessment] = result.assessments
    expect(assessment?.verdict).toBe('affected-with-plan')
    expect(assessment?.reasons.slice(-2)).toEqual([
      'no maintenance configuration is assigned',
      'a reboot plan is declared in tag hotpatch-reboot-window (infra/main.bicep:12): window Month Second Sunday ' +
        '02:00/PT3H, owner platform-team, ticket CHG-1042; the schedule lives outside the scanned files, so the ' +
        'declaration stands for it'
    ])
    expect(assessment?.declaredPlans?.map(describeDeclaredPlan)).toEqual([
      'declared plan tag hotpatch-reboot-window (infra/main.bicep:12) -> window Month Second Sunday 02:00/PT3H, ' +
        'owner platform-team, ticket CHG-1042: valid'
    ])
    expect(summarize(result.findings)).toEqual([])
  })

  it('counts without the Customer Managed Schedule settings, which an Update Manager policy sets at deployment', () => {
    const result = evaluate(model({ virtualMachines: [taggedVm(MONTHLY, { patchMode: lit('AutomaticByOS', 22) })] }))
    expect([result.assessments[0]?.verdict, summarize(result.findings)]).toEqual(['affected-with-plan', []])
  })

  it('answers a platform-reboot VM and an indeterminate one', () => {
    const platform = taggedVm(MONTHLY, { rebootSetting: lit('IfRequired', 25), bypassPlatformSafetyChecksOnUserSchedule: lit(false, 26) })
    const unknownSku = taggedVm(MONTHLY, { image: { sku: unknownValue(16, 'parameter vmSku has no value') } })
    const result = evaluate(model({ virtualMachines: [platform, unknownSku] }))
    expect(result.assessments.map(a => [a.verdict, a.affected])).toEqual([
      ['affected-with-plan', 'yes'],
      ['affected-with-plan', 'unknown']
    ])
    expect(summarize(result.findings)).toEqual([])
  })

  it('takes an owner tag whose value is not evaluated as set', () => {
    const owner = vm({ tags: { ...lit({ 'hotpatch-reboot-window': 'Month Second Sunday 02:00/PT3H' }, TAGS_LINE), unknownKeys: ['Hotpatch-Reboot-Owner'] } })
    const result = evaluate(model({ virtualMachines: [owner] }))
    expect(result.assessments.map(a => a.verdict)).toEqual(['affected-with-plan'])
    expect(result.assessments[0]?.declaredPlans?.map(describeDeclaredPlan)).toEqual([
      'declared plan tag hotpatch-reboot-window (infra/main.bicep:12) -> window Month Second Sunday 02:00/PT3H, ' +
        'owner a value set when it is deployed: valid'
    ])
  })

  it('does not override rebootSetting Never on the VM', () => {
    const result = evaluate(model({ virtualMachines: [taggedVm(MONTHLY, { rebootSetting: lit('Never', 25) })] }))
    expect(result.assessments[0]?.verdict).toBe('affected-reboot-blocked')
    expect(summarize(result.findings)).toEqual(['reboot-blocked error infra/main.bicep:25'])
  })

  it('uses the tag names the configuration sets', () => {
    const configuration = configured('reboot-window-tags: {window: PatchWindow, owner: PatchOwner}')
    const tags = { patchwindow: 'Week Saturday 22:00/PT4H', patchowner: 'ops' }
    const result = evaluate(model({ virtualMachines: [taggedVm(tags), taggedVm(MONTHLY)] }), { configuration })
    expect(result.assessments.map(a => a.verdict)).toEqual(['affected-with-plan', 'affected-no-plan'])
  })

  it('reports a window that has ended, and the VM still needs a plan', () => {
    const tags = { 'hotpatch-reboot-window': '2025-12-14T02:00Z/PT3H', 'hotpatch-reboot-owner': 'team-batch' }
    const result = evaluate(model({ virtualMachines: [taggedVm(tags)] }))
    expect(result.assessments[0]?.verdict).toBe('affected-no-plan')
    expect(result.assessments[0]?.reasons.at(-1)).toBe(
      'the reboot plan declared in tag hotpatch-reboot-window does not count: its window ended on 2025-12-14T05:00Z, ' +
        'before the evaluation date 2026-01-10'
    )
    expect(summarize(result.findings)).toEqual([
      'invalid-reboot-plan error infra/main.bicep:12',
      'reboot-plan-required error infra/main.bicep:10'
    ])
  })
})

describe('a reboot-plans entry in the configuration', () => {
  const plans = (window: string) =>
    configured(
      'reboot-plans:',
      '  - resource: WEB-*',
      `    window: ${window}`,
      '    owner: team-web',
      '  - resource: /subscriptions/0/resourceGroups/rg-other/providers/Microsoft.Compute/virtualMachines/web-01',
      '    window: Day 02:00/PT1H',
      '    owner: team-other'
    )

  it('makes the VMs it names pass, by name glob (case-insensitively) or resource ID', () => {
    const result = evaluate(model({ virtualMachines: [vm(), vm({ identity: { type: 'Microsoft.Compute/virtualMachines', name: 'app-01' } })] }), {
      configuration: plans('R/2026-01-11T02:00Z/P1M')
    })
    expect(result.assessments.map(a => [a.vm.displayName, a.verdict])).toEqual([
      ['web-01', 'affected-with-plan'],
      ['app-01', 'affected-no-plan']
    ])
    expect(result.assessments[0]?.declaredPlans?.map(describeDeclaredPlan)).toEqual([
      `declared plan reboot-plans[0] of ${CONFIG_FILE} (${CONFIG_FILE}:3) -> window R/2026-01-11T02:00Z/P1M, owner team-web: valid`,
      `declared plan reboot-plans[1] of ${CONFIG_FILE} (${CONFIG_FILE}:6) -> window Day 02:00/PT1H, owner team-other: valid`
    ])
  })

  it('reports a declared window in the past where it is written, with its exact message', () => {
    const result = evaluate(model(), { configuration: plans('2026-01-04T02:00Z/2026-01-04T06:00Z') })
    expect(result.assessments[0]?.verdict).toBe('affected-with-plan')
    const invalid = result.findings.filter(f => f.ruleId === 'invalid-reboot-plan')
    expect(invalid.map(f => [f.message, f.location])).toEqual([
      [
        `The reboot plan declared for VM 'web-01' in reboot-plans[0] of ${CONFIG_FILE} does not count: its window ` +
          'ended on 2026-01-04T06:00Z, before the evaluation date 2026-01-10, so it plans no reboot. Declare a ' +
          'recurring window, or one that is still ahead.',
        { file: CONFIG_FILE, line: 3, column: 5 }
      ]
    ])
  })

  it('counts a window that ends on the evaluation date', () => {
    const result = evaluate(model(), { configuration: plans('2026-01-10T01:00Z/PT2H'), asOfText: '2026-01-10' })
    expect(summarize(result.findings)).toEqual([])
  })
})
