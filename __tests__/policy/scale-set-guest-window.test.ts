/**
 * An InGuestPatch window assigned to a Flexible scale set is no reboot plan for it (src/policy/scale-set-plans.ts):
 * Maintenance Configurations' Guest scope supports VMs and Azure Arc-enabled servers, scale sets take the OSImage
 * scope, and Azure Update Manager does not support scale sets. The window counted (`affected-with-plan`), and the
 * gate's own fix suggested exactly that assignment. Each manifest language's scale-set assignment, read and scanned
 * whole; the same window assigned to a VM stays its plan.
 */
import { describe, expect, it } from '@jest/globals'
import { scheduledBicepWindow } from '../support/plan-manifests.js'
import { scanTree } from '../support/temporary-tree.js'
import { monthlyConfiguration } from '../readers/terraform/scan-files.js'

const AS_OF = new Date('2025-11-03T00:00:00Z')

const NO_GUEST_WINDOW =
  "a scale set takes no InGuestPatch window: Maintenance Configurations' Guest scope supports VMs and Azure " +
  'Arc-enabled servers, not scale sets (theirs is OSImage, for automatic OS image upgrades), and Azure Update ' +
  'Manager does not support scale sets'

const SELECTION =
  'a dynamic scope selects machines when it runs: the scale set resource takes no InGuestPatch window, and whether ' +
  "it selects the scale set's VMs (a Flexible scale set's instances are VMs of their own) the manifests do not tell"

interface Outcome {
  readonly verdict: string
  readonly rules: readonly string[]
  readonly reasons: readonly string[]
  readonly fixes: number
  readonly at: string
}

async function outcomes(files: Readonly<Record<string, string>>): Promise<Record<string, Outcome>> {
  const result = await scanTree(files, { asOf: AS_OF, threads: 1 })
  const byName: Record<string, Outcome> = {}
  for (const { vm, verdict, reasons } of result.assessments) {
    const findings = result.findings.filter(f => f.subject.kind === 'resource' && f.subject.instance === vm)
    byName[vm.displayName] = {
      verdict,
      rules: findings.map(f => f.ruleId),
      reasons: reasons.filter(reason => reason.includes('assigned')),
      fixes: findings.filter(f => f.fix !== undefined).length,
      at: findings.map(f => `${f.location?.file ?? ''}:${f.location?.line ?? ''}`).join(' ')
    }
  }
  return byName
}

const BICEP_WINDOW = scheduledBicepWindow({ symbol: 'window', name: 'monthly', start: '2025-10-01 03:00', recurEvery: 'Month Second Tuesday Offset1' })

const PATCH_SETTINGS = `{
          patchMode: 'AutomaticByPlatform'
          enableHotpatching: true
          automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true }
        }`
const IMAGE = `{ publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' }`

const BICEP = `${BICEP_WINDOW}
resource vmss 'Microsoft.Compute/virtualMachineScaleSets@2024-07-01' = {
  name: 'vmss-web'
  location: 'westeurope'
  sku: { name: 'Standard_D2s_v5', capacity: 2 }
  properties: {
    orchestrationMode: 'Flexible'
    platformFaultDomainCount: 1
    virtualMachineProfile: {
      storageProfile: { imageReference: ${IMAGE} }
      osProfile: {
        computerNamePrefix: 'web'
        windowsConfiguration: {
          patchSettings: ${PATCH_SETTINGS}
        }
      }
    }
  }
}

resource vmssWindow 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'vmss-web-window'
  location: 'westeurope'
  scope: vmss
  properties: { maintenanceConfigurationId: window.id, resourceId: vmss.id }
}

resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {
  name: 'vm-web'
  location: 'westeurope'
  properties: {
    storageProfile: { imageReference: ${IMAGE} }
    osProfile: {
      windowsConfiguration: {
        patchSettings: ${PATCH_SETTINGS}
      }
    }
  }
}

resource vmWindow 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'vm-web-window'
  location: 'westeurope'
  scope: vm
  properties: { maintenanceConfigurationId: window.id, resourceId: vm.id }
}
`

const TF_SCALE_SET = `resource "azurerm_orchestrated_virtual_machine_scale_set" "web" {
  name                        = "vmss-web"
  resource_group_name         = "rg-app"
  location                    = "westeurope"
  sku_name                    = "Standard_D2s_v5"
  instances                   = 2
  platform_fault_domain_count = 1
  os_profile {
    windows_configuration {
      admin_username      = "azadmin"
      admin_password      = "not-a-secret"
      patch_mode          = "AutomaticByPlatform"
      hotpatching_enabled = true
    }
  }
  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2025-datacenter-azure-edition"
    version   = "latest"
  }
  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azapi_update_resource" "bypass" {
  type        = "Microsoft.Compute/virtualMachineScaleSets@2024-07-01"
  resource_id = azurerm_orchestrated_virtual_machine_scale_set.web.id
  body = {
    properties = {
      virtualMachineProfile = {
        osProfile = {
          windowsConfiguration = {
            patchSettings = {
              automaticByPlatformSettings = { rebootSetting = "IfRequired", bypassPlatformSafetyChecksOnUserSchedule = true }
            }
          }
        }
      }
    }
  }
}

${monthlyConfiguration()}`

const AZURERM_ASSIGNMENT = `
resource "azurerm_maintenance_assignment_virtual_machine_scale_set" "web" {
  location                     = "westeurope"
  maintenance_configuration_id = azurerm_maintenance_configuration.mc.id
  virtual_machine_scale_set_id = azurerm_orchestrated_virtual_machine_scale_set.web.id
}
`

