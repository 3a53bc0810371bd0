/**
 * Terraform plan reader (src/readers/terraform/plan/plan-document.ts): `terraform show -json` without a plan file
 * prints the state (`format_version`, `terraform_version`, `values.root_module`: the shape of a plan's
 * `planned_values`, without `resource_changes`). Its resources are read as the ones that exist, modules included, and
 * an assignment's ID names the VM it was made for. It was claimed as a plan and read as an empty one: a hotpatch VM
 * without a plan gave 0 VMs, no notice and exit 0 (found by probing).
 */
import { describe, expect, it } from '@jest/globals'
import { scan } from '../../../src/scan.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURES, readFixtures, show } from './support.js'
import { scanFiles, verdicts } from './scan-files.js'
import { terraformVm } from '../../support/manifests.js'

describe('a state document (plans/state/)', () => {
  it('reads its resources, those of its child modules too, where the state writes them', async () => {
    const model = await readFixtures('plans/state')
    expect(model.parseErrors).toEqual([])
    expect(model.virtualMachines.map(vm => [vm.identity.symbol, vm.reportAt.line, show(vm.enableHotpatching), show(vm.deployed)])).toEqual([
      ['plans/state#azurerm_windows_virtual_machine.app', 7, 'true (literal) @plans/state/state.json:17', 'true (provider-default) @plans/state/state.json:7'],
      ['plans/state#azurerm_windows_virtual_machine.batch', 41, 'true (literal) @plans/state/state.json:51', 'true (provider-default) @plans/state/state.json:41']
    ])
    expect(model.maintenanceConfigurations.map(c => [c.identity.symbol, show(c.window.recurEvery)])).toEqual([
      ['plans/state#module.maint.azurerm_maintenance_configuration.monthly', '"Month Second Tuesday" (literal) @plans/state/state.json:118']
    ])
    expect(model.maintenanceAssignments.map(a => [a.identity.symbol, a.target?.target.value?.symbol, a.configuration.target.value?.symbol])).toEqual([
      [
        'plans/state#module.maint.azurerm_maintenance_assignment_virtual_machine.this',
        'plans/state#azurerm_windows_virtual_machine.app',
        'plans/state#module.maint.azurerm_maintenance_configuration.monthly'
      ]
    ])
  })

  it('judges them: the VM its module assigns a window has a plan, the other fails', async () => {
    const result = await scan({ root: FIXTURES, paths: ['plans/state'], asOf: new Date('2026-12-07T00:00:00Z'), threads: 1 })
    expect(result.model.parseErrors).toEqual([])
    expect(verdicts({ assessments: result.assessments, findings: result.findings, parseErrors: [] })).toEqual([
      'vm-app-01 affected-with-plan:',
      'vm-app-02 affected-no-plan: reboot-plan-required'
    ])
  })

  it('beside the configuration it records, leaves it to the .tf files, which this change deploys, with a notice', async () => {
    const state = readFileSync(join(FIXTURES, 'plans/state/state.json'), 'utf8')
    const result = await scanFiles({ 'infra/main.tf': terraformVm('"vm-app"'), 'infra/state.json': state })
    expect(verdicts(result)).toEqual(['vm-app affected-no-plan: reboot-plan-required'])
    expect(result.parseErrors.map(error => `${error.file}:${error.line} ${error.severity} ${error.message}`)).toEqual([
      'infra/state.json:1 notice a Terraform state (`terraform show -json` without a plan file) beside the configuration ' +
        'it records: the .tf files are read, since they are what this change deploys; the state shows what exists'
    ])
  })
})
