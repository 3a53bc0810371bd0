/**
 * Mutation tests of src/policy/snippets (issue 12): the whole text of the fix for every writer's branches
 * (symbol or none, resource group or none, Arc machines in every format), and the name
 * helpers at their edges. The texts are exact: a changed word of a fix is a changed fix.
 */
import { describe, expect, it } from '@jest/globals'
import type { ManifestFormat, VirtualMachine } from '../../src/model/resources.js'
import { unresolved } from '../../src/model/source.js'
import { bicepString, commentText, hclString } from '../../src/policy/snippets/literals.js'
import { rebootPlanSnippet } from '../../src/policy/snippets/index.js'
import { identifierOf, kubernetesNameOf, rebootWindow, snippetTarget } from '../../src/policy/snippets/window.js'
import { loc, vm as builtVm, windowed, unset } from './builders.js'

/**
 * The builders' VM without the bypass flag: its fix then carries the schedule prerequisite, whose text these tests
 * assert (the fix of a VM whose settings meet it leaves it out: snippets-prerequisite.test.ts).
 */
const vm = (overrides: Parameters<typeof builtVm>[0] = {}) => builtVm({ bypassPlatformSafetyChecksOnUserSchedule: unset(), ...overrides })

const AS_OF = new Date('2026-11-24T00:00:00Z')
const UNRESOLVED_LOCATION = unresolved<string>(loc(7), 'a parameter')
const vmType = 'Microsoft.Compute/virtualMachines'

function arc(format: ManifestFormat, name: string, symbol?: string, resourceGroup?: string): VirtualMachine {
  return vm({
    kind: 'arc-machine',
    format,
    identity: {
      type: 'Microsoft.HybridCompute/machines',
      name,
      ...(symbol !== undefined && { symbol }),
      ...(resourceGroup !== undefined && { resourceGroup })
    }
  })
}

/** Each writer's branches: VM or Arc machine, symbol or none, resource group or none, names that need escaping. */
const CASES: readonly (readonly [string, VirtualMachine])[] = [
  ['ARM VM whose name starts with [ and has a quote', vm({ format: 'arm', identity: { type: vmType, name: "[web'vm" } })],
  ['what-if VM: written as ARM', vm({ format: 'what-if', identity: { type: vmType, name: 'web-01' } })],
  ['Bicep symbol that is not an identifier', vm({ identity: { type: vmType, name: 'web-01', symbol: 'main.bicep#vms[?]' } })],
  ['Bicep loop instance', vm({ identity: { type: vmType, name: 'web-01', symbol: 'main.bicep#vms[0]' } })],
  ['Bicep symbol that ends in #', vm({ identity: { type: vmType, name: '9web 01', symbol: 'main.bicep#' } })],
  ['Terraform VM without an address', vm({ format: 'terraform', identity: { type: vmType, name: 'web-01' } })],
  ['Terraform plan VM without an address', vm({ format: 'terraform-plan', identity: { type: vmType, name: 'app-01' } })],
  ['Pulumi VM with a resource group', vm({ format: 'pulumi', identity: { type: vmType, name: 'app-01', resourceGroup: 'rg-${x}' } })],
  [
    'Kubernetes VM with a resource group, location unknown',
    vm({ format: 'kubernetes', identity: { type: vmType, name: 'Web_VM', resourceGroup: 'rg-web' }, location: UNRESOLVED_LOCATION })
  ],
  ['Kubernetes VM, no resource group', vm({ format: 'kubernetes', identity: { type: vmType, name: 'web-01' } })],
  ['Pulumi VM by resource name, no resource group', vm({ format: 'pulumi', identity: { type: vmType, name: 'web-01', symbol: 'Pulumi.yaml#webVm' } })],
  ['Arc, ARM, no resource group', arc('arm', 'dc-01')],
  ['Arc, what-if, resource group', arc('what-if', 'dc-01', undefined, "rg-'x")],
  ['Arc, Bicep by symbol', arc('bicep', 'dc-01', 'main.bicep#dc')],
  ['Arc, Kubernetes (written as Bicep), no symbol', arc('kubernetes', 'dc 01')],
  ['Arc, Terraform, no address, no resource group', arc('terraform', 'dc-01')],
  ['Arc, Terraform plan, address and resource group', arc('terraform-plan', 'dc-01', 'infra#azurerm_arc_machine.dc', 'rg-onprem')],
  ['Arc, Pulumi, resource group', arc('pulumi', 'dc-01', 'Pulumi.yaml#dc', 'rg-onprem')]
]

