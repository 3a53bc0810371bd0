/** Unit tests for src/policy/rules/reboot-window-expired.ts */
import { rule } from '../../../src/policy/rules/reboot-window-expired.js'
import {
  assignment,
  assignmentId,
  configuration,
  configurationId,
  configurationRef,
  dynamicScope,
  lit,
  model,
  unknownValue,
  vm,
  withPlan
} from '../builders.js'
import { CAUSE_2026_11_24 } from '../expected-text.js'
import { runRuleTests } from '../rule-tester.js'

const expiredOn = (date: string) =>
  withPlan({ maintenanceConfigurations: [configuration({ window: { expirationDateTime: lit(date, 45) } })] })

const message = (expiration: string): string =>
  "VM 'web-01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition, but its maintenance " +
  `configuration 'patch-window' expired on ${expiration}, so it no longer schedules reboots. ${CAUSE_2026_11_24} ` +
  'Remove expirationDateTime, or move it past the next baseline.'

const quarterly = assignment(undefined, {
  identity: assignmentId('quarterly'),
  configuration: configurationRef('quarterly')
})

runRuleTests(rule, {
  valid: [
    { name: 'no expiry (9999-12-31 by default)', model: withPlan(), outcome: 'pass' },
    { name: 'expires after the evaluation date', model: expiredOn('2027-06-30 00:00'), outcome: 'pass' },
    {
      name: 'expires on the evaluation date itself, before the next baseline (reboot-window-misses-baseline)',
      model: expiredOn('2026-11-24 23:59'),
      outcome: 'not-applicable'
    },
    {
      name: 'another valid window still reboots the VM',
      model: withPlan({
        maintenanceConfigurations: [
          configuration({ window: { expirationDateTime: lit('2025-01-01 00:00', 45) } }),
          configuration({ identity: configurationId('quarterly') })
        ],
        maintenanceAssignments: [assignment(), quarterly]
      }),
      outcome: 'pass'
    },
    { name: 'no window is assigned', outcome: 'not-applicable' },
    {
      name: 'the expiry cannot be resolved (reported by indeterminate)',
      model: withPlan({
        maintenanceConfigurations: [
          configuration({ window: { expirationDateTime: unknownValue(45, "parameter 'until' has no value") } })
        ]
      }),
      outcome: 'not-applicable'
    },
    {
      name: 'the VM may not be affected (reported by indeterminate)',
      model: {
        ...expiredOn('2020-01-01 00:00'),
        virtualMachines: [vm({ image: { sku: unknownValue(16, "parameter 'sku' has no value") } })]
      },
      outcome: 'not-applicable'
    },
    {
      name: 'the VM is not a hotpatch VM',
      model: { ...expiredOn('2020-01-01 00:00'), virtualMachines: [vm({ enableHotpatching: lit(false, 23) })] },
      outcome: 'not-applicable'
    }
  ],
  invalid: [
    {
      name: 'expired the day before the evaluation date',
      model: expiredOn('2026-11-23 23:59'),
      findings: [{ message: message('2026-11-23 23:59'), file: 'infra/main.bicep', line: 45 }]
    },
    {
      name: 'expired in ISO 8601 form',
      model: expiredOn('2026-06-30T00:00:00Z'),
      findings: [{ message: message('2026-06-30T00:00:00Z'), file: 'infra/main.bicep', line: 45 }]
    },
    {
      name: 'an expired window reached through a dynamic scope',
      model: model({
        maintenanceConfigurations: [configuration({ window: { expirationDateTime: lit('2026-01-31 00:00', 45) } })],
        maintenanceAssignments: [dynamicScope({ locations: lit(['West Europe'], 67) })]
      }),
      findings: [{ message: message('2026-01-31 00:00'), file: 'infra/main.bicep', line: 45 }]
    }
  ]
})
