/** Unit tests for src/policy/rules/schedule-prerequisites.ts */
import type { VirtualMachine } from '../../../src/model/resources.js'
import { rule } from '../../../src/policy/rules/schedule-prerequisites.js'
import { assignment, configuration, lit, model, providerDefault, unknownValue, unset, vm, withPlan } from '../builders.js'
import { runRuleTests } from '../rule-tester.js'

const LEAD = "VM 'web-01' is assigned maintenance configuration 'patch-window', but the window will not be honoured: "
const WHY =
  'Azure Update Manager runs windows only on machines set up for Customer Managed Schedules (patchMode ' +
  'AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule true); otherwise the schedule fails its ' +
  'prerequisite check and the VM is patched outside the window.'
const SET_MODE = 'Set patchMode to AutomaticByPlatform.'
const SET_BYPASS = 'Set bypassPlatformSafetyChecksOnUserSchedule to true.'
const BYPASS_FALSE = 'bypassPlatformSafetyChecksOnUserSchedule is false (infra/main.bicep:26)'
const BYPASS_UNSET = 'bypassPlatformSafetyChecksOnUserSchedule is not set (false by default)'
const MODE_BY_OS = 'patchMode is AutomaticByOS (infra/main.bicep:22)'
const MODE_UNSET = 'patchMode is not set (AutomaticByOS by default)'

const planned = (machine: VirtualMachine) => withPlan({ virtualMachines: [machine] })

/** An Arc-enabled server enrolled by its license profile, with a window assigned to it (issue 17). */
const ARC_ID = { type: 'Microsoft.HybridCompute/machines', name: 'dc-01' }
function arcPlanned(patchMode: VirtualMachine['patchMode']) {
  const base = vm({ patchMode, bypassPlatformSafetyChecksOnUserSchedule: unset(), enableHotpatching: unset() })
  const machine: VirtualMachine = {
    ...base,
    kind: 'arc-machine',
    identity: ARC_ID,
    displayName: 'dc-01',
    arc: { declaration: 'declared', hotpatchLicense: lit(true, 30) }
  }
  return withPlan({ virtualMachines: [machine], maintenanceAssignments: [assignment(lit(ARC_ID, 62))] })
}

