/**
 * The fix of a hotpatch VM deployed through an AVM virtual-machine module (src/policy/snippets/terraform-avm.ts,
 * bicep-avm.ts): the module's VM cannot be edited, so the fix declares the configuration beside the call and passes
 * it in the module's own inputs (Terraform `maintenance_configuration_resource_ids`, Bicep
 * `maintenanceConfigurationResourceId`) with the schedule prerequisite's. It used to assign the window to
 * `azurerm_windows_virtual_machine.this[0]` inside the module, or to `scope: vm`, a module symbol Bicep refuses.
 * Applied as it says, the fix gives the VM a plan the gate accepts. Every case scans files written here.
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles, verdicts } from '../readers/terraform/scan-files.js'

const TERRAFORM_CALL = `module "vm" {
  source  = "Azure/avm-res-compute-virtualmachine/azurerm"
  version = "0.19.3"

  name                = "vm-app-01"
  resource_group_name = "rg-app"
  location            = "westeurope"
  hotpatching_enabled = true
  source_image_reference = { publisher = "MicrosoftWindowsServer", offer = "WindowsServer", sku = "2025-datacenter-azure-edition", version = "latest" }
}
`

const BICEP_CALL = `module vm 'br/public:avm/res/compute/virtual-machine:0.20.0' = {
  name: 'vm'
  params: {
    name: 'vm-app-01'
    location: 'westeurope'
    osType: 'Windows'
    vmSize: 'Standard_D2s_v5'
    imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' }
    enableHotpatching: true
    patchMode: 'AutomaticByPlatform'
  }
}
`

const fixOf = async (files: Record<string, string>): Promise<string | undefined> =>
  (await scanFiles(files)).findings.find(finding => finding.ruleId === 'reboot-plan-required')?.fix?.snippet?.text

/** The lines of a fix's comment block `#   x = y` / `//   x: y`, uncommented: what it asks to add to the call. */
const inputsOf = (fix: string, comment: string): string[] =>
  fix.split('\n').filter(line => line.startsWith(`${comment}   `)).map(line => line.slice(comment.length + 3))

/** The fix without its comment lines: what it declares beside the call. */
const declaredOf = (fix: string, comment: string): string => fix.split('\n').filter(line => !line.startsWith(comment)).join('\n')

const CONFIGURATION_BODY = (indent: string, lines: readonly string[]): string => lines.map(line => (line === '' ? '' : indent + line)).join('\n')

