/** Unit tests for src/policy/rules/indeterminate.ts */
import { rule } from '../../../src/policy/rules/indeterminate.js'
import {
  assignment,
  assignmentId,
  configuration,
  dynamicScope,
  lit,
  loc,
  model,
  scaleSet,
  unknownValue,
  vm,
  withPlan
} from '../builders.js'
import { runRuleTests } from '../rule-tester.js'

const MAKE_RESOLVABLE =
  'Make these values resolvable (a literal, a parameter default or a parameter file), or exempt the resource with ' +
  'a reason.'
const HOTPATCH_VM = "VM 'web-01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition"
const UNVERIFIABLE = `${HOTPATCH_VM}, but its reboot plan could not be verified:`
const NO_SKU = unknownValue<string>(16, "parameter 'sku' has no default and no parameter file sets it")
const AT_DEPLOYMENT = unknownValue<never>(63, 'reference() is only known at deployment')

runRuleTests(rule, {
  valid: [
    { name: 'every input is known', outcome: 'pass' },
    {
      name: 'a known disqualifier wins over an unresolved image (short-circuit)',
      model: model({ virtualMachines: [vm({ enableHotpatching: lit(false, 23), image: { sku: NO_SKU } })] }),
      outcome: 'pass'
    },
    {
      name: 'a valid plan applies whatever the unresolved SKU is',
      model: withPlan({ virtualMachines: [vm({ image: { sku: NO_SKU } })] }),
      outcome: 'pass'
    },
    {
      name: 'an unresolved assignment target whose configuration could never be a plan',
      model: model({
        maintenanceConfigurations: [configuration({ maintenanceScope: lit('Host', 42) })],
        maintenanceAssignments: [assignment(AT_DEPLOYMENT)]
      }),
      outcome: 'pass'
    }
  ],
  invalid: [
    {
      name: 'the SKU comes from a parameter with no value',
      model: model({ virtualMachines: [vm({ image: { sku: NO_SKU } })] }),
      findings: [
        {
          message:
            "Could not tell whether VM 'web-01' needs a reboot plan: image.sku at infra/main.bicep:16: parameter " +
            `'sku' has no default and no parameter file sets it. ${MAKE_RESOLVABLE}`,
          file: 'infra/main.bicep',
          line: 16
        }
      ]
    },
    {
      name: 'the hotpatch flag and the scale set mode are unresolved',
      model: model({
        virtualMachines: [
          scaleSet({
            orchestrationMode: unknownValue(12, "variable 'mode' depends on reference()"),
            enableHotpatching: unknownValue(23, "parameter 'hotpatch' has no value")
          })
        ]
      }),
      findings: [
        {
          message:
            "Could not tell whether scale set 'web-vmss' needs a reboot plan: orchestrationMode at " +
            "infra/main.bicep:12: variable 'mode' depends on reference(); enableHotpatching at infra/main.bicep:23: " +
            `parameter 'hotpatch' has no value. ${MAKE_RESOLVABLE}`,
          file: 'infra/main.bicep',
          line: 12
        }
      ]
    },
    {
      name: 'the only candidate plan has an unresolved target',
      model: model({
        maintenanceConfigurations: [configuration()],
        maintenanceAssignments: [assignment(AT_DEPLOYMENT)]
      }),
      findings: [
        {
          message:
            `${UNVERIFIABLE} maintenanceAssignment.target at infra/main.bicep:63: reference() is only known at ` +
            `deployment. ${MAKE_RESOLVABLE}`,
          file: 'infra/main.bicep',
          line: 63
        }
      ]
    },
    {
      name: 'a dynamic scope filters on the resource group, which is not known',
      model: model({
        maintenanceConfigurations: [configuration()],
        maintenanceAssignments: [dynamicScope({ resourceGroups: lit(['rg-web'], 66) })]
      }),
      findings: [
        {
          message:
            `${UNVERIFIABLE} resourceGroup at infra/main.bicep:10: the resource group the VM is deployed to is not ` +
            `known from the manifests. ${MAKE_RESOLVABLE}`,
          file: 'infra/main.bicep',
          line: 10
        }
      ]
    },
    {
      name: 'the assigned configuration is not in the scanned files',
      model: model({ maintenanceAssignments: [assignment()] }),
      findings: [
        {
          message:
            `${UNVERIFIABLE} maintenanceAssignment.configuration at infra/main.bicep:64: maintenance configuration ` +
            `'patch-window' is not declared in the scanned files. ${MAKE_RESOLVABLE}`,
          file: 'infra/main.bicep',
          line: 64
        }
      ]
    },
    {
      name: 'the assigned configuration is only observed (Crossplane managementPolicies: [Observe])',
      model: model({
        maintenanceConfigurations: [configuration({ deployed: lit(false, 39), observedOnly: loc(39) })],
        maintenanceAssignments: [assignment()]
      }),
      findings: [
        {
          message:
            `${UNVERIFIABLE} maintenanceAssignment.configuration at infra/main.bicep:64: maintenance configuration ` +
            "'patch-window' is only observed (managementPolicies at infra/main.bicep:39): it exists in Azure, managed " +
            'elsewhere, and its settings there are not the ones the manifest writes. Check the observed resource ' +
            'in Azure and scan the manifests that manage it, or manage it here (managementPolicies with Create and ' +
            'Update, or none), or exempt the resource with a reason that names it.',
          file: 'infra/main.bicep',
          line: 64
        }
      ]
    },
    {
      name: 'the assigned configuration is paused (Crossplane crossplane.io/paused: "true")',
      model: model({
        maintenanceConfigurations: [configuration({ deployed: lit(false, 39), paused: loc(39) })],
        maintenanceAssignments: [assignment()]
      }),
      findings: [
        {
          message:
            `${UNVERIFIABLE} maintenanceAssignment.configuration at infra/main.bicep:64: maintenance configuration ` +
            "'patch-window' is paused (crossplane.io/paused at infra/main.bicep:39): its provider does not reconcile it, " +
            'so the manifest neither creates it nor changes one that exists in Azure. Remove the crossplane.io/paused ' +
            'annotation so that its provider creates and manages it as written, or exempt the resource with a reason ' +
            'that names it.',
          file: 'infra/main.bicep',
          line: 64
        }
      ]
    },
    {
      name: 'an observed configuration beside another unresolved value keeps the usual advice',
      model: model({
        maintenanceConfigurations: [configuration({ deployed: lit(false, 39), observedOnly: loc(39) })],
        maintenanceAssignments: [assignment(), assignment(AT_DEPLOYMENT, { identity: assignmentId('by-reference') })]
      }),
      findings: [
        {
          message:
            `${UNVERIFIABLE} maintenanceAssignment.configuration at infra/main.bicep:64: maintenance configuration ` +
            "'patch-window' is only observed (managementPolicies at infra/main.bicep:39): it exists in Azure, managed " +
            'elsewhere, and its settings there are not the ones the manifest writes; maintenanceAssignment.target at ' +
            `infra/main.bicep:63: reference() is only known at deployment. ${MAKE_RESOLVABLE}`,
          file: 'infra/main.bicep',
          line: 64
        }
      ]
    },
    {
      name: 'a valid window, but the bypass flag is unresolved',
      model: withPlan({
        virtualMachines: [
          vm({ bypassPlatformSafetyChecksOnUserSchedule: unknownValue(26, "parameter 'bypass' has no value") })
        ]
      }),
      findings: [
        {
          message:
            `${UNVERIFIABLE} bypassPlatformSafetyChecksOnUserSchedule at infra/main.bicep:26: parameter 'bypass' has ` +
            `no value. ${MAKE_RESOLVABLE}`,
          file: 'infra/main.bicep',
          line: 26
        }
      ]
    }
  ]
})
