/**
 * Terraform reader: a VM built from `source_image_id` is a custom or gallery image even when the ID is
 * known only after apply (issue 9 item 5), so the verdict's reason names it, not a Marketplace image `?:?:?`.
 */
import { describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../../src/model/resources.js'
import { readMemoryModel, show } from './support.js'

const vm = (image: string): string =>
  [
    'resource "azurerm_shared_image_version" "golden" {',
    '  name = "1.0.0"',
    '}',
    'resource "azurerm_windows_virtual_machine" "vm" {',
    '  name                = "vm-01"',
    '  resource_group_name = "rg"',
    '  hotpatching_enabled = true',
    image,
    '}',
    ''
  ].join('\n')

describe('source_image_id', () => {
  it('is a custom image whose ID is known only after apply when no source_image_reference is written', async () => {
    const model = await readMemoryModel({ 'main.tf': vm('  source_image_id     = azurerm_shared_image_version.golden.id') })
    const found = model.resources[0] as VirtualMachine
    expect(show(found.image.customImageId)).toBe('"{source_image_id}" (expression:source_image_id) @main.tf:8')
    expect(show(found.image.publisher)).toBe('absent @main.tf:4')
  })

  it('stays as written when it is a known ID', async () => {
    const id = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/i/versions/1.0.0'
    const model = await readMemoryModel({ 'main.tf': vm(`  source_image_id     = "${id}"`) })
    expect(show((model.resources[0] as VirtualMachine).image.customImageId)).toBe(`"${id}" (literal) @main.tf:8`)
  })
})
