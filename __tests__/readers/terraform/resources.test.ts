/**
 * Terraform reader: each resource type's mapping to the model (azurerm compute and maintenance
 * resources, azapi bodies), instances (count / for_each / unknown count) and dynamic blocks.
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceAssignment, MaintenanceConfiguration, VirtualMachine } from '../../../src/model/resources.js'
import { bySymbol, readFixtures, readMemoryModel, show } from './support.js'

/** The policy-relevant fields of a VM in one line each. */
function summary(vm: VirtualMachine) {
  return {
    kind: vm.kind,
    canHotpatch: vm.canHotpatch,
    orchestrationMode: show(vm.orchestrationMode),
    osType: show(vm.osType),
    image: [vm.image.publisher, vm.image.offer, vm.image.sku, vm.image.version].map(field => field.value).join(':'),
    customImageId: vm.image.customImageId.value,
    patchMode: show(vm.patchMode),
    enableHotpatching: show(vm.enableHotpatching),
    deployed: show(vm.deployed)
  }
}

describe('azurerm compute resources (compute-types)', () => {
  it('maps an orchestrated (Flexible) scale set with its windows_configuration', async () => {
    const vms = (await readFixtures('compute-types')).virtualMachines
    expect(summary(bySymbol(vms, 'compute-types#azurerm_orchestrated_virtual_machine_scale_set.flex'))).toEqual({
      kind: 'scale-set',
      canHotpatch: true,
      orchestrationMode: '"Flexible" (provider-default) @compute-types/main.tf:10',
      osType: '"Windows" (literal) @compute-types/main.tf:19',
      image: 'MicrosoftWindowsServer:WindowsServer:2025-datacenter-azure-edition-core:26100.6899.251011',
      customImageId: undefined,
      patchMode: '"AutomaticByPlatform" (literal) @compute-types/main.tf:23',
      enableHotpatching: 'true (literal) @compute-types/main.tf:24',
      deployed: 'true (provider-default) @compute-types/main.tf:10'
    })
  })

  it('maps Uniform scale sets and Linux VMs as resources that cannot hotpatch, the legacy VM without patch settings', async () => {
    const vms = (await readFixtures('compute-types')).virtualMachines
    expect(summary(bySymbol(vms, 'compute-types#azurerm_windows_virtual_machine_scale_set.uniform'))).toEqual({
      kind: 'scale-set',
      canHotpatch: false,
      orchestrationMode: '"Uniform" (provider-default) @compute-types/main.tf:44',
      osType: '"Windows" (provider-default) @compute-types/main.tf:44',
      image: 'MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition-core:latest',
      customImageId: undefined,
      patchMode: 'absent @compute-types/main.tf:44',
      enableHotpatching: 'absent @compute-types/main.tf:44',
      deployed: 'true (provider-default) @compute-types/main.tf:44'
    })
    expect(summary(bySymbol(vms, 'compute-types#azurerm_virtual_machine.legacy'))).toEqual({
      kind: 'virtual-machine',
      canHotpatch: true,
      orchestrationMode: 'absent @compute-types/main.tf:61',
      osType: '"Windows" (literal) @compute-types/main.tf:77',
      image: 'MicrosoftWindowsServer:WindowsServer:2016-Datacenter:latest',
      customImageId: undefined,
      patchMode: 'absent @compute-types/main.tf:77',
      enableHotpatching: 'absent @compute-types/main.tf:61',
      deployed: 'false (expression) @compute-types/main.tf:62'
    })
    expect(summary(bySymbol(vms, 'compute-types#azurerm_linux_virtual_machine.linux'))).toMatchObject({
      canHotpatch: false,
      osType: '"Linux" (provider-default) @compute-types/main.tf:82',
      patchMode: '"ImageDefault" (provider-default) @compute-types/main.tf:82'
    })
  })

  it('gives one instance per for_each key, and one undecided instance for an unknown count', async () => {
    const vms = (await readFixtures('compute-types')).virtualMachines
    const blue = bySymbol(vms, 'compute-types#azurerm_windows_virtual_machine.gallery["blue"]')
    expect([blue.identity.name, blue.variant, show(blue.image.customImageId), show(blue.patchMode)]).toEqual([
      'vm-gallery-blue',
      '["blue"]',
      '"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-images/providers/Microsoft.Compute/galleries/corp/images/ws2025/versions/1.0.0" (literal) @compute-types/main.tf:106',
      '"AutomaticByOS" (provider-default) @compute-types/main.tf:97'
    ])
    expect(vms.filter(vm => vm.identity.symbol?.includes('.gallery[')).map(vm => vm.identity.name)).toEqual([
      'vm-gallery-blue',
      'vm-gallery-green'
    ])
    const copies = bySymbol(vms, 'compute-types#azurerm_windows_virtual_machine.per_existing')
    expect(show(copies.deployed)).toBe(
      'unresolved: data source data.azurerm_resources.existing is read when Terraform plans @compute-types/main.tf:111'
    )
    expect(copies.identity.name).toBeUndefined()
  })
})