runRuleTests(rule, {
  valid: [
    { name: 'patchMode AutomaticByPlatform and the bypass flag true', model: withPlan(), outcome: 'pass' },
    {
      name: 'no maintenance configuration is assigned',
      model: model({ virtualMachines: [vm({ patchMode: lit('AutomaticByOS', 22) })] }),
      outcome: 'not-applicable'
    },
    {
      name: 'the VM is not a hotpatch VM',
      model: planned(vm({ enableHotpatching: lit(false, 23), bypassPlatformSafetyChecksOnUserSchedule: unset() })),
      outcome: 'not-applicable'
    },
    {
      name: 'the VM may not be affected (reported by indeterminate)',
      model: planned(
        vm({ image: { sku: unknownValue(16, 'no value') }, bypassPlatformSafetyChecksOnUserSchedule: lit(false, 26) })
      ),
      outcome: 'not-applicable'
    },
    {
      name: 'the assigned configuration is not InGuestPatch',
      model: withPlan({
        virtualMachines: [vm({ bypassPlatformSafetyChecksOnUserSchedule: unset() })],
        maintenanceConfigurations: [configuration({ maintenanceScope: lit('OSImage', 42) })]
      }),
      outcome: 'not-applicable'
    },
    {
      name: 'an Arc machine needs neither setting: no bypass flag, and no patch mode written',
      model: arcPlanned(unset()),
      outcome: 'pass'
    },
    {
      name: 'an Arc machine with patchMode AutomaticByPlatform',
      model: arcPlanned(lit('AutomaticByPlatform', 22)),
      outcome: 'pass'
    },
    {
      name: 'the bypass flag cannot be resolved (reported by indeterminate)',
      model: planned(vm({ bypassPlatformSafetyChecksOnUserSchedule: unknownValue(26, 'no value') })),
      outcome: 'not-applicable'
    }
  ],
  invalid: [
    {
      name: 'the bypass flag is false',
      model: planned(vm({ bypassPlatformSafetyChecksOnUserSchedule: lit(false, 26) })),
      findings: [{ message: `${LEAD}${BYPASS_FALSE}. ${WHY} ${SET_BYPASS}`, file: 'infra/main.bicep', line: 26 }]
    },
    {
      name: 'an Azure Service Operator VM, which cannot set the bypass flag: the remedy is elsewhere',
      model: planned({ ...vm({ bypassPlatformSafetyChecksOnUserSchedule: providerDefault(false) }), azureServiceOperator: { computeApiVersion: '2022-03-01' } }),
      findings: [
        {
          message:
            `${LEAD}${BYPASS_UNSET}. ${WHY} Azure Service Operator cannot set bypassPlatformSafetyChecksOnUserSchedule ` +
            '(its compute API, 2022-03-01, has no such property): set it outside ASO (the built-in Azure Policy "Set ' +
            'prerequisite for Scheduling recurring updates on Azure virtual machines") and exempt this finding, or manage ' +
            'the VM where the flag can be set (ARM, Bicep, Terraform or Crossplane).',
          file: 'infra/main.bicep',
          line: 10
        }
      ]
    },
    {
      name: 'an Azure Service Operator VM of a 2020-12-01 CRD version: the remedy names its own compute API',
      model: planned({ ...vm({ bypassPlatformSafetyChecksOnUserSchedule: providerDefault(false) }), azureServiceOperator: { computeApiVersion: '2020-12-01' } }),
      findings: [
        {
          message:
            `${LEAD}${BYPASS_UNSET}. ${WHY} Azure Service Operator cannot set bypassPlatformSafetyChecksOnUserSchedule ` +
            '(its compute API, 2020-12-01, has no such property): set it outside ASO (the built-in Azure Policy "Set ' +
            'prerequisite for Scheduling recurring updates on Azure virtual machines") and exempt this finding, or manage ' +
            'the VM where the flag can be set (ARM, Bicep, Terraform or Crossplane).',
          file: 'infra/main.bicep',
          line: 10
        }
      ]
    },
    {
      name: 'an Azure Service Operator VM with patchMode AutomaticByOS too: the patchMode remedy stays',
      model: planned({
        ...vm({ patchMode: lit('AutomaticByOS', 22), bypassPlatformSafetyChecksOnUserSchedule: providerDefault(false) }),
        azureServiceOperator: { computeApiVersion: '2022-03-01' }
      }),
      findings: [
        {
          message:
            `${LEAD}${MODE_BY_OS}; ${BYPASS_UNSET}. ${WHY} ${SET_MODE} Azure Service Operator cannot set ` +
            'bypassPlatformSafetyChecksOnUserSchedule (its compute API, 2022-03-01, has no such property): set it outside ASO ' +
            '(the built-in Azure Policy "Set prerequisite for Scheduling recurring updates on Azure virtual machines") and ' +
            'exempt this finding, or manage the VM where the flag can be set (ARM, Bicep, Terraform or Crossplane).',
          file: 'infra/main.bicep',
          line: 22
        }
      ]
    },
    {
      name: 'patchMode AutomaticByOS and the bypass flag not set: reported at the patchMode line',
      model: planned(
        vm({ patchMode: lit('AutomaticByOS', 22), bypassPlatformSafetyChecksOnUserSchedule: providerDefault(false) })
      ),
      findings: [
        {
          message: `${LEAD}${MODE_BY_OS}; ${BYPASS_UNSET}. ${WHY} ${SET_MODE} ${SET_BYPASS}`,
          file: 'infra/main.bicep',
          line: 22
        }
      ]
    },
    {
      name: 'neither is written: reported at the VM',
      model: planned(vm({ patchMode: unset(), bypassPlatformSafetyChecksOnUserSchedule: unset() })),
      findings: [
        {
          message: `${LEAD}${MODE_UNSET}; ${BYPASS_UNSET}. ${WHY} ${SET_MODE} ${SET_BYPASS}`,
          file: 'infra/main.bicep',
          line: 10
        }
      ]
    },
    {
      name: 'an Arc machine whose written patch mode leaves patching to Windows Update',
      model: arcPlanned(lit('AutomaticByOS', 22)),
      findings: [
        {
          message:
            "Arc machine 'dc-01' is assigned maintenance configuration 'patch-window', but the window may not be " +
            'honoured: patchMode is AutomaticByOS (infra/main.bicep:22). Azure Update Manager needs no Customer ' +
            'Managed Schedules setting of an Arc-enabled server, but with this patch mode Windows Update installs ' +
            `updates and restarts the machine on its own timetable, outside the window. ${SET_MODE}`,
          file: 'infra/main.bicep',
          line: 22
        }
      ]
    },
    {
      name: 'a window that blocks reboots is not honoured either',
      model: withPlan({
        virtualMachines: [vm({ bypassPlatformSafetyChecksOnUserSchedule: lit(false, 26) })],
        maintenanceConfigurations: [configuration({ rebootSetting: lit('Never', 48) })]
      }),
      findings: [{ message: `${LEAD}${BYPASS_FALSE}. ${WHY} ${SET_BYPASS}`, file: 'infra/main.bicep', line: 26 }]
    }
  ]
})