describe('the fix of a VM of the Terraform AVM virtual-machine module', () => {
  it('declares the configuration beside the call and passes it in maintenance_configuration_resource_ids, with the prerequisite inputs', async () => {
    expect(await fixOf({ 'main.tf': TERRAFORM_CALL })).toBe(`# A monthly InGuestPatch window that may reboot, for the VM of module "vm" (Azure/avm-res-compute-virtualmachine/azurerm).
# Declared beside the module call: the module's own resources cannot be edited, its inputs can.
resource "azurerm_maintenance_configuration" "vm_app_01_reboot_window" {
${CONFIGURATION_BODY('  ', [
  'name                     = "vm-app-01-reboot-window"',
  'resource_group_name      = "rg-app"',
  'location                 = "westeurope"',
  'scope                    = "InGuestPatch"',
  'in_guest_user_patch_mode = "User"',
  '',
  'window {',
  '  start_date_time = "2025-11-12 03:00"',
  '  duration        = "03:55"',
  '  time_zone       = "UTC"',
  '  recur_every     = "Month Second Tuesday Offset1"',
  '}',
  '',
  'install_patches {',
  '  reboot = "IfRequired"',
  '  windows {',
  '    classifications_to_include = ["Critical", "Security"]',
  '  }',
  '}'
])}
}

# And in module "vm" (main.tf): the module assigns each configuration of this map to the VM,
# and sets the schedule prerequisite from the other three inputs.
#   maintenance_configuration_resource_ids = { reboot_window = azurerm_maintenance_configuration.vm_app_01_reboot_window.id }
#   patch_mode                                             = "AutomaticByPlatform"
#   reboot_setting                                         = "IfRequired"
#   bypass_platform_safety_checks_on_user_schedule_enabled = true
`)
  })

  it('applied as it says, gives the VM a plan', async () => {
    const fix = (await fixOf({ 'main.tf': TERRAFORM_CALL })) ?? ''
    const call = TERRAFORM_CALL.replace(/}\n$/, `${inputsOf(fix, '#').map(line => `  ${line}\n`).join('')}}\n`)
    expect(verdicts(await scanFiles({ 'main.tf': call + declaredOf(fix, '#') }))).toEqual(['vm-app-01 affected-with-plan:'])
  })

  it('of a call in a local module, an instance of a for_each, with values not known: says where, and names them through the call', async () => {
    const inner = 'variable "names" {\n  type = set(string)\n}\nvariable "group" {\n  type = string\n}\n' +
      TERRAFORM_CALL.replace('version = "0.19.3"', 'version = "0.19.3"\n  for_each = var.names').replace('"vm-app-01"', 'each.key').replace('"rg-app"', 'var.group').replace('"westeurope"', 'var.group')
    const fix = await fixOf({ 'main.tf': 'variable "group" {\n  type = string\n}\nmodule "app" {\n  source = "./app"\n  names  = ["a"]\n  group  = var.group\n}\n', 'app/main.tf': inner })
    expect(fix?.split('\n').slice(0, 6)).toEqual([
      '# Paste into the module that calls it (module.app), beside module "vm".',
      '# A monthly InGuestPatch window that may reboot, for the VM of module "vm" (Azure/avm-res-compute-virtualmachine/azurerm).',
      "# Declared beside the module call: the module's own resources cannot be edited, its inputs can.",
      'resource "azurerm_maintenance_configuration" "a_reboot_window" {',
      '  name                     = "a-reboot-window"',
      '  resource_group_name      = module.vm["a"].resource.resource_group_name'
    ])
    expect(fix?.split('\n')[6]).toBe('  location                 = module.vm["a"].resource.location')
  })
})

describe('the fix of a VM of the Bicep AVM virtual-machine module', () => {
  it('declares the configuration beside the call and passes it in maintenanceConfigurationResourceId, with the prerequisite params', async () => {
    expect(await fixOf({ 'main.bicep': BICEP_CALL })).toBe(`// A monthly InGuestPatch window that may reboot, for the VM of module vm (br/public:avm/res/compute/virtual-machine).
// Declared beside the module call, in the VM's region: a module is no resource to scope an assignment to, its params take one.
resource vmRebootConfig 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {
${CONFIGURATION_BODY('  ', [
  "name: 'vm-app-01-reboot-window'",
  "location: 'westeurope'",
  'properties: {',
  "  maintenanceScope: 'InGuestPatch'",
  "  extensionProperties: { InGuestPatchMode: 'User' }",
  '  maintenanceWindow: {',
  "    startDateTime: '2025-11-12 03:00'",
  "    duration: '03:55'",
  "    timeZone: 'UTC'",
  "    recurEvery: 'Month Second Tuesday Offset1'",
  '  }',
  '  installPatches: {',
  "    rebootSetting: 'IfRequired'",
  "    windowsParameters: { classificationsToInclude: ['Critical', 'Security'] }",
  '  }',
  '}'
])}
}

// And in module vm's params (main.bicep): the module assigns the configuration to the VM, and sets
// the schedule prerequisite from the other three.
//   maintenanceConfigurationResourceId: vmRebootConfig.id
//   patchMode: 'AutomaticByPlatform'
//   rebootSetting: 'IfRequired'
//   bypassPlatformSafetyChecksOnUserSchedule: true
`)
  })

  it('applied as it says (the params the call does not write yet), gives the VM a plan', async () => {
    const fix = (await fixOf({ 'main.bicep': BICEP_CALL })) ?? ''
    const added = inputsOf(fix, '//').filter(line => !BICEP_CALL.includes(`    ${line.slice(0, line.indexOf(':') + 1)}`))
    const call = BICEP_CALL.replace('    enableHotpatching: true\n', `    enableHotpatching: true\n${added.map(line => `    ${line}\n`).join('')}`)
    expect(verdicts(await scanFiles({ 'main.bicep': call + declaredOf(fix, '//') }))).toEqual(['vm-app-01 affected-with-plan:'])
  })
})