describe('dynamic blocks and instance limits', () => {
  it('reads dynamic blocks from their for_each (empty gives absent, unknown gives unresolved)', async () => {
    const vm = (sku: string) => `resource "azurerm_windows_virtual_machine" "vm" {
  name = "vm"
  dynamic "source_image_reference" {
    for_each = ${sku}
    iterator = image
    content {
      publisher = "MicrosoftWindowsServer"
      offer     = "WindowsServer"
      sku       = image.value
      version   = "latest"
    }
  }
}
`
    const read = async (sku: string) =>
      show(((await readMemoryModel({ 'main.tf': vm(sku) })).resources[0] as VirtualMachine).image.sku)
    expect(await read('["2025-datacenter-azure-edition"]')).toBe('"2025-datacenter-azure-edition" (expression) @main.tf:9')
    expect(await read('[]')).toBe('absent @main.tf:3')
    expect(await read('timestamp() == "" ? [] : ["x"]')).toBe(
      'unresolved: dynamic "source_image_reference" blocks: computed from the plan time (timestamp()), only known at plan time @main.tf:3'
    )
  })

  it('models every instance within the instance budget (no cut-off at 1000)', async () => {
    const model = await readMemoryModel({
      'main.tf': 'resource "azurerm_windows_virtual_machine" "many" {\n  count = 5000\n  name  = "vm-${count.index}"\n}\n'
    })
    expect(model.resources).toHaveLength(5000)
    expect(model.resources.at(-1)?.identity.name).toBe('vm-4999')
    expect(model.parseErrors).toEqual([])
  })

  it('expands nothing of a declaration past the budget, multiplied through module loops, and says where', async () => {
    const model = await readMemoryModel({
      'main.tf': 'module "fleet" {\n  source = "./fleet"\n  count  = 400\n}\nresource "azurerm_windows_virtual_machine" "kept" {\n  name = "kept"\n}\n',
      'fleet/main.tf': 'resource "azurerm_windows_virtual_machine" "many" {\n  count = 400\n  name  = "vm-${count.index}"\n}\n'
    })
    expect(model.resources.map(resource => resource.displayName)).toEqual(['kept'])
    expect(model.parseErrors).toEqual([
      {
        file: 'fleet/main.tf',
        line: 1,
        column: 1,
        message:
          'azurerm_windows_virtual_machine.many would expand to 160000 instances (400 × 400 through nested loops), over ' +
          'the instance budget of 10000 per declaration (raise limits.instances in the configuration to evaluate it)',
        severity: 'error',
        kind: 'not-evaluated'
      }
    ])
  })
})

