import { terraformConfiguration } from './configuration-blocks.js'
import { azapiSnippet } from './terraform-azapi.js'
import { terraformAvmSnippet } from './terraform-avm.js'
import { terraformPlace } from './terraform-place.js'
import { identifierOf, unlessMet, type SnippetTarget } from './window.js'

const DEFAULT_TYPES = {
  'virtual-machine': 'azurerm_windows_virtual_machine',
  // Arc machines get their own snippet (arc.ts); listed so that every kind has a type.
  'arc-machine': 'azurerm_arc_machine'
}

const AZAPI_RESOURCE = 'azapi_resource.'

/** azurerm resources: a maintenance configuration, its assignment to the VM (by address) and the prerequisite. */
export function terraformSnippet(target: SnippetTarget): string {
  const { vm, name, window } = target
  if (vm.deployedThrough === 'avm-virtual-machine') return terraformAvmSnippet(target)
  const place = terraformPlace(target, `${DEFAULT_TYPES[vm.kind]}.${identifierOf(name)}`)
  if (place.address.startsWith(AZAPI_RESOURCE)) return azapiSnippet(target, place)
  const { address, label: base, windowName, shownAs, where } = place
  const label = `${base}_reboot_window`
  return `${where}# A monthly InGuestPatch window that may reboot, assigned to ${shownAs}.
${terraformConfiguration(label, windowName, `${address}.resource_group_name`, `${address}.location`, window)}

resource "azurerm_maintenance_assignment_virtual_machine" "${label}" {
  location                     = ${address}.location
  maintenance_configuration_id = azurerm_maintenance_configuration.${label}.id
  virtual_machine_id           = ${address}.id
}
${unlessMet(vm, `
# And in ${address} (the schedule prerequisite):
#   patch_mode                                             = "AutomaticByPlatform"
#   reboot_setting                                         = "IfRequired"
#   bypass_platform_safety_checks_on_user_schedule_enabled = true
`)}`
}