const ARM_PROPERTIES = `{
    "maintenanceScope": "InGuestPatch",
    "extensionProperties": { "InGuestPatchMode": "User" },
    "maintenanceWindow": {
      "startDateTime": "2026-12-09 03:00",
      "duration": "03:55",
      "timeZone": "UTC",
      "recurEvery": "Month Second Tuesday Offset1"
    },
    "installPatches": {
      "rebootSetting": "IfRequired",
      "windowsParameters": { "classificationsToInclude": ["Critical", "Security"] }
    }
  }`

const BICEP_PROPERTIES = `  properties: {
    maintenanceScope: 'InGuestPatch'
    extensionProperties: { InGuestPatchMode: 'User' }
    maintenanceWindow: {
      startDateTime: '2026-12-09 03:00'
      duration: '03:55'
      timeZone: 'UTC'
      recurEvery: 'Month Second Tuesday Offset1'
    }
    installPatches: {
      rebootSetting: 'IfRequired'
      windowsParameters: { classificationsToInclude: ['Critical', 'Security'] }
    }
  }
}`

const TERRAFORM_REST = `  scope                    = "InGuestPatch"
  in_guest_user_patch_mode = "User"

  window {
    start_date_time = "2026-12-09 03:00"
    duration        = "03:55"
    time_zone       = "UTC"
    recur_every     = "Month Second Tuesday Offset1"
  }

  install_patches {
    reboot = "IfRequired"
    windows {
      classifications_to_include = ["Critical", "Security"]
    }
  }
}`

const PULUMI_REST = `    maintenanceScope: InGuestPatch
    extensionProperties:
      InGuestPatchMode: User
    startDateTime: '2026-12-09 03:00'
    duration: '03:55'
    timeZone: UTC
    recurEvery: Month Second Tuesday Offset1
    installPatches:
      rebootSetting: IfRequired
      windowsParameters:
        classificationsToInclude: [Critical, Security]`

