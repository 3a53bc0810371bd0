/** Unit tests for src/policy/rules/reboot-window-late.ts (as of 2026-11-24). */
import { rule } from '../../../src/policy/rules/reboot-window-late.js'
import type { MaintenanceWindow } from '../../../src/model/resources.js'
import { assignment, configuration, configurationId, configurationRef, lit, model, unknownValue, vm, withPlan } from '../builders.js'
import { runRuleTests } from '../rule-tester.js'

const windowed = (window: Partial<MaintenanceWindow>) => withPlan({ maintenanceConfigurations: [configuration({ window })] })

const late = (days: number, opens: string): string =>
  `VM 'web-01' reboots for the January 2027 baseline only ${days} days after its release, in maintenance ` +
  `configuration 'patch-window' (opens ${opens}): until then it stays on the previous baseline and misses hotpatch ` +
  "months. Open the window within 30 days of each baseline's Patch Tuesday (Month Second Tuesday Offset4, or weekly)."
const missesLater = (covered: string, window: string, missed: string): string =>
  `VM 'web-01' reboots for the ${covered} baseline in maintenance configuration 'patch-window', but its window ` +
  `(${window}) does not open for the ${missed} baseline. Make it recur at least every month and keep ` +
  'expirationDateTime past the baselines it must cover.'

/** A reboot plan declared by tags on the VM, outside the manifests: its window is timed as a maintenance window's. */
const declaring = (window: string) => model({ virtualMachines: [vm({ tags: lit({ 'hotpatch-reboot-window': window, 'hotpatch-reboot-owner': 'ops' }, 12) })] })
const declaredLate = (days: number, opens: string): string =>
  `VM 'web-01' reboots for the January 2027 baseline only ${days} days after its release, in the reboot plan declared ` +
  `in tag hotpatch-reboot-window (opens ${opens}): until then it stays on the previous baseline and misses hotpatch ` +
  "months. Open the window within 30 days of each baseline's Patch Tuesday (Month Second Tuesday Offset4 02:00/PT3H, or weekly)."
const declaredMissesLater = (window: string): string =>
  "VM 'web-01' reboots for the January 2027 baseline in the reboot plan declared in tag hotpatch-reboot-window, but its " +
  `window (${window}) does not open for the April 2027 baseline. Declare a window that recurs at least every month ` +
  'and does not end before the baselines it must cover.'

/**
 * During the KB5070881 disruption (as of 2025-11-05): a window on day 9 at 02:00 UTC opens 28 days after November's
 * release (2025-12-09 02:00, before December's that evening), then 31 days after December's (2026-01-09).
 */
const DAY_9 = { startDateTime: lit('2025-10-09 02:00', 43), recurEvery: lit('Month day9', 47) }
const monthlyLate = (where: string, fix: string): string =>
  `VM 'web-01' reboots for the December 2025 monthly update only 31 days after its release, in ${where} (opens ` +
  "2026-01-09 02:00 UTC): until then the update waits for a reboot and the machine runs without that month's fixes. " +
  `Open the window within 30 days of each monthly update's Patch Tuesday (${fix}, or weekly).`

const quarterly = assignment(undefined, { identity: { ...assignment().identity, name: 'quarterly' }, configuration: configurationRef('quarterly') })
const FEBRUARY_YEARLY = { startDateTime: lit('2026-02-01 02:00', 43), recurEvery: lit('12Months Second Saturday', 47) }

