/** Unit tests for src/policy/rules/platform-reboot-only.ts */
import { expect } from '@jest/globals'
import { rule } from '../../../src/policy/rules/platform-reboot-only.js'
import { configuration, lit, model, unset, vm, withPlan } from '../builders.js'
import { CAUSE_2025_11_05_WS2025, CAUSE_2026_11_24, PLAN_VM } from '../expected-text.js'
import { runRuleTests } from '../rule-tester.js'

const platformVm = (rebootSetting: string, overrides: Parameters<typeof vm>[0] = {}) =>
  vm({ rebootSetting: lit(rebootSetting, 25), bypassPlatformSafetyChecksOnUserSchedule: unset(), ...overrides })

const message = (value: string, cause: string, language = 'Bicep'): string =>
  "VM 'web-01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition and no maintenance window: " +
  `with rebootSetting ${value} the platform installs updates and restarts it at a time Azure chooses. ${cause} ` +
  `${PLAN_VM} Add one to choose when it reboots: the suggested fix shows how in ${language}.`

const containing = (text: string) => expect.stringContaining(text) as unknown as string
const ARM_SCOPE = `"scope": "[resourceId('Microsoft.Compute/virtualMachines', 'web-01')]"`

runRuleTests(rule, {
  valid: [
    {
      name: 'an honoured window is assigned',
      model: withPlan({ virtualMachines: [vm({ rebootSetting: lit('IfRequired', 25) })] }),
      outcome: 'pass'
    },
    { name: 'no reboot arrangement at all (reported by reboot-plan-required)', outcome: 'not-applicable' },
    {
      name: 'the bypass flag is on: the platform does not patch it without a window',
      model: model({ virtualMachines: [vm({ rebootSetting: lit('IfRequired', 25) })] }),
      outcome: 'not-applicable'
    },
    {
      name: 'an expired window (reported by reboot-window-expired)',
      model: withPlan({
        virtualMachines: [platformVm('IfRequired')],
        maintenanceConfigurations: [configuration({ window: { expirationDateTime: lit('2025-12-31 23:59', 45) } })]
      }),
      outcome: 'not-applicable'
    },
    {
      name: 'hotpatching is off',
      model: model({ virtualMachines: [platformVm('IfRequired', { enableHotpatching: lit(false, 23) })] }),
      outcome: 'not-applicable'
    }
  ],
  invalid: [
    {
      name: 'rebootSetting IfRequired and no window',
      model: model({ virtualMachines: [platformVm('IfRequired')] }),
      findings: [
        {
          message: message('IfRequired', CAUSE_2026_11_24),
          file: 'infra/main.bicep',
          line: 25,
          fix: { snippet: { language: 'bicep', text: containing("name: 'web-01-reboot-window'") } }
        }
      ]
    },
    {
      name: 'rebootSetting Always, as of 2025-11-05',
      asOf: '2025-11-05',
      model: model({ virtualMachines: [platformVm('Always')] }),
      findings: [{ message: message('Always', CAUSE_2025_11_05_WS2025), file: 'infra/main.bicep', line: 25 }]
    },
    {
      name: 'the bypass flag is explicitly false (ARM)',
      model: model({
        virtualMachines: [
          platformVm('IfRequired', { format: 'arm', bypassPlatformSafetyChecksOnUserSchedule: lit(false, 26) })
        ]
      }),
      findings: [
        {
          message: message('IfRequired', CAUSE_2026_11_24, 'ARM template JSON'),
          file: 'infra/main.bicep',
          line: 25,
          fix: { snippet: { language: 'json', text: containing(ARM_SCOPE) } }
        }
      ]
    }
  ]
})