/** Each case's language and whole text, in CASES order. */
const EXPECTED: readonly (readonly [string, string, string])[] = [
  [
    'ARM VM whose name starts with [ and has a quote',
    'json',
    `// Add to "resources": a monthly InGuestPatch window that may reboot, assigned to [web'vm.
{
  "type": "Microsoft.Maintenance/maintenanceConfigurations",
  "apiVersion": "2023-04-01",
  "name": "[[web'vm-reboot-window",
  "location": "[resourceGroup().location]",
  "properties": ${ARM_PROPERTIES}
},
{
  "type": "Microsoft.Maintenance/configurationAssignments",
  "apiVersion": "2023-04-01",
  "name": "[[web'vm-reboot-window",
  "location": "[resourceGroup().location]",
  "scope": "[resourceId('Microsoft.Compute/virtualMachines', '[web''vm')]",
  "dependsOn": ["[resourceId('Microsoft.Maintenance/maintenanceConfigurations', '[web''vm-reboot-window')]", "[resourceId('Microsoft.Compute/virtualMachines', '[web''vm')]"],
  "properties": {
    "maintenanceConfigurationId": "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', '[web''vm-reboot-window')]",
    "resourceId": "[resourceId('Microsoft.Compute/virtualMachines', '[web''vm')]"
  }
}
// And on [web'vm, properties.osProfile.windowsConfiguration.patchSettings (the schedule prerequisite):
"patchSettings": {
  "patchMode": "AutomaticByPlatform",
  "automaticByPlatformSettings": {
    "rebootSetting": "IfRequired",
    "bypassPlatformSafetyChecksOnUserSchedule": true
  }
}
`
  ],
  [
    'what-if VM: written as ARM',
    'json',
    `// Add to "resources": a monthly InGuestPatch window that may reboot, assigned to web-01.
{
  "type": "Microsoft.Maintenance/maintenanceConfigurations",
  "apiVersion": "2023-04-01",
  "name": "web-01-reboot-window",
  "location": "[resourceGroup().location]",
  "properties": ${ARM_PROPERTIES}
},
{
  "type": "Microsoft.Maintenance/configurationAssignments",
  "apiVersion": "2023-04-01",
  "name": "web-01-reboot-window",
  "location": "[resourceGroup().location]",
  "scope": "[resourceId('Microsoft.Compute/virtualMachines', 'web-01')]",
  "dependsOn": ["[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'web-01-reboot-window')]", "[resourceId('Microsoft.Compute/virtualMachines', 'web-01')]"],
  "properties": {
    "maintenanceConfigurationId": "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'web-01-reboot-window')]",
    "resourceId": "[resourceId('Microsoft.Compute/virtualMachines', 'web-01')]"
  }
}
// And on web-01, properties.osProfile.windowsConfiguration.patchSettings (the schedule prerequisite):
"patchSettings": {
  "patchMode": "AutomaticByPlatform",
  "automaticByPlatformSettings": {
    "rebootSetting": "IfRequired",
    "bypassPlatformSafetyChecksOnUserSchedule": true
  }
}
`
  ],
  [
    'Bicep symbol that is not an identifier',
    'bicep',
    `resource web_01Vm 'Microsoft.Compute/virtualMachines@2024-11-01' existing = {
  name: 'web-01'
}

// A monthly InGuestPatch window that may reboot, assigned to web-01.
resource web_01RebootConfig 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {
  name: 'web-01-reboot-window'
  location: web_01Vm.location
${BICEP_PROPERTIES}

resource web_01RebootWindow 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'web-01-reboot-window'
  location: web_01Vm.location
  scope: web_01Vm
  properties: {
    maintenanceConfigurationId: web_01RebootConfig.id
    resourceId: web_01Vm.id
  }
}

// And in web_01Vm, properties.osProfile.windowsConfiguration.patchSettings (the schedule prerequisite):
//   patchMode: 'AutomaticByPlatform'
//   automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true }
`
  ],
  [
    'Bicep loop instance',
    'bicep',
    `// A monthly InGuestPatch window that may reboot, assigned to web-01.
resource web_01RebootConfig 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {
  name: 'web-01-reboot-window'
  location: vms[0].location
${BICEP_PROPERTIES}

resource web_01RebootWindow 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'web-01-reboot-window'
  location: vms[0].location
  scope: vms[0]
  properties: {
    maintenanceConfigurationId: web_01RebootConfig.id
    resourceId: vms[0].id
  }
}

// And in vms (the loop's body), properties.osProfile.windowsConfiguration.patchSettings (the schedule prerequisite):
//   patchMode: 'AutomaticByPlatform'
//   automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true }
`
  ],
  [
    'Bicep symbol that ends in #',
    'bicep',
    `resource _9web_01Vm 'Microsoft.Compute/virtualMachines@2024-11-01' existing = {
  name: '9web 01'
}

// A monthly InGuestPatch window that may reboot, assigned to 9web 01.
resource _9web_01RebootConfig 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {
  name: '9web 01-reboot-window'
  location: _9web_01Vm.location
${BICEP_PROPERTIES}

resource _9web_01RebootWindow 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: '9web 01-reboot-window'
  location: _9web_01Vm.location
  scope: _9web_01Vm
  properties: {
    maintenanceConfigurationId: _9web_01RebootConfig.id
    resourceId: _9web_01Vm.id
  }
}

// And in _9web_01Vm, properties.osProfile.windowsConfiguration.patchSettings (the schedule prerequisite):
//   patchMode: 'AutomaticByPlatform'
//   automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true }
`
  ],
  [
    'Terraform VM without an address',
    'hcl',
    `# A monthly InGuestPatch window that may reboot, assigned to web-01.
resource "azurerm_maintenance_configuration" "web_01_reboot_window" {
  name                     = "web-01-reboot-window"
  resource_group_name      = azurerm_windows_virtual_machine.web_01.resource_group_name
  location                 = azurerm_windows_virtual_machine.web_01.location
${TERRAFORM_REST}

resource "azurerm_maintenance_assignment_virtual_machine" "web_01_reboot_window" {
  location                     = azurerm_windows_virtual_machine.web_01.location
  maintenance_configuration_id = azurerm_maintenance_configuration.web_01_reboot_window.id
  virtual_machine_id           = azurerm_windows_virtual_machine.web_01.id
}

# And in azurerm_windows_virtual_machine.web_01 (the schedule prerequisite):
#   patch_mode                                             = "AutomaticByPlatform"
#   reboot_setting                                         = "IfRequired"
#   bypass_platform_safety_checks_on_user_schedule_enabled = true
`
  ],
  [
    'Terraform plan VM without an address',
    'hcl',
    `# A monthly InGuestPatch window that may reboot, assigned to app-01.
resource "azurerm_maintenance_configuration" "app_01_reboot_window" {
  name                     = "app-01-reboot-window"
  resource_group_name      = azurerm_windows_virtual_machine.app_01.resource_group_name
  location                 = azurerm_windows_virtual_machine.app_01.location
${TERRAFORM_REST}

resource "azurerm_maintenance_assignment_virtual_machine" "app_01_reboot_window" {
  location                     = azurerm_windows_virtual_machine.app_01.location
  maintenance_configuration_id = azurerm_maintenance_configuration.app_01_reboot_window.id
  virtual_machine_id           = azurerm_windows_virtual_machine.app_01.id
}

# And in azurerm_windows_virtual_machine.app_01 (the schedule prerequisite):
#   patch_mode                                             = "AutomaticByPlatform"
#   reboot_setting                                         = "IfRequired"
#   bypass_platform_safety_checks_on_user_schedule_enabled = true
`
  ],
  [
    'Pulumi VM with a resource group',
    'yaml',
    `# Under "resources:": a monthly InGuestPatch window that may reboot, assigned to app-01.
app_01RebootConfig:
  type: azure-native:maintenance:MaintenanceConfiguration
  properties:
    resourceName: "app-01-reboot-window"
    resourceGroupName: "rg-$\${x}"
    location: \${app_01.location}
${PULUMI_REST}
app_01RebootWindow:
  type: azure-native:maintenance:ConfigurationAssignment
  properties:
    configurationAssignmentName: "app-01-reboot-window"
    resourceGroupName: "rg-$\${x}"
    location: \${app_01.location}
    providerName: Microsoft.Compute
    resourceType: virtualMachines
    resourceName: \${app_01.name}
    maintenanceConfigurationId: \${app_01RebootConfig.id}
# And in app_01, osProfile.windowsConfiguration.patchSettings (the schedule prerequisite):
#   patchMode: AutomaticByPlatform
#   automaticByPlatformSettings:
#     rebootSetting: IfRequired
#     bypassPlatformSafetyChecksOnUserSchedule: true
`
  ],
  [
    'Kubernetes VM with a resource group, location unknown',
    'yaml',
    `# A monthly InGuestPatch window that may reboot, assigned to Web_VM (Crossplane provider-upjet-azure).
apiVersion: maintenance.azure.upbound.io/v1beta1
kind: MaintenanceConfiguration
metadata:
  name: web-vm-reboot-window
spec:
  forProvider:
    location: "<vm location>"
    resourceGroupName: "rg-web"
    scope: InGuestPatch
    inGuestUserPatchMode: User
    window:
      - startDateTime: '2026-12-09 03:00'
        duration: '03:55'
        timeZone: UTC
        recurEvery: Month Second Tuesday Offset1
    installPatches:
      - reboot: IfRequired
        windows:
          - classificationsToInclude: [Critical, Security]
---
apiVersion: maintenance.azure.upbound.io/v1beta1
kind: MaintenanceAssignmentVirtualMachine
metadata:
  name: web-vm-reboot-window
spec:
  forProvider:
    location: "<vm location>"
    maintenanceConfigurationIdRef:
      name: web-vm-reboot-window
    # provider-upjet-azure resolves virtualMachineIdRef/Selector against LinuxVirtualMachine only:
    # a WindowsVirtualMachine is assigned by its Azure resource ID.
    virtualMachineId: "/subscriptions/<subscription id>/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachines/Web_VM"
# And in Web_VM's spec.forProvider (the schedule prerequisite):
#   patchMode: AutomaticByPlatform
#   rebootSetting: IfRequired
#   bypassPlatformSafetyChecksOnUserScheduleEnabled: true
`
  ],
  [
    'Kubernetes VM, no resource group',
    'yaml',
    `# A monthly InGuestPatch window that may reboot, assigned to web-01 (Crossplane provider-upjet-azure).
apiVersion: maintenance.azure.upbound.io/v1beta1
kind: MaintenanceConfiguration
metadata:
  name: web-01-reboot-window
spec:
  forProvider:
    location: "westeurope"
    resourceGroupName: "<resource group>"
    scope: InGuestPatch
    inGuestUserPatchMode: User
    window:
      - startDateTime: '2026-12-09 03:00'
        duration: '03:55'
        timeZone: UTC
        recurEvery: Month Second Tuesday Offset1
    installPatches:
      - reboot: IfRequired
        windows:
          - classificationsToInclude: [Critical, Security]
---
apiVersion: maintenance.azure.upbound.io/v1beta1
kind: MaintenanceAssignmentVirtualMachine
metadata:
  name: web-01-reboot-window
spec:
  forProvider:
    location: "westeurope"
    maintenanceConfigurationIdRef:
      name: web-01-reboot-window
    # provider-upjet-azure resolves virtualMachineIdRef/Selector against LinuxVirtualMachine only:
    # a WindowsVirtualMachine is assigned by its Azure resource ID.
    virtualMachineId: "/subscriptions/<subscription id>/resourceGroups/<resource group>/providers/Microsoft.Compute/virtualMachines/web-01"
# And in web-01's spec.forProvider (the schedule prerequisite):
#   patchMode: AutomaticByPlatform
#   rebootSetting: IfRequired
#   bypassPlatformSafetyChecksOnUserScheduleEnabled: true
`
  ],
  [
    'Pulumi VM by resource name, no resource group',
    'yaml',
    `# Under "resources:": a monthly InGuestPatch window that may reboot, assigned to web-01.
webVmRebootConfig:
  type: azure-native:maintenance:MaintenanceConfiguration
  properties:
    resourceName: "web-01-reboot-window"
    resourceGroupName: "<resource group>"
    location: \${webVm.location}
${PULUMI_REST}
webVmRebootWindow:
  type: azure-native:maintenance:ConfigurationAssignment
  properties:
    configurationAssignmentName: "web-01-reboot-window"
    resourceGroupName: "<resource group>"
    location: \${webVm.location}
    providerName: Microsoft.Compute
    resourceType: virtualMachines
    resourceName: \${webVm.name}
    maintenanceConfigurationId: \${webVmRebootConfig.id}
# And in webVm, osProfile.windowsConfiguration.patchSettings (the schedule prerequisite):
#   patchMode: AutomaticByPlatform
#   automaticByPlatformSettings:
#     rebootSetting: IfRequired
#     bypassPlatformSafetyChecksOnUserSchedule: true
`
  ],
  [
    'Arc, ARM, no resource group',
    'json',
    `// Add to "resources": a monthly InGuestPatch window that may reboot, assigned to the Arc machine dc-01.
{
  "type": "Microsoft.Maintenance/maintenanceConfigurations",
  "apiVersion": "2023-04-01",
  "name": "dc-01-reboot-window",
  "location": "[resourceGroup().location]",
  "properties": ${ARM_PROPERTIES}
},
{
  "type": "Microsoft.Maintenance/configurationAssignments",
  "apiVersion": "2023-04-01",
  "name": "dc-01-reboot-window",
  "location": "[resourceGroup().location]",
  "scope": "[resourceId('Microsoft.HybridCompute/machines', 'dc-01')]",
  "dependsOn": ["[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'dc-01-reboot-window')]"],
  "properties": {
    "maintenanceConfigurationId": "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'dc-01-reboot-window')]",
    "resourceId": "[resourceId('Microsoft.HybridCompute/machines', 'dc-01')]"
  }
}
// Update Manager needs no patch settings on an Arc machine for this window to run.
`
  ],
  [
    'Arc, what-if, resource group',
    'json',
    `// Add to "resources": a monthly InGuestPatch window that may reboot, assigned to the Arc machine dc-01.
{
  "type": "Microsoft.Maintenance/maintenanceConfigurations",
  "apiVersion": "2023-04-01",
  "name": "dc-01-reboot-window",
  "location": "[resourceGroup().location]",
  "properties": ${ARM_PROPERTIES}
},
{
  "type": "Microsoft.Maintenance/configurationAssignments",
  "apiVersion": "2023-04-01",
  "name": "dc-01-reboot-window",
  "location": "[resourceGroup().location]",
  "scope": "[resourceId('rg-''x', 'Microsoft.HybridCompute/machines', 'dc-01')]",
  "dependsOn": ["[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'dc-01-reboot-window')]"],
  "properties": {
    "maintenanceConfigurationId": "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'dc-01-reboot-window')]",
    "resourceId": "[resourceId('rg-''x', 'Microsoft.HybridCompute/machines', 'dc-01')]"
  }
}
// Update Manager needs no patch settings on an Arc machine for this window to run.
`
  ],
  [
    'Arc, Bicep by symbol',
    'bicep',
    `// A monthly InGuestPatch window that may reboot, assigned to the Arc machine dc-01.
resource dcRebootConfig 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {
  name: 'dc-01-reboot-window'
  location: resourceGroup().location
${BICEP_PROPERTIES}

resource dcRebootWindow 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'dc-01-reboot-window'
  location: resourceGroup().location
  scope: dc
  properties: {
    maintenanceConfigurationId: dcRebootConfig.id
    resourceId: dc.id
  }
}
// Update Manager needs no patch settings on an Arc machine for this window to run.
`
  ],
  [
    'Arc, Kubernetes (written as Bicep), no symbol',
    'bicep',
    `resource dc_01Machine 'Microsoft.HybridCompute/machines@2024-07-10' existing = {
  name: 'dc 01'
}

// A monthly InGuestPatch window that may reboot, assigned to the Arc machine dc 01.
resource dc_01RebootConfig 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {
  name: 'dc 01-reboot-window'
  location: resourceGroup().location
${BICEP_PROPERTIES}

resource dc_01RebootWindow 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'dc 01-reboot-window'
  location: resourceGroup().location
  scope: dc_01Machine
  properties: {
    maintenanceConfigurationId: dc_01RebootConfig.id
    resourceId: dc_01Machine.id
  }
}
// Update Manager needs no patch settings on an Arc machine for this window to run.
`
  ],
  [
    'Arc, Terraform, no address, no resource group',
    'hcl',
    `# A monthly InGuestPatch window that may reboot, assigned to the Arc machine dc-01.
resource "azurerm_maintenance_configuration" "dc_01_reboot_window" {
  name                     = "dc-01-reboot-window"
  resource_group_name      = var.resource_group_name
  location                 = var.location
${TERRAFORM_REST}

# azurerm has no per-machine assignment for Arc machines: an azapi assignment scoped to the machine.
resource "azapi_resource" "dc_01_reboot_window" {
  type      = "Microsoft.Maintenance/configurationAssignments@2023-04-01"
  name      = "dc-01-reboot-window"
  parent_id = format("%s/resourceGroups/%s/providers/Microsoft.HybridCompute/machines/%s", data.azurerm_subscription.current.id, var.resource_group_name, "dc-01")
  location  = azurerm_maintenance_configuration.dc_01_reboot_window.location
  body = {
    properties = {
      maintenanceConfigurationId = azurerm_maintenance_configuration.dc_01_reboot_window.id
    }
  }
}
# Update Manager needs no patch settings on an Arc machine for this window to run.
`
  ],
  [
    'Arc, Terraform plan, address and resource group',
    'hcl',
    `# A monthly InGuestPatch window that may reboot, assigned to the Arc machine dc-01.
resource "azurerm_maintenance_configuration" "dc_01_reboot_window" {
  name                     = "dc-01-reboot-window"
  resource_group_name      = "rg-onprem"
  location                 = var.location
${TERRAFORM_REST}

# azurerm has no per-machine assignment for Arc machines: an azapi assignment scoped to the machine.
resource "azapi_resource" "dc_01_reboot_window" {
  type      = "Microsoft.Maintenance/configurationAssignments@2023-04-01"
  name      = "dc-01-reboot-window"
  parent_id = azurerm_arc_machine.dc.id
  location  = azurerm_maintenance_configuration.dc_01_reboot_window.location
  body = {
    properties = {
      maintenanceConfigurationId = azurerm_maintenance_configuration.dc_01_reboot_window.id
    }
  }
}
# Update Manager needs no patch settings on an Arc machine for this window to run.
`
  ],
  [
    'Arc, Pulumi, resource group',
    'yaml',
    `# Under "resources:": a monthly InGuestPatch window that may reboot, assigned to the Arc machine dc-01.
dc_01RebootConfig:
  type: azure-native:maintenance:MaintenanceConfiguration
  properties:
    resourceName: "dc-01-reboot-window"
    resourceGroupName: "rg-onprem"
${PULUMI_REST}
dc_01RebootWindow:
  type: azure-native:maintenance:ConfigurationAssignment
  properties:
    configurationAssignmentName: "dc-01-reboot-window"
    resourceGroupName: "rg-onprem"
    providerName: Microsoft.HybridCompute
    resourceType: machines
    resourceName: "dc-01"
    maintenanceConfigurationId: \${dc_01RebootConfig.id}
# Update Manager needs no patch settings on an Arc machine for this window to run.
`
  ]
]

