/** Unit tests for src/policy/rules/reboot-plan-required.ts */
import { expect } from '@jest/globals'
import { rule } from '../../../src/policy/rules/reboot-plan-required.js'
import {
  ASSIGNMENT_LINES,
  CONFIGURATION_LINES,
  assignment,
  configuration,
  dynamicScope,
  lit,
  model,
  scaleSet,
  unknownValue,
  vm,
  withPlan
} from '../builders.js'
import {
  CAUSE_2025_11_05_WS2022,
  CAUSE_2025_11_05_WS2025,
  CAUSE_2026_11_24,
  NO_GUEST_WINDOW_FOR_SCALE_SETS,
  PLAN_SCALE_SET,
  PLAN_VM,
  WS2022_HOTPATCH,
  WS2025,
  scaleSetAdvice
} from '../expected-text.js'
import { runRuleTests } from '../rule-tester.js'

const ADD_BICEP = 'Add one: the suggested fix shows how in Bicep.'
const NOTHING_ASSIGNED = 'no maintenance configuration is assigned to it.'
const noPlan = (detail: string, cause = CAUSE_2026_11_24, os = WS2025): string =>
  `VM 'web-01' has hotpatching enabled on ${os} but no reboot plan: ${detail} ${cause} ${PLAN_VM} ${ADD_BICEP}`
const SCALE_SET_ADVICE = scaleSetAdvice(
  'Let the platform reboot it instead (patchMode AutomaticByPlatform, rebootSetting IfRequired, ' +
    'bypassPlatformSafetyChecksOnUserSchedule not true: a platform-reboot-only warning, which an exemption can accept)'
)
const containing = (text: string) => expect.stringContaining(text) as unknown as string
/** A dynamic scope that may select the VM (its tags are not known), of a configuration whose window Azure rejects. */
const mayBeFifthTuesday = (scope: string): string =>
  `maintenance configuration 'patch-window' may be assigned by dynamic scope (assignment '${scope}'), but its ` +
  'maintenance window is not valid, so Azure rejects it: expected day numbers (day23,day24) or First, Second, ' +
  "Third, Fourth or Last after the month, got 'Fifth', so it is no reboot plan whether it applies or not (tags: " +
  "parameter 'tags' has no value)"
const CORRECT_THE_WINDOW =
  'may assign to the VM: write recurEvery as Azure documents it (Day, 3Days, Week Saturday,Sunday, Month ' +
  'day23,day24, Month Second Tuesday Offset2), dates as yyyy-MM-dd HH:mm, duration as HH:mm from 01:30 to 03:55 ' +
  'and timeZone as a Windows time zone name.'
const fifthTuesdayScopes = (...names: string[]) =>
  model({
    virtualMachines: [vm({ tags: unknownValue(12, "parameter 'tags' has no value") })],
    maintenanceConfigurations: [configuration({ window: { recurEvery: lit('Month Fifth Tuesday', 47) } })],
    maintenanceAssignments: names.map(name => dynamicScope({ tags: lit({ PatchGroup: [name] }, 66) }, name))
  })

