/**
 * reboot-window-late and reboot-window-misses-baseline under mutation (issue 12, docs/mutation.md): the cases
 * their own tables left out and a surviving mutant showed, with the rule tester's exact messages and lines.
 */
import { rule as rebootWindowLate } from '../../src/policy/rules/reboot-window-late.js'
import { rule as rebootWindowMissesBaseline } from '../../src/policy/rules/reboot-window-misses-baseline.js'
import {
  assignment,
  assignmentId,
  configuration,
  configurationId,
  configurationRef,
  lit,
  model,
  unknownValue,
  vm
} from './builders.js'
import { CAUSE_2026_11_24 } from './expected-text.js'
import { runRuleTests } from './rule-tester.js'

const SUBJECT = "VM 'web-01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition"
const NO_SKU = unknownValue<string>(16, "parameter 'sku' has no default and no parameter file sets it")

/** A yearly window in February: 32 days after the January 2027 baseline, and none for April. */
const FEBRUARY_YEARLY = { startDateTime: lit('2026-02-01 02:00', 43), recurEvery: lit('12Months Second Saturday', 47) }
const LATE_32_DAYS =
  "VM 'web-01' reboots for the January 2027 baseline only 32 days after its release, in maintenance configuration " +
  "'patch-window' (opens 2027-02-13 02:00 UTC): until then it stays on the previous baseline and misses hotpatch " +
  "months. Open the window within 30 days of each baseline's Patch Tuesday (Month Second Tuesday Offset4, or weekly)."
const missesApril = (window: string): string =>
  "VM 'web-01' reboots for the January 2027 baseline in maintenance configuration 'patch-window', but its window " +
  `(${window}) does not open for the April 2027 baseline. Make it recur at least every month and keep ` +
  'expirationDateTime past the baselines it must cover.'
const YEARLY_SATURDAY = 'every 12 months on the Second Saturday at 02:00 UTC, from 2026-02-01 02:00'

/** The February window assigned with a prompt monthly window that expired: the expired one keeps nothing current. */
const lateBesideExpired = model({
  maintenanceConfigurations: [
    configuration({ window: FEBRUARY_YEARLY }),
    configuration({
      identity: configurationId('old-window'),
      displayName: 'old-window',
      window: { expirationDateTime: lit('2026-01-01 00:00', 75) }
    })
  ],
  maintenanceAssignments: [
    assignment(),
    assignment(undefined, { identity: assignmentId('web-01-old-window'), configuration: configurationRef('old-window', 70) })
  ]
})

runRuleTests(rebootWindowLate, {
  valid: [
    {
      name: 'a late window on a VM that may be affected (a plan applies either way)',
      model: model({
        virtualMachines: [vm({ image: { sku: NO_SKU } })],
        maintenanceConfigurations: [configuration({ window: FEBRUARY_YEARLY })],
        maintenanceAssignments: [assignment()]
      }),
      outcome: 'not-applicable'
    },
    {
      name: 'a late window that is not honoured (reported as no plan)',
      model: model({
        virtualMachines: [vm({ patchMode: lit('AutomaticByOS', 22) })],
        maintenanceConfigurations: [configuration({ window: FEBRUARY_YEARLY })],
        maintenanceAssignments: [assignment()]
      }),
      outcome: 'not-applicable'
    }
  ],
  invalid: [
    {
      name: 'an expired prompt window does not excuse the late one',
      model: lateBesideExpired,
      findings: [
        { message: LATE_32_DAYS, file: 'infra/main.bicep', line: 47 },
        { message: missesApril(YEARLY_SATURDAY), file: 'infra/main.bicep', line: 47 }
      ]
    },
    {
      name: 'a prompt window that blocks reboots does not excuse the late one',
      model: model({
        maintenanceConfigurations: [
          configuration({ window: FEBRUARY_YEARLY }),
          configuration({ identity: configurationId('old-window'), displayName: 'old-window', rebootSetting: lit('Never', 78) })
        ],
        maintenanceAssignments: lateBesideExpired.maintenanceAssignments
      }),
      findings: [
        { message: LATE_32_DAYS, file: 'infra/main.bicep', line: 47 },
        { message: missesApril(YEARLY_SATURDAY), file: 'infra/main.bicep', line: 47 }
      ]
    },
    {
      name: 'exactly 30 days after the release is not late',
      model: model({
        maintenanceConfigurations: [
          configuration({ window: { startDateTime: lit('2026-02-01 02:00', 43), recurEvery: lit('12Months Second Thursday', 47) } })
        ],
        maintenanceAssignments: [assignment()]
      }),
      findings: [
        {
          message: missesApril('every 12 months on the Second Thursday at 02:00 UTC, from 2026-02-01 02:00'),
          file: 'infra/main.bicep',
          line: 47
        }
      ]
    }
  ]
})

runRuleTests(rebootWindowMissesBaseline, {
  valid: [
    {
      name: 'a known hotpatch VM left indeterminate by an unresolved assignment: its indeterminate finding names the window',
      model: model({
        maintenanceConfigurations: [
          configuration({ window: { startDateTime: lit('2027-08-24 02:00', 43) } }),
          configuration({ identity: configurationId('maybe'), displayName: 'maybe' })
        ],
        maintenanceAssignments: [
          assignment(),
          assignment(unknownValue(80, 'reference() is only known at deployment'), {
            identity: assignmentId('web-01-maybe'),
            configuration: configurationRef('maybe', 81)
          })
        ]
      }),
      outcome: 'not-applicable'
    }
  ],
  invalid: [
    {
      name: 'a window that opens for no baseline, alone',
      model: model({
        maintenanceConfigurations: [configuration({ window: { startDateTime: lit('2027-08-24 02:00', 43) } })],
        maintenanceAssignments: [assignment()]
      }),
      findings: [
        {
          message:
            `${SUBJECT}, but its maintenance configuration 'patch-window' opens every month on the Second Tuesday + 1 ` +
            'day at 02:00 UTC, from 2027-08-24 02:00, so it reboots the VM for neither the January 2027 nor the April ' +
            "2027 baseline: no opening falls between a baseline's release (Patch Tuesday, 10:00 Pacific time) and the " +
            `next one's; it next opens 2027-09-15 02:00 UTC. ${CAUSE_2026_11_24} Make it recur at least every month ` +
            '(Month Second Tuesday Offset4, Week Saturday), starting now, with no expirationDateTime before the next ' +
            'baselines.',
          file: 'infra/main.bicep',
          line: 47
        }
      ]
    }
  ]
})
