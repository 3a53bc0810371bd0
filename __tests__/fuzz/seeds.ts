/**
 * Small valid manifests the fuzzers mutate, one set per format: a hotpatched VM, a maintenance
 * configuration and its assignment, with the language features the readers evaluate (parameters,
 * variables, loops, conditions, references, modules), so that mutations reach deep into each reader.
 */
import { armTemplate, armVm, asoVm, bicepVm, pulumiVm, terraformVm } from '../hostile/manifests.js'

const ARM_CONFIGURATION = {
  type: 'Microsoft.Maintenance/maintenanceConfigurations',
  apiVersion: '2023-04-01',
  name: "[concat('mc-', parameters('vmName'))]",
  location: '[parameters(\'location\')]',
  properties: {
    maintenanceScope: 'InGuestPatch',
    extensionProperties: { InGuestPatchMode: 'User' },
    maintenanceWindow: {
      startDateTime: '2025-11-15 02:00',
      duration: '03:55',
      timeZone: 'UTC',
      recurEvery: 'Month Second Tuesday Offset4'
    },
    installPatches: {
      rebootSetting: "[if(parameters('reboot'), 'IfRequired', 'Never')]",
      windowsParameters: { classificationsToInclude: ['Critical', 'Security'] }
    }
  }
}

const ARM_ASSIGNMENT = {
  type: 'Microsoft.Maintenance/configurationAssignments',
  apiVersion: '2023-04-01',
  name: "[format('{0}-patching-{1}', parameters('vmName'), copyIndex())]",
  location: "[parameters('location')]",
  scope: "[resourceId('Microsoft.Compute/virtualMachines', format('{0}-{1}', parameters('vmName'), copyIndex()))]",
  copy: { name: 'assignments', count: "[length(variables('zones'))]" },
  properties: {
    maintenanceConfigurationId:
      "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', concat('mc-', parameters('vmName')))]",
    resourceId: "[resourceId('Microsoft.Compute/virtualMachines', format('{0}-{1}', parameters('vmName'), copyIndex()))]"
  }
}

const ARM_NESTED = {
  type: 'Microsoft.Resources/deployments',
  apiVersion: '2022-09-01',
  name: 'nested',
  properties: {
    mode: 'Incremental',
    expressionEvaluationOptions: { scope: 'inner' },
    parameters: { name: { value: "[toUpper(parameters('vmName'))]" } },
    template: {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { name: { type: 'string' } },
      resources: [armVm("[parameters('name')]", { condition: "[not(empty(parameters('name')))]" })]
    }
  }
}

export const ARM_SEEDS = {
  template: armTemplate(
    [
      armVm("[format('{0}-{1}', parameters('vmName'), copyIndex())]", {
        copy: { name: 'vms', count: "[length(variables('zones'))]" },
        zones: "[createArray(variables('zones')[copyIndex()])]",
        tags: "[union(variables('tags'), createObject('index', string(copyIndex())))]"
      }),
      ARM_CONFIGURATION,
      ARM_ASSIGNMENT,
      ARM_NESTED
    ],
    {
      parameters: {
        vmName: { type: 'string', defaultValue: 'vm-web' },
        location: { type: 'string', defaultValue: '[resourceGroup().location]' },
        reboot: { type: 'bool', defaultValue: true }
      },
      variables: {
        zones: ['1', '2'],
        tags: { env: "[if(equals(parameters('vmName'), 'vm-web'), 'prod', 'dev')]", owner: "[split('a,b', ',')[1]]" },
        copy: [{ name: 'disks', count: 2, input: { lun: "[copyIndex('disks')]" } }]
      }
    }
  ),
  parameters: `${JSON.stringify(
    {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
      contentVersion: '1.0.0.0',
      parameters: { vmName: { value: 'vm-prod' }, reboot: { value: false } }
    },
    null,
    2
  )}\n`
}