runRuleTests(rule, {
  valid: [
    { name: 'an honoured InGuestPatch window is assigned directly', model: withPlan(), outcome: 'pass' },
    {
      name: 'a dynamic scope selects the VM by tag',
      model: model({
        virtualMachines: [vm({ tags: lit({ patching: 'monthly' }, 12) })],
        maintenanceConfigurations: [configuration()],
        maintenanceAssignments: [dynamicScope({ tags: lit({ patching: ['monthly'] }, 66) })]
      }),
      outcome: 'pass'
    },
    {
      name: 'the platform reboots it (rebootSetting IfRequired, no bypass flag)',
      model: model({
        virtualMachines: [
          vm({ rebootSetting: lit('IfRequired', 25), bypassPlatformSafetyChecksOnUserSchedule: lit(false, 26) })
        ]
      }),
      outcome: 'pass'
    },
    {
      name: 'hotpatching is off',
      model: model({ virtualMachines: [vm({ enableHotpatching: lit(false, 23) })] }),
      outcome: 'not-applicable'
    },
    {
      name: 'the image is not hotpatch-capable',
      model: model({ virtualMachines: [vm({ image: { sku: lit('2022-datacenter-azure-edition', 16) } })] }),
      outcome: 'not-applicable'
    },
    {
      name: 'reboots are blocked (reported by reboot-blocked)',
      model: model({ virtualMachines: [vm({ rebootSetting: lit('Never', 25) })] }),
      outcome: 'not-applicable'
    },
    {
      name: 'the window expired (reported by reboot-window-expired)',
      model: withPlan({
        maintenanceConfigurations: [configuration({ window: { expirationDateTime: lit('2026-06-30 00:00', 45) } })]
      }),
      outcome: 'not-applicable'
    },
    {
      name: 'the window is not honoured (reported by schedule-prerequisites)',
      model: withPlan({ virtualMachines: [vm({ bypassPlatformSafetyChecksOnUserSchedule: lit(false, 26) })] }),
      outcome: 'not-applicable'
    },
    {
      name: 'the verdict is indeterminate (reported by indeterminate)',
      model: model({ virtualMachines: [vm({ image: { sku: unknownValue(16, "parameter 'sku' has no value") } })] }),
      outcome: 'not-applicable'
    }
  ],
  invalid: [
    {
      name: 'no maintenance configuration, as of 2026-11-24 (next baseline January 2027)',
      findings: [
        {
          message: noPlan(NOTHING_ASSIGNED),
          file: 'infra/main.bicep',
          line: 10,
          fix: { snippet: { language: 'bicep', text: containing('  scope: vm\n') } }
        }
      ]
    },
    {
      name: 'no maintenance configuration, as of 2025-11-05 (KB5070881 machines reboot monthly until January 2026)',
      asOf: '2025-11-05',
      findings: [{ message: noPlan(NOTHING_ASSIGNED, CAUSE_2025_11_05_WS2025), file: 'infra/main.bicep', line: 10 }]
    },
    {
      name: 'Windows Server 2022 hotpatch image as of 2025-11-05: the baseline calendar only, no KB5070881 claim',
      asOf: '2025-11-05',
      model: model({ virtualMachines: [vm({ image: { sku: lit('2022-datacenter-azure-edition-hotpatch', 16) } })] }),
      findings: [
        {
          message: noPlan(NOTHING_ASSIGNED, CAUSE_2025_11_05_WS2022, WS2022_HOTPATCH),
          file: 'infra/main.bicep',
          line: 10
        }
      ]
    },
    {
      name: 'the assigned configuration is not InGuestPatch',
      model: withPlan({ maintenanceConfigurations: [configuration({ maintenanceScope: lit('Host', 42) })] }),
      findings: [
        {
          message: noPlan(
            "maintenance configuration 'patch-window' is assigned directly (assignment 'web-01-patch-window'), but " +
              'its maintenanceScope is Host (infra/main.bicep:42), not InGuestPatch.'
          ),
          file: 'infra/main.bicep',
          line: 10
        }
      ]
    },
    {
      name: 'rebootSetting IfRequired with the bypass flag: the platform does not patch without a window',
      model: model({ virtualMachines: [vm({ rebootSetting: lit('IfRequired', 25) })] }),
      findings: [{ message: noPlan(NOTHING_ASSIGNED), file: 'infra/main.bicep', line: 10 }]
    },
    {
      name: 'a Flexible scale set in Terraform: no fix (no window reaches a scale set), the platform or standalone VMs instead',
      model: model({ virtualMachines: [scaleSet({ format: 'terraform' })] }),
      findings: [
        {
          message:
            `Scale set 'web-vmss' has hotpatching enabled on ${WS2025} but no reboot plan: ${NOTHING_ASSIGNED} ` +
            `${CAUSE_2026_11_24} ${PLAN_SCALE_SET} ${SCALE_SET_ADVICE}`,
          file: 'infra/main.bicep',
          line: 10,
          fix: null
        }
      ]
    },
    {
      name: 'an honoured InGuestPatch window assigned to a Flexible scale set is no plan: the Guest scope does not take scale sets',
      model: model({
        virtualMachines: [scaleSet({ rebootSetting: lit('IfRequired', 25) })],
        maintenanceConfigurations: [configuration()],
        maintenanceAssignments: [assignment(lit({ type: 'Microsoft.Compute/virtualMachineScaleSets', name: 'web-vmss' }, ASSIGNMENT_LINES.target))]
      }),
      findings: [
        {
          message:
            `Scale set 'web-vmss' has hotpatching enabled on ${WS2025} but no reboot plan: maintenance configuration ` +
            `'patch-window' is assigned directly (assignment 'web-01-patch-window'), but ${NO_GUEST_WINDOW_FOR_SCALE_SETS}. ` +
            `${CAUSE_2026_11_24} ${PLAN_SCALE_SET} ${SCALE_SET_ADVICE}`,
          file: 'infra/main.bicep',
          line: 10,
          fix: null
        }
      ]
    },
    {
      name: 'an OSImage configuration assigned to a scale set keeps its own reason',
      model: model({
        virtualMachines: [scaleSet()],
        maintenanceConfigurations: [configuration({ maintenanceScope: lit('OSImage', CONFIGURATION_LINES.scope) })],
        maintenanceAssignments: [assignment(lit({ type: 'Microsoft.Compute/virtualMachineScaleSets', name: 'web-vmss' }, ASSIGNMENT_LINES.target))]
      }),
      findings: [
        {
          message:
            `Scale set 'web-vmss' has hotpatching enabled on ${WS2025} but no reboot plan: maintenance configuration ` +
            `'patch-window' is assigned directly (assignment 'web-01-patch-window'), but its maintenanceScope is ` +
            `OSImage (infra/main.bicep:42), not InGuestPatch. ${CAUSE_2026_11_24} ${PLAN_SCALE_SET} ${SCALE_SET_ADVICE}`,
          file: 'infra/main.bicep',
          line: 10,
          fix: null
        }
      ]
    },
    {
      name: 'an Azure Service Operator VM: advice instead of a fix, since ASO cannot give it a window that runs',
      model: model({ virtualMachines: [vm({ format: 'kubernetes', azureServiceOperator: { computeApiVersion: '2022-03-01' }, bypassPlatformSafetyChecksOnUserSchedule: lit(false, 26) })] }),
      findings: [
        {
          message:
            `VM 'web-01' has hotpatching enabled on ${WS2025} but no reboot plan: ${NOTHING_ASSIGNED} ${CAUSE_2026_11_24} ` +
            `${PLAN_VM} Azure Service Operator cannot add one: it has no maintenance resources, and its compute API ` +
            '(2022-03-01) has no bypassPlatformSafetyChecksOnUserSchedule, without which Azure Update Manager runs no ' +
            'window on the VM. Let the platform reboot it instead (patchMode AutomaticByPlatform, rebootSetting ' +
            'IfRequired: a platform-reboot-only warning, which an exemption can accept), or manage the VM where the ' +
            'flag can be set (ARM, Bicep, Terraform or Crossplane) and add a window there.',
          file: 'infra/main.bicep',
          line: 10,
          fix: null
        }
      ]
    },
    {
      name: 'dynamic scopes of its subscription that pass it over are named once each, with the filter that rules it out, three at most, then that there are others',
      model: model({
        virtualMachines: [vm({ tags: lit({ PatchGroup: 'prod' }, 12) })],
        maintenanceConfigurations: [configuration()],
        maintenanceAssignments: [
          dynamicScope({ tags: lit({ patchgroup: ['prd', 'production'] }, 66) }, 'ds-prd'),
          // The same scope declared twice (two environments of its template) is said once.
          dynamicScope({ tags: lit({ patchgroup: ['prd', 'production'] }, 66) }, 'ds-prd'),
          dynamicScope({ tags: lit({ Env: [] }, 66), tagOperator: lit('All', 67) }, 'ds-env'),
          dynamicScope({ locations: lit(['eastus'], 64) }, 'ds-east'),
          dynamicScope({ osTypes: lit(['Linux'], 65) }, 'ds-linux'),
          dynamicScope({ resourceTypes: lit(['Microsoft.HybridCompute/machines'], 63) }, 'ds-arc')
        ]
      }),
      findings: [
        {
          message: noPlan(
            "no maintenance configuration is assigned to it; dynamic scope 'ds-prd' (infra/main.bicep:60) does not select it: its tag filter " +
              "(any of patchgroup: prd or production) does not match the VM's tags at infra/main.bicep:12 (PatchGroup: prod); dynamic scope 'ds-env' (infra/main.bicep:60) " +
              "does not select it: its tag filter (all of Env) does not match the VM's tags at infra/main.bicep:12 (no Env tag); dynamic scope " +
              "'ds-east' (infra/main.bicep:60) does not select it: its filter's locations (eastus) do not include 'westeurope'; other dynamic " +
              'scopes do not select it either.'
          ),
          file: 'infra/main.bicep',
          line: 10
        }
      ]
    },
    {
      name: 'a dynamic scope that may select it, whose window Azure rejects: named with why, and the fix corrects that window',
      model: fifthTuesdayScopes('ds-a'),
      findings: [
        {
          message:
            `VM 'web-01' has hotpatching enabled on ${WS2025} but no reboot plan: ${mayBeFifthTuesday('ds-a')}. ` +
            `${CAUSE_2026_11_24} ${PLAN_VM} Correct maintenance configuration 'patch-window' (infra/main.bicep:47), ` +
            `which assignment 'ds-a' ${CORRECT_THE_WINDOW}`,
          file: 'infra/main.bicep',
          line: 10,
          fix: null
        }
      ]
    },
    {
      name: 'two dynamic scopes of that configuration: each named, the window to correct said once',
      model: fifthTuesdayScopes('ds-a', 'ds-b'),
      findings: [
        {
          message:
            `VM 'web-01' has hotpatching enabled on ${WS2025} but no reboot plan: ${mayBeFifthTuesday('ds-a')}; ` +
            `${mayBeFifthTuesday('ds-b')}. ${CAUSE_2026_11_24} ${PLAN_VM} Correct maintenance configuration ` +
            `'patch-window' (infra/main.bicep:47), which assignments 'ds-a', 'ds-b' ${CORRECT_THE_WINDOW}`,
          file: 'infra/main.bicep',
          line: 10,
          fix: null
        }
      ]
    },
    {
      name: 'an assignment to another VM does not count',
      model: model({
        maintenanceConfigurations: [configuration()],
        maintenanceAssignments: [assignment(lit({ type: 'Microsoft.Compute/virtualMachines', name: 'web-02' }, 63))]
      }),
      findings: [{ message: noPlan(NOTHING_ASSIGNED), file: 'infra/main.bicep', line: 10 }]
    }
  ]
})