runRuleTests(rule, {
  valid: [
    { name: 'a monthly window the day after Patch Tuesday', model: withPlan(), outcome: 'pass' },
    {
      name: '28 days after the release is in time',
      model: windowed({ startDateTime: lit('2026-01-01 17:59', 43), recurEvery: lit('Month Second Tuesday', 47) }),
      outcome: 'pass'
    },
    {
      name: 'another window covers both baselines promptly',
      model: withPlan({
        maintenanceConfigurations: [configuration({ window: FEBRUARY_YEARLY }), configuration({ identity: configurationId('quarterly') })],
        maintenanceAssignments: [assignment(), quarterly]
      }),
      outcome: 'pass'
    },
    { name: 'no window is assigned', outcome: 'not-applicable' },
    {
      name: 'during the disruption, the day-9 window on Windows Server 2022 Azure Edition: baselines 27 and 25 days after',
      asOf: '2025-11-05',
      model: { ...windowed(DAY_9), virtualMachines: [vm({ image: { sku: lit('2022-datacenter-azure-edition-hotpatch', 16) } })] },
      outcome: 'pass'
    },
    {
      name: 'during the disruption, a window that misses a monthly update (reboot-window-misses-baseline)',
      asOf: '2025-11-05',
      model: windowed({ startDateTime: lit('2025-10-18 02:00', 43), recurEvery: lit('3Months Second Tuesday Offset4', 47) }),
      outcome: 'not-applicable'
    },
    { name: 'a declared plan that opens within days of every release', model: declaring('Month Second Tuesday Offset4 02:00/PT3H'), outcome: 'pass' },
    {
      name: 'a declared plan covers both baselines promptly beside a late window',
      model: { ...windowed(FEBRUARY_YEARLY), virtualMachines: declaring('Week Sunday 03:00/PT2H').virtualMachines },
      outcome: 'pass'
    },
    {
      name: 'a declared plan that covers neither baseline (reboot-window-misses-baseline)',
      model: declaring('R/2027-08-24T02:00Z/P1M'),
      outcome: 'not-applicable'
    },
    {
      name: 'a window that covers neither baseline (reboot-window-misses-baseline)',
      model: windowed({ startDateTime: lit('2027-08-24 02:00', 43) }),
      outcome: 'not-applicable'
    },
    {
      name: 'a start that cannot be evaluated (reported by indeterminate)',
      model: windowed({ startDateTime: unknownValue(43, "parameter 'start' has no value") }),
      outcome: 'not-applicable'
    },
    {
      name: 'the VM is not a hotpatch VM',
      model: { ...windowed(FEBRUARY_YEARLY), virtualMachines: [vm({ enableHotpatching: lit(false, 23) })] },
      outcome: 'not-applicable'
    }
  ],
  invalid: [
    {
      name: 'during the KB5070881 disruption, a window on day 9 reboots for the December 2025 monthly update 31 days late',
      asOf: '2025-11-05',
      model: windowed(DAY_9),
      findings: [{ message: monthlyLate("maintenance configuration 'patch-window'", 'Month Second Tuesday Offset4'), file: 'infra/main.bicep', line: 47 }]
    },
    {
      name: 'during the disruption, a declared plan on day 9: the December 2025 monthly update 31 days late, at the tag',
      asOf: '2025-11-05',
      model: declaring('R/2025-10-09T02:00Z/P1M'),
      findings: [
        {
          message: monthlyLate('the reboot plan declared in tag hotpatch-reboot-window', 'Month Second Tuesday Offset4 02:00/PT3H'),
          file: 'infra/main.bicep',
          line: 12
        }
      ]
    },
    {
      name: 'a declared yearly window in February: 32 days late for January, none for April, at the tag',
      model: declaring('R/2026-02-13T02:00Z/P1Y'),
      findings: [
        { message: declaredLate(32, '2027-02-13 02:00 UTC'), file: 'infra/main.bicep', line: 12 },
        { message: declaredMissesLater('every year from 2026-02-13 02:00 UTC'), file: 'infra/main.bicep', line: 12 }
      ]
    },
    {
      name: 'a yearly window in February: 32 days late for January, none for April',
      model: windowed(FEBRUARY_YEARLY),
      findings: [
        { message: late(32, '2027-02-13 02:00 UTC'), file: 'infra/main.bicep', line: 47 },
        {
          message: missesLater('January 2027', 'every 12 months on the Second Saturday at 02:00 UTC, from 2026-02-01 02:00', 'April 2027'),
          file: 'infra/main.bicep',
          line: 47
        }
      ]
    },
    {
      name: 'a twice-yearly window in February and August',
      model: windowed({ startDateTime: lit('2026-02-01 02:00', 43), recurEvery: lit('6Months Second Saturday', 47) }),
      findings: [
        { message: late(32, '2027-02-13 02:00 UTC'), file: 'infra/main.bicep', line: 47 },
        {
          message: missesLater('January 2027', 'every 6 months on the Second Saturday at 02:00 UTC, from 2026-02-01 02:00', 'April 2027'),
          file: 'infra/main.bicep',
          line: 47
        }
      ]
    },
    {
      name: 'expires after the January release, before April',
      model: windowed({ startDateTime: lit('2026-06-05 02:00', 43), expirationDateTime: lit('2027-02-10 00:00', 45), recurEvery: lit('Month day5', 47) }),
      findings: [
        {
          message: missesLater('January 2027', 'every month on day 5 at 02:00 UTC, from 2026-06-05 02:00 until 2027-02-10 00:00', 'April 2027'),
          file: 'infra/main.bicep',
          line: 47
        }
      ]
    },
    {
      name: 'starts after the January period: covers April only',
      model: windowed({ startDateTime: lit('2027-04-20 02:00', 43), recurEvery: lit('Week Saturday', 47) }),
      findings: [
        {
          message: missesLater('April 2027', 'every week on Saturday at 02:00 UTC, from 2027-04-20 02:00', 'January 2027'),
          file: 'infra/main.bicep',
          line: 47
        }
      ]
    }
  ]
})
