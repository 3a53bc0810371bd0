/**
 * Terraform's file() and fileexists() (src/readers/terraform/eval/functions/files.ts): data files of the
 * repository, relative to the root module's folder (Terraform's working directory), which path.module is
 * relative to as well; never outside it.
 */
import { describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../../src/model/resources.js'
import { readMemoryModel, show } from './support.js'

const IMAGES = JSON.stringify({ ws2025ae: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition' } })

/** A Windows VM whose SKU is the expression given, in `folder`. */
const vm = (sku: string, extra = '') => `${extra}
resource "azurerm_windows_virtual_machine" "hp" {
  name                = "vm-hp"
  resource_group_name = "rg"
  location            = "westeurope"
  size                = "Standard_D2s_v5"
  admin_username      = "azureuser"
  admin_password      = "x"
  network_interface_ids = ["/x"]
  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }
  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = ${sku}
    version   = "latest"
  }
}
`

async function skuOf(files: Readonly<Record<string, string>>): Promise<string> {
  const model = await readMemoryModel(files)
  const machine = model.resources.find((resource): resource is VirtualMachine => resource.kind === 'virtual-machine')
  return machine === undefined ? 'no VM' : show(machine.image.sku)
}

describe('file()', () => {
  it('reads a data file of a module by path.module, and one relative to the root module folder', async () => {
    expect(
      await skuOf({
        'envs/prod/main.tf': 'module "vm" {\n  source = "../../modules/vm"\n}\n',
        'modules/vm/main.tf': vm('local.catalog.ws2025ae.sku', 'locals {\n  catalog = jsondecode(file("${path.module}/images.json"))\n}'),
        'modules/vm/images.json': IMAGES
      })
    ).toBe('"2025-datacenter-azure-edition" (variable:catalog) @modules/vm/main.tf:19')
    // A module at the scanned folder's top, called from below it (`source = "../.."`): path.module is `../..`.
    expect(
      await skuOf({
        'tests/remote/main.tf': 'module "vm" {\n  source = "../.."\n}\n',
        'main.tf': vm('local.catalog.ws2025ae.sku', 'locals {\n  catalog = jsondecode(file("${path.module}/images.json"))\n}'),
        'images.json': IMAGES
      })
    ).toBe('"2025-datacenter-azure-edition" (variable:catalog) @main.tf:19')
    expect(await skuOf({ 'envs/prod/main.tf': vm('jsondecode(file("images.json")).ws2025ae.sku'), 'envs/prod/images.json': IMAGES })).toBe(
      '"2025-datacenter-azure-edition" (expression) @envs/prod/main.tf:17'
    )
  })

  it('carries the file read, so a change to it alone counts for what it decides', async () => {
    const model = await readMemoryModel({ 'main.tf': vm('jsondecode(file("images.json")).ws2025ae.sku'), 'images.json': IMAGES })
    const machine = model.resources[0] as VirtualMachine
    expect(machine.image.sku.via).toEqual([{ file: 'images.json', line: 1, column: 1 }])
  })

  it('reads nothing outside the scanned folder, and says what it could not read', async () => {
    expect(await skuOf({ 'main.tf': vm('file("../../etc/hostname")') })).toBe('unresolved: file("../../etc/hostname") is not read: it is outside the scanned folder @main.tf:17')
    expect(await skuOf({ 'main.tf': vm('file("missing.txt")') })).toBe(
      'unresolved: file("missing.txt") is not read: missing.txt: file not found inside the workspace @main.tf:17'
    )
    expect(await skuOf({ 'main.tf': vm('templatefile("sku.tftpl", {})'), 'sku.tftpl': 'x' })).toBe('unresolved: reads a file at plan time @main.tf:17')
  })

  it('fileexists() says whether a file of the repository is there', async () => {
    const main = vm('fileexists("images.json") ? "2025-datacenter-azure-edition" : "2022-datacenter"')
    expect(await skuOf({ 'main.tf': main, 'images.json': IMAGES })).toBe('"2025-datacenter-azure-edition" (expression) @main.tf:17')
    expect(await skuOf({ 'main.tf': main })).toBe('"2022-datacenter" (expression) @main.tf:17')
  })
})
