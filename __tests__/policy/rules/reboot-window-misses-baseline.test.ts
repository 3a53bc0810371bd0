/** Unit tests for src/policy/rules/reboot-window-misses-baseline.ts (as of 2026-11-24). */
import { rule } from '../../../src/policy/rules/reboot-window-misses-baseline.js'
import type { MaintenanceWindow } from '../../../src/model/resources.js'
import { assignment, configuration, configurationId, configurationRef, lit, model, unknownValue, unset, vm, withPlan } from '../builders.js'
import { CAUSE_2025_11_05_WS2025, CAUSE_2026_11_24 } from '../expected-text.js'
import { runRuleTests } from '../rule-tester.js'

const windowed = (window: Partial<MaintenanceWindow>) => withPlan({ maintenanceConfigurations: [configuration({ window })] })

const LEAD = "VM 'web-01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition, but its maintenance configuration 'patch-window' "
const FIX =
  'Make it recur at least every month (Month Second Tuesday Offset4, Week Saturday), starting now, with no ' +
  'expirationDateTime before the next baselines.'
const misses = (window: string, opens: string): string =>
  `${LEAD}opens ${window}, so it reboots the VM for neither the January 2027 nor the April 2027 baseline: no ` +
  "opening falls between a baseline's release (Patch Tuesday, 10:00 Pacific time) and the next one's; " +
  `${opens}. ${CAUSE_2026_11_24} ${FIX}`
const malformed = (problem: string): string =>
  `${LEAD}has a window Azure rejects: ${problem}. ${CAUSE_2026_11_24} Write recurEvery as Azure documents it (Day, ` +
  '3Days, Week Saturday,Sunday, Month day23,day24, Month Second Tuesday Offset2), dates as yyyy-MM-dd HH:mm, ' +
  'duration as HH:mm from 01:30 to 03:55 and timeZone as a Windows time zone name.'

/** A reboot plan declared by tags on the VM, outside the manifests: its window is timed as a maintenance window's. */
const declaring = (window: string) => model({ virtualMachines: [vm({ tags: lit({ 'hotpatch-reboot-window': window, 'hotpatch-reboot-owner': 'ops' }, 12) })] })
const declaredMisses = (window: string, opens: string): string =>
  "VM 'web-01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition, but the reboot plan declared in " +
  `tag hotpatch-reboot-window opens ${window}, so it reboots the VM for neither the January 2027 nor the April 2027 ` +
  "baseline: no opening falls between a baseline's release (Patch Tuesday, 10:00 Pacific time) and the next one's; " +
  `${opens}. ${CAUSE_2026_11_24} Declare a window that recurs at least every month (R/2027-01-16T02:00Z/P1M, Month ` +
  'Second Tuesday Offset4 02:00/PT3H), starting now, with no end before the next baselines.'

/**
 * During the KB5070881 disruption (2025-10-23 to 2026-01-13) a Windows Server 2025 hotpatch machine may take a
 * reboot-requiring update every month: a window must open after each monthly update's release, not only the baselines'.
 */
const missesMonthly = (window: string, updates: string, opens: string): string =>
  `${LEAD}opens ${window}, so it does not reboot the VM for ${updates}: no opening falls between an update's release ` +
  "(Patch Tuesday, 10:00 Pacific time) and the next month's, and a machine off hotpatching needs a reboot for each; " +
  `${opens}. ${CAUSE_2025_11_05_WS2025} ${FIX}`
/** Every three months from 2025-10-18: the January and April 2026 baselines 4 days after their release, no month between. */
const QUARTERLY_WINDOW = { startDateTime: lit('2025-10-18 02:00', 43), recurEvery: lit('3Months Second Tuesday Offset4', 47) }
const QUARTERLY_TEXT = 'every 3 months on the Second Tuesday + 4 days at 02:00 UTC, from 2025-10-18 02:00'
const onWs2022 = (parts: ReturnType<typeof windowed>) => ({ ...parts, virtualMachines: [vm({ image: { sku: lit('2022-datacenter-azure-edition-hotpatch', 16) } })] })

const quarterly = assignment(undefined, { identity: { ...assignment().identity, name: 'quarterly' }, configuration: configurationRef('quarterly') })

