/**
 * The Terraform AVM maintenance-configuration module (src/readers/terraform/known-modules/
 * avm-res-maintenance-maintenanceconfiguration.ts), pinned to 0.1.0, is the maintenance configuration its inputs
 * describe: a hand-written assignment of `module.mc.resource_id` to a hotpatch VM is judged exactly as one of an
 * `azurerm_maintenance_configuration` (it was an unknown configuration, the VM indeterminate). Any other version stays
 * the unread call. Every case scans files written here.
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceConfiguration } from '../../../src/model/resources.js'
import { HOTPATCH_VM, scanFiles, verdicts } from './scan-files.js'
import { readMemoryModel } from './support.js'

const at = (line: number, column: number) => ({ file: 'main.tf', line, column })

/** The call at line 1 of main.tf: `scope` at line 5, the window from line 6, `install_patches` from line 12. */
const call = ({ version = '0.1.0', reboot = 'reboot_setting = "IfRequired"', scope = '"InGuestPatch"', windows = 'windows = { classifications_to_include = ["Critical", "Security"] }', extra = '' } = {}): string => `module "mc" {
  source              = "Azure/avm-res-maintenance-maintenanceconfiguration/azurerm"
  version             = "${version}"
  name                = "mc-monthly"
  scope               = ${scope}
  window = {
    start_date_time = "2025-01-15 03:00"
    duration        = "03:55"
    time_zone       = "UTC"
    recur_every     = "Month Second Tuesday Offset1"
  }
  install_patches = {
    ${reboot}
    ${windows}
  }
  resource_group_name  = "rg-app"
  location             = "westeurope"
  extension_properties = { InGuestPatchMode = "User" }
${extra}}
`

/** A hand-written assignment of the module's configuration to HOTPATCH_VM. */
const ASSIGNMENT = `resource "azurerm_maintenance_assignment_virtual_machine" "vm" {
  location                     = "westeurope"
  maintenance_configuration_id = module.mc.resource_id
  virtual_machine_id           = azurerm_windows_virtual_machine.vm.id
}
`

const scan = (module: string, head = '') => scanFiles({ 'main.tf': module + HOTPATCH_VM + ASSIGNMENT, ...(head === '' ? {} : { 'variables.tf': head }) })
const configurationOf = async (text: string) =>
  (await readMemoryModel({ 'main.tf': text })).resources.find((r): r is MaintenanceConfiguration => r.kind === 'maintenance-configuration')

