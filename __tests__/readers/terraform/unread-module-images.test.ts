/**
 * A registry module not read that is passed several Azure Edition images (a map of VMs, one per image): its stand-in
 * took the first SKU written as its image, so a call whose first VM runs a Desktop Experience image (not
 * hotpatch-capable) was `not-affected`, whatever its other VMs run (found by probing: a false pass).
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles, verdicts } from './scan-files.js'

const call = (first: string, second: string): string => `module "windows_vms" {
  source  = "example-org/windows-vm/azurerm"
  version = "4.0.0"

  windows_virtual_machines = {
    "vm-web-01" = {
      source_image_reference = { publisher = "MicrosoftWindowsServer", offer = "WindowsServer", sku = "${first}", version = "latest" }
    }
    "vm-dc-01" = {
      source_image_reference = { publisher = "MicrosoftWindowsServer", offer = "WindowsServer", sku = "${second}", version = "latest" }
    }
  }
}
`

describe('an unread module passed several Azure Edition images', () => {
  it('is indeterminate whichever image is written first, naming the images', async () => {
    for (const [first, second] of [
      ['2022-datacenter-azure-edition', '2025-datacenter-azure-edition-core'],
      ['2025-datacenter-azure-edition-core', '2022-datacenter-azure-edition']
    ] as const) {
      const result = await scanFiles({ 'main.tf': call(first, second) })
      expect(verdicts(result)).toEqual(['module.windows_vms indeterminate: indeterminate'])
      const sku = result.assessments[0]?.vm.kind === 'virtual-machine' ? result.assessments[0].vm.image.sku : undefined
      expect(sku?.reason).toBe(
        `module.windows_vms is passed 2 images ("${first}", "${second}"): which of its VMs runs each is decided inside it, which is not read`
      )
    }
  })

  it('keeps the one image passed twice, in any case, as its image', async () => {
    const result = await scanFiles({ 'main.tf': call('2022-datacenter-azure-edition', '2022-Datacenter-Azure-Edition') })
    expect(verdicts(result)).toEqual(['module.windows_vms not-affected:'])
  })
})
