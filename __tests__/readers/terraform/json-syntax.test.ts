/**
 * `.tf.json` files (Terraform's JSON syntax, CDKTF's cdk.tf.json) are not read, and nothing in them passes
 * unseen: each block of a type the policy reads and each module call is a located notice, or an `indeterminate`
 * VM when it carries a hotpatch signal. They were not claimed at all: a VM in one beside a `.tf` file was nothing.
 */
import { describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../../src/model/resources.js'
import { terraformClaim } from '../../../src/readers/terraform/terraform-claim.js'
import { readMemoryModel, show } from './support.js'
import { scanFiles, verdicts } from './scan-files.js'

const HOTPATCH_VM = {
  name: 'vm-json-01',
  resource_group_name: 'rg-app',
  patch_mode: 'AutomaticByPlatform',
  hotpatching_enabled: true,
  source_image_reference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' }
}
const PLAIN_VM = { name: 'vm-json-02', resource_group_name: 'rg-app', source_image_reference: { sku: '2022-datacenter' } }
const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`

describe('.tf.json files', () => {
  it('are claimed by the Terraform reader', () => {
    const claims = (path: string) => terraformClaim.claims({ path, absolutePath: `/x/${path}`, size: 1 }, () => '{}')
    expect(['main.tf.json', 'cdktf.out/stacks/app/cdk.tf.json', 'main.json'].map(claims)).toEqual([true, true, false])
  })

  it('stand in an indeterminate VM for a machine with a hotpatch signal, saying why, at its label', async () => {
    const model = await readMemoryModel({
      'providers.tf': 'provider "azurerm" {\n  features {}\n}\n',
      'main.tf.json': json({ resource: { azurerm_windows_virtual_machine: { vm: HOTPATCH_VM } } })
    })
    const [vm] = model.resources as VirtualMachine[]
    expect(model.resources).toHaveLength(1)
    expect([vm?.displayName, vm?.identity.symbol, vm?.reportAt, show(vm!.enableHotpatching), show(vm!.image.sku)]).toEqual([
      'azurerm_windows_virtual_machine.vm',
      'main.tf.json#azurerm_windows_virtual_machine.vm',
      { file: 'main.tf.json', line: 4, column: 7 },
      'true (literal) @main.tf.json:8',
      '"2025-datacenter-azure-edition" (literal) @main.tf.json:12'
    ])
    expect(vm?.osType.reason).toBe(
      "azurerm_windows_virtual_machine.vm is written in Terraform's JSON syntax, which the gate does not read, and its inputs carry a hotpatch " +
        'signal (hotpatching_enabled = true at main.tf.json:8:32; source_image_reference.sku = "2025-datacenter-azure-edition" at main.tf.json:12:18): ' +
        'scan its plan instead (terraform show -json beside the configuration), or write it in HCL, or exempt it'
    )
    expect(model.parseErrors).toEqual([])
    expect(model.manifests).toEqual(['main.tf.json', 'providers.tf'])
  })

  it('say each other block the policy reads, and each module call, at its label; other blocks are not its business', async () => {
    const config = {
      '//': 'CDKTF writes comments as // keys',
      resource: [
        { azurerm_windows_virtual_machine: { plain: PLAIN_VM }, azurerm_key_vault: { kv: { name: 'kv' } } },
        { azurerm_maintenance_configuration: { mc: { name: 'mc', scope: 'InGuestPatch' } } },
        {
          azapi_resource: {
            scope: { type: 'Microsoft.Maintenance/configurationAssignments@2023-04-01', name: 'ds', parent_id: '/subscriptions/x' },
            vault: { type: 'Microsoft.KeyVault/vaults@2023-07-01', name: 'kv' },
            machine: { type: 'Microsoft.Compute/virtualMachines@2024-07-01', name: 'vm', body: { properties: { osProfile: { windowsConfiguration: { patchSettings: { enableHotpatching: true } } } } } }
          }
        }
      ],
      module: { web: { source: 'Azure/avm-res-compute-virtualmachine/azurerm', name: 'web' } }
    }
    const model = await readMemoryModel({ 'main.tf.json': json(config) })
    const notices = model.parseErrors.map(error => `${error.line}:${error.column} ${error.severity} ${error.message}`)
    const written = "is written in Terraform's JSON syntax, which the gate does not read"
    const judge = 'scan its plan instead (terraform show -json beside the configuration), or write it in HCL'
    expect(notices).toEqual([
      `6:9 notice azurerm_windows_virtual_machine.plain ${written}, so whether it is a hotpatch machine is not judged; ${judge}`,
      `22:9 notice azurerm_maintenance_configuration.mc ${written}, so the reboot plan it may declare is not seen; ${judge}`,
      `30:9 notice azapi_resource.scope ${written}, so the reboot plan it may declare is not seen; ${judge}`,
      `58:5 notice module "web" is called in Terraform's JSON syntax, which the gate does not read; the resources it declares are not checked: ${judge}`
    ])
    expect(model.resources.map(resource => `${resource.displayName} ${resource.reportAt.line}`)).toEqual(['azapi_resource.machine 39'])
  })

  it('say an azapi_update_resource of a type the policy reads, or stand in for it when it turns hotpatch on', async () => {
    const patch = (settings: object) => ({ properties: { osProfile: { windowsConfiguration: { patchSettings: settings } } } })
    const update = (body: object) => ({ type: 'Microsoft.Compute/virtualMachines@2024-07-01', resource_id: '${azurerm_windows_virtual_machine.vm.id}', body })
    const model = await readMemoryModel({
      'main.tf.json': json({
        resource: {
          azapi_update_resource: {
            reboot: update(patch({ automaticByPlatformSettings: { rebootSetting: 'Never' } })),
            hotpatch: update(patch({ enableHotpatching: true })),
            nic: { type: 'Microsoft.Network/networkInterfaces@2024-05-01', resource_id: '${azurerm_network_interface.nic.id}' }
          }
        }
      })
    })
    expect(model.parseErrors.map(error => `${error.line} ${error.message.split(',')[0]}`)).toEqual([
      "4 azapi_update_resource.reboot is written in Terraform's JSON syntax"
    ])
    expect(model.resources.map(resource => resource.displayName)).toEqual(['azapi_update_resource.hotpatch'])
  })

  it('say an azapi_resource_action that may PATCH or PUT a resource the policy reads, as an update (it passed unseen)', async () => {
    const patch = { properties: { osProfile: { windowsConfiguration: { patchSettings: { enableHotpatching: true } } } } }
    const action = (extra: object) => ({ type: 'Microsoft.Compute/virtualMachines@2024-07-01', resource_id: '${azurerm_windows_virtual_machine.vm.id}', ...extra })
    const model = await readMemoryModel({
      'main.tf.json': json({
        resource: {
          azapi_resource_action: {
            hotpatch: action({ method: 'PATCH', body: patch }),
            put: action({ method: 'put' }),
            open: action({ method: '${var.method}' }),
            restart: action({ action: 'restart', method: 'PATCH', body: patch }),
            post: action({ body: patch }),
            get: action({ method: 'GET', body: patch }),
            destroy: action({ method: 'PATCH', when: 'destroy', body: patch }),
            nic: { type: 'Microsoft.Network/networkInterfaces@2024-05-01', method: 'PATCH', resource_id: '${azurerm_network_interface.nic.id}' }
          }
        }
      })
    })
    expect(model.parseErrors.map(error => `${error.line} ${error.severity} ${error.message.split(',')[0]}`)).toEqual([
      "20 notice azapi_resource_action.put is written in Terraform's JSON syntax",
      "25 notice azapi_resource_action.open is written in Terraform's JSON syntax"
    ])
    expect(model.resources.map(resource => `${resource.displayName} ${resource.reportAt.line}`)).toEqual(['azapi_resource_action.hotpatch 4'])
  })

  it('never stand in a VM for a type that cannot be a hotpatch machine, whatever its arguments', async () => {
    const model = await readMemoryModel({
      'main.tf.json': json({
        resource: { azurerm_linux_virtual_machine: { l: HOTPATCH_VM }, azurerm_windows_virtual_machine_scale_set: { u: HOTPATCH_VM } }
      })
    })
    expect(model.resources).toEqual([])
    expect(model.parseErrors.map(error => error.message.split(' ')[0])).toEqual(['azurerm_linux_virtual_machine.l', 'azurerm_windows_virtual_machine_scale_set.u'])
  })

  it('say a file that is not valid JSON where it breaks', async () => {
    const model = await readMemoryModel({ 'main.tf.json': '{\n  "resource": {\n    "azurerm_windows_virtual_machine": \n}\n' })
    expect(model.parseErrors.map(error => `${error.line}:${error.column} ${error.severity} ${error.message}`)).toEqual(['4:1 error invalid JSON: value expected'])
  })

  it('make a hotpatch VM beside .tf files indeterminate in the scan, not nothing', async () => {
    const result = await scanFiles({
      'providers.tf': 'provider "azurerm" {\n  features {}\n}\n',
      'main.tf.json': json({ resource: { azurerm_windows_virtual_machine: { vm: HOTPATCH_VM } } })
    })
    expect(verdicts(result)).toEqual(['azurerm_windows_virtual_machine.vm indeterminate: indeterminate'])
  })

  it('make an azapi_resource_action PATCH that turns hotpatch on a .tf VM indeterminate in the scan (both VMs passed)', async () => {
    const vm = (name: string, hotpatch: boolean) =>
      `resource "azurerm_windows_virtual_machine" "${name}" {\n  name = "${name}"\n  resource_group_name = "rg-app"\n  patch_mode = "AutomaticByPlatform"\n  hotpatching_enabled = ${hotpatch}\n  source_image_reference {\n    publisher = "MicrosoftWindowsServer"\n    offer = "WindowsServer"\n    sku = "2025-datacenter-azure-edition"\n    version = "latest"\n  }\n}\n`
    const body = { properties: { osProfile: { windowsConfiguration: { patchSettings: { enableHotpatching: true } } } } }
    const result = await scanFiles({
      'main.tf': `provider "azurerm" {\n  features {}\n}\n${vm('erp', false)}`,
      'action.tf.json': json({
        resource: {
          azapi_resource_action: {
            hotpatch: { type: 'Microsoft.Compute/virtualMachines@2024-07-01', resource_id: '${azurerm_windows_virtual_machine.erp.id}', method: 'PATCH', body }
          }
        }
      })
    })
    expect(verdicts(result)).toEqual(['erp not-affected:', 'azapi_resource_action.hotpatch indeterminate: indeterminate'])
  })
})
