/**
 * The legacy `azurerm_virtual_machine` has no patch settings: it sends none, so the image's defaults apply, as for
 * an ARM VM that writes none (on Windows Server 2025 Azure Edition hotpatch is on unless turned off). It was
 * `not-affected` whatever its image ("its resource type cannot enable hotpatching"), a silent pass.
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles, verdicts } from './scan-files.js'

const legacyVm = (sku: string): string => `resource "azurerm_virtual_machine" "legacy" {
  name                  = "vm-legacy"
  location              = "westeurope"
  resource_group_name   = "rg-app"
  vm_size               = "Standard_D2s_v5"
  network_interface_ids = []

  storage_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "${sku}"
    version   = "latest"
  }

  os_profile_windows_config {
    provision_vm_agent = true
  }
}
`

describe('a legacy azurerm_virtual_machine', () => {
  it('on an image where hotpatch is on by default: judged by that default, as an ARM VM without patch settings', async () => {
    const result = await scanFiles({ 'tf/main.tf': legacyVm('2025-datacenter-azure-edition') })
    expect(verdicts(result)).toEqual(['vm-legacy indeterminate: indeterminate'])
    expect(result.findings.map(finding => finding.message)).toEqual([
      expect.stringContaining('enableHotpatching at tf/main.tf:1: not set, and hotpatch is on by default on this image')
    ])
  })

  it('on an image without hotpatch: not affected', async () => {
    expect(verdicts(await scanFiles({ 'tf/main.tf': legacyVm('2022-datacenter-g2') }))).toEqual(['vm-legacy not-affected:'])
  })
})