describe('the AVM maintenance-configuration module at 0.1.0', () => {
  it.each(['IfRequired', 'Always'])('with a monthly window and reboot %s is the plan of the VM assigned module.mc.resource_id', async reboot => {
    const result = await scan(call({ reboot: `reboot_setting = "${reboot}"` }))
    expect(verdicts(result)).toEqual(['vm-app-01 affected-with-plan:'])
    expect(result.assessments[0]?.evidence.map(e => [e.via, e.status, e.configuration?.displayName])).toEqual([['direct', 'valid', 'mc-monthly']])
  })

  it('with reboot Never is blocked, at the input, exactly as a hand-written configuration that never reboots', async () => {
    const result = await scan(call({ reboot: 'reboot_setting = "Never"' }))
    expect(verdicts(result)).toEqual(['vm-app-01 affected-reboot-blocked: reboot-blocked'])
    expect(result.findings.map(f => [f.ruleId, f.location, f.message])).toEqual([
      [
        'reboot-blocked',
        at(13, 22),
        "VM 'vm-app-01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition, but its maintenance configuration 'mc-monthly' does not allow reboots (rebootSetting Never), so updates that need a restart stay pending. Windows Server 2025 hotpatch machines that installed KB5070881 (the CVE-2025-59287 out-of-band update) take a reboot-requiring update every month until the January 2026 baseline. Hotpatch machines still restart for every baseline update (January, April, July, October); the next baseline is January 2026 (Patch Tuesday 2026-01-13). Set rebootSetting to IfRequired."
      ]
    ])
  })

  it('is read as the module writes it: located at the inputs, with its defaults at the call', async () => {
    const configuration = await configurationOf(call({ reboot: '', windows: 'windows = {}' }))
    expect(configuration?.identity).toEqual({
      type: 'Microsoft.Maintenance/maintenanceConfigurations',
      name: 'mc-monthly',
      resourceGroup: 'rg-app',
      symbol: '.#module.mc.azapi_resource.maintenance_configuration'
    })
    expect(configuration?.reportAt).toEqual(at(1, 1))
    expect(configuration?.maintenanceScope).toMatchObject({ value: 'InGuestPatch', location: at(5, 3) })
    expect(configuration?.window.recurEvery).toMatchObject({ value: 'Month Second Tuesday Offset1', location: at(10, 23) })
    expect(configuration?.window.expirationDateTime.origin).toBe('absent')
    expect(configuration?.inGuestPatchMode).toMatchObject({ value: 'User', location: at(18, 47) })
    // reboot_setting is optional (null: the API's IfRequired); windows' lists take the type's defaults, at the object.
    expect(configuration?.rebootSetting.origin).toBe('absent')
    expect(configuration?.classificationsToInclude).toEqual({ value: ['Critical', 'Security'], origin: 'default', location: at(14, 15), detail: 'install_patches.windows.classifications_to_include' })
    expect(configuration?.kbNumbersToInclude).toEqual({ value: [], origin: 'default', location: at(14, 15), detail: 'install_patches.windows.kb_numbers_to_include' })
  })

  it('sends a window without duration as the type default 01:30, and none with window null', async () => {
    const short = await configurationOf(call().replace('    duration        = "03:55"\n', ''))
    expect(short?.window.duration).toEqual({ value: '01:30', origin: 'default', location: at(6, 3), detail: 'window.duration' })
    const none = await configurationOf(call().replace(/ {2}window = \{[^}]*\}\n/, '  window = null\n'))
    expect(none?.window.startDateTime.origin).toBe('absent')
  })

  it('sends installPatches only with scope InGuestPatch (case-sensitive), and leaves a scope its validation rejects unresolved', async () => {
    const host = await configurationOf(call({ scope: '"Host"', reboot: 'reboot_setting = "Never"' }))
    expect(host?.maintenanceScope.value).toBe('Host')
    expect(host?.rebootSetting.origin).toBe('absent')
    const lower = await configurationOf(call({ scope: '"inguestpatch"' }))
    expect(lower?.maintenanceScope).toMatchObject({ origin: 'unresolved', reason: 'scope "inguestpatch" is rejected by azure/avm-res-maintenance-maintenanceconfiguration/azurerm@0.1.0\'s validation' })
  })

  it('leaves a reboot setting from a variable that is not known unresolved: the VM is indeterminate', async () => {
    const head = 'variable "reboot" {\n  type = string\n}\n'
    const result = await scan(call({ reboot: 'reboot_setting = var.reboot' }), head)
    expect(verdicts(result)).toEqual(['vm-app-01 indeterminate: indeterminate'])
    const configuration = await configurationOf(head + call({ reboot: 'reboot_setting = var.reboot' }))
    expect(configuration?.rebootSetting).toMatchObject({ origin: 'unresolved', location: at(16, 25) })
    expect(configuration?.window.recurEvery.value).toBe('Month Second Tuesday Offset1')
  })

  it('puts the configuration in the subscription_id passed, as its parent_id does', async () => {
    const subscription = '11111111-1111-1111-1111-111111111111'
    const configuration = await configurationOf(call({ extra: `  subscription_id = "${subscription}"\n` }))
    expect(configuration?.scope?.subscription).toMatchObject({ value: subscription, location: at(19, 3) })
  })

  it('gives module.mc.name; another output stays unknown: the VM assigned through it is indeterminate', async () => {
    const byName = await scanFiles({ 'main.tf': call() + HOTPATCH_VM + ASSIGNMENT.replace('module.mc.resource_id', '"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/Microsoft.Maintenance/maintenanceConfigurations/${module.mc.name}"') })
    expect(verdicts(byName)).toEqual(['vm-app-01 affected-with-plan:'])
    expect(verdicts(await scanFiles({ 'main.tf': call() + HOTPATCH_VM + ASSIGNMENT.replace('module.mc.resource_id', 'module.mc.resource.id') }))).toEqual(['vm-app-01 indeterminate: indeterminate'])
  })
})

describe('a call written for another interface of the module', () => {
  it('passed an argument 0.1.0 does not declare (a VM to assign) stays an unread call: the VM is indeterminate, never no plan', async () => {
    const result = await scanFiles({ 'main.tf': call({ extra: '  virtual_machine_ids = [azurerm_windows_virtual_machine.vm.id]\n' }) + HOTPATCH_VM })
    expect(verdicts(result)).toEqual(['vm-app-01 indeterminate: indeterminate'])
    expect(result.assessments[0]?.evidence.map(e => [e.status, e.assignment.displayName])).toEqual([['unverifiable', 'module.mc']])
  })
})

describe('an AVM maintenance-configuration module version the gate has not read', () => {
  it.each(['0.2.0', '~> 0.1'])('%s stays an unread call: the VM assigned module.mc.resource_id is indeterminate', async version => {
    const result = await scan(call({ version }))
    expect(verdicts(result)).toEqual(['vm-app-01 indeterminate: indeterminate'])
  })
})
