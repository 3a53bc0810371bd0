/**
 * Paths and references that lead somewhere they should not: symlinks out of the workspace, module
 * sources outside it, a Crossplane selector its own object matches, maintenance assignments that
 * refer to each other in a cycle.
 */
import type { HostileCase } from '../case.js'
import { armTemplate, armVm, bicepVm, terraformVm } from '../manifests.js'

const CROSSPLANE = `apiVersion: compute.azure.upbound.io/v1beta1
kind: WindowsVirtualMachine
metadata:
  name: self-vm
  labels:
    patch: monthly
spec:
  forProvider:
    location: West Europe
    resourceGroupNameSelector:
      matchLabels:
        patch: monthly
    sourceImageReference:
      - publisher: MicrosoftWindowsServer
        offer: WindowsServer
        sku: 2025-datacenter-azure-edition
        version: latest
    patchMode: AutomaticByPlatform
    hotpatchingEnabled: true
    rebootSetting: IfRequired
    bypassPlatformSafetyChecksOnUserScheduleEnabled: true
---
apiVersion: maintenance.azure.upbound.io/v1beta1
kind: MaintenanceConfiguration
metadata:
  name: self-config
  labels:
    patch: monthly
spec:
  forProvider:
    location: West Europe
    resourceGroupNameSelector:
      matchLabels:
        patch: monthly
    scope: InGuestPatch
    inGuestUserPatchMode: User
    window:
      - startDateTime: "2025-11-15 02:00"
        duration: "03:55"
        timeZone: W. Europe Standard Time
        recurEvery: Month Second Tuesday Offset4
    installPatches:
      - reboot: IfRequired
        windows:
          - classificationsToInclude: [Critical, Security]
---
apiVersion: maintenance.azure.upbound.io/v1beta1
kind: MaintenanceAssignmentVirtualMachine
metadata:
  name: self-assignment
  labels:
    patch: monthly
spec:
  forProvider:
    location: West Europe
    maintenanceConfigurationIdSelector:
      matchLabels:
        patch: monthly
    virtualMachineIdSelector:
      matchLabels:
        patch: monthly
---
apiVersion: maintenance.azure.upbound.io/v1beta1
kind: MaintenanceAssignmentVirtualMachine
metadata:
  name: only-itself
  labels:
    selects: only-itself
spec:
  forProvider:
    location: West Europe
    maintenanceConfigurationIdSelector:
      matchLabels:
        selects: only-itself
    virtualMachineIdSelector:
      matchLabels:
        selects: only-itself
`

const TERRAFORM_CONFIGURATION = `
resource "azurerm_maintenance_configuration" "monthly" {
  name                     = "mc-cycle-monthly"
  resource_group_name      = "rg-web"
  location                 = "westeurope"
  scope                    = "InGuestPatch"
  in_guest_user_patch_mode = "User"

  window {
    start_date_time = "2025-11-01 02:00"
    duration        = "03:55"
    time_zone       = "UTC"
    recur_every     = "Month Second Tuesday Offset4"
  }

  install_patches {
    reboot = "IfRequired"
    windows {
      classifications_to_include = ["Critical", "Security"]
    }
  }
}
`

const terraformAssignment = (name: string, other: string): string => `
resource "azurerm_maintenance_assignment_virtual_machine" "${name}" {
  location                     = "westeurope"
  maintenance_configuration_id = azurerm_maintenance_assignment_virtual_machine.${other}.maintenance_configuration_id
  virtual_machine_id           = azurerm_windows_virtual_machine.web.id
}
`

const pulumiAssignment = (name: string, other: string): string => `  ${name}:
    type: azure-native:maintenance:ConfigurationAssignment
    properties:
      resourceGroupName: rg-web
      providerName: Microsoft.Compute
      resourceType: virtualMachines
      resourceName: \${web.name}
      configurationAssignmentName: ${name}
      maintenanceConfigurationId: \${${other}.maintenanceConfigurationId}
      location: westeurope
`

const armAssignment = (name: string, variable: string): Record<string, unknown> => ({
  type: 'Microsoft.Maintenance/configurationAssignments',
  apiVersion: '2023-04-01',
  name,
  location: 'northeurope',
  scope: "[resourceId('Microsoft.Compute/virtualMachines', 'vm-cycle-arm')]",
  properties: {
    maintenanceConfigurationId: `[variables('${variable}')]`,
    resourceId: "[resourceId('Microsoft.Compute/virtualMachines', 'vm-cycle-arm')]"
  }
})