describe('azapi_resource bodies (azapi)', () => {
  it('reads a VM body built with merge() like ARM, with the parent resource group', async () => {
    const vm = bySymbol((await readFixtures('azapi')).virtualMachines, 'azapi#azapi_resource.vm')
    expect(vm.identity).toEqual({
      type: 'Microsoft.Compute/virtualMachines',
      name: 'vm-azapi-01',
      resourceGroup: 'rg-azapi',
      symbol: 'azapi#azapi_resource.vm'
    })
    expect({
      ...summary(vm),
      reboot: show(vm.rebootSetting),
      bypass: show(vm.bypassPlatformSafetyChecksOnUserSchedule),
      tags: show(vm.tags),
      location: show(vm.location)
    }).toEqual({
      kind: 'virtual-machine',
      canHotpatch: true,
      orchestrationMode: 'absent @azapi/main.tf:22',
      osType: '"Windows" (expression) @azapi/main.tf:45',
      image: 'MicrosoftWindowsServer:WindowsServer:2025-datacenter-azure-edition:latest',
      customImageId: undefined,
      patchMode: '"AutomaticByPlatform" (literal) @azapi/main.tf:48',
      enableHotpatching: 'true (default:hotpatch) @azapi/main.tf:49',
      deployed: 'true (provider-default) @azapi/main.tf:22',
      reboot: '"IfRequired" (literal) @azapi/main.tf:51',
      bypass: 'true (literal) @azapi/main.tf:52',
      tags: '{"env":"prod"} (literal) @azapi/main.tf:62',
      location: '"eastus2" (literal) @azapi/main.tf:25'
    })
  })

  it('reads a jsonencode()d scale set body (azapi 1.x) and leaves an unset orchestration mode absent', async () => {
    const vmss = bySymbol((await readFixtures('azapi')).virtualMachines, 'azapi#azapi_resource.vmss')
    expect(summary(vmss)).toEqual({
      kind: 'scale-set',
      canHotpatch: true,
      orchestrationMode: 'absent @azapi/main.tf:78',
      osType: '"Windows" (literal) @azapi/main.tf:89',
      image: 'MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition-core:latest',
      customImageId: undefined,
      patchMode: '"AutomaticByPlatform" (literal) @azapi/main.tf:91',
      enableHotpatching: 'true (literal) @azapi/main.tf:92',
      deployed: 'true (provider-default) @azapi/main.tf:67'
    })
  })

  it('reads maintenance configurations, per-VM assignments (parent_id) and dynamic scopes', async () => {
    const model = await readFixtures('azapi')
    const configuration: MaintenanceConfiguration = bySymbol(model.maintenanceConfigurations, 'azapi#azapi_resource.maintenance')
    expect([
      show(configuration.maintenanceScope),
      show(configuration.rebootSetting),
      show(configuration.excludeKbsRequiringReboot),
      show(configuration.window.expirationDateTime),
      show(configuration.classificationsToInclude)
    ]).toEqual([
      '"InGuestPatch" (literal) @azapi/main.tf:109',
      '"NeverReboot" (literal) @azapi/main.tf:119',
      'true (literal) @azapi/main.tf:122',
      '"2026-06-30 00:00" (literal) @azapi/main.tf:113',
      '["Critical","Security"] (literal) @azapi/main.tf:121'
    ])
    const assignment: MaintenanceAssignment = bySymbol(model.maintenanceAssignments, 'azapi#azapi_resource.assignment')
    expect(assignment.target?.target.value).toEqual({
      type: 'Microsoft.Compute/virtualMachines',
      name: 'vm-azapi-01',
      resourceGroup: 'rg-azapi',
      symbol: 'azapi#azapi_resource.vm'
    })
    expect(assignment.configuration.target.value?.symbol).toBe('azapi#azapi_resource.maintenance')
    const scope = bySymbol(model.maintenanceAssignments, 'azapi#azapi_resource.dynamic_scope')
    expect(scope.target).toBeUndefined()
    expect(scope.filter && Object.fromEntries(Object.entries(scope.filter).map(([key, value]) => [key, show(value)]))).toEqual({
      resourceTypes: '["Microsoft.Compute/virtualMachines"] (literal) @azapi/main.tf:152',
      resourceGroups: 'absent @azapi/main.tf:150',
      locations: '["eastus2"] (literal) @azapi/main.tf:153',
      osTypes: '["Windows"] (literal) @azapi/main.tf:151',
      tags: '{"env":["prod"]} (literal) @azapi/main.tf:155',
      tagOperator: '"All" (literal) @azapi/main.tf:156'
    })
  })

  it('locates a value in the branch a conditional took (an optional installPatches), never in the other', async () => {
    const configuration = (installPatches: string) => `variable "patches" {
  default = { reboot = "IfRequired", exclude = true, rebootSetting = "RebootIfRequired" }
}
resource "azapi_resource" "mc" {
  type      = "Microsoft.Maintenance/maintenanceConfigurations@2023-04-01"
  name      = "mc"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
  body = {
    properties = {
      maintenanceScope = "InGuestPatch"
      installPatches = ${installPatches}
    }
  }
}
`
    const read = async (installPatches: string) => {
      const [mc] = (await readMemoryModel({ 'main.tf': configuration(installPatches) })).resources as MaintenanceConfiguration[]
      return [show(mc!.rebootSetting), show(mc!.excludeKbsRequiringReboot)]
    }
    const written = `var.patches != null ? {
        rebootSetting     = var.patches.reboot
        windowsParameters = { excludeKbsRequiringReboot = var.patches.exclude }
      } : null`
    expect(await read(written)).toEqual(['"IfRequired" (default:patches) @main.tf:12', 'true (default:patches) @main.tf:13'])
    // The branch taken is no object written here: the value stays at the conditional, never at the other's literal.
    const passed = `var.patches != null ? { rebootSetting = var.patches.reboot } : {
        rebootSetting = "Never"
      }`
    expect(await read(passed)).toEqual(['"IfRequired" (default:patches) @main.tf:11', 'absent @main.tf:11'])
    const taken = `var.patches == null ? { rebootSetting = "Never" } : merge(var.patches, {
        rebootSetting = "Always"
      })`
    expect((await read(taken))[0]).toBe('"Always" (literal) @main.tf:12')
    const opaque = `var.patches != null ? var.patches : {
        rebootSetting = "Never"
      }`
    expect((await read(opaque))[0]).toBe('"RebootIfRequired" (expression) @main.tf:11')
  })

  it('ignores azapi resources of other types and those whose type is unknown', async () => {
    const model = await readMemoryModel({
      'main.tf':
        'resource "azapi_resource" "kv" {\n  type = "Microsoft.KeyVault/vaults@2023-07-01"\n  name = "kv"\n}\nresource "azapi_resource" "x" {\n  type = var.type\n}\nvariable "type" {}\n'
    })
    expect(model.resources).toEqual([])
  })
})