export const BICEP_SEEDS = {
  main: `@description('The VM name')
param vmName string = 'vm-web'
param count int = 2
param reboot bool = true
var zones = [for i in range(1, count): string(i)]
var tags = union({ env: 'prod' }, { owner: toLower('PLATFORM') })

resource vms 'Microsoft.Compute/virtualMachines@2024-07-01' = [for (zone, i) in zones: {
  name: '\${vmName}-\${i}'
  location: resourceGroup().location
  zones: [zone]
  tags: tags
  properties: {
    osProfile: {
      windowsConfiguration: {
        patchSettings: {
          patchMode: 'AutomaticByPlatform'
          enableHotpatching: count > 1 ? true : false
          automaticByPlatformSettings: {
            rebootSetting: reboot ? 'IfRequired' : 'Never'
            bypassPlatformSafetyChecksOnUserSchedule: true
          }
        }
      }
    }
    storageProfile: {
      imageReference: {
        publisher: 'MicrosoftWindowsServer'
        offer: 'WindowsServer'
        sku: '2025-datacenter-azure-edition'
        version: 'latest'
      }
    }
  }
}]

module window './window.bicep' = if (reboot) {
  name: 'window'
  params: {
    name: 'mc-\${vmName}'
  }
}

resource assignments 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = [for i in range(0, count): {
  name: '\${vmName}-\${i}-patching'
  location: resourceGroup().location
  scope: vms[i]
  properties: {
    maintenanceConfigurationId: window.outputs.id
    resourceId: vms[i].id
  }
}]
`,
  window: `param name string

resource window 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {
  name: name
  location: resourceGroup().location
  properties: {
    maintenanceScope: 'InGuestPatch'
    maintenanceWindow: {
      startDateTime: '2025-11-15 02:00'
      duration: '03:55'
      timeZone: 'UTC'
      recurEvery: 'Month Second Tuesday Offset4'
    }
    installPatches: {
      rebootSetting: 'IfRequired'
    }
  }
}

output id string = window.id
`,
  parameters: "using './main.bicep'\n\nparam vmName = 'vm-prod'\nparam count = 3\n",
  simple: bicepVm('vm-simple')
}

const VM_BLOCK = 'resource "azurerm_windows_virtual_machine" "web" {\n'

export const TERRAFORM_SEEDS = {
  main: `variable "names" {
  type    = list(string)
  default = ["web-1", "web-2"]
}

variable "reboot" {
  type    = string
  default = "IfRequired"
}

locals {
  tags = merge({ env = "prod" }, { for name in var.names : name => upper(name) })
  hot  = length(var.names) > 1 ? true : false
}

${terraformVm('each.key').replace(VM_BLOCK, `${VM_BLOCK}  for_each = toset(var.names)\n  tags     = local.tags\n`)}
resource "azurerm_maintenance_configuration" "monthly" {
  name                     = "mc-\${join("-", var.names)}"
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
    reboot = var.reboot
    windows {
      classifications_to_include = ["Critical", "Security"]
    }
  }
}

resource "azurerm_maintenance_assignment_virtual_machine" "web" {
  for_each                     = azurerm_windows_virtual_machine.web
  location                     = "westeurope"
  maintenance_configuration_id = azurerm_maintenance_configuration.monthly.id
  virtual_machine_id           = each.value.id
}

module "extra" {
  source = "./modules/vm"
  name   = "vm-extra-\${var.reboot}"
}
`,
  module: `variable "name" {
  type = string
}

${terraformVm('var.name')}
output "id" {
  value = azurerm_windows_virtual_machine.web.id
}
`,
  tfvars: 'names  = ["a", "b", "c"]\nreboot = <<-EOT\n  Never\nEOT\n'
}

