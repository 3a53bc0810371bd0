/**
 * Terraform registry modules whose published interface the gate knows (src/readers/terraform/known-modules/): a call
 * of the AVM virtual-machine module at a covered, pinned version is the Windows VM and the maintenance assignments
 * the module makes from its inputs, with the module's defaults where an input is not passed, one per module instance.
 * Any other version, or a constraint that allows several, keeps the unread stand-in.
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceAssignment, MaintenanceConfiguration, Resource, VirtualMachine } from '../../../src/model/resources.js'
import { monthlyConfiguration } from './scan-files.js'
import { readMemoryModel } from './support.js'

const at = (line: number, column: number) => ({ file: 'main.tf', line, column })
const SOURCE = 'Azure/avm-res-compute-virtualmachine/azurerm'

/** main.tf: the call at line 1, its inputs from line 4 (`name` at 4, `os_type`... as passed from line 7). */
function call(version: string, inputs: readonly string[], meta: readonly string[] = [], source = SOURCE): string {
  return [
    'module "vm" {',
    `  source  = "${source}"`,
    `  version = "${version}"`,
    '  name                = "vm-app-01"',
    '  resource_group_name = "rg-app"',
    '  location            = "westeurope"',
    ...inputs.map(line => `  ${line}`),
    ...meta.map(line => `  ${line}`),
    '}',
    ''
  ].join('\n')
}

const HOTPATCH = ['patch_mode = "AutomaticByPlatform"', 'hotpatching_enabled = true', 'source_image_reference = { publisher = "MicrosoftWindowsServer", offer = "WindowsServer", sku = "2025-datacenter-azure-edition", version = "latest" }']

const read = async (text: string) => readMemoryModel({ 'main.tf': text })
const vmsOf = (resources: readonly Resource[]) => resources.filter((r): r is VirtualMachine => r.kind === 'virtual-machine')
const assignmentsOf = (resources: readonly Resource[]) => resources.filter((r): r is MaintenanceAssignment => r.kind === 'maintenance-assignment')