runRuleTests(rule, {
  valid: [
    { name: 'a monthly window the day after Patch Tuesday', model: withPlan(), outcome: 'pass' },
    { name: 'a declared plan that opens within days of every release', model: declaring('R/2026-12-20T02:00Z/P1M'), outcome: 'pass' },
    {
      name: 'an assigned window covers the baselines that a declared plan misses',
      model: { ...withPlan(), virtualMachines: declaring('R/2027-08-24T02:00Z/P1M').virtualMachines },
      outcome: 'pass'
    },
    {
      name: 'covers the first baseline only (reboot-window-late warns)',
      model: windowed({ startDateTime: lit('2026-06-05 02:00', 43), expirationDateTime: lit('2027-02-10 00:00', 45), recurEvery: lit('Month day5', 47) }),
      outcome: 'pass'
    },
    {
      name: 'a Guest-scope window every 6 hours (6Hour) opens soon after every release',
      model: windowed({ startDateTime: lit('2026-06-05 02:00', 43), recurEvery: lit('6Hour', 47) }),
      outcome: 'pass'
    },
    {
      name: 'another assigned window covers the baselines',
      model: withPlan({
        maintenanceConfigurations: [
          configuration({ window: { startDateTime: lit('2027-08-24 02:00', 43) } }),
          configuration({ identity: configurationId('quarterly') })
        ],
        maintenanceAssignments: [assignment(), quarterly]
      }),
      outcome: 'pass'
    },
    {
      name: 'a start that cannot be evaluated (reported by indeterminate)',
      model: windowed({ startDateTime: unknownValue(43, "parameter 'start' has no value") }),
      outcome: 'not-applicable'
    },
    {
      name: 'a start set at deployment (utcNow) with a monthly recurrence: read as the evaluation date, it covers',
      model: windowed({ startDateTime: unknownValue(43, 'utcNow() is only known at deployment') }),
      outcome: 'pass'
    },
    {
      name: 'a start set at deployment whose time of day decides (reported by indeterminate)',
      asOf: '2027-01-12',
      model: windowed({ startDateTime: unknownValue(43, 'only known at plan time'), recurEvery: lit('12Months Second Tuesday', 47) }),
      outcome: 'not-applicable'
    },
    { name: 'no window is assigned', outcome: 'not-applicable' },
    { name: 'during the KB5070881 disruption, a monthly window reboots for each monthly update', asOf: '2025-11-05', model: withPlan(), outcome: 'pass' },
    {
      name: 'during the disruption, a quarterly window on Windows Server 2022 Azure Edition, which KB5070881 left on hotpatching',
      asOf: '2025-11-05',
      model: onWs2022(windowed(QUARTERLY_WINDOW)),
      outcome: 'pass'
    },
    {
      name: 'a quarterly window the day after the disruption releases its last monthly update: only the baselines are ahead',
      asOf: '2025-12-10',
      model: windowed(QUARTERLY_WINDOW),
      outcome: 'pass'
    },
    { name: 'a quarterly window once the disruption is over', asOf: '2026-01-14', model: windowed(QUARTERLY_WINDOW), outcome: 'pass' },
    {
      name: 'the VM is not a hotpatch VM',
      model: { ...windowed({ startDateTime: lit('2027-08-24 02:00', 43) }), virtualMachines: [vm({ enableHotpatching: lit(false, 23) })] },
      outcome: 'not-applicable'
    }
  ],
  invalid: [
    {
      name: 'during the KB5070881 disruption, a quarterly window misses the November and December 2025 monthly updates',
      asOf: '2025-11-05',
      model: windowed(QUARTERLY_WINDOW),
      findings: [
        {
          message: missesMonthly(QUARTERLY_TEXT, 'the November 2025 and December 2025 monthly updates', 'it next opens 2026-01-17 02:00 UTC'),
          file: 'infra/main.bicep',
          line: 47
        }
      ]
    },
    {
      name: 'after the November release, the quarterly window misses the December 2025 monthly update',
      asOf: '2025-11-20',
      model: windowed(QUARTERLY_WINDOW),
      findings: [
        {
          message: missesMonthly(QUARTERLY_TEXT, 'the December 2025 monthly update', 'it next opens 2026-01-17 02:00 UTC'),
          file: 'infra/main.bicep',
          line: 47
        }
      ]
    },
    {
      name: 'during the disruption, a monthly window that starts in December misses the November 2025 monthly update',
      asOf: '2025-11-05',
      model: windowed({ startDateTime: lit('2025-12-10 03:00', 43) }),
      findings: [
        {
          message: missesMonthly(
            'every month on the Second Tuesday + 1 day at 03:00 UTC, from 2025-12-10 03:00',
            'the November 2025 monthly update',
            'it next opens 2025-12-10 03:00 UTC'
          ),
          file: 'infra/main.bicep',
          line: 47
        }
      ]
    },
    {
      name: 'during the disruption, a declared quarterly plan misses the monthly updates: at the tag',
      asOf: '2025-11-05',
      model: declaring('R/2025-10-18T02:00Z/P3M'),
      findings: [
        {
          message:
            "VM 'web-01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition, but the reboot plan declared in " +
            'tag hotpatch-reboot-window opens every 3 months from 2025-10-18 02:00 UTC, so it does not reboot the VM for the ' +
            "November 2025 and December 2025 monthly updates: no opening falls between an update's release (Patch Tuesday, " +
            "10:00 Pacific time) and the next month's, and a machine off hotpatching needs a reboot for each; it next opens " +
            `2026-01-18 02:00 UTC. ${CAUSE_2025_11_05_WS2025} Declare a window that recurs at least every month ` +
            '(R/2027-01-16T02:00Z/P1M, Month Second Tuesday Offset4 02:00/PT3H), starting now, with no end before the next baselines.',
          file: 'infra/main.bicep',
          line: 12
        }
      ]
    },
    {
      name: 'a declared plan whose window starts nine months after the evaluation date: at the tag',
      model: declaring('R/2027-08-24T02:00Z/P1M'),
      findings: [
        {
          message: declaredMisses('every month from 2027-08-24 02:00 UTC', 'it next opens 2027-08-24 02:00 UTC'),
          file: 'infra/main.bicep',
          line: 12
        }
      ]
    },
    {
      name: 'starts nine months after the evaluation date',
      model: windowed({ startDateTime: lit('2027-08-24 02:00', 43) }),
      findings: [
        {
          message: misses(
            'every month on the Second Tuesday + 1 day at 02:00 UTC, from 2027-08-24 02:00',
            'it next opens 2027-09-15 02:00 UTC'
          ),
          file: 'infra/main.bicep',
          line: 47
        }
      ]
    },
    {
      name: 'a monthly window on day 5 that expires a few days before the January release',
      model: windowed({ startDateTime: lit('2026-06-05 02:00', 43), expirationDateTime: lit('2027-01-10 00:00', 45), recurEvery: lit('Month day5', 47) }),
      findings: [
        {
          message: misses(
            'every month on day 5 at 02:00 UTC, from 2026-06-05 02:00 until 2027-01-10 00:00',
            'it next opens 2026-12-05 02:00 UTC'
          ),
          file: 'infra/main.bicep',
          line: 47
        }
      ]
    },
    {
      name: 'opens once, with no recurEvery, after both baselines (located at startDateTime)',
      model: windowed({ startDateTime: lit('2027-09-01 02:00', 43), recurEvery: unset(40) }),
      findings: [
        {
          message: misses('once at 02:00 UTC, from 2027-09-01 02:00', 'it next opens 2027-09-01 02:00 UTC'),
          file: 'infra/main.bicep',
          line: 43
        }
      ]
    },
    {
      name: 'an expired-in-time window in W. Europe Standard Time that never opens again',
      model: windowed({
        startDateTime: lit('2026-01-05 02:00', 43),
        expirationDateTime: lit('2026-11-24 23:00', 45),
        timeZone: lit('W. Europe Standard Time', 46),
        recurEvery: lit('Week Saturday,Sunday', 47)
      }),
      findings: [
        {
          message: misses(
            'every week on Saturday, Sunday at 02:00 W. Europe Standard Time, from 2026-01-05 02:00 until 2026-11-24 23:00',
            'it does not open again'
          ),
          file: 'infra/main.bicep',
          line: 47
        }
      ]
    },
    {
      name: 'a start set at deployment (Terraform timestamp()) with an expiry before the January release',
      model: windowed({
        startDateTime: unknownValue(43, 'only known at plan time'),
        expirationDateTime: lit('2026-12-31 00:00', 45)
      }),
      findings: [
        {
          message: misses(
            'every month on the Second Tuesday + 1 day in UTC from its deployment (startDateTime: only known at plan ' +
              'time; read as the evaluation date, at its least favourable time of day) until 2026-12-31 00:00',
            'it next opens 2026-12-09 00:00 UTC'
          ),
          file: 'infra/main.bicep',
          line: 47
        }
      ]
    },
    {
      name: 'an offset outside -6..6',
      model: windowed({ recurEvery: lit('Month Second Tuesday Offset7', 47) }),
      findings: [{ message: malformed("'Offset7': the offset is -6 to 6 days"), file: 'infra/main.bicep', line: 47 }]
    },
    {
      name: 'a time zone that is not a Windows time zone name (located at timeZone)',
      model: windowed({ timeZone: lit('Europe/Berlin', 46) }),
      findings: [
        {
          message: malformed("'Europe/Berlin' is not a Windows time zone name (e.g. UTC, Pacific Standard Time, W. Europe Standard Time)"),
          file: 'infra/main.bicep',
          line: 46
        }
      ]
    }
  ]
})