export const REFERENCE_CASES: readonly HostileCase[] = [
  {
    name: 'symlinks pointing outside the workspace',
    files: () => ({
      'links/outside.json': { link: '../../outside/vm.json' },
      'links/outside-folder': { link: '../../outside' },
      'links/loop-a.json': { link: 'loop-b.json' },
      'links/loop-b.json': { link: 'loop-a.json' },
      'links/dangling.tf': { link: 'missing.tf' },
      'links-module/main.tf': 'module "outside" {\n  source = "../../outside/module"\n}\n'
    }),
    outsideFiles: () => ({
      'vm.json': armTemplate([armVm('vm-outside')]),
      'module/main.tf': terraformVm('"vm-outside-module"')
    }),
    parseErrors: [
      'links-module/main.tf:1:1 notice module "outside": source \'../../outside/module\' leads outside the scanned folder; the resources it declares are not checked',
      'links/dangling.tf:1:1 notice symbolic link does not resolve (a missing target or a loop); not followed',
      'links/loop-a.json:1:1 notice symbolic link does not resolve (a missing target or a loop); not followed',
      'links/loop-b.json:1:1 notice symbolic link does not resolve (a missing target or a loop); not followed',
      'links/outside-folder:1:1 notice symbolic link to a folder outside the scanned folder; not followed',
      'links/outside.json:1:1 notice symbolic link to a file outside the scanned folder; not followed'
    ],
    resources: [],
    findings: []
  },
  {
    name: 'a Crossplane selector that matches itself',
    files: () => ({ 'crossplane-self/objects.yaml': CROSSPLANE }),
    parseErrors: [],
    resources: [
      // Its assignment's virtualMachineIdSelector selects a WindowsVirtualMachine, which provider-upjet-azure never
      // resolves (LinuxVirtualMachine only): it assigns nothing, so the VM has no plan for certain.
      'crossplane-self/objects.yaml:1 self-vm affected-no-plan'
    ],
    findings: [
      'reboot-plan-required error crossplane-self/objects.yaml:1'
    ]
  },
  {
    name: 'maintenance assignments that refer to each other in a cycle',
    files: () => ({
      'cycle-tf/main.tf': [
        terraformVm('"vm-cycle-tf"'),
        TERRAFORM_CONFIGURATION,
        terraformAssignment('a', 'b'),
        terraformAssignment('b', 'a')
      ].join(''),
      'cycle-arm/vm.json': armTemplate(
        [armVm('vm-cycle-arm'), armAssignment('cycle-a', 'b'), armAssignment('cycle-b', 'a')],
        { variables: { a: "[variables('b')]", b: "[variables('a')]" } }
      ),
      'cycle-pulumi/Pulumi.yaml': `name: cycle-pulumi
runtime: yaml
resources:
  web:
    type: azure-native:compute:VirtualMachine
    properties:
      resourceGroupName: rg-web
      vmName: vm-cycle-pulumi
      location: westeurope
      osProfile:
        windowsConfiguration:
          patchSettings:
            patchMode: AutomaticByPlatform
            enableHotpatching: true
      storageProfile:
        imageReference:
          publisher: MicrosoftWindowsServer
          offer: WindowsServer
          sku: 2025-datacenter-azure-edition
          version: latest
${pulumiAssignment('first', 'second')}${pulumiAssignment('second', 'first')}`,
      'cycle-bicep/main.bicep': `${bicepVm('vm-cycle-bicep')}
resource first 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'first'
  location: 'westeurope'
  scope: vm
  properties: {
    maintenanceConfigurationId: second.properties.maintenanceConfigurationId
    resourceId: vm.id
  }
}

resource second 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'second'
  location: 'westeurope'
  scope: vm
  properties: {
    maintenanceConfigurationId: first.properties.maintenanceConfigurationId
    resourceId: vm.id
  }
}
`
    }),
    parseErrors: [],
    resources: [
      'cycle-arm/vm.json:9 vm-cycle-arm indeterminate',
      'cycle-bicep/main.bicep:1 vm-cycle-bicep indeterminate',
      'cycle-pulumi/Pulumi.yaml:4 vm-cycle-pulumi indeterminate',
      'cycle-tf/main.tf:1 vm-cycle-tf indeterminate'
    ],
    findings: [
      'indeterminate warning cycle-arm/vm.json:40',
      'indeterminate warning cycle-bicep/main.bicep:29',
      'indeterminate warning cycle-pulumi/Pulumi.yaml:29',
      'indeterminate warning cycle-tf/main.tf:49'
    ]
  }
]
