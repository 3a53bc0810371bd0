/**
 * Terraform reader: variables (defaults, types), tfvars files and variants, locals, references
 * between resources and count, on the `app-vm` and `environments` fixtures.
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceAssignment, VirtualMachine } from '../../../src/model/resources.js'
import { parseTypeConstraint, convertToType } from '../../../src/readers/terraform/eval/type-constraint.js'
import { objectFrom } from '../../../src/readers/terraform/eval/value.js'
import { Evaluator } from '../../../src/readers/terraform/eval/evaluator.js'
import { parseHclFile } from '../../../src/readers/terraform/hcl/hcl-file.js'
import { bySymbol, imageReferenceLines, plain, readFixtures, readMemoryModel, show } from './support.js'

describe('a root module with variables, locals, tfvars and count (app-vm)', () => {
  it('evaluates every VM instance with its tfvars, defaults and locals, each value at its line', async () => {
    const model = await readFixtures('app-vm')
    expect(model.parseErrors).toEqual([])
    expect(model.virtualMachines.map(vm => vm.identity)).toEqual([
      {
        type: 'Microsoft.Compute/virtualMachines',
        name: 'vm-payments-01',
        resourceGroup: 'rg-payments-test',
        symbol: 'app-vm#azurerm_windows_virtual_machine.app[0]'
      },
      {
        type: 'Microsoft.Compute/virtualMachines',
        name: 'vm-payments-02',
        resourceGroup: 'rg-payments-test',
        symbol: 'app-vm#azurerm_windows_virtual_machine.app[1]'
      }
    ])
    const vm = bySymbol(model.virtualMachines, 'app-vm#azurerm_windows_virtual_machine.app[1]')
    expect({
      variant: vm.variant,
      reportAt: vm.reportAt,
      deployed: show(vm.deployed),
      sku: show(vm.image.sku),
      hotpatch: show(vm.enableHotpatching),
      reboot: show(vm.rebootSetting),
      bypass: show(vm.bypassPlatformSafetyChecksOnUserSchedule),
      patchMode: show(vm.patchMode),
      location: show(vm.location),
      tags: show(vm.tags)
    }).toEqual({
      variant: '[1]',
      reportAt: { file: 'app-vm/main.tf', line: 34, column: 1 },
      deployed: 'true (parameter-file:vm_count) @app-vm/main.tf:35',
      sku: '"2025-datacenter-azure-edition" (default:image_sku) @app-vm/main.tf:58',
      hotpatch: 'true (variable:hotpatch) @app-vm/main.tf:46',
      reboot: '"IfRequired" (default:reboot_setting) @app-vm/main.tf:47',
      bypass: 'true (literal) @app-vm/main.tf:48',
      patchMode: '"AutomaticByPlatform" (literal) @app-vm/main.tf:45',
      location: '"westeurope" (expression) @app-vm/main.tf:39',
      tags: '{"workload":"payments","environment":"test","managed-by":"terraform","role":"app"} (expression) @app-vm/main.tf:62'
    })
  })

  it('records the lines a value passed through', async () => {
    const vm = bySymbol((await readFixtures('app-vm')).virtualMachines, 'app-vm#azurerm_windows_virtual_machine.app[0]')
    expect(vm.enableHotpatching.via).toEqual([
      { file: 'app-vm/locals.tf', line: 9, column: 3 },
      { file: 'app-vm/variables.tf', line: 42, column: 3 },
      { file: 'app-vm/variables.tf', line: 37, column: 3 }
    ])
    expect(vm.deployed.via).toEqual([{ file: 'app-vm/terraform.tfvars', line: 2, column: 1 }])
  })

  it('keeps the first 8 distinct places of a long chain, each once, without the value\'s own line', async () => {
    const locals = Array.from({ length: 12 }, (_, i) => `  l${i} = ${i === 0 ? 'var.hp' : `local.l${i - 1}`}`).join('\n')
    const text = [
      'variable "hp" {\n  default = true\n}',
      `locals {\n${locals}\n}`,
      'resource "azurerm_windows_virtual_machine" "vm" {',
      '  name = "vm"',
      '  hotpatching_enabled = local.l11 && local.l11',
      '  patch_mode = "AutomaticByPlatform"',
      '}',
      ''
    ].join('\n')
    const vm = (await readMemoryModel({ 'main.tf': text })).resources.find(r => r.kind === 'virtual-machine') as VirtualMachine
    expect(vm.enableHotpatching.location).toEqual({ file: 'main.tf', line: 20, column: 3 })
    expect(vm.enableHotpatching.via?.map(place => place.line)).toEqual([16, 15, 14, 13, 12, 11, 10, 9])
  })

  it('links assignments to the VM instance and the configuration they reference', async () => {
    const model = await readFixtures('app-vm')
    const assignment = bySymbol(model.maintenanceAssignments, 'app-vm#azurerm_maintenance_assignment_virtual_machine.app[1]')
    expect(assignment.target?.target.value).toEqual({
      type: 'Microsoft.Compute/virtualMachines',
      name: 'vm-payments-02',
      resourceGroup: 'rg-payments-test',
      symbol: 'app-vm#azurerm_windows_virtual_machine.app[1]'
    })
    expect(assignment.configuration.target.value).toEqual(model.maintenanceConfigurations[0]?.identity)
    expect(model.maintenanceConfigurations[0]?.identity.name).toBe('mc-payments-monthly')
  })

  it('lists the files it read as manifests', async () => {
    expect((await readFixtures('app-vm')).files).toEqual([
      'app-vm/locals.tf',
      'app-vm/main.tf',
      'app-vm/maintenance.tf',
      'app-vm/network.auto.tfvars',
      'app-vm/terraform.tfvars',
      'app-vm/variables.tf'
    ])
  })
})

describe('var files as variants (environments)', () => {
  const vms = async (): Promise<VirtualMachine[]> => [...(await readFixtures('environments')).virtualMachines]

  it('evaluates the root once per non-auto var file, named by the file', async () => {
    const all = await vms()
    expect(all.map(vm => [vm.variant, vm.identity.symbol, vm.identity.name])).toEqual([
      ['dr.tfvars.json', 'environments(dr.tfvars.json)#azurerm_windows_virtual_machine.jump', 'vm-jump-dr'],
      ['prod.tfvars', 'environments(prod.tfvars)#azurerm_windows_virtual_machine.jump', 'vm-jump-prod'],
      ['staging.tfvars', 'environments(staging.tfvars)#azurerm_windows_virtual_machine.jump', 'vm-jump-staging']
    ])
    expect(all[1]?.related).toEqual([{ file: 'environments/prod.tfvars', startLine: 1, role: 'parameter-file' }])
  })

  it('lets the var file win over *.auto.tfvars, and *.auto.tfvars over terraform.tfvars', async () => {
    const [dr, prod, staging] = await vms()
    expect(show(prod!.image.sku)).toBe('"2022-datacenter-azure-edition-hotpatch" (parameter-file:image_sku) @environments/main.tf:34')
    expect(prod!.image.sku.via).toEqual([{ file: 'environments/prod.tfvars', line: 2, column: 1 }])
    expect(show(staging!.enableHotpatching)).toBe('false (default:hotpatching) @environments/main.tf:29')
    expect(show(dr!.enableHotpatching)).toBe('true (parameter-file:hotpatching) @environments/main.tf:29')
    expect(dr!.enableHotpatching.via).toEqual([{ file: 'environments/dr.tfvars.json', line: 3, column: 3 }])
    expect(show(prod!.tags)).toBe('{"owner":"operations"} (expression) @environments/main.tf:38')
  })
})

describe('type constraints', () => {
  const convert = async (type: string, value: string) => {
    const parsed = await parseHclFile(`type = ${type}\nvalue = ${value}\n`)
    const evaluator = new Evaluator()
    const scope = { lookup: () => undefined }
    const typeExpression = parsed.body.attributes.get('type')?.expression
    const valueExpression = parsed.body.attributes.get('value')?.expression
    if (!valueExpression) throw new Error('no value')
    return plain(
      convertToType(evaluator.evaluate(valueExpression, scope), parseTypeConstraint(typeExpression), expression =>
        evaluator.evaluate(expression, scope)
      )
    )
  }

  it('fills optional attributes with their defaults, nested in maps and lists', async () => {
    const type = 'map(object({ sku = string, hotpatch = optional(bool, true), tags = optional(map(string)) }))'
    expect(await convert(type, '{ web = { sku = "x", extra = 1 }, api = { sku = 3, hotpatch = "false" } }')).toEqual({
      web: { sku: 'x', hotpatch: true, tags: null },
      api: { sku: '3', hotpatch: false, tags: null }
    })
  })

  it('marks a missing required attribute and converts primitives', async () => {
    expect(await convert('object({ name = string })', '{}')).toEqual({
      name: { failure: 'the required attribute "name" is missing from the value' }
    })
    expect(await convert('list(number)', '["1", 2]')).toEqual([1, 2])
    expect(await convert('bool', '"yes"')).toEqual({ failure: 'a bool is required, found "yes"' })
    expect(plain(objectFrom({ a: 1 }))).toEqual({ a: 1 })
  })
})

describe('names in scope', () => {
  // terraform.workspace is not `default` (issue 9 item 3 read it so): CI often selects `prod`, where it passed unplanned VMs.
  it('reads data source arguments written in the configuration and path.*, and not terraform.workspace', async () => {
    const model = await readMemoryModel({
      'infra/main.tf': [
        'data "azurerm_resource_group" "shared" {',
        '  name = "rg-shared"',
        '}',
        'resource "azurerm_windows_virtual_machine" "vm" {',
        '  name                = "vm-${basename(path.module)}"',
        '  resource_group_name = data.azurerm_resource_group.shared.name',
        '  location            = data.azurerm_resource_group.shared.location',
        '  tags                = { workspace = terraform.workspace }',
        '}',
        ''
      ].join('\n')
    })
    const vm = model.resources[0] as VirtualMachine
    // path.module is relative to Terraform's working directory, the root module's folder: `.` in the root module.
    expect([vm.identity.name, vm.identity.resourceGroup, show(vm.location), show(vm.tags)]).toEqual([
      'vm-.',
      'rg-shared',
      'unresolved: data source data.azurerm_resource_group.shared is read when Terraform plans @infra/main.tf:7',
      'unresolved: terraform.workspace is chosen when Terraform runs (terraform workspace select, TF_WORKSPACE) @infra/main.tf:8'
    ])
  })

  it('expands a for_each map whose keys interpolate terraform.workspace into a VM per value, keys unknown (issue 9 item 3)', async () => {
    const model = await readMemoryModel({
      'main.tf': [
        'locals {',
        '  vms = { "${terraform.workspace}-web" = "web", "${terraform.workspace}-app" = "app" }',
        '}',
        'resource "azurerm_windows_virtual_machine" "vm" {',
        '  for_each            = local.vms',
        '  name                = each.key',
        '  resource_group_name = "rg-${each.value}"',
        '}',
        ''
      ].join('\n')
    })
    // Not one unknown resource: each written value stays a VM with its known values (workspace.test.ts has the verdicts).
    expect(model.resources.map(r => [r.identity.name, r.identity.resourceGroup, r.variant])).toEqual([
      [undefined, 'rg-web', '["?"]'],
      [undefined, 'rg-app', '["?2"]']
    ])
  })

  it('applies terraform.tfvars.json after terraform.tfvars and before *.auto.tfvars', async () => {
    const model = await readMemoryModel({
      'main.tf': 'variable "a" {}\nvariable "b" {}\nvariable "c" {}\nresource "azurerm_windows_virtual_machine" "vm" {\n  name = "${var.a}-${var.b}-${var.c}"\n}\n',
      'terraform.tfvars': 'a = "tfvars"\nb = "tfvars"\nc = "tfvars"\n',
      'terraform.tfvars.json': '{"b": "json", "c": "json"}',
      'z.auto.tfvars': 'c = "auto"\n'
    })
    expect(model.resources[0]?.identity.name).toBe('tfvars-json-auto')
  })
})

describe('references', () => {
  it('resolve through count instances and keep the target symbol when the name is unknown', async () => {
    const model = await readFixtures('modules-live', 'modules')
    const assignment: MaintenanceAssignment = bySymbol(
      model.maintenanceAssignments,
      'modules-live#azurerm_maintenance_assignment_virtual_machine.bastion'
    )
    expect(assignment.target?.target.value).toEqual({
      type: 'Microsoft.Compute/virtualMachines',
      name: undefined,
      resourceGroup: 'rg-live',
      symbol: 'modules-live#module.bastion.azurerm_windows_virtual_machine.this[0]'
    })
    const vm = bySymbol(model.virtualMachines, 'modules-live#module.bastion.azurerm_windows_virtual_machine.this[0]')
    expect(vm.identity.name).toBeUndefined()
    expect(vm.displayName).toBe('module.bastion.azurerm_windows_virtual_machine.this[0]')
  })
})

describe('a variables file beside no root module', () => {
  const ROOT = [
    'variable "hotpatching_enabled" {',
    '  type    = bool',
    '  default = false',
    '}',
    'resource "azurerm_windows_virtual_machine" "web" {',
    '  name                = "vm-web-01"',
    '  resource_group_name = "rg-web"',
    '  location            = "westeurope"',
    '  patch_mode          = "AutomaticByPlatform"',
    '  hotpatching_enabled = var.hotpatching_enabled',
    ...imageReferenceLines('"2022-datacenter-azure-edition-hotpatch"'),
    '}',
    ''
  ].join('\n')

  it('is a notice that its values are applied to nothing, or an indeterminate VM when they carry a hotpatch signal', async () => {
    const model = await readMemoryModel({
      'infra/main.tf': ROOT,
      'infra/terraform.tfvars': 'hotpatching_enabled = false\n',
      'envs/dev.tfvars': 'location = "westeurope"\n',
      'envs/prod.tfvars': 'location = "westeurope"\nhotpatching_enabled = true\n'
    })
    const why = (path: string) => `variables file ${path} is beside no root module of the scan, so its values are applied to nothing here`
    const judge = 'scan the plan of the root it feeds (terraform plan -var-file, then terraform show -json)'
    // Of the group of envs/ (its folder holds no .tf): the scan says it alone or with the others (notice-groups.test.ts).
    const group = expect.objectContaining({ key: 'terraform-var-files:envs' })
    expect(model.parseErrors).toEqual([{ file: 'envs/dev.tfvars', line: 1, column: 1, message: `${why('envs/dev.tfvars')}; ${judge} to check them`, severity: 'notice', group }])
    expect(model.resources.map(resource => [resource.displayName, resource.reportAt.file])).toEqual([
      ['variables file envs/prod.tfvars', 'envs/prod.tfvars'],
      ['vm-web-01', 'infra/main.tf']
    ])
    const fromVarFile = model.resources[0] as VirtualMachine
    expect(show(fromVarFile.enableHotpatching)).toBe('true (literal) @envs/prod.tfvars:2')
    expect(fromVarFile.osType.reason).toBe(
      `${why('envs/prod.tfvars')}, and its inputs carry a hotpatch signal (hotpatching_enabled = true at envs/prod.tfvars:2:1): ${judge} instead, or exempt it`
    )
    expect(show((model.resources[1] as VirtualMachine).enableHotpatching)).toBe('false (parameter-file:hotpatching_enabled) @infra/main.tf:10')
  })

  it('reads a flag it sets as the string "true" as true (Terraform converts it for a bool variable)', async () => {
    const model = await readMemoryModel({ 'infra/main.tf': ROOT, 'envs/prod.tfvars': 'hotpatching_enabled = "true"\n' })
    const fromVarFile = model.resources[0] as VirtualMachine
    expect(fromVarFile.displayName).toBe('variables file envs/prod.tfvars')
    expect(show(fromVarFile.enableHotpatching)).toBe('true (literal) @envs/prod.tfvars:1')
  })
})
