/** Unit tests for src/policy/rules/platform-reboot-only.ts */
import { expect } from '@jest/globals'
import { rule } from '../../../src/policy/rules/platform-reboot-only.js'
import { configuration, lit, model, scaleSet, unset, vm, withPlan } from '../builders.js'
import { CAUSE_2025_11_05_WS2025, CAUSE_2026_11_24, PLAN_SCALE_SET, PLAN_VM, WS2025, scaleSetAdvice } from '../expected-text.js'
import { runRuleTests } from '../rule-tester.js'

const platformVm = (rebootSetting: string, overrides: Parameters<typeof vm>[0] = {}) =>
  vm({ rebootSetting: lit(rebootSetting, 25), bypassPlatformSafetyChecksOnUserSchedule: unset(), ...overrides })

const message = (value: string, cause: string, language = 'Bicep'): string =>
  "VM 'web-01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition and no maintenance window: " +
  `with rebootSetting ${value} the platform installs updates and restarts it at a time Azure chooses. ${cause} ` +
  `${PLAN_VM} Add one to choose when it reboots: the suggested fix shows how in ${language}.`

const asoAdvice = (noun: string): string =>
  'Azure Service Operator cannot add one: it has no maintenance resources, and its compute API (2022-03-01) has no ' +
  `bypassPlatformSafetyChecksOnUserSchedule, without which Azure Update Manager runs no window on the ${noun}. ` +
  `Accept the platform's reboots with an exemption, or manage the ${noun} where the flag can be set (ARM, Bicep, ` +
  'Terraform or Crossplane) and add a window there.'

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
    },
    {
      name: 'an Azure Service Operator VM: no window it can be given would run, so advice and no fix',
      model: model({ virtualMachines: [platformVm('IfRequired', { format: 'kubernetes', azureServiceOperator: { computeApiVersion: '2022-03-01' } })] }),
      findings: [
        {
          message:
            "VM 'web-01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition and no maintenance " +
            'window: with rebootSetting IfRequired the platform installs updates and restarts it at a time Azure ' +
            `chooses. ${CAUSE_2026_11_24} ${PLAN_VM} ${asoAdvice('VM')}`,
          file: 'infra/main.bicep',
          line: 25,
          fix: null
        }
      ]
    },
    {
      name: 'an Azure Service Operator scale set: no fix, and the advice of a scale set (no window reaches one, whatever manages it)',
      model: model({
        virtualMachines: [
          scaleSet({
            format: 'kubernetes',
            azureServiceOperator: { computeApiVersion: '2022-03-01' },
            rebootSetting: lit('IfRequired', 25),
            bypassPlatformSafetyChecksOnUserSchedule: unset()
          })
        ]
      }),
      findings: [
        {
          message:
            `Scale set 'web-vmss' has hotpatching enabled on ${WS2025} and no maintenance window: with rebootSetting ` +
            `IfRequired the platform installs updates and restarts it at a time Azure chooses. ${CAUSE_2026_11_24} ` +
            `${PLAN_SCALE_SET} ${scaleSetAdvice("Accept the platform's reboots with an exemption")}`,
          file: 'infra/main.bicep',
          line: 25,
          fix: null
        }
      ]
    },
    {
      name: 'a Crossplane VM (Kubernetes, not ASO) still gets its Crossplane fix',
      model: model({ virtualMachines: [platformVm('IfRequired', { format: 'kubernetes' })] }),
      findings: [
        {
          message: message('IfRequired', CAUSE_2026_11_24, 'Crossplane'),
          file: 'infra/main.bicep',
          line: 25,
          fix: { snippet: { language: 'yaml', text: containing('kind: MaintenanceAssignmentVirtualMachine\n') } }
        }
      ]
    }
  ]
})
