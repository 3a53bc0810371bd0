/**
 * Unit tests for src/readers/kubernetes: Crossplane provider-upjet-azure compute kinds in both shapes.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../../src/model/resources.js'
import { kubernetesReader } from '../../../src/readers/kubernetes/kubernetes-reader.js'
import type { ReaderOutput } from '../../../src/readers/reader.js'
import { fixture, named, readFolder, showVm } from './helpers.js'

let cluster: ReaderOutput
let namespaced: ReaderOutput
let traps: ReaderOutput
beforeAll(async () => {
  cluster = await readFolder(kubernetesReader, fixture('kubernetes/crossplane-cluster'))
  namespaced = await readFolder(kubernetesReader, fixture('kubernetes/crossplane-namespaced'))
  traps = await readFolder(kubernetesReader, fixture('kubernetes/traps'))
})

describe('WindowsVirtualMachine', () => {
  it('reads v1beta1 list-wrapped blocks, the external name and a resourceGroupNameRef', () => {
    expect(showVm(named(cluster.resources, 'virtual-machine', 'vm-web-1'))).toEqual({
      kind: 'virtual-machine',
      identity: {
        type: 'Microsoft.Compute/virtualMachines',
        name: 'vm-web-1',
        resourceGroup: 'rg-hotpatch',
        symbol: 'v1beta1-hotpatch-vm.yaml#WindowsVirtualMachine/web-1'
      },
      reportAt: '12:1',
      deployed: 'true literal @12:1',
      canHotpatch: true,
      orchestrationMode: 'absent @12:1',
      osType: '"Windows" literal @13:7',
      image: [
        '"MicrosoftWindowsServer" literal @37:20',
        '"WindowsServer" literal @38:16',
        '"2025-datacenter-azure-edition" literal @39:14',
        '"latest" literal @40:18',
        'absent @12:1'
      ],
      location: '"West Europe" literal @22:15',
      tags: '{"env":"prod"} literal @47:7',
      patchMode: '"AutomaticByPlatform" literal @42:16',
      enableHotpatching: 'true literal @43:25',
      rebootSetting: '"IfRequired" literal @44:20',
      bypass: 'true literal @45:54'
    })
  })

  it('reads v1beta2 object blocks and falls back to initProvider', () => {
    expect(showVm(named(cluster.resources, 'virtual-machine', 'app-1'))).toMatchObject({
      identity: { name: 'app-1', resourceGroup: 'rg-app' },
      image: [
        '"MicrosoftWindowsServer" literal @13:18',
        '"WindowsServer" literal @14:14',
        '"2022-datacenter-azure-edition-hotpatch" literal @15:12',
        '"20348.4346.251112" literal @16:16',
        'absent @2:1'
      ],
      patchMode: '"AutomaticByPlatform" literal @19:16',
      enableHotpatching: 'true literal @17:25',
      rebootSetting: 'absent @2:1',
      // azurerm's documented default.
      bypass: 'false provider-default @2:1'
    })
  })

  it('reads the namespaced group (compute.azure.m.upbound.io) with objects and a namespace in the symbol', () => {
    expect(showVm(named(namespaced.resources, 'virtual-machine', 'build-agent'))).toMatchObject({
      identity: {
        name: 'build-agent',
        resourceGroup: 'rg-team-a',
        symbol: 'teams.yaml#WindowsVirtualMachine/team-a/build-agent'
      },
      image: [
        '"MicrosoftWindowsServer" literal @43:18',
        '"WindowsServer" literal @44:14',
        '"2025-datacenter-azure-edition-smalldisk" literal @45:12',
        '"latest" literal @46:16',
        'absent @33:1'
      ],
      enableHotpatching: 'true literal @48:25',
      bypass: 'true literal @49:54'
    })
  })

  it('marks an observe-only object as not deployed', () => {
    expect(showVm(named(traps.resources, 'virtual-machine', 'observed'))).toMatchObject({
      deployed: 'false literal managementPolicies @46:23',
      patchMode: '"AutomaticByOS" provider-default @41:1',
      enableHotpatching: 'false provider-default @41:1'
    })
  })
})

describe('scale sets and Linux kinds', () => {
  it('reads an OrchestratedVirtualMachineScaleSet in the v1beta1 shape as a Flexible Windows scale set', () => {
    expect(showVm(named(cluster.resources, 'scale-set', 'flex-v1'))).toEqual({
      kind: 'scale-set',
      identity: {
        type: 'Microsoft.Compute/virtualMachineScaleSets',
        name: 'flex-v1',
        resourceGroup: 'rg-flex',
        symbol: 'scale-sets.yaml#OrchestratedVirtualMachineScaleSet/flex-v1'
      },
      reportAt: '1:1',
      deployed: 'true literal @1:1',
      canHotpatch: true,
      orchestrationMode: '"Flexible" literal @2:7',
      osType: '"Windows" literal @12:13',
      image: [
        '"MicrosoftWindowsServer" literal @17:20',
        '"WindowsServer" literal @18:16',
        '"2025-datacenter-azure-edition-core" literal @19:14',
        '"latest" literal @20:18',
        'absent @1:1'
      ],
      location: '"West Europe" literal @7:15',
      tags: 'absent @1:1',
      patchMode: '"AutomaticByPlatform" literal @14:24',
      enableHotpatching: 'true literal @13:33',
      // azurerm_orchestrated_virtual_machine_scale_set has neither.
      rebootSetting: 'absent @1:1',
      bypass: 'absent @1:1'
    })
  })

  it('reads the v1beta2 shape and a custom image ID', () => {
    expect(showVm(named(cluster.resources, 'scale-set', 'flex-v2'))).toMatchObject({
      osType: '"Windows" literal @38:9',
      image: [
        'absent @27:1',
        'absent @27:1',
        'absent @27:1',
        'absent @27:1',
        '"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-images/providers/Microsoft.Compute/images/golden-2025" literal @41:20'
      ],
      patchMode: '"AutomaticByOS" literal @40:20',
      enableHotpatching: 'false literal @39:29'
    })
  })

  it('reads WindowsVirtualMachineScaleSet as a Uniform scale set that cannot hotpatch', () => {
    expect(showVm(named(cluster.resources, 'scale-set', 'uniform'))).toMatchObject({
      canHotpatch: false,
      orchestrationMode: '"Uniform" literal @44:7',
      osType: '"Windows" literal @44:7',
      enableHotpatching: 'false provider-default @43:1'
    })
  })

  it('reads Linux kinds as Linux, without a Windows patch mode', () => {
    expect(showVm(named(cluster.resources, 'scale-set', 'linux-pool'))).toMatchObject({
      canHotpatch: false,
      orchestrationMode: '"Uniform" literal @60:7',
      osType: '"Linux" literal @60:7',
      patchMode: 'absent @59:1'
    })
    expect(showVm(named(namespaced.resources, 'virtual-machine', 'runner'))).toMatchObject({
      kind: 'virtual-machine',
      canHotpatch: false,
      osType: '"Linux" literal @52:7'
    })
  })
})

describe('API group, not kind', () => {
  it('ignores a DevTest Labs WindowsVirtualMachine', () => {
    const lab = traps.resources.filter(resource => resource.identity.name === 'lab-vm')
    expect(lab).toEqual([])
    expect(traps.manifests).toContain('devtestlab.yaml')
  })
})

describe('Crossplane machines are not ASO machines', () => {
  it('no Crossplane VM or scale set carries azureServiceOperator', () => {
    const machines = [...cluster.resources, ...namespaced.resources].filter(
      (r): r is VirtualMachine => r.kind === 'virtual-machine' || r.kind === 'scale-set'
    )
    expect(machines.length).toBeGreaterThan(0)
    expect(machines.filter(m => 'azureServiceOperator' in m)).toEqual([])
  })
})