export const PLAN_SEED = `${JSON.stringify(
  {
    format_version: '1.2',
    terraform_version: '1.9.8',
    planned_values: { root_module: { resources: [] } },
    resource_changes: [
      {
        address: 'azurerm_windows_virtual_machine.web["a"]',
        mode: 'managed',
        type: 'azurerm_windows_virtual_machine',
        name: 'web',
        index: 'a',
        change: {
          actions: ['create'],
          before: null,
          after: {
            name: 'vm-plan-a',
            location: 'westeurope',
            patch_mode: 'AutomaticByPlatform',
            hotpatching_enabled: true,
            reboot_setting: 'IfRequired',
            source_image_reference: [
              {
                publisher: 'MicrosoftWindowsServer',
                offer: 'WindowsServer',
                sku: '2025-datacenter-azure-edition',
                version: 'latest'
              }
            ],
            tags: { env: 'prod' }
          },
          after_unknown: { id: true, os_disk: [{}] }
        }
      },
      {
        address: 'azurerm_maintenance_assignment_virtual_machine.web',
        mode: 'managed',
        type: 'azurerm_maintenance_assignment_virtual_machine',
        name: 'web',
        change: {
          actions: ['create'],
          before: null,
          after: { location: 'westeurope' },
          after_unknown: { id: true, maintenance_configuration_id: true, virtual_machine_id: true }
        }
      }
    ],
    configuration: {
      root_module: {
        resources: [
          {
            address: 'azurerm_maintenance_assignment_virtual_machine.web',
            mode: 'managed',
            type: 'azurerm_maintenance_assignment_virtual_machine',
            name: 'web',
            expressions: {
              maintenance_configuration_id: {
                references: ['azurerm_maintenance_configuration.monthly.id', 'azurerm_maintenance_configuration.monthly']
              },
              virtual_machine_id: {
                references: ['azurerm_windows_virtual_machine.web["a"].id', 'azurerm_windows_virtual_machine.web']
              }
            }
          }
        ]
      }
    }
  },
  null,
  2
)}\n`

export const KUBERNETES_SEEDS = {
  aso: `${asoVm('web-vm-01', '  tags:\n    env: prod\n')}---
apiVersion: resources.azure.com/v1api20200601
kind: ResourceGroup
metadata:
  name: web-rg
  namespace: web
spec:
  location: westeurope
`,
  crossplane: `apiVersion: compute.azure.upbound.io/v1beta2
kind: WindowsVirtualMachine
metadata:
  name: web-1
  labels:
    tier: web
spec:
  forProvider: &provider
    location: West Europe
    resourceGroupName: rg-web
    sourceImageReference:
      publisher: MicrosoftWindowsServer
      offer: WindowsServer
      sku: 2025-datacenter-azure-edition
      version: latest
    patchMode: AutomaticByPlatform
    hotpatchingEnabled: true
    bypassPlatformSafetyChecksOnUserScheduleEnabled: true
---
apiVersion: maintenance.azure.upbound.io/v1beta1
kind: MaintenanceConfiguration
metadata:
  name: web-monthly
  labels:
    tier: web
spec:
  forProvider:
    location: West Europe
    resourceGroupNameSelector:
      matchLabels:
        tier: web
    scope: InGuestPatch
    window:
      - startDateTime: "2025-11-15 02:00"
        duration: "03:55"
        timeZone: UTC
        recurEvery: Month Second Tuesday Offset4
    installPatches:
      - reboot: IfRequired
---
apiVersion: maintenance.azure.upbound.io/v1beta1
kind: MaintenanceAssignmentVirtualMachine
metadata:
  name: web-1-monthly
spec:
  forProvider:
    location: West Europe
    maintenanceConfigurationIdRef:
      name: web-monthly
    virtualMachineId: /subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachines/web-1
`
}

export const PULUMI_SEEDS = {
  project: `${pulumiVm('fleet').replace('vmName: fleet', 'vmName: ${first}')}  window:
    type: azure-native:maintenance:MaintenanceConfiguration
    properties:
      resourceGroupName: rg-web
      resourceName: mc-\${first}
      location: westeurope
      maintenanceScope: InGuestPatch
      startDateTime: "2025-11-15 02:00"
      duration: "03:55"
      timeZone: UTC
      recurEvery: Month Second Tuesday Offset4
      installPatches:
        rebootSetting: \${reboot}
  assignment:
    type: azure-native:maintenance:ConfigurationAssignment
    properties:
      resourceGroupName: rg-web
      providerName: Microsoft.Compute
      resourceType: virtualMachines
      resourceName: \${web.name}
      configurationAssignmentName: monthly
      maintenanceConfigurationId: \${window.id}
      location: westeurope
config:
  reboot:
    type: string
    default: IfRequired
variables:
  names: [web-1, web-2]
  first: \${names[0]}
  joined:
    fn::join:
      - ","
      - \${names}
`,
  stack: 'config:\n  fleet:reboot: Never\n  azure-native:location: westeurope\n'
}
