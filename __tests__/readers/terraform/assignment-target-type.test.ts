/**
 * A per-resource azurerm assignment accepts one type of target: `virtual_machine_id` a VM's ID and
 * `virtual_machine_scale_set_id` a scale set's (the provider parses them so, and refuses any other ID, at plan
 * for a literal, at apply for a reference). An Arc machine's ID in `virtual_machine_id`, or a VM's in
 * `virtual_machine_scale_set_id`, counted as the named resource's plan (a false pass): the assignment is never
 * created, so it is none. The same assignment with an ID of its own type is still the plan.
 */
import { describe, expect, it } from '@jest/globals'
import { HOTPATCH_VM, monthlyConfiguration, scanFiles, verdicts } from './scan-files.js'

/** An Arc-enabled server (arc-01, rg-app) enrolled in hotpatch by its license profile. */
const ARC_MACHINE = `resource "azurerm_arc_machine" "arc" {
  name                = "arc-01"
  resource_group_name = "rg-app"
  location            = "westeurope"
  kind                = "HCI"
}

resource "azapi_resource" "license" {
  type      = "Microsoft.HybridCompute/machines/licenseProfiles@2024-07-10"
  name      = "default"
  parent_id = azurerm_arc_machine.arc.id
  location  = "westeurope"
  body = {
    properties = {
      productProfile = {
        productFeatures = [{ name = "Hotpatch", subscriptionStatus = "Enable" }]
      }
    }
  }
}
`

const assignment = (type: string, argument: string, target: string): string => `resource "${type}" "window" {
  location                     = "westeurope"
  maintenance_configuration_id = azurerm_maintenance_configuration.mc.id
  ${argument} = ${target}
}
`

const scan = (resources: string, assigned: string) =>
  scanFiles({ 'infra/main.tf': [resources, monthlyConfiguration(), assigned].join('\n') })

