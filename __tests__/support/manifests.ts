/**
 * Shared test support: one hotpatch-enrolled Windows Server 2025 Azure Edition VM in each format, with
 * no reboot plan (so it is `affected-no-plan`), for every suite that needs "a VM manifest" (the hostile
 * cases, the CLI harnesses). One builder per format instead of one per suite.
 */

const IMAGE = {
  publisher: 'MicrosoftWindowsServer',
  offer: 'WindowsServer',
  sku: '2025-datacenter-azure-edition',
  version: 'latest'
}

const ARM_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'

/** Customer Managed Schedules settings (reboots IfRequired, the bypass flag): armVm's `patchSettings` for a VM a window can reboot. */
export const SCHEDULED_ARM_SETTINGS = { automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true } }

/** An ARM VM resource object; `patchSettings` are added to its hotpatch ones. */
export function armVm(name: string, extra: Record<string, unknown> = {}, patchSettings: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'Microsoft.Compute/virtualMachines',
    apiVersion: '2024-07-01',
    name,
    location: 'northeurope',
    ...extra,
    properties: {
      storageProfile: { imageReference: IMAGE },
      osProfile: {
        windowsConfiguration: { patchSettings: { patchMode: 'AutomaticByPlatform', enableHotpatching: true, ...patchSettings } }
      }
    }
  }
}

/** What an ARM window's suite changes: when it runs, its reboot setting, its windowsParameters (as written). */
export interface ArmWindowOptions {
  readonly start?: string
  readonly timeZone?: string
  readonly recurEvery?: string
  readonly rebootSetting?: string
  readonly windowsParameters?: Record<string, unknown>
}

/** An ARM InGuestPatch maintenance configuration, rebooting IfRequired for Critical and Security updates: one window object for the ARM suites. */
export function armWindow(
  name: string,
  {
    start = '2025-11-15 22:00',
    timeZone = 'UTC',
    recurEvery = 'Month Third Saturday',
    rebootSetting = 'IfRequired',
    windowsParameters = { classificationsToInclude: ['Critical', 'Security'] }
  }: ArmWindowOptions = {}
): Record<string, unknown> {
  return {
    type: 'Microsoft.Maintenance/maintenanceConfigurations',
    apiVersion: '2023-04-01',
    name,
    location: 'westeurope',
    properties: {
      maintenanceScope: 'InGuestPatch',
      extensionProperties: { InGuestPatchMode: 'User' },
      maintenanceWindow: { startDateTime: start, duration: '03:55', timeZone, recurEvery },
      installPatches: { rebootSetting, windowsParameters }
    }
  }
}

/** An ARM deployment template (pretty-printed, two spaces, like the portal exports). */
export function armTemplate(resources: readonly unknown[], extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ $schema: ARM_SCHEMA, contentVersion: '1.0.0.0', ...extra, resources }, null, 2)}\n`
}

/** A Terraform root module with one hotpatched VM (`name` as written, quotes included). */
export function terraformVm(name: string, label = 'web'): string {
  return `resource "azurerm_windows_virtual_machine" "${label}" {
  name                  = ${name}
  resource_group_name   = "rg-web"
  location              = "westeurope"
  size                  = "Standard_D2s_v5"
  admin_username        = "azureadmin"
  admin_password        = "not-a-password"
  network_interface_ids = []
  patch_mode            = "AutomaticByPlatform"
  hotpatching_enabled   = true

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2025-datacenter-azure-edition"
    version   = "latest"
  }
}
`
}

/** An Azure Service Operator VirtualMachine (`spec` lines appended as written). */
export function asoVm(name: string, extraSpec = ''): string {
  return `apiVersion: compute.azure.com/v1api20220301
kind: VirtualMachine
metadata:
  name: ${name}
  namespace: web
spec:
  location: westeurope
  owner:
    name: web-rg
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
${extraSpec}`
}

/** A Bicep file with one hotpatched VM. */
export function bicepVm(name: string): string {
  return `resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {
  name: '${name}'
  location: 'westeurope'
  properties: {
    osProfile: {
      windowsConfiguration: {
        patchSettings: {
          patchMode: 'AutomaticByPlatform'
          enableHotpatching: true
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
}
`
}

/** A Pulumi YAML project with one hotpatched VM; `extra` is appended at the top level. */
export function pulumiVm(name: string, extra = ''): string {
  return `name: ${name}
runtime: yaml
resources:
  web:
    type: azure-native:compute:VirtualMachine
    properties:
      resourceGroupName: rg-web
      vmName: ${name}
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
${extra}`
}
