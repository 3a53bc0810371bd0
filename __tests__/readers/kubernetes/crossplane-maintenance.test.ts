/**
 * Unit tests for src/readers/kubernetes: Crossplane maintenance configurations and assignments,
 * with `*Ref` and `*Selector` resolution across files and namespaces.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { MaintenanceAssignment, MaintenanceConfiguration } from '../../../src/model/resources.js'
import { kubernetesReader } from '../../../src/readers/kubernetes/kubernetes-reader.js'
import type { ReaderOutput } from '../../../src/readers/reader.js'
import { fixture, memoryWorkspace, named, readFolder, readWorkspace, show as showValue, showAssignment, showConfiguration } from './helpers.js'

const MC = 'Microsoft.Maintenance/maintenanceConfigurations'
const VM = 'Microsoft.Compute/virtualMachines'

let cluster: ReaderOutput
let namespaced: ReaderOutput
let split: ReaderOutput
let traps: ReaderOutput
beforeAll(async () => {
  cluster = await readFolder(kubernetesReader, fixture('kubernetes/crossplane-cluster'))
  namespaced = await readFolder(kubernetesReader, fixture('kubernetes/crossplane-namespaced'))
  split = await readFolder(kubernetesReader, fixture('kubernetes/crossplane-split'))
  traps = await readFolder(kubernetesReader, fixture('kubernetes/traps'))
})

describe('MaintenanceConfiguration', () => {
  it('reads v1beta1 list-wrapped window and installPatches, and a resource group found by selector', () => {
    const configuration = named<MaintenanceConfiguration>(cluster.resources, 'maintenance-configuration', 'web-monthly')
    expect(showConfiguration(configuration)).toEqual({
      identity: {
        type: MC,
        name: 'web-monthly',
        resourceGroup: 'rg-hotpatch',
        symbol: 'v1beta1-hotpatch-vm.yaml#MaintenanceConfiguration/web-monthly'
      },
      scope: '"InGuestPatch" literal @61:12',
      window: [
        '"2025-11-15 02:00" literal @64:24',
        '"2027-01-01 00:00" literal @65:29',
        '"03:55" literal @66:19',
        '"W. Europe Standard Time" literal @67:19',
        '"Month Second Tuesday Offset4" literal @68:21'
      ],
      rebootSetting: '"IfRequired" literal @70:17',
      excludeKbsRequiringReboot: 'absent @49:1',
      classifications: '["Critical","Security"] literal @73:15',
      kbs: '["KB5066835"] literal @76:15'
    })
  })

  it('reads expirationDateTime "" as no expiration (the provider is azurerm\'s, which sends "" for unset)', async () => {
    const yaml = [
      'apiVersion: maintenance.azure.upbound.io/v1beta2',
      'kind: MaintenanceConfiguration',
      'metadata:',
      '  name: mc',
      'spec:',
      '  forProvider:',
      '    scope: InGuestPatch',
      '    window:',
      '      startDateTime: "2025-11-15 02:00"',
      '      expirationDateTime: ""',
      '      duration: "03:55"',
      ''
    ].join('\n')
    const output = await readWorkspace(kubernetesReader, memoryWorkspace({ 'mc.yaml': yaml }))
    const configuration = named<MaintenanceConfiguration>(output.resources, 'maintenance-configuration', 'mc')
    expect(showConfiguration(configuration).window).toEqual(['"2025-11-15 02:00" literal @9:22', 'absent @10:27', '"03:55" literal @11:17', 'absent @1:1', 'absent @1:1'])
  })

  it('reads v1beta2 objects', () => {
    const configuration = named<MaintenanceConfiguration>(cluster.resources, 'maintenance-configuration', 'app-weekly')
    expect(showConfiguration(configuration)).toMatchObject({
      window: [
        '"2025-11-16 01:00" literal @33:22',
        'absent @21:1',
        '"02:00" literal @34:17',
        '"UTC" literal @35:17',
        '"Week Sunday" literal @36:19'
      ],
      rebootSetting: '"Never" literal @38:15',
      classifications: '["Critical","Security","UpdateRollup"] literal @40:37'
    })
  })

  it('names a configuration by its external name and its group by the group external name', () => {
    expect(named(split.resources, 'maintenance-configuration', 'mc-shared-monthly').identity).toEqual({
      type: MC,
      name: 'mc-shared-monthly',
      resourceGroup: 'rg-platform-weu',
      symbol: 'schedule.yaml#MaintenanceConfiguration/platform/shared-monthly'
    })
  })
})

describe('MaintenanceAssignmentVirtualMachine', () => {
  it('resolves maintenanceConfigurationIdRef to the configuration manifest and parses a VM resource ID', () => {
    const assignment = named<MaintenanceAssignment>(cluster.resources, 'maintenance-assignment', 'web-1-monthly')
    expect(showAssignment(assignment)).toEqual({
      identity: {
        type: 'Microsoft.Maintenance/configurationAssignments',
        name: 'web-1-monthly',
        symbol: 'v1beta1-hotpatch-vm.yaml#MaintenanceAssignmentVirtualMachine/web-1-monthly'
      },
      configuration:
        '{"type":"Microsoft.Maintenance/maintenanceConfigurations","name":"web-monthly","symbol":"v1beta1-hotpatch-vm.yaml#MaintenanceConfiguration/web-monthly","resourceGroup":"rg-hotpatch"} expression maintenanceConfigurationIdRef @86:7',
      target: '{"type":"Microsoft.Compute/virtualMachines","name":"vm-web-1","resourceGroup":"rg-hotpatch","subscription":"00000000-0000-0000-0000-000000000000"} literal @87:23'
    })
  })

  it('resolves maintenanceConfigurationIdSelector by labels', () => {
    const assignment = named<MaintenanceAssignment>(cluster.resources, 'maintenance-assignment', 'app-1-weekly')
    expect(assignment.configuration.target).toMatchObject({
      value: { type: MC, name: 'app-weekly', symbol: 'v1beta2-hotpatch-vm.yaml#MaintenanceConfiguration/app-weekly' },
      origin: 'expression',
      detail: 'maintenanceConfigurationIdSelector',
      location: { file: 'v1beta2-hotpatch-vm.yaml', line: 50, column: 7 }
    })
  })

  it('resolves references within the namespace of the assignment', () => {
    const runner = named<MaintenanceAssignment>(namespaced.resources, 'maintenance-assignment', 'runner-monthly')
    expect(runner.configuration.target.value?.symbol).toBe('teams.yaml#MaintenanceConfiguration/team-a/monthly')
    expect(runner.target?.target).toMatchObject({
      value: {
        type: VM,
        name: 'runner',
        resourceGroup: 'rg-team-a',
        symbol: 'teams.yaml#LinuxVirtualMachine/team-a/runner'
      },
      detail: 'virtualMachineIdSelector'
    })
  })

  it('follows a reference into another namespace and across files', () => {
    const assignment = named<MaintenanceAssignment>(split.resources, 'maintenance-assignment', 'db-shared-monthly')
    expect(assignment.configuration.target.value).toEqual({
      type: MC,
      name: 'mc-shared-monthly',
      resourceGroup: 'rg-platform-weu',
      symbol: 'schedule.yaml#MaintenanceConfiguration/platform/shared-monthly'
    })
    expect(assignment.target?.target.value).toEqual({ type: VM, name: 'db-1', resourceGroup: 'rg-data', subscription: '00000000-0000-0000-0000-000000000000' })
  })

  it('leaves a reference to another namespace, or a malformed ID, unresolved with the reason', () => {
    const assignment = named<MaintenanceAssignment>(split.resources, 'maintenance-assignment', 'db-wrong-namespace')
    expect(showAssignment(assignment)).toMatchObject({
      configuration:
        'unresolved @24:7: maintenanceConfigurationIdRef "shared-monthly" names no MaintenanceConfiguration in the scanned files',
      target: 'unresolved @25:23: expected a Microsoft.Compute/virtualMachines resource ID, found "not-an-arm-id"'
    })
  })

  it('says a selector matching several configurations cannot be settled', () => {
    const assignment = named<MaintenanceAssignment>(traps.resources, 'maintenance-assignment', 'either')
    expect(showAssignment(assignment)).toMatchObject({
      configuration:
        'unresolved @35:7: maintenanceConfigurationIdSelector matches 2 objects (ambiguous-selector.yaml#MaintenanceConfiguration/blue, ambiguous-selector.yaml#MaintenanceConfiguration/green); Crossplane binds only one of them',
      // The assignment carries the selected label itself: kinds are filtered, so it never selects itself.
      target: 'unresolved @38:7: virtualMachineIdSelector matches no LinuxVirtualMachine in the scanned files'
    })
  })

  it('says an assignment whose reference selects a WindowsVirtualMachine is refused: it never resolves, so it assigns nothing', () => {
    const reason = 'a virtualMachineId reference resolved against LinuxVirtualMachine only (set virtualMachineId to the VM resource ID)'
    const refused = (name: string) => {
      const assignment = named<MaintenanceAssignment>(traps.resources, 'maintenance-assignment', name)
      const rejected = assignment.rejectedTarget
      return [assignment.target, rejected && `${rejected.location.line}:${rejected.location.column} ${rejected.reason} (${rejected.rejectedBy ?? 'Azure'})`]
    }
    expect(refused('jump-by-ref')).toEqual([undefined, `28:7 virtualMachineIdRef selects WindowsVirtualMachine "jump-host", ${reason} (provider-upjet-azure)`])
    expect(refused('jump-by-selector')).toEqual([undefined, `39:7 virtualMachineIdSelector selects WindowsVirtualMachine "jump-host", ${reason} (provider-upjet-azure)`])
  })
})

describe('managementPolicies', () => {
  const window = (policies: string): string =>
    [
      'apiVersion: maintenance.azure.upbound.io/v1beta2',
      'kind: MaintenanceConfiguration',
      'metadata:',
      '  name: mc-platform',
      'spec:',
      `  managementPolicies: ${policies}`,
      '  forProvider:',
      '    scope: InGuestPatch',
      ''
    ].join('\n')
  const read = async (policies: string): Promise<MaintenanceConfiguration> =>
    named<MaintenanceConfiguration>(
      (await readWorkspace(kubernetesReader, memoryWorkspace({ 'window.yaml': window(policies) }))).resources,
      'maintenance-configuration',
      'mc-platform'
    )

  it('says where an observe-only object is only observed, and that the manifest deploys nothing', async () => {
    const observed = await read('["Observe"]')
    expect(showValue(observed.deployed)).toBe('false literal managementPolicies @6:23')
    expect(observed.observedOnly).toEqual({ file: 'window.yaml', line: 6, column: 23, endLine: 6, endColumn: 33 })
  })

  it('leaves a managed object as every other', async () => {
    const managed = await read('["Observe", "Create", "Update"]')
    expect(showValue(managed.deployed)).toBe('true literal @1:1')
    expect(Object.hasOwn(managed, 'observedOnly')).toBe(false)
  })
})

describe('a reference with policy.resolve: Always beside a written ID', () => {
  // crossplane-runtime resolves a field that is already set only under `resolve: Always` (ResolutionRequest.IsNoOp):
  // the reference's value then replaces the written one. The written ID counted (a false pass in probing).
  const files = (policy: string): Record<string, string> => ({
    'k8s/linux.yaml': [
      'apiVersion: compute.azure.upbound.io/v1beta2',
      'kind: LinuxVirtualMachine',
      'metadata:',
      '  name: vm-linux-01',
      'spec:',
      '  forProvider:',
      '    resourceGroupName: rg-app',
      ''
    ].join('\n'),
    'k8s/assignment.yaml': [
      'apiVersion: maintenance.azure.upbound.io/v1beta1',
      'kind: MaintenanceAssignmentVirtualMachine',
      'metadata:',
      '  name: web-monthly',
      'spec:',
      '  forProvider:',
      '    location: westeurope',
      '    maintenanceConfigurationId: /subscriptions/0/resourceGroups/rg-app/providers/Microsoft.Maintenance/maintenanceConfigurations/mc',
      '    virtualMachineId: /subscriptions/0/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm-files-01',
      '    virtualMachineIdRef:',
      '      name: vm-linux-01',
      policy,
      ''
    ].join('\n')
  })
  const targetOf = async (policy: string): Promise<unknown> => {
    const output = await readWorkspace(kubernetesReader, memoryWorkspace(files(policy)))
    return named<MaintenanceAssignment>(output.resources, 'maintenance-assignment', 'web-monthly').target?.target.value
  }

  it('assigns the VM the reference names, not the one the ID names', async () => {
    expect(await targetOf('      policy: {resolve: Always}')).toMatchObject({ type: VM, name: 'vm-linux-01', resourceGroup: 'rg-app' })
  })

  it('keeps the written ID under the default policy (IfNotPresent)', async () => {
    for (const policy of ['', '      policy: {resolve: IfNotPresent}', '      policy: {resolution: Optional}']) {
      expect(await targetOf(policy)).toMatchObject({ type: VM, name: 'vm-files-01', resourceGroup: 'rg-app' })
    }
  })
})
