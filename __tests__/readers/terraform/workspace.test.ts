/**
 * `terraform.workspace` is chosen when Terraform runs (`terraform workspace select`, TF_WORKSPACE): a value that
 * depends on it is unresolved, so a VM whose hotpatch signal or deployment does is `indeterminate` or judged as
 * possibly deployed, never judged for `default` (an audit's false pass: hotpatch on in `prod`, no plan). A name,
 * resource group or tag that depends on it changes nothing the policy reads when the plan names the VM by address,
 * and a `for_each` keyed by it keeps its VMs, each reached by an assignment that iterates the VM resource.
 */
import { describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../../src/model/resources.js'
import { hotpatchVm, monthlyConfiguration, scanFiles, verdicts } from './scan-files.js'
import { readMemoryModel, show } from './support.js'

const WORKSPACE_REASON = 'terraform.workspace is chosen when Terraform runs (terraform workspace select, TF_WORKSPACE)'

const settings = (hotpatch: string, extra = '') => `  patch_mode            = "AutomaticByPlatform"
  hotpatching_enabled   = ${hotpatch}
  reboot_setting        = "IfRequired"
  bypass_platform_safety_checks_on_user_schedule_enabled = true
${extra}`

/** An assignment of mc-monthly to `target`, with `head` (a `for_each`) first. */
const assignment = (target: string, head = '') => `resource "azurerm_maintenance_assignment_virtual_machine" "a" {
${head}  location                     = "westeurope"
  maintenance_configuration_id = azurerm_maintenance_configuration.mc.id
  virtual_machine_id           = ${target}
}
`
/** HOTPATCH_VM with `meta` (a `count` or `for_each`) first and `name` as its name. */
const loopedVm = (meta: string, name: string) => hotpatchVm({ name }).replace('{\n  name', `{\n  ${meta}\n  name`)

describe('a hotpatch signal or a deployment that depends on terraform.workspace', () => {
  it('is indeterminate, located at the expression, not judged for the default workspace (was: not affected)', async () => {
    const result = await scanFiles({ 'main.tf': hotpatchVm({ settings: settings('terraform.workspace == "prod"') }) })
    expect(verdicts(result)).toEqual(['vm-app-01 indeterminate: indeterminate'])
    expect(result.findings.map(f => f.message)).toEqual([
      `Could not tell whether VM 'vm-app-01' needs a reboot plan: enableHotpatching at main.tf:10: ${WORKSPACE_REASON}. ` +
        'Make these values resolvable (a literal, a variable default or a .tfvars file of the root module), or exempt the resource with a reason.'
    ])
  })

  it('keeps a VM counted only in another workspace as possibly deployed: no plan fails (was: not affected)', async () => {
    const result = await scanFiles({ 'main.tf': loopedVm('count = terraform.workspace == "prod" ? 1 : 0', '"vm-app-01"') })
    expect(verdicts(result)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
    const vm = (await readMemoryModel({ 'main.tf': loopedVm('count = terraform.workspace == "prod" ? 1 : 0', '"vm-app-01"') }))
      .resources[0] as VirtualMachine
    expect(show(vm.deployed)).toBe(`unresolved: ${WORKSPACE_REASON} @main.tf:2`)
  })
})

describe('a name, resource group or tag that depends on terraform.workspace', () => {
  const files = {
    'main.tf':
      hotpatchVm({ name: '"vm-${terraform.workspace}-01"', group: '"rg-${terraform.workspace}"', settings: settings('true', '  tags = { env = terraform.workspace }\n') }) +
      monthlyConfiguration() +
      assignment('azurerm_windows_virtual_machine.vm.id')
  }

  it('is unresolved, and the VM its assignment names by address keeps its plan', async () => {
    const vm = (await readMemoryModel(files)).resources[0] as VirtualMachine
    expect([vm.identity.name, vm.identity.resourceGroup, vm.displayName, show(vm.tags)]).toEqual([
      undefined,
      undefined,
      'azurerm_windows_virtual_machine.vm',
      `unresolved: ${WORKSPACE_REASON} @main.tf:13`
    ])
    expect(verdicts(await scanFiles(files))).toEqual(['azurerm_windows_virtual_machine.vm affected-with-plan:'])
  })
})

describe('a for_each that depends on terraform.workspace', () => {
  it('keyed by it keeps one VM per written value, each reached by an assignment that iterates the VMs', async () => {
    const vms = 'locals {\n  vms = { "${terraform.workspace}-web" = "web", "${terraform.workspace}-app" = "app" }\n}\n'
    const model = await readMemoryModel({ 'main.tf': vms + loopedVm('for_each = local.vms', 'each.key') })
    expect(model.resources.map(r => [r.identity.name, r.variant])).toEqual([
      [undefined, '["?"]'],
      [undefined, '["?2"]']
    ])
    const planned = vms + loopedVm('for_each = local.vms', 'each.key') + monthlyConfiguration() +
      assignment('each.value.id', '  for_each                     = azurerm_windows_virtual_machine.vm\n')
    expect(verdicts(await scanFiles({ 'main.tf': planned }))).toEqual([
      'azurerm_windows_virtual_machine.vm["?"] affected-with-plan:',
      'azurerm_windows_virtual_machine.vm["?2"] affected-with-plan:'
    ])
  })

  it('chosen by it stands for every VM, reached by an assignment that iterates the VMs or indexes them by each.key', async () => {
    const envs = 'locals {\n  vms = { dev = { a = "x" }, prod = { b = "y" } }\n}\n'
    const vm = loopedVm('for_each = local.vms[terraform.workspace]', 'each.key')
    const byValue = assignment('each.value.id', '  for_each                     = azurerm_windows_virtual_machine.vm\n')
    const byKey = assignment('azurerm_windows_virtual_machine.vm[each.key].id', '  for_each                     = local.vms[terraform.workspace]\n')
    for (const planned of [byValue, byKey]) {
      expect(verdicts(await scanFiles({ 'main.tf': envs + vm + monthlyConfiguration() + planned }))).toEqual([
        'azurerm_windows_virtual_machine.vm affected-with-plan:'
      ])
    }
  })

  it('is not reached by an assignment that iterates another resource', async () => {
    const envs = 'locals {\n  vms = { dev = { a = "x" }, prod = { b = "y" } }\n}\n'
    // In another resource group: a reference to it could not name the VM whatever their names (match.ts).
    const other = hotpatchVm({ name: 'each.key', group: '"rg-other"' })
      .replace('"vm" {\n  name', '"other" {\n  for_each = local.vms[terraform.workspace]\n  name')
    const files = envs + loopedVm('for_each = local.vms[terraform.workspace]', 'each.key') + other + monthlyConfiguration() +
      assignment('each.value.id', '  for_each                     = azurerm_windows_virtual_machine.other\n')
    expect(verdicts(await scanFiles({ 'main.tf': files }))).toEqual([
      'azurerm_windows_virtual_machine.vm affected-no-plan: reboot-plan-required',
      'azurerm_windows_virtual_machine.other affected-with-plan:'
    ])
  })
})
