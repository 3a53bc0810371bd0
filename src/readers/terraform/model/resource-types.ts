import {
  ARC_MACHINE_TYPE,
  MAINTENANCE_ASSIGNMENT_TYPE,
  MAINTENANCE_CONFIGURATION_TYPE,
  VM_TYPE,
  VMSS_TYPE
} from '../../../model/identity.js'

/** ARM types of the azurerm resources the reader models or builds IDs for. */
export const AZURERM_ARM_TYPES: ReadonlyMap<string, string> = new Map([
  ['azurerm_windows_virtual_machine', VM_TYPE],
  ['azurerm_linux_virtual_machine', VM_TYPE],
  ['azurerm_virtual_machine', VM_TYPE],
  ['azurerm_orchestrated_virtual_machine_scale_set', VMSS_TYPE],
  ['azurerm_windows_virtual_machine_scale_set', VMSS_TYPE],
  ['azurerm_linux_virtual_machine_scale_set', VMSS_TYPE],
  ['azurerm_virtual_machine_scale_set', VMSS_TYPE],
  // An Arc-enabled server (issue 17): azurerm has no hotpatch or license arguments on it.
  ['azurerm_arc_machine', ARC_MACHINE_TYPE],
  ['azurerm_maintenance_configuration', MAINTENANCE_CONFIGURATION_TYPE],
  ['azurerm_maintenance_assignment_virtual_machine', MAINTENANCE_ASSIGNMENT_TYPE],
  ['azurerm_maintenance_assignment_virtual_machine_scale_set', MAINTENANCE_ASSIGNMENT_TYPE],
  ['azurerm_maintenance_assignment_dynamic_scope', MAINTENANCE_ASSIGNMENT_TYPE]
])

export const RESOURCE_GROUP_TYPE = 'azurerm_resource_group'
export const AZAPI_RESOURCE = 'azapi_resource'
/** Changes part of an existing resource: its `body` is PATCHed onto the resource it names (model/update-resource.ts). */
export const AZAPI_UPDATE_RESOURCE = 'azapi_update_resource'
/** Sends a request to an existing resource; with no `action` and `method = "PATCH"` it updates it as azapi_update_resource does. */
export const AZAPI_RESOURCE_ACTION = 'azapi_resource_action'

/** `Microsoft.Compute/virtualMachines@2024-07-01` without its API version. */
export const withoutApiVersion = (type: string): string => type.split('@')[0] ?? type

export const apiVersionOf = (type: string): string | undefined => type.split('@')[1]
