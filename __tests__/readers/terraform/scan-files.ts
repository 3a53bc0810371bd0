/**
 * The whole pipeline (`scan`) on a few files written to a temporary folder: for Terraform cases whose
 * meaning is the verdict (a plan reaches a VM or not), not only the model the reader builds.
 */
import type { Assessment, Finding } from '../../../src/policy/types.js'
import type { ParseError } from '../../../src/model/resources.js'
import { scanTree } from '../../support/temporary-tree.js'

/** The evaluation date of these tests: the next baseline is January 2026. */
export const AS_OF = new Date('2025-11-03T00:00:00Z')

export interface ScannedFiles {
  readonly assessments: readonly Assessment[]
  readonly findings: readonly Finding[]
  readonly parseErrors: readonly ParseError[]
}

/** Writes `files` (paths relative to the root, `/` separated) to a fresh folder, scans it, removes it. */
export async function scanFiles(files: Readonly<Record<string, string>>): Promise<ScannedFiles> {
  const result = await scanTree(files, { asOf: AS_OF, threads: 1 })
  return { assessments: result.assessments, findings: result.findings, parseErrors: result.model.parseErrors }
}

/** `<name> <verdict>: <rule ids>` per VM, the rules sorted. */
export const verdicts = (result: ScannedFiles): string[] =>
  result.assessments.map(({ vm, verdict }) => {
    const rules = result.findings.filter(f => f.subject.kind === 'resource' && f.subject.instance === vm).map(f => f.ruleId)
    return `${vm.displayName} ${verdict}: ${[...new Set(rules)].sort().join(' ')}`.trimEnd()
  })

/** The Customer Managed Schedules settings of HOTPATCH_VM: patch mode, hotpatch, reboots IfRequired, the bypass flag. */
const SCHEDULED_SETTINGS = `  patch_mode            = "AutomaticByPlatform"
  hotpatching_enabled   = true
  reboot_setting        = "IfRequired"
  bypass_platform_safety_checks_on_user_schedule_enabled = true
`

/**
 * HOTPATCH_VM with another name or group (expressions as written), lines before it, or other patch settings lines:
 * one Terraform VM text for the suites that need the same VM a little changed.
 */
export const hotpatchVm = ({ name = '"vm-app-01"', group = '"rg-app"', head = '', settings = SCHEDULED_SETTINGS } = {}): string => `${head}resource "azurerm_windows_virtual_machine" "vm" {
  name                  = ${name}
  resource_group_name   = ${group}
  location              = "westeurope"
  size                  = "Standard_D2s_v5"
  admin_username        = "azadmin"
  admin_password        = "not-a-secret"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/Microsoft.Network/networkInterfaces/nic"]
${settings}  os_disk {
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

/** A hotpatch VM with the Customer Managed Schedules settings, in resource group rg-app. */
export const HOTPATCH_VM = hotpatchVm()

/** An InGuestPatch configuration that allows reboots, monthly after Patch Tuesday; `extra` goes into its window. */
export const monthlyConfiguration = (extra = ''): string => `resource "azurerm_maintenance_configuration" "mc" {
  name                     = "mc-monthly"
  resource_group_name      = "rg-app"
  location                 = "westeurope"
  scope                    = "InGuestPatch"
  in_guest_user_patch_mode = "User"
  window {
    start_date_time = "2025-01-15 03:00"
    duration        = "03:55"
    time_zone       = "UTC"
    recur_every     = "Month Second Tuesday Offset1"
${extra}  }
  install_patches {
    reboot = "IfRequired"
    windows {
      classifications_to_include = ["Critical", "Security"]
    }
  }
}
`

/** HOTPATCH_VM as a plan JSON writes its planned values (`change.after`). */
export const PLANNED_HOTPATCH_VM = {
  name: 'vm-app-01',
  resource_group_name: 'rg-app',
  location: 'westeurope',
  patch_mode: 'AutomaticByPlatform',
  hotpatching_enabled: true,
  reboot_setting: 'IfRequired',
  bypass_platform_safety_checks_on_user_schedule_enabled: true,
  source_image_reference: [{ publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' }]
} as const
