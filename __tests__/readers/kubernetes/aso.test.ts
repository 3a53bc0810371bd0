/**
 * Unit tests for src/readers/kubernetes: Azure Service Operator v2 compute resources.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../../src/model/resources.js'
import { kubernetesReader } from '../../../src/readers/kubernetes/kubernetes-reader.js'
import type { ReaderOutput } from '../../../src/readers/reader.js'
import { scanFiles, verdicts } from '../terraform/scan-files.js'
import { fixture, memoryWorkspace, named, readFolder, readWorkspace, showVm } from './helpers.js'

const GALLERY_IMAGE =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-images/providers/Microsoft.Compute/galleries/gal/images/batch/versions/1.0.0'

let output: ReaderOutput
beforeAll(async () => {
  output = await readFolder(kubernetesReader, fixture('kubernetes/aso'))
})

describe('ASO VirtualMachine', () => {
  it('reads the ARM-shaped spec, names it by azureName and its owner resource group', () => {
    const vm = named<VirtualMachine>(output.resources, 'virtual-machine', 'WEB-VM-01')
    expect(showVm(vm)).toEqual({
      kind: 'virtual-machine',
      identity: {
        type: 'Microsoft.Compute/virtualMachines',
        name: 'WEB-VM-01',
        resourceGroup: 'rg-web-prod',
        symbol: 'windows-vm.yaml#VirtualMachine/web/web-vm-01'
      },
      reportAt: '11:1',
      deployed: 'true literal @11:1',
      canHotpatch: true,
      orchestrationMode: 'absent @11:1',
      osType: '"Windows" literal @38:7',
      image: [
        '"MicrosoftWindowsServer" literal @48:18',
        '"WindowsServer" literal @49:14',
        '"2025-datacenter-azure-edition" literal @50:12',
        '"latest" literal @51:16',
        'absent @11:1'
      ],
      location: '"westeurope" literal @20:13',
      tags: '{"env":"prod","patch-group":"web"} literal @53:5',
      patchMode: '"AutomaticByPlatform" literal @41:20',
      enableHotpatching: 'true literal @42:28',
      rebootSetting: '"IfRequired" literal @45:26',
      bypass: 'absent @11:1'
    })
    expect(vm.format).toBe('kubernetes')
    expect(vm.variant).toBe('')
    expect(vm.declaredAt).toEqual({ file: 'windows-vm.yaml', line: 11, column: 1 })
  })

  it('reads a linux VM from a kind: List, with the owner name as its resource group', () => {
    const vm = named<VirtualMachine>(output.resources, 'virtual-machine', 'listed-vm')
    expect(showVm(vm)).toMatchObject({
      identity: {
        type: 'Microsoft.Compute/virtualMachines',
        name: 'listed-vm',
        resourceGroup: 'listed-rg',
        symbol: 'list.yaml#VirtualMachine/default/listed-vm'
      },
      reportAt: '4:5',
      osType: '"Linux" literal @14:11',
      patchMode: 'absent @4:5',
      enableHotpatching: 'absent @4:5'
    })
  })
})

describe('ASO VirtualMachineScaleSet', () => {
  it('reads virtualMachineProfile, orchestrationMode and the resource group of an owner ARM ID', () => {
    const vmss = named<VirtualMachine>(output.resources, 'scale-set', 'api-vmss')
    expect(showVm(vmss)).toEqual({
      kind: 'scale-set',
      identity: {
        type: 'Microsoft.Compute/virtualMachineScaleSets',
        name: 'api-vmss',
        resourceGroup: 'rg-api',
        symbol: 'windows-vmss.yaml#VirtualMachineScaleSet/api/api-vmss'
      },
      reportAt: '1:1',
      deployed: 'true literal @1:1',
      canHotpatch: true,
      orchestrationMode: '"Flexible" literal @10:22',
      osType: '"Windows" literal @23:9',
      image: [
        '"MicrosoftWindowsServer" literal @31:20',
        '"WindowsServer" literal @32:16',
        '"2022-datacenter-azure-edition-core" literal @33:14',
        '"20348.4297.251024" literal @34:18',
        'absent @1:1'
      ],
      location: '"northeurope" literal @7:13',
      tags: 'absent @1:1',
      patchMode: '"AutomaticByPlatform" literal @25:22',
      // `yes` is a YAML 1.1 boolean, as Kubernetes decodes it.
      enableHotpatching: 'true literal @26:30',
      rebootSetting: 'absent @1:1',
      // ASO's ARM 2022-03-01 schema has no such field: the API server prunes it.
      bypass: 'absent @28:55'
    })
  })

  it('takes an unset orchestrationMode of its CRD version (2020-12-01: Uniform), reads a custom image and honours reconcile-policy skip', () => {
    const vmss = named<VirtualMachine>(output.resources, 'scale-set', 'batch-vmss')
    expect(showVm(vmss)).toMatchObject({
      deployed: 'false literal serviceoperator.azure.com/reconcile-policy @43:49',
      // ARM 2020-12-01, the API of a v1beta20201201 CRD, creates Uniform scale sets only.
      orchestrationMode: '"Uniform" provider-default API version 2020-12-01 predates Flexible orchestration (2021-03-01) @37:1',
      osType: '"Linux" literal @51:9',
      image: [
        'absent @37:1',
        'absent @37:1',
        'absent @37:1',
        'absent @37:1',
        `"${GALLERY_IMAGE}" literal @55:18`
      ],
      patchMode: 'absent @37:1'
    })
  })

  it('lists only files that hold Azure objects, and reports nothing for the Secret and ConfigMap', () => {
    expect([...output.manifests].sort()).toEqual(['list.yaml', 'windows-vm.yaml', 'windows-vmss.yaml'])
    expect(output.parseErrors).toEqual([])
    expect(output.resources).toHaveLength(4)
  })
})

describe('ASO machines are marked as such', () => {
  it('every ASO VM and scale set carries azureServiceOperator with the compute API its own CRD version speaks', () => {
    const machines = output.resources.filter((r): r is VirtualMachine => r.kind === 'virtual-machine' || r.kind === 'scale-set')
    const marked = machines.map(m => `${m.kind} ${m.identity.name ?? '?'} ${m.azureServiceOperator?.computeApiVersion ?? 'unmarked'}`)
    expect(marked.sort()).toEqual([
      'scale-set api-vmss 2022-03-01',
      // v1beta20201201: the advice names 2020-12-01, not the latest CRD's 2022-03-01.
      'scale-set batch-vmss 2020-12-01',
      'virtual-machine WEB-VM-01 2022-03-01',
      'virtual-machine listed-vm 2022-03-01'
    ])
  })
})

describe('ASO reconcile-policy', () => {
  const vm = (policy: string): string =>
    [
      'apiVersion: compute.azure.com/v1api20220301',
      'kind: VirtualMachine',
      'metadata:',
      '  name: vm-print-01',
      '  namespace: print',
      '  annotations:',
      `    serviceoperator.azure.com/reconcile-policy: ${policy}`,
      'spec:',
      '  location: westeurope',
      '  owner: {name: rg-print}',
      '  storageProfile:',
      '    imageReference: {publisher: MicrosoftWindowsServer, offer: WindowsServer, sku: 2022-datacenter-azure-edition-core, version: latest}',
      '  osProfile:',
      '    windowsConfiguration:',
      '      patchSettings: {patchMode: AutomaticByPlatform, enableHotpatching: true}',
      ''
    ].join('\n')
  const deployedWith = async (policy: string): Promise<string> => {
    const read = await readWorkspace(kubernetesReader, memoryWorkspace({ 'vm.yaml': vm(policy) }))
    return showVm(named<VirtualMachine>(read.resources, 'virtual-machine', 'vm-print-01')).deployed as string
  }

  it('skips only on exactly `skip`, as ASO compares it; `Skip` is the default, manage, so the VM is created', async () => {
    expect(await deployedWith('skip')).toBe('false literal serviceoperator.azure.com/reconcile-policy @7:49')
    expect(await deployedWith('Skip')).toBe('true literal @1:1')
    expect(await deployedWith('SKIP')).toBe('true literal @1:1')
    expect(await deployedWith('"skip "')).toBe('true literal @1:1')
  })

  it('judges the hotpatch VM annotated `Skip` (it was not-affected: a false pass)', async () => {
    expect(verdicts(await scanFiles({ 'k8s/vm.yaml': vm('Skip') }))).toEqual(['vm-print-01 affected-no-plan: reboot-plan-required'])
    expect(verdicts(await scanFiles({ 'k8s/vm.yaml': vm('skip') }))).toEqual(['vm-print-01 not-affected:'])
  })
})