describe('rebootPlanSnippet: the whole text', () => {
  it('has one expectation per case', () => {
    expect(EXPECTED.map(([name]) => name)).toEqual(CASES.map(([name]) => name))
  })

  it.each(CASES.map(([name, machine], i) => [name, machine, EXPECTED[i]] as const))('%s', (_, machine, expected) => {
    expect(rebootPlanSnippet(windowed(machine), AS_OF)).toEqual({ language: expected?.[1], text: expected?.[2] })
  })
})

describe('Bicep: which symbols are used as written', () => {
  // A symbol is used when it is a Bicep identifier or a loop instance of a known index; otherwise the VM is declared
  // `existing` under a name of our own.
  it.each([
    ['main.bicep#web', 'web', false],
    ['main.bicep#w', 'w', false],
    ['main.bicep#vms[0]', 'vms[0]', false],
    ['main.bicep#vms[?]', 'web_01Vm', true],
    ['main.bicep#9vm', 'web_01Vm', true],
    ['main.bicep#a-b', 'web_01Vm', true]
  ])('VM %s', (symbol, target, existing) => {
    const { text } = rebootPlanSnippet(windowed(vm({ identity: { type: vmType, name: 'web-01', symbol } })), AS_OF)
    expect(text.split('\n').filter(line => line.startsWith('  scope: '))).toEqual([`  scope: ${target}`])
    expect(text.startsWith(`resource ${target} 'Microsoft.Compute/virtualMachines@2024-11-01' existing = {`)).toBe(existing)
  })

  it.each([
    ['main.bicep#machine', 'machine', false],
    ['main.bicep#m', 'm', false],
    ['main.bicep#machines[0]', 'machines[0]', false],
    ['main.bicep#machines[?]', 'dc_01Machine', true],
    ['main.bicep#9dc', 'dc_01Machine', true],
    ['main.bicep#a-b', 'dc_01Machine', true]
  ])('Arc machine %s', (symbol, target, existing) => {
    const { text } = rebootPlanSnippet(windowed(arc('bicep', 'dc-01', symbol)), AS_OF)
    expect(text.split('\n').filter(line => line.startsWith('  scope: '))).toEqual([`  scope: ${target}`])
    expect(text.startsWith(`resource ${target} 'Microsoft.HybridCompute/machines@2024-07-10' existing = {`)).toBe(existing)
  })
})

