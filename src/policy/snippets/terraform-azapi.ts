/**
 * The Terraform fix of a VM declared with azapi (`azapi_resource` of type Microsoft.Compute/virtualMachines). An
 * azapi resource has no `resource_group_name` (it has `parent_id`, `id`, `name`, `location`), so the fix stays in
 * azapi as the VM does: the configuration is placed by the VM's `parent_id` (its resource group), the assignment
 * is an extension resource of the VM (`parent_id` its `id`), and no azurerm provider is needed.
 */
import { azapiConfiguration } from './configuration-blocks.js'
import type { TerraformPlace } from './terraform-place.js'
import { unlessMet, type SnippetTarget } from './window.js'

export function azapiSnippet({ vm, window }: SnippetTarget, place: TerraformPlace): string {
  const { address, label, windowName, shownAs, where } = place
  return `${where}# A monthly InGuestPatch window that may reboot, assigned to ${shownAs}.
# In azapi, as the VM is: placed by its parent_id and id (azapi resources have no resource_group_name).
${azapiConfiguration(`${label}_reboot_config`, windowName, `${address}.parent_id`, `${address}.location`, window)}

resource "azapi_resource" "${label}_reboot_window" {
  type      = "Microsoft.Maintenance/configurationAssignments@2023-04-01"
  name      = ${windowName}
  parent_id = ${address}.id
  location  = ${address}.location
  body = {
    properties = {
      maintenanceConfigurationId = azapi_resource.${label}_reboot_config.id
      resourceId                 = ${address}.id
    }
  }
}
${unlessMet(vm, `
# And in ${address}'s body, properties.osProfile.windowsConfiguration.patchSettings (the schedule prerequisite):
#   patchMode                   = "AutomaticByPlatform"
#   automaticByPlatformSettings = { rebootSetting = "IfRequired", bypassPlatformSafetyChecksOnUserSchedule = true }
`)}`
}
