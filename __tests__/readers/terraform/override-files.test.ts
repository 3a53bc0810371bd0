/**
 * Terraform's override files (`override.tf`, `*_override.tf`) are merged into the blocks they name, as Terraform
 * merges them: each argument replaces the original's, each nested block type replaces all of the original's, in
 * the name order of the files; values that come from an override are located there. They were read as ordinary
 * files whose second declaration of a name lost: `hotpatching_enabled = true` in override.tf passed unseen.
 */
import { describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../../src/model/resources.js'
import { readMemoryModel, show } from './support.js'
import { HOTPATCH_VM, scanFiles, verdicts } from './scan-files.js'

const NOT_HOTPATCH_VM = HOTPATCH_VM.replace('hotpatching_enabled   = true', 'hotpatching_enabled   = false')

async function vmOf(files: Record<string, string>): Promise<VirtualMachine> {
  const { resources } = await readMemoryModel(files)
  expect(resources).toHaveLength(1)
  return resources[0] as VirtualMachine
}

describe('override files', () => {
  it('replace an argument, located in the override file; the other arguments stay', async () => {
    const vm = await vmOf({ 'main.tf': NOT_HOTPATCH_VM, 'override.tf': 'resource "azurerm_windows_virtual_machine" "vm" {\n  hotpatching_enabled = true\n}\n' })
    expect([show(vm.enableHotpatching), show(vm.patchMode), vm.reportAt.file]).toEqual([
      'true (literal) @override.tf:2',
      '"AutomaticByPlatform" (literal) @main.tf:9',
      'main.tf'
    ])
  })

  it('replace every nested block of a type they write, wholesale', async () => {
    const override = 'resource "azurerm_windows_virtual_machine" "vm" {\n  source_image_reference {\n    sku = "2022-datacenter"\n  }\n}\n'
    const vm = await vmOf({ 'main.tf': HOTPATCH_VM, 'web_override.tf': override })
    expect([show(vm.image.sku), show(vm.image.publisher)]).toEqual(['"2022-datacenter" (literal) @web_override.tf:3', 'absent @web_override.tf:2'])
  })

  it('apply in the name order of the files: the last one wins', async () => {
    const setting = (value: string) => `resource "azurerm_windows_virtual_machine" "vm" {\n  patch_mode = "${value}"\n}\n`
    const vm = await vmOf({ 'main.tf': HOTPATCH_VM, 'a_override.tf': setting('Manual'), 'override.tf': setting('AutomaticByOS') })
    expect(show(vm.patchMode)).toBe('"AutomaticByOS" (literal) @override.tf:2')
  })

  it('merge variables, locals and module calls too, located where the override writes them', async () => {
    const main = [
      'variable "hotpatch" {\n  default = false\n}\n',
      'locals {\n  sku = "2022-datacenter"\n}\n',
      'module "vm" {\n  source = "./vm"\n  hotpatch = var.hotpatch\n  sku = local.sku\n  size = "small"\n}\n'
    ].join('')
    const override = 'variable "hotpatch" {\n  default = true\n}\nlocals {\n  sku = "2025-datacenter-azure-edition"\n}\nmodule "vm" {\n  size = "large"\n}\n'
    const child =
      'variable "hotpatch" {}\nvariable "sku" {}\nvariable "size" {}\nresource "azurerm_windows_virtual_machine" "this" {\n  name = var.size\n  hotpatching_enabled = var.hotpatch\n  source_image_reference {\n    sku = var.sku\n  }\n}\n'
    const vm = await vmOf({ 'main.tf': main, 'override.tf': override, 'vm/main.tf': child })
    expect([vm.displayName, show(vm.enableHotpatching), show(vm.image.sku)]).toEqual([
      'large',
      'true (variable:hotpatch) @vm/main.tf:6',
      '"2025-datacenter-azure-edition" (variable:sku) @vm/main.tf:8'
    ])
    expect(vm.enableHotpatching.via?.map(at => `${at.file}:${at.line}`)).toEqual(['main.tf:9', 'override.tf:2'])
    expect(vm.image.sku.via?.map(at => `${at.file}:${at.line}`)).toEqual(['main.tf:10', 'override.tf:5'])
  })

  it('say an override block that names nothing, where it is written', async () => {
    const { parseErrors } = await readMemoryModel({ 'main.tf': HOTPATCH_VM, 'override.tf': '\nresource "azurerm_windows_virtual_machine" "other" {\n  hotpatching_enabled = true\n}\n' })
    expect(parseErrors.map(error => `${error.file}:${error.line}:${error.column} ${error.severity} ${error.message}`)).toEqual([
      'override.tf:2:1 notice resource "azurerm_windows_virtual_machine" "other" overrides nothing declared in .: Terraform refuses the configuration'
    ])
  })

  it('make a VM the override turns hotpatching on for affected, not passed', async () => {
    const result = await scanFiles({ 'main.tf': NOT_HOTPATCH_VM, 'override.tf': 'resource "azurerm_windows_virtual_machine" "vm" {\n  hotpatching_enabled = true\n}\n' })
    expect(verdicts(result)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
  })

  it('in JSON syntax are not read: each overriding block is said, or stood in for when it carries a hotpatch signal', async () => {
    const override = (value: unknown) => JSON.stringify({ resource: { azurerm_windows_virtual_machine: { vm: value } } }, null, 2)
    const said = await readMemoryModel({ 'main.tf': NOT_HOTPATCH_VM, 'override.tf.json': override({ patch_mode: 'Manual' }) })
    expect(said.parseErrors.map(error => `${error.file}:${error.line} ${error.message}`)).toEqual([
      "override.tf.json:4 azurerm_windows_virtual_machine.vm is overridden in Terraform's JSON syntax, which the gate does not read: its declaration is judged " +
        'without this override; scan its plan instead (terraform show -json beside the configuration), or write it in HCL'
    ])
    const stoodIn = await scanFiles({ 'main.tf': NOT_HOTPATCH_VM, 'web_override.tf.json': override({ hotpatching_enabled: true }) })
    expect(verdicts(stoodIn)).toEqual(['vm-app-01 not-affected:', 'azurerm_windows_virtual_machine.vm indeterminate: indeterminate'])
  })
})
