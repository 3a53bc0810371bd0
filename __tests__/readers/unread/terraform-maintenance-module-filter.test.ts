/**
 * A Terraform module that is not read (a registry source), whose source names maintenance, passed dynamic scopes in
 * the shape of azurerm_maintenance_assignment_dynamic_scope's `filter` (`os_types`, `resource_types`, `tags`,
 * `tag_filter`; as a map of scopes, a list, or one object) stands in as a dynamic scope whose configuration is decided
 * inside it, as the Bicep and ARM readers' twins do. A hotpatch VM it may select was `affected-no-plan`, "no
 * maintenance configuration is assigned": it is `indeterminate`, naming the module. A VM the filter rules out stays
 * without a plan, as does a VM passed to a module whose source names no maintenance, or one passed tags that are a
 * resource's, not a filter's.
 */
import { describe, expect, it } from '@jest/globals'
import { scanTree } from '../../support/temporary-tree.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')

const VM = `resource "azurerm_windows_virtual_machine" "vm" {
  name                  = "vm-hp"
  resource_group_name   = "rg-app"
  location              = "westeurope"
  size                  = "Standard_D2s_v5"
  admin_username        = "azadmin"
  admin_password        = "not-a-secret"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/Microsoft.Network/networkInterfaces/nic"]
  patch_mode            = "AutomaticByPlatform"
  hotpatching_enabled   = true
  reboot_setting        = "IfRequired"
  bypass_platform_safety_checks_on_user_schedule_enabled = true
  tags                  = { UpdateManagement = "mc-win" }
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

const call = (source: string, inputs: string) => `module "assign" {
  source  = "${source}"
  version = "0.3.0"
  name    = "ma-win"
${inputs}
}
`

async function judged(module: string) {
  const result = await scanTree({ 'main.tf': VM + module }, { asOf: AS_OF, threads: 1 })
  const [assessment] = result.assessments

  return { verdict: assessment?.verdict, reasons: assessment?.reasons }
}

const MAINTENANCE = 'Azure/avm-res-maintenance-configurationassignment/azurerm'
const WHY = `module "assign" comes from "${MAINTENANCE}" (a registry or remote module), which the scanner does not read`
const INSIDE = `decided inside module.assign, which is not read (${WHY})`
const IMAGE = 'image MicrosoftWindowsServer:WindowsServer:2025-datacenter-azure-edition is hotpatch-capable (Windows Server 2025 Datacenter: Azure Edition)'
const FLAG = 'enableHotpatching is true (main.tf:10)'
const unverifiable = (line: number) => [
  IMAGE,
  FLAG,
  `assignment 'module.assign' selects it by dynamic scope, but its maintenance configuration cannot be verified (${INSIDE})`,
  `maintenanceAssignment.configuration could not be resolved (main.tf:${line}): ${INSIDE}`
]

const NO_PLAN = [
  IMAGE,
  FLAG,
  'no maintenance configuration is assigned',
  'rebootSetting is IfRequired on the VM (main.tf:11), but with bypassPlatformSafetyChecksOnUserSchedule true the platform only patches it in a maintenance window'
]

const scopes = (tag: string) =>
  `  dynamic_scopes = { win = { os_types = ["Windows"], resource_types = ["Microsoft.Compute/virtualMachines"], locations = ["westeurope"], resource_groups = ["rg-app"], tags = { UpdateManagement = ["${tag}"] }, tag_filter = "Any" } }`

describe('an unread Terraform maintenance module passed dynamic scopes', () => {
  it('a map of scopes, one of which selects the VM by its tag: indeterminate, its configuration decided inside the module', async () => {
    expect(await judged(call(MAINTENANCE, scopes('mc-win')))).toEqual({ verdict: 'indeterminate', reasons: unverifiable(25) })
  })

  it('a list of scopes with tags blocks, or one scope object: indeterminate alike', async () => {
    const list = '  dynamic_scopes = [{ os_types = ["Windows"], tags = [{ tag = "UpdateManagement", values = ["mc-win"] }] }]'
    expect(await judged(call(MAINTENANCE, list))).toEqual({ verdict: 'indeterminate', reasons: unverifiable(25) })
    const single = '  dynamic_scope = { resource_types = ["Microsoft.Compute/virtualMachines"], locations = ["westeurope"] }'
    expect(await judged(call(MAINTENANCE, single))).toEqual({ verdict: 'indeterminate', reasons: unverifiable(25) })
  })

  it("passed a resource type that is no ARM type name ('VirtualMachines'): which types it filters on is the module's", async () => {
    const words = '  dynamic_scopes = { win = { os_types = ["Windows"], resource_types = ["VirtualMachines"], tags = { UpdateManagement = ["mc-win"] } } }'
    const passed = "module.assign is passed resource types 'VirtualMachines': which types it filters on is decided inside it, which is not read"
    expect(await judged(call(MAINTENANCE, words))).toEqual({
      verdict: 'indeterminate',
      reasons: [
        IMAGE,
        FLAG,
        `assignment 'module.assign' selects it by dynamic scope, but whether it applies cannot be verified (filter.resourceTypes: ${passed})`,
        `filter.resourceTypes could not be resolved (main.tf:29): ${passed}`
      ]
    })
  })

  it('whose tags rule the VM out: still no plan', async () => {
    expect(await judged(call(MAINTENANCE, scopes('mc-linux')))).toEqual({ verdict: 'affected-no-plan', reasons: NO_PLAN })
  })

  it("placed in the subscription of the call's provider: one passed another subscription's provider selects no VM of this one", async () => {
    const providers = `provider "azurerm" {
  features {}
  subscription_id = "11111111-1111-1111-1111-111111111111"
}
provider "azurerm" {
  alias           = "spoke"
  features {}
  subscription_id = "22222222-2222-2222-2222-222222222222"
}
`
    const spoke = call(MAINTENANCE, `  providers = { azurerm = azurerm.spoke }\n${scopes('mc-win')}`) + providers
    expect(await judged(spoke)).toEqual({ verdict: 'affected-no-plan', reasons: NO_PLAN })
  })

  it('a module whose source names no maintenance is no dynamic scope, whatever it is passed', async () => {
    expect(await judged(call('Azure/avm-res-compute-availabilityset/azurerm', scopes('mc-win')))).toEqual({ verdict: 'affected-no-plan', reasons: NO_PLAN })
  })

  it("tags alone as a resource has them (one string each) are no filter: still no plan", async () => {
    expect(await judged(call(MAINTENANCE, '  configuration = { tags = { UpdateManagement = "mc-win" } }'))).toEqual({ verdict: 'affected-no-plan', reasons: NO_PLAN })
  })
})
