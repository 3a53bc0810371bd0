/**
 * Terraform reader: local module calls (inputs, for_each/count, outputs, reporting at the call),
 * remote modules, which folders are roots, and module cycles.
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceAssignment, VirtualMachine } from '../../../src/model/resources.js'
import { bySymbol, imageReferenceLines, readFixtures, readMemoryModel, show } from './support.js'

describe('local modules (modules-live calling modules/windows-vm)', () => {
  it('reports the VMs created in a module at the module block, evaluated with the caller inputs', async () => {
    const model = await readFixtures('modules-live', 'modules')
    // Issue 9 item 6: every module that is not read gets one located notice (it was silent before).
    expect(model.parseErrors.map(e => `${e.severity} ${e.file}:${e.line}:${e.column} ${e.message}`)).toEqual([
      'notice modules-live/main.tf:1:1 module "naming" comes from "Azure/naming/azurerm" (a registry or remote module), which the scanner does not read; the resources it declares are not checked'
    ])
    const web = bySymbol(model.virtualMachines, 'modules-live#module.server["web"].azurerm_windows_virtual_machine.this[0]')
    expect({
      name: web.identity.name,
      variant: web.variant,
      reportAt: web.reportAt,
      declaredAt: web.declaredAt,
      related: web.related,
      sku: show(web.image.sku),
      hotpatch: show(web.enableHotpatching),
      patchMode: show(web.patchMode),
      bypass: show(web.bypassPlatformSafetyChecksOnUserSchedule),
      reboot: show(web.rebootSetting)
    }).toEqual({
      name: 'vm-web',
      variant: '["web"][0]',
      reportAt: { file: 'modules-live/main.tf', line: 38, column: 1 },
      declaredAt: { file: 'modules/windows-vm/main.tf', line: 1, column: 1 },
      related: [
        { file: 'modules-live/main.tf', startLine: 38, role: 'module' },
        { file: 'modules/windows-vm/main.tf', startLine: 1, role: 'declaration' }
      ],
      sku: '"2025-datacenter-azure-edition" (expression) @modules/windows-vm/main.tf:28',
      hotpatch: 'true (variable:patching) @modules/windows-vm/main.tf:12',
      patchMode: '"AutomaticByPlatform" (variable:patching) @modules/windows-vm/main.tf:11',
      bypass: 'true (expression) @modules/windows-vm/main.tf:14',
      reboot: 'absent @modules/windows-vm/main.tf:13'
    })
    expect(web.enableHotpatching.via).toEqual([{ file: 'modules-live/main.tf', line: 53, column: 3 }])
  })

  it('uses the module defaults (also optional() attribute defaults) when the caller leaves inputs out', async () => {
    const model = await readFixtures('modules-live', 'modules')
    const bastion = bySymbol(model.virtualMachines, 'modules-live#module.bastion.azurerm_windows_virtual_machine.this[0]')
    expect([show(bastion.image.sku), show(bastion.enableHotpatching), show(bastion.patchMode)]).toEqual([
      '"2022-datacenter-g2" (expression) @modules/windows-vm/main.tf:28',
      'false (default:patching) @modules/windows-vm/main.tf:12',
      '"AutomaticByPlatform" (default:patching) @modules/windows-vm/main.tf:11'
    ])
    expect(bastion.identity.name).toBeUndefined()
  })

  it('marks everything in a module with count = 0 as not deployed', async () => {
    const model = await readFixtures('modules-live', 'modules')
    const retired = bySymbol(model.virtualMachines, 'modules-live#module.retired.azurerm_windows_virtual_machine.this[0]')
    expect(show(retired.deployed)).toBe('false (literal) @modules-live/main.tf:62')
  })

  it('expands for_each inside the module from the caller input, and links to the caller configuration', async () => {
    const model = await readFixtures('modules-live', 'modules')
    const web: MaintenanceAssignment = bySymbol(
      model.maintenanceAssignments,
      'modules-live#module.server["web"].azurerm_maintenance_assignment_virtual_machine.this["weekly"]'
    )
    expect(web.configuration.target.value?.symbol).toBe('modules-live#azurerm_maintenance_configuration.weekly')
    expect(web.target?.target.value?.symbol).toBe('modules-live#module.server["web"].azurerm_windows_virtual_machine.this[0]')
    const api = bySymbol(model.maintenanceAssignments, 'modules-live#module.server["api"].azurerm_maintenance_assignment_virtual_machine.this')
    expect(show(api.deployed)).toBe('false (variable:maintenance_configuration_ids) @modules/windows-vm/main.tf:35')
  })

  it('evaluates a folder nobody calls on its own, and a called folder only through its callers', async () => {
    const model = await readFixtures('modules-live', 'modules')
    const symbols = model.virtualMachines.map(vm => vm.identity.symbol)
    expect(symbols).toContain('modules/standalone-vm#azurerm_windows_virtual_machine.tools')
    expect(symbols.filter(symbol => symbol?.startsWith('modules/windows-vm#'))).toEqual([])
    const tools = bySymbol(model.virtualMachines, 'modules/standalone-vm#azurerm_windows_virtual_machine.tools')
    expect(show(tools.image.version)).toBe('"17763.7922.251021" (literal) @modules/standalone-vm/main.tf:17')
    expect(tools.identity.name).toBeUndefined()
  })

  it('reads a module folder outside the scanned paths through the workspace', async () => {
    const model = await readFixtures('modules-live')
    expect(model.virtualMachines.map(vm => vm.identity.name)).toEqual(['vm-api', 'vm-web', 'vm-retired', undefined])
    expect(model.files).toContain('modules/windows-vm/main.tf')
  })
})

describe('module outputs and remote modules', () => {
  const files = {
    'live/main.tf': [
      'module "naming" {',
      '  source  = "Azure/naming/azurerm"',
      '  version = "0.4.2"',
      '}',
      'module "vm" {',
      '  source = "./vm"',
      '  name   = module.naming.virtual_machine.name_unique',
      '  sku    = "2025-datacenter-azure-edition-core"',
      '}',
      'module "git" {',
      '  source = "git::https://example.com/modules.git//vm?ref=v1"',
      '}',
      'resource "azurerm_maintenance_assignment_virtual_machine" "vm" {',
      '  location                     = "eastus"',
      '  maintenance_configuration_id = module.git.configuration_id',
      '  virtual_machine_id           = module.vm.id',
      '}',
      ''
    ].join('\n'),
    'live/vm/main.tf': [
      'variable "name" {}',
      'variable "sku" {}',
      'resource "azurerm_windows_virtual_machine" "this" {',
      '  name                = var.name',
      '  resource_group_name = "rg-vm"',
      ...imageReferenceLines('var.sku'),
      '}',
      'output "id" {',
      '  value = azurerm_windows_virtual_machine.this.id',
      '}',
      ''
    ].join('\n')
  }

  it('leaves values from registry and git modules unresolved with the reason, and follows local outputs', async () => {
    const model = await readMemoryModel(files)
    const vm = model.resources.find(resource => resource.kind === 'virtual-machine') as VirtualMachine
    expect(vm.identity).toEqual({
      type: 'Microsoft.Compute/virtualMachines',
      name: undefined,
      resourceGroup: 'rg-vm',
      symbol: 'live#module.vm.azurerm_windows_virtual_machine.this'
    })
    expect(show(vm.image.sku)).toBe('"2025-datacenter-azure-edition-core" (variable:sku) @live/vm/main.tf:9')
    const assignment = model.resources.find(resource => resource.kind === 'maintenance-assignment') as MaintenanceAssignment
    expect(assignment.target?.target.value?.symbol).toBe('live#module.vm.azurerm_windows_virtual_machine.this')
    expect(show(assignment.configuration.target)).toBe(
      'unresolved: module "git" comes from "git::https://example.com/modules.git//vm?ref=v1" (a registry or remote module), which the scanner does not read @live/main.tf:15'
    )
    // Issue 9 item 6: every module that is not read gets one located notice (it was silent before).
    expect(model.parseErrors.map(e => `${e.severity} ${e.file}:${e.line}:${e.column} ${e.message}`)).toEqual([
      'notice live/main.tf:1:1 module "naming" comes from "Azure/naming/azurerm" (a registry or remote module), which the scanner does not read; the resources it declares are not checked',
      'notice live/main.tf:10:1 module "git" comes from "git::https://example.com/modules.git//vm?ref=v1" (a registry or remote module), which the scanner does not read; the resources it declares are not checked'
    ])
  })

  it('stops at module cycles and at sources that are not folders of the repository', async () => {
    const model = await readMemoryModel({
      'a/main.tf': 'module "b" {\n  source = "../b"\n}\nmodule "gone" {\n  source = "./missing"\n}\noutput "x" {\n  value = module.gone.x\n}\n',
      'b/main.tf':
        'module "a" {\n  source = "../a"\n}\nresource "azurerm_windows_virtual_machine" "loop" {\n  name = "vm-${module.a.x}"\n}\n'
    })
    const names = model.resources.map(resource => [resource.identity.symbol, resource.identity.name])
    expect(names).toEqual([
      ['a#module.b.azurerm_windows_virtual_machine.loop', undefined],
      ['b#azurerm_windows_virtual_machine.loop', undefined]
    ])
    // Issue 9 item 6: every module that is not read gets one located notice (it was silent before).
    expect(model.parseErrors.map(e => `${e.severity} ${e.file}:${e.line}:${e.column} ${e.message}`)).toEqual([
      'notice a/main.tf:4:1 module "gone": "./missing" is not a folder with .tf files inside the scanned repository; the resources it declares are not checked'
    ])
  })
})
