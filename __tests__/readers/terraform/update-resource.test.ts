/**
 * `azapi_update_resource` (and an `azapi_resource_action` that PATCHes the resource itself) changes a resource the
 * configuration declares: what its body writes is what the VM, scale set or maintenance configuration keeps, located
 * where the body writes it. One that may or may not name a resource makes the fields it writes not known; one that
 * names none declared here is a notice, or an indeterminate VM when its body may turn hotpatch on. They were not read:
 * a hotpatch VM turned on this way was "not affected", and the scale set whose bypass flag the gate's own fix told to
 * set this way kept its schedule-prerequisites error.
 */
import { describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../../src/model/resources.js'
import { HOTPATCH_VM, monthlyConfiguration, scanFiles, verdicts } from './scan-files.js'
import { readMemoryModel, show } from './support.js'

/** HOTPATCH_VM with hotpatch left to azapi (azurerm sends false for an unset hotpatching_enabled). */
const VM_WITHOUT_HOTPATCH = HOTPATCH_VM.replace('  hotpatching_enabled   = true\n', '').replace(
  '  os_disk {',
  '  lifecycle {\n    ignore_changes = [hotpatching_enabled]\n  }\n  os_disk {'
)

const PATCH_SETTINGS = 'properties = { osProfile = { windowsConfiguration = { patchSettings = { enableHotpatching = true } } } }'

const update = (resourceId: string, type = 'Microsoft.Compute/virtualMachines@2024-07-01', body = PATCH_SETTINGS): string => `
resource "azapi_update_resource" "hotpatch" {
  type        = "${type}"
  resource_id = ${resourceId}
  body = {
    ${body}
  }
}
`

const SCALE_SET = `resource "azurerm_orchestrated_virtual_machine_scale_set" "ss" {
  name                        = "vmss-hp"
  resource_group_name         = "rg-app"
  location                    = "westeurope"
  sku_name                    = "Standard_D2s_v5"
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
    storage_account_type = "Standard_LRS"
  }
}

resource "azurerm_maintenance_assignment_virtual_machine_scale_set" "ss" {
  location                     = "westeurope"
  maintenance_configuration_id = azurerm_maintenance_configuration.mc.id
  virtual_machine_scale_set_id = azurerm_orchestrated_virtual_machine_scale_set.ss.id
}
`

/** The Customer Managed Schedules flags of a Flexible scale set, which azurerm cannot set, written with azapi. */
const SCALE_SET_BYPASS = `
resource "azapi_update_resource" "ss_bypass" {
  type        = "Microsoft.Compute/virtualMachineScaleSets@2024-07-01"
  resource_id = azurerm_orchestrated_virtual_machine_scale_set.ss.id
  body = {
    properties = {
      virtualMachineProfile = {
        osProfile = {
          windowsConfiguration = {
            patchSettings = {
              automaticByPlatformSettings = {
                rebootSetting                            = "IfRequired"
                bypassPlatformSafetyChecksOnUserSchedule = true
              }
            }
          }
        }
      }
    }
  }
}
`

describe('an azapi_update_resource that names a declared VM', () => {
  it('turns its hotpatch on: a hotpatch VM without a plan, the flag located in the body', async () => {
    const result = await scanFiles({ 'main.tf': VM_WITHOUT_HOTPATCH, 'hotpatch.tf': update('azurerm_windows_virtual_machine.vm.id') })
    expect(verdicts(result)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
    expect(result.assessments[0]?.reasons).toContain('enableHotpatching is true (hotpatch.tf:6)')
    expect(result.parseErrors).toEqual([])
  })

  it('by a resource ID that matches it by type, resource group and name', async () => {
    const id = '"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm-app-01"'
    const result = await scanFiles({ 'main.tf': VM_WITHOUT_HOTPATCH, 'hotpatch.tf': update(id) })
    expect(verdicts(result)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
  })

  it('as an azapi_resource_action PATCH of the resource itself, not as a named action', async () => {
    const action = (method: string) => update('azurerm_windows_virtual_machine.vm.id').replace('azapi_update_resource', 'azapi_resource_action').replace('  body', `  method      = "${method}"\n  body`)
    const patched = await scanFiles({ 'main.tf': VM_WITHOUT_HOTPATCH, 'hotpatch.tf': action('PATCH') })
    expect(verdicts(patched)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
    const posted = await scanFiles({ 'main.tf': VM_WITHOUT_HOTPATCH, 'hotpatch.tf': action('POST') })
    expect(verdicts(posted)).toEqual(['vm-app-01 not-affected:'])
  })
})

describe('many updates, one per VM (the candidates of each are looked up, not every resource matched)', () => {
  it('reach the VMs they name, by symbol or by a resource ID in another case, and may reach one whose name is not known', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `vm-${String(i).padStart(2, '0')}`)
    const set = (from: number, to: number): string => `toset([${names.slice(from, to).map(name => `"${name}"`).join(', ')}])`
    const vms = VM_WITHOUT_HOTPATCH.replace('"vm" {', `"vm" {\n  for_each = ${set(0, 30)}`).replace('"vm-app-01"', 'each.key')
    const open = VM_WITHOUT_HOTPATCH.replace('"vm" {', '"open" {').replace('"vm-app-01"', 'var.open_name')
    const id = '"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/RG-APP/providers/Microsoft.Compute/virtualMachines/${upper(each.key)}"'
    const bySymbol = update('azurerm_windows_virtual_machine.vm[each.key].id').replace('"hotpatch" {', `"by_symbol" {\n  for_each = ${set(0, 20)}`)
    const byId = update(id).replace('"hotpatch" {', `"by_id" {\n  for_each = ${set(20, 25)}`)
    const result = await scanFiles({ 'main.tf': `${vms}\nvariable "open_name" {\n  type = string\n}\n${open}`, 'hotpatch.tf': bySymbol + byId })
    expect(verdicts(result)).toEqual([
      ...names.slice(0, 25).map(name => `${name} affected-no-plan: reboot-plan-required`),
      ...names.slice(25).map(name => `${name} not-affected:`),
      'azurerm_windows_virtual_machine.open indeterminate: indeterminate'
    ])
    expect(result.parseErrors).toEqual([])
  })
})

describe('the bypass flag of a Flexible scale set set with azapi_update_resource', () => {
  it('is read onto the scale set; its assigned InGuestPatch window is still no plan (the Guest scope takes no scale set)', async () => {
    const result = await scanFiles({ 'main.tf': SCALE_SET + SCALE_SET_BYPASS, 'mc.tf': monthlyConfiguration() })
    expect(verdicts(result)).toEqual(['vmss-hp affected-no-plan: reboot-plan-required'])
    expect(result.assessments[0]?.vm.bypassPlatformSafetyChecksOnUserSchedule.value).toBe(true)
    const reasons = result.assessments[0]?.reasons ?? []
    expect(reasons.filter(reason => /window/.test(reason))).toEqual([
      "maintenance configuration 'mc-monthly' is assigned directly (assignment 'azurerm_maintenance_assignment_virtual_machine_scale_set.ss'), " +
        "but a scale set takes no InGuestPatch window: Maintenance Configurations' Guest scope supports VMs and Azure Arc-enabled servers, " +
        'not scale sets (theirs is OSImage, for automatic OS image upgrades), and Azure Update Manager does not support scale sets',
      'rebootSetting is IfRequired on the scale set (main.tf:43), but with bypassPlatformSafetyChecksOnUserSchedule true the platform only ' +
        'patches it in a maintenance window'
    ])
  })
})

describe('an update that may or may not name a declared VM', () => {
  const unknownTarget = `variable "target" {\n  type = string\n}\n${update('var.target')}`

  it('whose resource_id cannot be evaluated makes what it writes not known: indeterminate, saying why', async () => {
    const result = await scanFiles({ 'main.tf': VM_WITHOUT_HOTPATCH, 'hotpatch.tf': unknownTarget })
    expect(verdicts(result)).toEqual(['vm-app-01 indeterminate: indeterminate'])
    expect(result.findings.map(finding => finding.message)).toEqual([
      "Could not tell whether VM 'vm-app-01' needs a reboot plan: enableHotpatching at hotpatch.tf:9: azapi_update_resource.hotpatch may " +
        'set it: the resource it updates could not be evaluated (variable "target" has no default and no tfvars value: it is set when ' +
        'Terraform runs). Make these values resolvable (a literal, a variable default or a .tfvars file of the root module), or exempt the resource with a reason.'
    ])
    // A VM that already has the value it writes keeps its verdict: whichever it names, nothing changes.
    const assignment = 'resource "azurerm_maintenance_assignment_virtual_machine" "vm" {\n  location                     = "westeurope"\n  maintenance_configuration_id = azurerm_maintenance_configuration.mc.id\n  virtual_machine_id           = azurerm_windows_virtual_machine.vm.id\n}\n'
    const planned = await scanFiles({ 'main.tf': HOTPATCH_VM + monthlyConfiguration() + assignment, 'hotpatch.tf': unknownTarget })
    expect(verdicts(planned)).toEqual(['vm-app-01 affected-with-plan:'])
  })
})

describe('an update of a type the gate does not read', () => {
  it('changes nothing and says nothing, where the same body on the VM type turns hotpatch on', async () => {
    const nic = '"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/Microsoft.Network/networkInterfaces/nic"'
    const network = await scanFiles({ 'main.tf': VM_WITHOUT_HOTPATCH, 'nic.tf': update(nic, 'Microsoft.Network/networkInterfaces@2024-05-01') })
    expect([verdicts(network), network.parseErrors]).toEqual([['vm-app-01 not-affected:'], []])
    const compute = await scanFiles({ 'main.tf': VM_WITHOUT_HOTPATCH, 'hotpatch.tf': update('azurerm_windows_virtual_machine.vm.id') })
    expect(verdicts(compute)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
  })
})

describe('an update that names no resource this configuration declares', () => {
  const elsewhere = '"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-other/providers/Microsoft.Compute/virtualMachines/vm-other"'

  it('is an indeterminate VM when its body turns hotpatch on', async () => {
    const result = await scanFiles({ 'main.tf': update(elsewhere) })
    expect(verdicts(result)).toEqual(['azapi_update_resource.hotpatch indeterminate: indeterminate'])
    expect(result.findings[0]?.message).toContain(
      "azapi_update_resource.hotpatch updates Microsoft.Compute/virtualMachines 'rg-other/vm-other', which this configuration does not declare"
    )
  })

  it('is a located notice otherwise', async () => {
    const body = 'properties = { osProfile = { windowsConfiguration = { patchSettings = { automaticByPlatformSettings = { rebootSetting = "Never" } } } } }'
    const result = await scanFiles({ 'main.tf': update(elsewhere, undefined, body) })
    expect([verdicts(result), result.parseErrors.map(error => [error.file, error.line, error.severity, error.message])]).toEqual([
      [],
      [
        [
          'main.tf',
          2,
          'notice',
          "azapi_update_resource.hotpatch updates Microsoft.Compute/virtualMachines 'rg-other/vm-other', which this configuration does not declare: what its body sets is not checked"
        ]
      ]
    ])
  })
})

describe('two updates of one field', () => {
  it('to different values: not known which Azure keeps', async () => {
    const never = 'properties = { osProfile = { windowsConfiguration = { patchSettings = { automaticByPlatformSettings = { rebootSetting = "Never" } } } } }'
    const ifRequired = never.replace('Never', 'IfRequired')
    const second = update('azurerm_windows_virtual_machine.vm.id', undefined, ifRequired).replace('"hotpatch"', '"reboot"')
    const model = await readMemoryModel({ 'main.tf': HOTPATCH_VM + update('azurerm_windows_virtual_machine.vm.id', undefined, never) + second })
    const [vm] = model.resources as VirtualMachine[]
    expect(show(vm!.rebootSetting)).toBe(
      'unresolved: azapi_update_resource.hotpatch and azapi_update_resource.reboot both set it, to different values, and Terraform applies them in no fixed order @main.tf:37'
    )
  })
})

describe('a plan', () => {
  it('reads the update it plans onto the VM it names, through the configuration references', async () => {
    const plan = {
      format_version: '1.2',
      terraform_version: '1.10.0',
      resource_changes: [
        {
          address: 'azurerm_windows_virtual_machine.app',
          mode: 'managed',
          type: 'azurerm_windows_virtual_machine',
          name: 'app',
          change: {
            actions: ['create'],
            before: null,
            after: {
              name: 'vm-app-01',
              resource_group_name: 'rg-app',
              patch_mode: 'AutomaticByPlatform',
              hotpatching_enabled: false,
              source_image_reference: [{ publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' }]
            },
            after_unknown: { id: true }
          }
        },
        {
          address: 'azapi_update_resource.hotpatch',
          mode: 'managed',
          type: 'azapi_update_resource',
          name: 'hotpatch',
          change: {
            actions: ['create'],
            before: null,
            after: {
              type: 'Microsoft.Compute/virtualMachines@2024-07-01',
              body: { properties: { osProfile: { windowsConfiguration: { patchSettings: { enableHotpatching: true } } } } }
            },
            after_unknown: { id: true, resource_id: true }
          }
        }
      ],
      configuration: {
        root_module: {
          resources: [
            {
              address: 'azapi_update_resource.hotpatch',
              mode: 'managed',
              type: 'azapi_update_resource',
              name: 'hotpatch',
              expressions: { resource_id: { references: ['azurerm_windows_virtual_machine.app.id', 'azurerm_windows_virtual_machine.app'] } }
            }
          ]
        }
      }
    }
    const result = await scanFiles({ 'tfplan.json': JSON.stringify(plan, null, 2) })
    expect(verdicts(result)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
  })
})
