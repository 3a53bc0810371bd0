/**
 * Terraform plan reader (src/readers/terraform-plan): claims, resource_changes with after_unknown,
 * configuration references, deletions, format 0.1 planned_values, and where resources are reported.
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceAssignment, VirtualMachine } from '../../../src/model/resources.js'
import { terraformPlanReader } from '../../../src/readers/terraform/plan/terraform-plan-reader.js'
import { bySymbol, readFixtures, readMemoryModel, show } from './support.js'

describe('claims', () => {
  const claims = (path: string, head: string) => terraformPlanReader.claims({ path, absolutePath: path, size: 1 }, () => head)

  it.each([
    ['plan.json', '{"format_version":"1.2","terraform_version":"1.9.8"}', true],
    ['tfplan.json', '{\n  "format_version": "0.1",\n  "planned_values": {}', true],
    ['show.json', '{"format_version":"1.0","resource_changes":[]}', true],
    ['package.json', '{"name":"x","version":"1.0.0"}', false],
    ['azuredeploy.json', '{"$schema":"https://schema.management.azure.com/x#","format_version":"1"}', false],
    ['plan.txt', '{"format_version":"1.2","terraform_version":"1.9.8"}', false]
  ])('%s -> %s', (path, head, expected) => {
    expect(claims(path, head)).toBe(expected)
  })
})

describe('a plan next to its configuration (plans/with-config)', () => {
  it('reports at the .tf declaration and locates values in the .tf file when they are written there', async () => {
    const model = await readFixtures('plans/with-config')
    expect(model.parseErrors).toEqual([])
    const vm = bySymbol(model.virtualMachines, 'plans/with-config#azurerm_windows_virtual_machine.web[0]')
    expect({
      format: vm.format,
      name: vm.identity.name,
      variant: vm.variant,
      reportAt: vm.reportAt,
      related: vm.related,
      sku: show(vm.image.sku),
      hotpatch: show(vm.enableHotpatching),
      bypass: show(vm.bypassPlatformSafetyChecksOnUserSchedule),
      reboot: show(vm.rebootSetting),
      deployed: show(vm.deployed)
    }).toEqual({
      format: 'terraform-plan',
      name: 'vm-web-0',
      variant: '[0]',
      reportAt: { file: 'plans/with-config/main.tf', line: 1, column: 1 },
      related: [{ file: 'plans/with-config/plan.json', startLine: 15, role: 'plan' }],
      sku: '"2025-datacenter-azure-edition" (literal) @plans/with-config/main.tf:17',
      hotpatch: 'true (literal) @plans/with-config/main.tf:12',
      bypass: 'false (literal) @plans/with-config/plan.json:37',
      reboot: 'absent @plans/with-config/plan.json:36',
      deployed: 'true (provider-default) @plans/with-config/plan.json:23'
    })
  })

  it('resolves IDs that are known after apply through the configuration references', async () => {
    const model = await readFixtures('plans/with-config')
    const assignment: MaintenanceAssignment = bySymbol(
      model.maintenanceAssignments,
      'plans/with-config#azurerm_maintenance_assignment_virtual_machine.web'
    )
    expect(assignment.target?.target.value).toEqual({
      type: 'Microsoft.Compute/virtualMachines',
      name: 'vm-web-0',
      resourceGroup: 'rg-web',
      symbol: 'plans/with-config#azurerm_windows_virtual_machine.web[0]'
    })
    expect(show(assignment.configuration.target)).toBe(
      '{"type":"Microsoft.Maintenance/maintenanceConfigurations","name":"mc-web","resourceGroup":"rg-web","symbol":"plans/with-config#azurerm_maintenance_configuration.patch"} (expression) @plans/with-config/main.tf:43'
    )
  })

  it('marks a deleted resource as not deployed, read from its last values, reported in the plan', async () => {
    const model = await readFixtures('plans/with-config')
    const old = bySymbol(model.virtualMachines, 'plans/with-config#azurerm_windows_virtual_machine.old')
    expect([old.reportAt, show(old.deployed), old.image.sku.value]).toEqual([
      { file: 'plans/with-config/plan.json', line: 130, column: 5 },
      'false (literal) @plans/with-config/plan.json:137',
      '2019-datacenter-gensecond'
    ])
  })

  it('leaves the folder to the plan: the HCL reader does not report the same resources again', async () => {
    const model = await readFixtures('plans/with-config')
    expect(model.virtualMachines.map(vm => vm.format)).toEqual(['terraform-plan', 'terraform-plan'])
    expect(model.files).toEqual(['plans/with-config/main.tf', 'plans/with-config/plan.json'])
  })
})

describe('a plan without configuration (plans/plan-only)', () => {
  it('reports in the plan, with after_unknown values unresolved when the configuration sets them', async () => {
    const model = await readFixtures('plans/plan-only')
    const flex = bySymbol(model.virtualMachines, 'plans/plan-only#module.scale["app"].azurerm_orchestrated_virtual_machine_scale_set.this')
    expect({
      reportAt: flex.reportAt,
      variant: flex.variant,
      sku: show(flex.image.sku),
      patchMode: show(flex.patchMode),
      hotpatch: show(flex.enableHotpatching),
      osType: show(flex.osType),
      tags: show(flex.tags)
    }).toEqual({
      reportAt: { file: 'plans/plan-only/tfplan.json', line: 10, column: 5 },
      variant: '["app"]',
      sku: '"2022-datacenter-azure-edition-core-smalldisk" (literal) @plans/plan-only/tfplan.json:48',
      patchMode: '"AutomaticByPlatform" (literal) @plans/plan-only/tfplan.json:37',
      hotpatch: 'unresolved: known after apply @plans/plan-only/tfplan.json:33',
      osType: '"Windows" (literal) @plans/plan-only/tfplan.json:32',
      tags: '{"app":"orders"} (literal) @plans/plan-only/tfplan.json:52'
    })
  })

  it('reads azapi bodies and updates, and links known IDs to planned resources', async () => {
    const model = await readFixtures('plans/plan-only')
    const api = bySymbol(model.virtualMachines, 'plans/plan-only#azapi_resource.api')
    expect([api.identity.resourceGroup, show(api.enableHotpatching), show(api.rebootSetting)]).toEqual([
      'rg-app',
      'true (literal) @plans/plan-only/tfplan.json:101',
      '"Never" (literal) @plans/plan-only/tfplan.json:103'
    ])
    const ops = bySymbol(model.virtualMachines, 'plans/plan-only#azurerm_windows_virtual_machine.ops')
    expect([show(ops.patchMode), show(ops.enableHotpatching), show(ops.deployed)]).toEqual([
      '"AutomaticByPlatform" (literal) @plans/plan-only/tfplan.json:151',
      'true (literal) @plans/plan-only/tfplan.json:152',
      'true (provider-default) @plans/plan-only/tfplan.json:125'
    ])
    const assignment = bySymbol(model.maintenanceAssignments, 'plans/plan-only#azurerm_maintenance_assignment_virtual_machine.ops')
    expect(assignment.target?.target.value?.symbol).toBe('plans/plan-only#azurerm_windows_virtual_machine.ops')
    expect(model.files).toEqual(['plans/plan-only/tfplan.json'])
  })
})

describe('format 0.1 plans (plans/legacy)', () => {
  it('reads planned_values with child modules when there are no resource_changes', async () => {
    const vms: readonly VirtualMachine[] = (await readFixtures('plans/legacy')).virtualMachines
    expect(vms.map(vm => [vm.identity.symbol, vm.identity.name, vm.canHotpatch, show(vm.osType)])).toEqual([
      ['plans/legacy#azurerm_windows_virtual_machine.hot', 'vm-hot', true, '"Windows" (provider-default) @plans/legacy/plan.json:7'],
      ['plans/legacy#module.win.azurerm_virtual_machine.vm[0]', 'vm-legacy-win', true, '"Windows" (literal) @plans/legacy/plan.json:57']
    ])
    expect(show(vms[1]!.image.customImageId)).toBe('absent @plans/legacy/plan.json:54')
    expect(show(vms[0]!.enableHotpatching)).toBe('true (literal) @plans/legacy/plan.json:19')
  })
})

describe('unknown values without configuration, and broken plans', () => {
  const plan = (after: object, unknown: object, configured?: object) =>
    JSON.stringify({
      format_version: '1.2',
      terraform_version: '1.9.0',
      resource_changes: [
        {
          address: 'azurerm_windows_virtual_machine.vm',
          mode: 'managed',
          type: 'azurerm_windows_virtual_machine',
          name: 'vm',
          change: { actions: ['create'], after, after_unknown: unknown }
        }
      ],
      ...(configured ? { configuration: { root_module: { resources: [configured] } } } : {})
    })

  it('reads a value computed by the provider as not set when the configuration does not write it', async () => {
    const configured = { address: 'azurerm_windows_virtual_machine.vm', expressions: { name: { constant_value: 'vm' } } }
    const model = await readMemoryModel({ 'p/plan.json': plan({ name: 'vm' }, { hotpatching_enabled: true, patch_mode: true }, configured) })
    const vm = model.resources[0] as VirtualMachine
    expect([show(vm.enableHotpatching), show(vm.patchMode)]).toEqual([
      'false (provider-default) @p/plan.json:1',
      '"AutomaticByOS" (provider-default) @p/plan.json:1'
    ])
    const bare = (await readMemoryModel({ 'p/plan.json': plan({ name: 'vm' }, { hotpatching_enabled: true }) })).resources[0] as VirtualMachine
    expect(show(bare.enableHotpatching)).toBe('unresolved: known after apply @p/plan.json:1')
  })

  it('gives a located error for invalid JSON and skips JSON that only looks like a plan', async () => {
    const model = await readMemoryModel({
      'bad/plan.json': '{\n  "format_version": "1.2",\n  "terraform_version": "1.9.0",\n  "resource_changes": [\n',
      'other/plan.json': '{"terraform_version": "1.9.0", "note": "format_version"}'
    })
    expect(model.parseErrors).toEqual([
      { file: 'bad/plan.json', line: 5, column: 1, message: 'invalid JSON: close bracket expected', severity: 'error' }
    ])
    expect(model.manifests).toEqual([])
  })
})