describe('the AVM virtual-machine module at a covered version', () => {
  it('is the Windows VM its inputs describe, reported at the call and located at the input lines', async () => {
    const [vm] = vmsOf((await read(call('0.19.3', HOTPATCH))).resources)
    expect(vm?.identity).toEqual({ type: 'Microsoft.Compute/virtualMachines', name: 'vm-app-01', resourceGroup: 'rg-app', symbol: '.#module.vm.azurerm_windows_virtual_machine.this[0]' })
    expect(vm?.reportAt).toEqual(at(1, 1))
    expect(vm?.canHotpatch).toBe(true)
    expect(vm?.osType.value).toBe('Windows')
    expect(vm?.patchMode).toMatchObject({ value: 'AutomaticByPlatform', location: at(7, 3) })
    expect(vm?.enableHotpatching).toMatchObject({ value: true, location: at(8, 3) })
    expect(vm?.image.sku).toMatchObject({ value: '2025-datacenter-azure-edition', location: at(9, 99) })
  })

  it("applies the module's defaults where an input is not passed, at the call", async () => {
    const [vm] = vmsOf((await read(call('0.15.0', []))).resources)
    expect(vm?.enableHotpatching).toEqual({ value: false, origin: 'default', detail: 'hotpatching_enabled', location: at(1, 1) })
    expect(vm?.bypassPlatformSafetyChecksOnUserSchedule).toEqual({ value: false, origin: 'default', detail: 'bypass_platform_safety_checks_on_user_schedule_enabled', location: at(1, 1) })
    // patch_mode and reboot_setting default to null: the provider's defaults, as for a declared resource.
    expect(vm?.patchMode).toMatchObject({ value: 'AutomaticByOS', origin: 'provider-default' })
    expect(vm?.rebootSetting.origin).toBe('absent')
    expect(vm?.image.sku).toMatchObject({ value: '2022-datacenter-g2', origin: 'default', detail: 'source_image_reference' })
  })

  it('keeps an input that is not known unresolved, never guessed', async () => {
    const [vm] = vmsOf((await read('variable "mode" {\n  type = string\n}\n' + call('0.19.3', ['patch_mode = var.mode', 'hotpatching_enabled = true']))).resources)
    expect(vm?.identity.name).toBe('vm-app-01')
    expect(vm?.patchMode).toMatchObject({ origin: 'unresolved', location: at(10, 3) })
    expect(vm?.enableHotpatching).toMatchObject({ value: true, location: at(11, 3) })
  })

  it('is a custom image with source_image_resource_id, and no VM with os_type Linux', async () => {
    const id = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/i'
    const [custom] = vmsOf((await read(call('0.19.3', [...HOTPATCH, `source_image_resource_id = "${id}"`]))).resources)
    expect(custom?.image.customImageId.value).toBe(id)
    expect(custom?.image.sku.origin).toBe('absent')
    expect(vmsOf((await read(call('0.19.3', [...HOTPATCH, 'os_type = "Linux"']))).resources)).toEqual([])
  })

  it('makes one assignment per maintenance_configuration_resource_ids entry, linked to the configuration in the scan', async () => {
    const text = monthlyConfiguration() + call('0.19.3', [...HOTPATCH, 'maintenance_configuration_resource_ids = {', '  monthly = azurerm_maintenance_configuration.mc.id', '}'])
    const { resources } = await read(text)
    const configuration = resources.find((r): r is MaintenanceConfiguration => r.kind === 'maintenance-configuration')
    const [assignment, ...others] = assignmentsOf(resources)
    const vm = vmsOf(resources)[0]
    expect(others).toEqual([])
    expect(assignment?.identity.symbol).toBe('.#module.vm.azurerm_maintenance_assignment_virtual_machine.this["monthly"]')
    expect(assignment?.configuration.target.value?.symbol).toBe(configuration?.identity.symbol)
    expect(assignment?.target?.target.value).toEqual(vm?.identity)
  })

  it('makes no assignment without maintenance_configuration_resource_ids', async () => {
    const { resources } = await read(call('0.20.0', HOTPATCH))
    expect(resources.map(r => [r.kind, r.displayName])).toEqual([['virtual-machine', 'vm-app-01']])
  })

  it('expands count and for_each as module instances, each its own VM', async () => {
    const { resources } = await read(call('0.19.3', HOTPATCH, ['for_each = toset(["a", "b"])']).replace('"vm-app-01"', '"vm-${each.key}"'))
    expect(vmsOf(resources).map(vm => [vm.identity.name, vm.identity.symbol])).toEqual([
      ['vm-a', '.#module.vm["a"].azurerm_windows_virtual_machine.this[0]'],
      ['vm-b', '.#module.vm["b"].azurerm_windows_virtual_machine.this[0]']
    ])
    const [none] = vmsOf((await read(call('0.19.3', HOTPATCH, ['count = 0']))).resources)
    expect(none?.deployed.value).toBe(false)
  })

  it('from 0.21.0, sends no patch settings when os_disk_attach_mode attaches an existing disk', async () => {
    const [attached] = vmsOf((await read(call('0.21.0', [...HOTPATCH, 'os_disk_attach_mode = true']))).resources)
    expect(attached?.enableHotpatching).toMatchObject({ value: false, origin: 'provider-default' })
    const [before] = vmsOf((await read(call('0.20.0', [...HOTPATCH, 'os_disk_attach_mode = true']))).resources)
    expect(before?.enableHotpatching.value).toBe(true)
  })
})

describe('versions and sources outside the catalogue', () => {
  it.each([
    ['a version before the range', SOURCE, '0.14.0'],
    ['a version after the range', SOURCE, '0.22.0'],
    ['a constraint that allows several versions', SOURCE, '~> 0.19'],
    ['a private registry', `app.terraform.io/contoso/avm-res-compute-virtualmachine/azurerm`, '0.19.3']
  ])('%s keeps the unread stand-in', async (_, source, version) => {
    const output = await read(call(version, HOTPATCH, [], source))
    const [vm] = vmsOf(output.resources)
    expect(vm?.displayName).toBe('module.vm')
    expect(vm?.osType.origin).toBe('unresolved')
    expect(output.parseErrors.map(e => e.message)).toContainEqual(expect.stringContaining('which the scanner does not read'))
  })

  it('reads the public registry written out in full, and says at the call that the VM was modelled', async () => {
    const output = await read(call('= 0.19.3', HOTPATCH, [], `registry.terraform.io/${SOURCE}`))
    expect(vmsOf(output.resources)[0]?.displayName).toBe('vm-app-01')
    expect(output.parseErrors).toContainEqual(
      expect.objectContaining({
        ...at(1, 1),
        severity: 'notice',
        message: expect.stringContaining('is not fetched: modelled from the published interface of azure/avm-res-compute-virtualmachine/azurerm@0.19.3')
      })
    )
  })
})
