/** Unit tests for src/policy/rules/invalid-reboot-plan.ts */
import { rule } from '../../../src/policy/rules/invalid-reboot-plan.js'
import { lit, model, scaleSet, vm } from '../builders.js'
import { runRuleTests } from '../rule-tester.js'

const TAGS_LINE = 12
const tagged = (tags: Record<string, string>, overrides: Parameters<typeof vm>[0] = {}) =>
  model({ virtualMachines: [vm({ tags: lit(tags, TAGS_LINE), ...overrides })] })
const owned = (window: string) => ({ 'hotpatch-reboot-window': window, 'hotpatch-reboot-owner': 'platform-team' })
const declared = (noun: string, problem: string, advice: string): string =>
  `The reboot plan declared for ${noun} in tag hotpatch-reboot-window does not count: ${problem}${advice}`

runRuleTests(rule, {
  valid: [
    { name: 'no window tag', model: tagged({ workload: 'orders' }), outcome: 'not-applicable' },
    { name: 'a recurring window with an owner', model: tagged(owned('Month Second Sunday 02:00/PT3H')), outcome: 'pass' },
    { name: 'a recurring window in a Windows time zone', model: tagged(owned('Month Second Sunday 02:00/PT3H W. Europe Standard Time')), outcome: 'pass' },
    { name: 'an interval that ends on the evaluation date', model: tagged(owned('2026-11-24T01:00Z/PT3H')), outcome: 'pass' },
    { name: 'an unbounded repeating interval', model: tagged(owned('R/2025-01-12T02:00Z/P1M')), outcome: 'pass' },
    {
      name: 'a broken tag on a VM that is not affected',
      model: tagged({ 'hotpatch-reboot-window': 'soon' }, { enableHotpatching: lit(false, 23) }),
      outcome: 'not-applicable'
    }
  ],
  invalid: [
    {
      name: 'a window that is not well formed',
      model: tagged(owned('Month Sekond Sunday 02:00/PT3H')),
      findings: [
        {
          message: declared(
            "VM 'web-01'",
            'its window "Month Sekond Sunday 02:00/PT3H" is not valid: expected day numbers (day23,day24) or First, ' +
              "Second, Third, Fourth or Last after the month, got 'Sekond'",
            '. Write an ISO 8601 interval (2026-01-18T02:00Z/PT3H) or a maintenance recurrence (Month Third Sunday ' +
              '02:00/PT3H).'
          ),
          file: 'infra/main.bicep',
          line: TAGS_LINE
        }
      ]
    },
    {
      name: 'a recurrence whose time zone is not a Windows time zone name (its time of day is unknown)',
      model: tagged(owned('Month Second Sunday 02:00/PT3H Mars Standard Time')),
      findings: [
        {
          message: declared(
            "VM 'web-01'",
            'its window "Month Second Sunday 02:00/PT3H Mars Standard Time" is not valid: \'Mars Standard Time\' is not ' +
              'a Windows time zone name (e.g. UTC, Pacific Standard Time, W. Europe Standard Time)',
            '. Write an ISO 8601 interval (2026-01-18T02:00Z/PT3H) or a maintenance recurrence (Month Third Sunday ' +
              '02:00/PT3H).'
          ),
          file: 'infra/main.bicep',
          line: TAGS_LINE
        }
      ]
    },
    {
      name: 'a window without an owner tag',
      model: tagged({ 'hotpatch-reboot-window': 'Week Saturday 22:00/PT4H' }),
      findings: [
        {
          message: declared(
            "VM 'web-01'",
            'it has no owner: tag hotpatch-reboot-owner is not set',
            '. Name who runs the reboots: a plan nobody owns is not a plan.'
          ),
          file: 'infra/main.bicep',
          line: TAGS_LINE
        }
      ]
    },
    {
      name: 'an interval in the past, on a scale set, with tag names in another case',
      model: model({
        virtualMachines: [
          scaleSet({ tags: lit({ 'Hotpatch-Reboot-Window': '2026-10-11T02:00Z/PT3H', 'HOTPATCH-REBOOT-OWNER': 'ops' }, TAGS_LINE) })
        ]
      }),
      findings: [
        {
          message:
            "The reboot plan declared for scale set 'web-vmss' in tag Hotpatch-Reboot-Window does not count: its " +
            'window ended on 2026-10-11T05:00Z, before the evaluation date 2026-11-24, so it plans no reboot. ' +
            'Declare a recurring window, or one that is still ahead.',
          file: 'infra/main.bicep',
          line: TAGS_LINE
        }
      ]
    }
  ]
})