const AZAPI_ASSIGNMENT = `
resource "azapi_resource" "web_window" {
  type      = "Microsoft.Maintenance/configurationAssignments@2023-04-01"
  name      = "vmss-web-window"
  parent_id = azurerm_orchestrated_virtual_machine_scale_set.web.id
  location  = "westeurope"
  body = {
    properties = {
      maintenanceConfigurationId = azurerm_maintenance_configuration.mc.id
      resourceId                 = azurerm_orchestrated_virtual_machine_scale_set.web.id
    }
  }
}
`

const PULUMI = `name: vmss
runtime: yaml
resources:
  vmss:
    type: azure-native:compute:VirtualMachineScaleSet
    properties:
      resourceGroupName: rg-app
      vmScaleSetName: vmss-web
      orchestrationMode: Flexible
      virtualMachineProfile:
        storageProfile:
          imageReference: {publisher: MicrosoftWindowsServer, offer: WindowsServer, sku: 2025-datacenter-azure-edition, version: latest}
        osProfile:
          windowsConfiguration:
            patchSettings:
              patchMode: AutomaticByPlatform
              enableHotpatching: true
              automaticByPlatformSettings: {rebootSetting: IfRequired, bypassPlatformSafetyChecksOnUserSchedule: true}
  monthly:
    type: azure-native:maintenance:MaintenanceConfiguration
    properties:
      resourceGroupName: rg-app
      resourceName: monthly
      maintenanceScope: InGuestPatch
      startDateTime: "2025-10-01 03:00"
      duration: "03:00"
      timeZone: UTC
      recurEvery: Month Second Tuesday Offset1
      extensionProperties: {InGuestPatchMode: User}
      installPatches:
        rebootSetting: IfRequired
        windowsParameters: {classificationsToInclude: [Critical, Security]}
  assign:
    type: azure-native:maintenance:ConfigurationAssignment
    properties:
      maintenanceConfigurationId: \${monthly.id}
      resourceGroupName: rg-app
      providerName: Microsoft.Compute
      resourceType: virtualMachineScaleSets
      resourceName: \${vmss.name}
`

/** The scale set's outcome: no plan, reboot-plan-required at its declaration, no fix, the window's evidence saying why. */
const noPlan = (window: string, assignment: string, at: string): Outcome => ({
  verdict: 'affected-no-plan',
  rules: ['reboot-plan-required'],
  reasons: [`maintenance configuration '${window}' is assigned directly (assignment '${assignment}'), but ${NO_GUEST_WINDOW}`],
  fixes: 0,
  at
})

describe('an InGuestPatch window assigned to a Flexible scale set', () => {
  it('Bicep (configurationAssignments scoped to the scale set): no plan, where the same window on a VM is one', async () => {
    const result = await outcomes({ 'infra/main.bicep': BICEP })
    expect(result['vmss-web']).toEqual(noPlan('monthly', 'vmss-web-window', 'infra/main.bicep:12'))
    expect(result['vm-web']?.verdict).toBe('affected-with-plan')
  })

  it('Terraform azurerm_maintenance_assignment_virtual_machine_scale_set: no plan', async () => {
    const result = await outcomes({ 'main.tf': TF_SCALE_SET + AZURERM_ASSIGNMENT })
    expect(result['vmss-web']).toEqual(noPlan('mc-monthly', 'azurerm_maintenance_assignment_virtual_machine_scale_set.web', 'main.tf:1'))
  })

  it('Terraform azapi assignment whose parent_id is the scale set: no plan', async () => {
    const result = await outcomes({ 'main.tf': TF_SCALE_SET + AZAPI_ASSIGNMENT })
    expect(result['vmss-web']).toEqual(noPlan('mc-monthly', 'vmss-web-window', 'main.tf:1'))
  })

  it('Pulumi YAML ConfigurationAssignment of virtualMachineScaleSets: no plan', async () => {
    const result = await outcomes({ 'Pulumi.yaml': PULUMI })
    expect(result['vmss-web']).toEqual(noPlan('monthly', 'assign', 'Pulumi.yaml:4'))
  })
})

describe('a dynamic scope and a Flexible scale set (the model matches the scale set resource, not the VMs it creates)', () => {
  const scope = (filter: string): string => `${TF_SCALE_SET}
resource "azurerm_maintenance_assignment_dynamic_scope" "all" {
  name                         = "all-windows"
  maintenance_configuration_id = azurerm_maintenance_configuration.mc.id
  filter {
${filter}
  }
}
`

  it('one that lists Microsoft.Compute/virtualMachines only passes the scale set over', async () => {
    const result = await outcomes({ 'main.tf': scope('    resource_types = ["Microsoft.Compute/virtualMachines"]') })
    expect(result['vmss-web']?.verdict).toBe('affected-no-plan')
  })

  it('one without a resource-type filter that fits the scale set resource is no certain plan: indeterminate, saying why (docs/rules/reboot-plan-required.md#scale-sets)', async () => {
    const result = await scanTree({ 'main.tf': scope('    os_types = ["Windows"]') }, { asOf: AS_OF, threads: 1 })
    const [assessment] = result.assessments.filter(({ vm }) => vm.displayName === 'vmss-web')
    expect(assessment?.verdict).toBe('indeterminate')
    expect(assessment?.unresolved.map(input => `${input.field}: ${input.reason}`)).toEqual([`maintenanceAssignment.filter: ${SELECTION}`])
  })
})