describe('an azurerm assignment whose target is of another type', () => {
  it('is no plan of an Arc machine named in virtual_machine_id, by reference or by ID', async () => {
    const id = '"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/Microsoft.HybridCompute/machines/arc-01"'
    for (const target of ['azurerm_arc_machine.arc.id', id]) {
      const result = await scan(ARC_MACHINE, assignment('azurerm_maintenance_assignment_virtual_machine', 'virtual_machine_id', target))
      expect(verdicts(result)).toEqual(['arc-01 affected-no-plan: reboot-plan-required'])
    }
  })

  it('is no plan of a VM named in virtual_machine_scale_set_id', async () => {
    const target = 'azurerm_windows_virtual_machine.vm.id'
    const result = await scan(HOTPATCH_VM, assignment('azurerm_maintenance_assignment_virtual_machine_scale_set', 'virtual_machine_scale_set_id', target))
    expect(verdicts(result)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
  })

  it('is still the plan of the VM it names in virtual_machine_id', async () => {
    const target = 'azurerm_windows_virtual_machine.vm.id'
    const result = await scan(HOTPATCH_VM, assignment('azurerm_maintenance_assignment_virtual_machine', 'virtual_machine_id', target))
    expect(verdicts(result)).toEqual(['vm-app-01 affected-with-plan:'])
  })
})

describe('an azapi configuration assignment', () => {
  /** A second hotpatch VM, vm-app-02, beside HOTPATCH_VM's vm-app-01. */
  const secondVm = HOTPATCH_VM.replace('"vm"', '"other"').replace('vm-app-01', 'vm-app-02')
  const azapiAssignment = (parent: string, resourceId: string): string => `resource "azapi_resource" "window" {
  type      = "Microsoft.Maintenance/configurationAssignments@2023-04-01"
  name      = "monthly"
  location  = "westeurope"
${parent === '' ? '' : `  parent_id = ${parent}\n`}  body = {
    properties = {
      maintenanceConfigurationId = azurerm_maintenance_configuration.mc.id
${resourceId === '' ? '' : `      resourceId                 = ${resourceId}\n`}    }
  }
}
`

  it('applies to its parent_id, where azapi puts it, whatever VM the body’s resourceId names', async () => {
    const assigned = azapiAssignment('azurerm_windows_virtual_machine.vm.id', 'azurerm_windows_virtual_machine.other.id')
    const result = await scan(`${HOTPATCH_VM}\n${secondVm}`, assigned)
    expect(verdicts(result)).toEqual(['vm-app-01 affected-with-plan:', 'vm-app-02 affected-no-plan: reboot-plan-required'])
  })

  it('without a parent_id, is read by its resourceId', async () => {
    const result = await scan(`${HOTPATCH_VM}\n${secondVm}`, azapiAssignment('', 'azurerm_windows_virtual_machine.other.id'))
    expect(verdicts(result)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required', 'vm-app-02 affected-with-plan:'])
  })
})

describe('an azurerm dynamic scope whose filter sets nothing', () => {
  // azurerm requires a `filter` block that sets one of locations, os_types, resource_groups, resource_types or tags
  // (AtLeastOneOf): without, the scope is refused at plan, never created. Read as no restriction, it selected every VM.
  const scope = (filter: string): string => `resource "azurerm_maintenance_assignment_dynamic_scope" "all" {
  name                         = "all-windows"
  maintenance_configuration_id = azurerm_maintenance_configuration.mc.id
${filter}}
`

  it('is no plan, with an empty filter block or none', async () => {
    for (const filter of ['  filter {\n  }\n', '']) {
      expect(verdicts(await scan(HOTPATCH_VM, scope(filter)))).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
    }
  })

  it('is the plan of the VMs it selects once the filter sets one restriction', async () => {
    const filter = '  filter {\n    os_types = ["Windows"]\n  }\n'
    expect(verdicts(await scan(HOTPATCH_VM, scope(filter)))).toEqual(['vm-app-01 affected-with-plan:'])
  })
})

/**
 * A splat (`azurerm_windows_virtual_machine.vm.*.id`) is a list, and azurerm declares `virtual_machine_id` a string:
 * Terraform refuses it at plan ("Inappropriate value for attribute ...: string required"), so the assignment is never
 * created. Everything in it is known, so the VM certainly has no plan from it: it was `indeterminate` ("expected a
 * string, found list of 1"), asking for a value that was already known (found on a real repository's overlay).
 */
describe('an azurerm assignment whose virtual_machine_id is a list', () => {
  const rejection = (shape: string) =>
    "VM 'vm-app-01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition but no reboot plan: no maintenance " +
    "configuration is assigned to it; assignment 'azurerm_maintenance_assignment_virtual_machine.window' (infra/main.tf:48) assigns " +
    `nothing: its virtual_machine_id is ${shape}, not a string ("Inappropriate value for attribute "virtual_machine_id": string required."), ` +
    'which Terraform rejects.'

  it.each([
    ['a splat of the VM', 'azurerm_windows_virtual_machine.vm.*.id', 'a list of 1'],
    ['a list literal', '[azurerm_windows_virtual_machine.vm.id]', 'a list of 1'],
    ['an object', '{ id = azurerm_windows_virtual_machine.vm.id }', 'an object']
  ])('%s: no plan, the finding quoting the rejection', async (_, target, shape) => {
    const result = await scan(HOTPATCH_VM, assignment('azurerm_maintenance_assignment_virtual_machine', 'virtual_machine_id', target))
    expect(verdicts(result)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
    const [message] = result.findings.filter(finding => finding.ruleId === 'reboot-plan-required').map(finding => finding.message)
    expect(message?.slice(0, rejection(shape).length)).toBe(rejection(shape))
  })

  it('one whose elements are not all known stays indeterminate', async () => {
    const result = await scanFiles({
      'infra/main.tf': [
        'variable "vm_id" {}',
        HOTPATCH_VM,
        monthlyConfiguration(),
        assignment('azurerm_maintenance_assignment_virtual_machine', 'virtual_machine_id', '[var.vm_id]')
      ].join('\n')
    })
    expect(verdicts(result)).toEqual(['vm-app-01 indeterminate: indeterminate'])
  })
})
