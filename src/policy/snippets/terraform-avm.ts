/**
 * The Terraform fix of a VM deployed through the AVM virtual-machine module (`Azure/avm-res-compute-virtualmachine/azurerm`,
 * readers/terraform/known-modules/). The VM is the module's `azurerm_windows_virtual_machine.this[0]`, which the
 * repository cannot edit (the module is fetched from the registry): the configuration is declared beside the call,
 * and the module assigns it through its `maintenance_configuration_resource_ids` input (one assignment per entry, at
 * every covered version), as it sets the schedule prerequisite through `patch_mode`, `reboot_setting` and
 * `bypass_platform_safety_checks_on_user_schedule_enabled`.
 */
import { terraformConfiguration } from './configuration-blocks.js'
import { commentText, hclString } from './literals.js'
import { identifierOf, windowNameOf, type SnippetTarget } from './window.js'

/** The module call's address before the module's own VM (`module.app.module.vm["a"]` of `...module.vm["a"].azurerm_windows_virtual_machine.this[0]`). */
const CALL = /^(?<outer>(?:module\.[A-Za-z_][\w-]*(?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?\.)*)(?<call>module\.(?<name>[A-Za-z_][\w-]*)(?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?)\.azurerm_windows_virtual_machine\.this\[0\]$/

export function terraformAvmSnippet({ vm, name, handle, window }: SnippetTarget): string {
  const found = handle === undefined ? null : CALL.exec(handle)
  const outer = found?.groups?.outer ?? ''
  // From the caller, the call is `module.<name>` with its instance key; its block is `module "<name>"`.
  const call = found?.groups?.call ?? 'module.vm'
  const block = found?.groups?.name ?? 'vm'
  const label = `${identifierOf(vm.identity.name ?? block)}_reboot_window`
  // The VM's own values where they are known; else the module's outputs `name` (var.name) and `resource` (the VM).
  const windowName = vm.identity.name === undefined ? `"\${${call}.name}-reboot-window"` : hclString(windowNameOf(name))
  const group = vm.identity.resourceGroup === undefined ? `${call}.resource.resource_group_name` : hclString(vm.identity.resourceGroup)
  const location = vm.location.value === undefined ? `${call}.resource.location` : hclString(vm.location.value)
  const file = vm.declaredIn.endsWith('.tf') ? ` (${commentText(vm.declaredIn)})` : ''
  const where = outer === '' ? '' : `# Paste into the module that calls it (${commentText(outer.slice(0, -1))}), beside module "${commentText(block)}".\n`
  return `${where}# A monthly InGuestPatch window that may reboot, for the VM of module "${commentText(block)}" (Azure/avm-res-compute-virtualmachine/azurerm).
# Declared beside the module call: the module's own resources cannot be edited, its inputs can.
${terraformConfiguration(label, windowName, group, location, window)}

# And in module "${commentText(block)}"${file}: the module assigns each configuration of this map to the VM,
# and sets the schedule prerequisite from the other three inputs.
#   maintenance_configuration_resource_ids = { reboot_window = azurerm_maintenance_configuration.${label}.id }
#   patch_mode                                             = "AutomaticByPlatform"
#   reboot_setting                                         = "IfRequired"
#   bypass_platform_safety_checks_on_user_schedule_enabled = true
`
}
