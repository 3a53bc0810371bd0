/**
 * Terraform fixes where the VM is declared: a VM of a module is addressed as it is inside the module (from
 * outside, Terraform addresses only a module's outputs), its fix says which module to paste it into, and a VM
 * whose name is not known (or a module's, which may be several) names its window after its own `name`.
 * The VMs come from the real readers (HCL and plan JSON); every text is exact and parses as HCL.
 */
import { describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../src/model/resources.js'
import { rebootPlanSnippet } from '../../src/policy/snippets/index.js'
import { parseHclFile } from '../../src/readers/terraform/hcl/hcl-file.js'
import { codeBlockKeeps } from '../../src/report/markdown-text.js'
import { readMemoryModel } from '../readers/terraform/support.js'
import { vm as builtVm, windowed, unset } from './builders.js'

/** The builders' VM without the bypass flag: its fix carries the schedule prerequisite, as `expected` writes it. */
const vm = (overrides: Parameters<typeof builtVm>[0] = {}) => builtVm({ bypassPlatformSafetyChecksOnUserSchedule: unset(), ...overrides })

const AS_OF = new Date('2026-11-24T00:00:00Z')

const VM_BODY = `
  resource_group_name   = "rg-app"
  location              = "westeurope"
  size                  = "Standard_D2s_v5"
  admin_username        = "azadmin"
  admin_password        = "not-a-secret"
  network_interface_ids = ["nic"]
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

async function onlyVm(files: Record<string, string>): Promise<VirtualMachine> {
  const { resources, parseErrors } = await readMemoryModel(files)
  expect(parseErrors).toEqual([])
  const vms = resources.filter((r): r is VirtualMachine => r.kind === 'virtual-machine')
  expect(vms).toHaveLength(1)
  return vms[0] as VirtualMachine
}

/** The whole fix of a Windows VM at `address`, its resources labelled `label`, its window named `name`. */
const expected = (where: string, shownAs: string, address: string, label: string, name: string): string =>
  `${where}# A monthly InGuestPatch window that may reboot, assigned to ${shownAs}.
resource "azurerm_maintenance_configuration" "${label}" {
  name                     = ${name}
  resource_group_name      = ${address}.resource_group_name
  location                 = ${address}.location
  scope                    = "InGuestPatch"
  in_guest_user_patch_mode = "User"

  window {
    start_date_time = "2026-12-09 03:00"
    duration        = "03:55"
    time_zone       = "UTC"
    recur_every     = "Month Second Tuesday Offset1"
  }

  install_patches {
    reboot = "IfRequired"
    windows {
      classifications_to_include = ["Critical", "Security"]
    }
  }
}

resource "azurerm_maintenance_assignment_virtual_machine" "${label}" {
  location                     = ${address}.location
  maintenance_configuration_id = azurerm_maintenance_configuration.${label}.id
  virtual_machine_id           = ${address}.id
}

# And in ${address} (the schedule prerequisite):
#   patch_mode                                             = "AutomaticByPlatform"
#   reboot_setting                                         = "IfRequired"
#   bypass_platform_safety_checks_on_user_schedule_enabled = true
`

async function expectHcl(text: string): Promise<void> {
  const file = await parseHclFile(text)
  expect(file.error).toBeUndefined()
  expect(file.body.blocks.map(block => block.labels.length)).toEqual([2, 2])
}

describe('Terraform fix of a VM declared in a local module', () => {
  it('addresses the VM inside the module, names the module and its file, and names the window after the VM', async () => {
    const machine = await onlyVm({
      'main.tf': 'module "app" {\n  source = "./vm"\n}\n',
      'vm/main.tf': `resource "azurerm_windows_virtual_machine" "vm" {\n  name = "vm-app-01"${VM_BODY}`
    })
    const { text } = rebootPlanSnippet(windowed(machine), AS_OF)
    expect(text).toBe(
      expected(
        '# Paste into the module that declares the VM (module.app, vm/main.tf): outside it, Terraform addresses only its outputs.\n',
        'azurerm_windows_virtual_machine.vm',
        'azurerm_windows_virtual_machine.vm',
        'vm_reboot_window',
        '"${azurerm_windows_virtual_machine.vm.name}-reboot-window"'
      )
    )
    await expectHcl(text)
  })

  it('a VM whose name is not known: valid labels and the window named after the VM, in nested modules', async () => {
    const machine = await onlyVm({
      'main.tf': 'module "outer" {\n  source = "./outer"\n}\n',
      'outer/main.tf': 'module "vm" {\n  source = "../vm"\n}\n',
      'vm/main.tf': `variable "name" {}\nresource "azurerm_windows_virtual_machine" "main" {\n  name = var.name${VM_BODY}`
    })
    const { text } = rebootPlanSnippet(windowed(machine), AS_OF)
    expect(text).toBe(
      expected(
        '# Paste into the module that declares the VM (module.outer.module.vm, vm/main.tf): outside it, Terraform addresses only its outputs.\n',
        'azurerm_windows_virtual_machine.main',
        'azurerm_windows_virtual_machine.main',
        'main_reboot_window',
        '"${azurerm_windows_virtual_machine.main.name}-reboot-window"'
      )
    )
    await expectHcl(text)
  })

  it('a root VM whose name is not known: its own name, not its address, names the window', async () => {
    const machine = await onlyVm({
      'main.tf': `variable "name" {}\nresource "azurerm_windows_virtual_machine" "main" {\n  name = var.name${VM_BODY}`
    })
    const { text } = rebootPlanSnippet(windowed(machine), AS_OF)
    expect(text).toBe(
      expected(
        '',
        'azurerm_windows_virtual_machine.main',
        'azurerm_windows_virtual_machine.main',
        'main_reboot_window',
        '"${azurerm_windows_virtual_machine.main.name}-reboot-window"'
      )
    )
    await expectHcl(text)
  })
})

describe('Terraform plan fix of a VM of a module', () => {
  it('addresses the instance inside the module and names the module (the plan has no module file)', async () => {
    const change = {
      address: 'module.app.azurerm_windows_virtual_machine.vm["b"]',
      module_address: 'module.app',
      mode: 'managed',
      type: 'azurerm_windows_virtual_machine',
      name: 'vm',
      index: 'b',
      provider_name: 'registry.terraform.io/hashicorp/azurerm',
      change: {
        actions: ['create'],
        before: null,
        after: {
          name: 'vm-b',
          resource_group_name: 'rg-app',
          location: 'westeurope',
          patch_mode: 'AutomaticByPlatform',
          hotpatching_enabled: true,
          source_image_reference: [
            { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' }
          ]
        },
        after_unknown: { id: true }
      }
    }
    const plan = { format_version: '1.2', terraform_version: '1.10.0', planned_values: { root_module: {} }, resource_changes: [change] }
    const machine = await onlyVm({ 'tfplan.json': JSON.stringify(plan, null, 2) })
    const { text } = rebootPlanSnippet(windowed(machine), AS_OF)
    expect(text).toBe(
      expected(
        '# Paste into the module that declares the VM (module.app): outside it, Terraform addresses only its outputs.\n',
        'azurerm_windows_virtual_machine.vm["b"]',
        'azurerm_windows_virtual_machine.vm["b"]',
        'vm_b_reboot_window',
        '"${azurerm_windows_virtual_machine.vm["b"].name}-reboot-window"'
      )
    )
    await expectHcl(text)
  })
})

describe('Terraform fix of an Arc machine of a module', () => {
  it('scopes the assignment to the machine as addressed inside the module', async () => {
    const machine = vm({
      kind: 'arc-machine',
      format: 'terraform',
      identity: { type: 'Microsoft.HybridCompute/machines', name: 'dc-01', resourceGroup: 'rg-onprem', symbol: 'infra#module.site.azurerm_arc_machine.dc' },
      declaredAt: { file: 'infra/site/arc.tf', line: 1, column: 1 }
    })
    const { text } = rebootPlanSnippet(windowed(machine), AS_OF)
    expect(text).toBe(`# Paste into the module that declares the Arc machine (module.site, infra/site/arc.tf): outside it, Terraform addresses only its outputs.
# A monthly InGuestPatch window that may reboot, assigned to the Arc machine dc-01.
resource "azurerm_maintenance_configuration" "dc_reboot_window" {
  name                     = "\${azurerm_arc_machine.dc.name}-reboot-window"
  resource_group_name      = "rg-onprem"
  location                 = var.location
  scope                    = "InGuestPatch"
  in_guest_user_patch_mode = "User"

  window {
    start_date_time = "2026-12-09 03:00"
    duration        = "03:55"
    time_zone       = "UTC"
    recur_every     = "Month Second Tuesday Offset1"
  }

  install_patches {
    reboot = "IfRequired"
    windows {
      classifications_to_include = ["Critical", "Security"]
    }
  }
}

# azurerm has no per-machine assignment for Arc machines: an azapi assignment scoped to the machine.
resource "azapi_resource" "dc_reboot_window" {
  type      = "Microsoft.Maintenance/configurationAssignments@2023-04-01"
  name      = "\${azurerm_arc_machine.dc.name}-reboot-window"
  parent_id = azurerm_arc_machine.dc.id
  location  = azurerm_maintenance_configuration.dc_reboot_window.location
  body = {
    properties = {
      maintenanceConfigurationId = azurerm_maintenance_configuration.dc_reboot_window.id
    }
  }
}
# Update Manager needs no patch settings on an Arc machine for this window to run.
`)
    await expectHcl(text)
  })
})

describe('Terraform fix of a VM whose instance key is no plain word', () => {
  // The reader writes a key as a JSON string; in HCL `${` is a template and U+2028 is a line break once shown.
  it.each([
    ['a line separator', 'a\\u2028b', 'vm-a\u2028b', '"a\\u2028b"', 'vm_a_b_reboot_window', '"vm-a\\u2028b-reboot-window"', 'vm-a\\u2028b'],
    ['a quote and a template', 'q\\"x$${y}', 'vm-q"x${y}', '"q\\"x$${y}"', 'vm_q_x_y__reboot_window', '"vm-q\\"x$${y}-reboot-window"', 'vm-q"x${y}']
  ])('%s: the key written as an HCL string, shown as written', async (_, written, name, key, label, windowName, shownAs) => {
    const { resources, parseErrors } = await readMemoryModel({
      'main.tf': `resource "azurerm_windows_virtual_machine" "vm" {\n  for_each = toset(["${written}"])\n  name = "vm-\${each.key}"${VM_BODY}`
    })
    expect(parseErrors).toEqual([])
    const machine = resources.find((r): r is VirtualMachine => r.kind === 'virtual-machine' && r.identity.name === name)
    if (machine === undefined) throw new Error(`no VM named ${name}`)
    const { text } = rebootPlanSnippet(windowed(machine), AS_OF)
    expect(text).toBe(expected('', shownAs, `azurerm_windows_virtual_machine.vm[${key}]`, label, windowName))
    expect(codeBlockKeeps(text)).toBe(true)
    await expectHcl(text)
  })

  it('a handle that is no address (a label that is no name): the VM is addressed by its name', () => {
    const machine = vm({
      format: 'terraform',
      identity: { type: 'Microsoft.Compute/virtualMachines', name: 'web-01', symbol: 'infra#azurerm_windows_virtual_machine.a\u2028b' }
    })
    expect(rebootPlanSnippet(windowed(machine), AS_OF).text).toBe(
      expected('', 'web-01', 'azurerm_windows_virtual_machine.web_01', 'web_01_reboot_window', '"web-01-reboot-window"')
    )
  })
})