describe('azurerm maintenance resources (maintenance)', () => {
  it('maps a configuration, a dynamic scope with tag blocks and a scale set assignment', async () => {
    const model = await readFixtures('maintenance')
    const configuration = model.maintenanceConfigurations[0] as MaintenanceConfiguration
    expect([
      show(configuration.rebootSetting),
      show(configuration.kbNumbersToInclude),
      show(configuration.classificationsToInclude),
      show(configuration.excludeKbsRequiringReboot),
      show(configuration.window.recurEvery)
    ]).toEqual([
      '"Never" (literal) @maintenance/main.tf:17',
      '["KB5066835"] (literal) @maintenance/main.tf:20',
      'absent @maintenance/main.tf:19',
      'absent @maintenance/main.tf:1',
      '"Month Second Tuesday" (literal) @maintenance/main.tf:13'
    ])
    const scope = bySymbol(model.maintenanceAssignments, 'maintenance#azurerm_maintenance_assignment_dynamic_scope.windows')
    expect([scope.identity.name, show(scope.filter!.tags), show(scope.filter!.tagOperator), show(scope.filter!.resourceGroups)]).toEqual([
      'windows-prod',
      '{"env":["prod"],"patch-group":["a","b"]} (literal) @maintenance/main.tf:36',
      '"All" (literal) @maintenance/main.tf:34',
      '["rg-a","rg-b"] (literal) @maintenance/main.tf:32'
    ])
    const flex = bySymbol(model.maintenanceAssignments, 'maintenance#azurerm_maintenance_assignment_virtual_machine_scale_set.flex')
    expect([flex.configuration.target.value, flex.target?.target.value]).toEqual([
      { type: 'Microsoft.Maintenance/maintenanceConfigurations', name: 'mc-shared', resourceGroup: 'rg-shared', subscription: '00000000-0000-0000-0000-000000000000' },
      { type: 'Microsoft.Compute/virtualMachineScaleSets', name: 'vmss-flex', resourceGroup: 'rg-compute', subscription: '00000000-0000-0000-0000-000000000000' }
    ])
  })

  it('defaults the tag operator to Any and rejects a reference that is not a resource ID', async () => {
    const model = await readMemoryModel({
      'main.tf':
        'resource "azurerm_maintenance_assignment_dynamic_scope" "s" {\n  name = "s"\n  maintenance_configuration_id = "mc-by-name"\n  filter {\n    os_types = ["Windows"]\n  }\n}\n'
    })
    const scope = model.resources[0] as MaintenanceAssignment
    expect(show(scope.filter!.tagOperator)).toBe('"Any" (provider-default) @main.tf:4')
    expect(show(scope.configuration.target)).toBe('unresolved: "mc-by-name" is not an Azure resource ID @main.tf:3')
  })

  it('an InGuestPatch configuration azurerm refuses to create (no install_patches, no in_guest_user_patch_mode) has its scope unresolved, saying why', async () => {
    const configuration = (body: string) =>
      `resource "azurerm_maintenance_configuration" "mc" {\n  name = "mc"\n  scope = "InGuestPatch"\n${body}  window {\n    start_date_time = "2026-01-13 22:00"\n    duration = "03:55"\n    time_zone = "UTC"\n    recur_every = "Month Second Tuesday"\n  }\n}\n`
    const scopeOf = async (body: string) => show((await readMemoryModel({ 'main.tf': configuration(body) })).resources.map(r => r as MaintenanceConfiguration)[0]!.maintenanceScope)
    const refused = 'azurerm refuses to create an InGuestPatch maintenance configuration without'
    expect(await scopeOf('')).toBe(`unresolved: ${refused} \`install_patches\` and \`in_guest_user_patch_mode\`: it is not created @main.tf:3`)
    expect(await scopeOf('  in_guest_user_patch_mode = "User"\n')).toBe(`unresolved: ${refused} \`install_patches\`: it is not created @main.tf:3`)
    const complete = '  in_guest_user_patch_mode = "User"\n  install_patches {\n    reboot = "IfRequired"\n  }\n'
    expect(await scopeOf(complete)).toBe('"InGuestPatch" (literal) @main.tf:3')
    // azurerm asks for in_guest_user_patch_mode only when the properties do not set InGuestPatchMode.
    const byProperties = '  properties = { InGuestPatchMode = "User" }\n  install_patches {\n    reboot = "IfRequired"\n  }\n'
    expect(await scopeOf(byProperties)).toBe('"InGuestPatch" (literal) @main.tf:3')
  })
})
