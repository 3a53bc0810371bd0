/**
 * The outputs of the Terraform AVM virtual-machine module that the gate read in the module's `outputs.tf` at every
 * covered tag (src/readers/terraform/known-modules/avm-virtual-machine-outputs.ts): `module.vm.resource_id` is the
 * modelled Windows VM's ID, so an assignment written beside the call with that target is the VM's plan (it was an
 * unknown target, the VM indeterminate). Every case scans files written here.
 */
import { describe, expect, it } from '@jest/globals'
import { monthlyConfiguration, scanFiles, verdicts } from './scan-files.js'

/** A hotpatch VM through the module at `version`, with the schedule prerequisites; `extra` more inputs. */
const call = (version: string, extra = '', meta = ''): string => `module "vm" {
  source  = "Azure/avm-res-compute-virtualmachine/azurerm"
  version = "${version}"
${meta}
  name                = "vm-app-01"
  resource_group_name = "rg-app"
  location            = "westeurope"
  patch_mode          = "AutomaticByPlatform"
  hotpatching_enabled = true
  reboot_setting      = "IfRequired"
  bypass_platform_safety_checks_on_user_schedule_enabled = true
  source_image_reference = { publisher = "MicrosoftWindowsServer", offer = "WindowsServer", sku = "2025-datacenter-azure-edition", version = "latest" }
${extra}}
`

const assignment = (target: string): string => `resource "azurerm_maintenance_assignment_virtual_machine" "vm" {
  location                     = "westeurope"
  maintenance_configuration_id = azurerm_maintenance_configuration.mc.id
  virtual_machine_id           = ${target}
}
`

describe('module.<call>.resource_id of the AVM virtual-machine module', () => {
  it.each(['0.15.0', '0.19.3', '0.21.0'])('at %s is the modelled VM: an assignment outside the module with it is its plan', async version => {
    const result = await scanFiles({ 'main.tf': call(version) + monthlyConfiguration() + assignment('module.vm.resource_id') })
    expect(verdicts(result)).toEqual(['vm-app-01 affected-with-plan:'])
    expect(result.assessments[0]?.evidence.map(e => [e.via, e.status, e.assignment.displayName])).toEqual([['direct', 'valid', 'azurerm_maintenance_assignment_virtual_machine.vm']])
  })

  it('per instance: module.vm["b"].resource_id is the VM of that instance only', async () => {
    const vm = call('0.19.3', '', '  for_each = toset(["a", "b"])').replace('"vm-app-01"', '"vm-app-${each.key}"')
    const result = await scanFiles({ 'main.tf': vm + monthlyConfiguration() + assignment('module.vm["b"].resource_id') })
    expect(verdicts(result)).toEqual(['vm-app-a affected-no-plan: reboot-plan-required', 'vm-app-b affected-with-plan:'])
  })

  it('an output whose value the gate did not read stays unknown: the VM beside it is indeterminate, not planned', async () => {
    const result = await scanFiles({ 'main.tf': call('0.19.3') + monthlyConfiguration() + assignment('module.vm.virtual_machine_azurerm.id') })
    expect(verdicts(result)).toEqual(['vm-app-01 indeterminate: indeterminate'])
  })

  it('of a version outside the catalogue stays unknown: the unread stand-in, indeterminate', async () => {
    const result = await scanFiles({ 'main.tf': call('0.14.0') + monthlyConfiguration() + assignment('module.vm.resource_id') })
    expect(verdicts(result)).toEqual(['module.vm indeterminate: indeterminate'])
  })
})