describe('Arc machine in Pulumi without a resource group', () => {
  it('writes the placeholder in both resources', () => {
    const { text } = rebootPlanSnippet(windowed(arc('pulumi', 'dc-01')), AS_OF)
    expect(text.split('\n').filter(line => line.includes('resourceGroupName'))).toEqual([
      '    resourceGroupName: "<resource group>"',
      '    resourceGroupName: "<resource group>"'
    ])
  })
})

describe('snippet helpers at their edges', () => {
  it('identifierOf: runs of other characters become one _, a leading digit is prefixed, nothing is _', () => {
    expect(['', '9a', 'a--b c', 'ok_1'].map(identifierOf)).toEqual(['_', '_9a', 'a_b_c', 'ok_1'])
  })

  it('kubernetesNameOf: lower case, runs replaced by one -, trimmed, at most 253 characters, never empty', () => {
    const long = 'x'.repeat(252)
    expect(kubernetesNameOf('')).toBe('vm')
    expect(kubernetesNameOf('__')).toBe('vm')
    expect(kubernetesNameOf('--A__b..--')).toBe('a-b')
    expect(kubernetesNameOf('A_b.c-D')).toBe('a-b.c-d')
    // Cut at 253, the cut must not end in `-` or `.`.
    expect(kubernetesNameOf(`${long}-y`)).toBe(long)
    expect(kubernetesNameOf(`${long}.-y`)).toBe(long)
    expect(kubernetesNameOf(`${long}ab`)).toBe(`${long}a`)
    expect(kubernetesNameOf(`${long.slice(1)}.-y`)).toBe(long.slice(1))
  })

  it('snippetTarget: the handle is what follows the last #, and no handle when nothing follows', () => {
    const window = rebootWindow(AS_OF)
    const target = (symbol?: string) =>
      snippetTarget(windowed(vm({ identity: { type: vmType, name: 'web-01', ...(symbol !== undefined && { symbol }) } })), window).handle
    expect([target('a#b#c'), target('a#'), target('plain'), target()]).toEqual(['c', undefined, 'plain', undefined])
    const unnamed = vm({ identity: { type: vmType, name: undefined }, displayName: 'shown' })
    expect(snippetTarget(windowed(unnamed), window).name).toBe('shown')
    // What a resource name cannot hold becomes `-`; a VM's own name is kept as written (the literals escape it).
    const shownAs = (displayName: string) => snippetTarget(windowed(vm({ identity: { type: vmType, name: undefined }, displayName })), window).name
    expect(['modules/Compute/winvm.bicep#vm', 'module.web.this["a b"]'].map(shownAs)).toEqual(['modules-Compute-winvm.bicep-vm', 'module.web.this-a-b-'])
    expect(snippetTarget(windowed(vm({ identity: { type: vmType, name: "[web'vmss" } })), window).name).toBe("[web'vmss")
  })

  it('rebootWindow: counts the day of asOf, not its time', () => {
    expect(rebootWindow(new Date('2026-11-11T23:59:00Z')).startDateTime).toBe('2026-11-11 03:00')
    expect(rebootWindow(new Date('2026-11-12T00:00:00Z')).startDateTime).toBe('2026-12-09 03:00')
  })

  it('literals: control characters escaped in each language', () => {
    expect(bicepString('a\u0001\r\t\u007f\\${x}\n')).toBe("'a\\u{1}\\r\\t\\u{7f}\\\\\\${x}\\n'")
    expect(hclString('a\u0001\r\t\u007f%{\\${x}\n')).toBe('"a\\u0001\\r\\t\\u007f%%{\\\\$${x}\\n"')
    expect(commentText('a\rb\u0000c')).toBe('a\\rb\\u0000c')
  })
})
