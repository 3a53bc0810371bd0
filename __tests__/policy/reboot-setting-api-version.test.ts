/**
 * `automaticByPlatformSettings` (its `rebootSetting`) exists in the Microsoft.Compute schemas from API version
 * 2022-03-01 on; ASO's `v1api20201201` CRD has no such type and prunes it. A VM declared with an older version
 * does not send its reboot setting, so it has none: its platform reboots nothing, and without a window it has no
 * reboot plan. It counted as written, a `platform-reboot-only` warning instead of the error (a false pass under
 * the default fail-on, found by probing). An ASO object's advice names its own CRD version's compute API.
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles, verdicts } from '../readers/terraform/scan-files.js'

const patchSettings = { patchMode: 'AutomaticByPlatform', enableHotpatching: true, automaticByPlatformSettings: { rebootSetting: 'IfRequired' } }
const image = { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-azure-edition-core', version: 'latest' }

const armVm = (apiVersion: string): Record<string, string> => ({
  'arm/main.json': JSON.stringify({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    resources: [
      {
        type: 'Microsoft.Compute/virtualMachines',
        apiVersion,
        name: 'vm-arm',
        location: 'westeurope',
        properties: { storageProfile: { imageReference: image }, osProfile: { windowsConfiguration: { patchSettings } } }
      }
    ]
  })
})

const asoVm = (version: string): Record<string, string> => ({
  'k8s/vm.yaml': [
    `apiVersion: compute.azure.com/${version}`,
    'kind: VirtualMachine',
    'metadata:',
    '  name: vm-aso',
    'spec:',
    '  location: westeurope',
    '  storageProfile:',
    '    imageReference: { publisher: MicrosoftWindowsServer, offer: WindowsServer, sku: 2022-datacenter-azure-edition-core, version: latest }',
    '  osProfile:',
    '    windowsConfiguration:',
    '      patchSettings:',
    '        patchMode: AutomaticByPlatform',
    '        enableHotpatching: true',
    '        automaticByPlatformSettings:',
    '          rebootSetting: IfRequired',
    ''
  ].join('\n')
})

describe('a reboot setting written with an API version that predates it', () => {
  it.each([
    ['ARM 2021-03-01', armVm('2021-03-01'), 'vm-arm'],
    ['ASO v1api20201201', asoVm('v1api20201201'), 'vm-aso'],
    ['ASO v20201201', asoVm('v20201201'), 'vm-aso'],
    ['ASO v1beta20201201', asoVm('v1beta20201201'), 'vm-aso'],
    // ASO v2's alpha releases served it (v2.0.0 removed alpha versions): the same 2020-12-01, which prunes the
    // setting; an operator that no longer serves it rejects the VM. It passed as platform reboots (a warning).
    ['ASO v1alpha1api20201201', asoVm('v1alpha1api20201201'), 'vm-aso']
  ])('%s: is not sent, so the VM has no reboot plan', async (_case, files, vm) => {
    expect(verdicts(await scanFiles(files))).toEqual([`${vm} affected-no-plan: reboot-plan-required`])
  })

  it.each([
    ['v1api20201201', '2020-12-01'],
    ['v1alpha1api20201201', '2020-12-01'],
    ['v1api20220301', '2022-03-01']
  ])('ASO %s: the advice names the compute API of the object, %s', async (version, api) => {
    const { findings } = await scanFiles(asoVm(version))
    const messages = findings.filter(f => f.subject.kind === 'resource').map(f => f.message)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(
      `Azure Service Operator cannot add one: it has no maintenance resources, and its compute API (${api}) has no ` +
        'bypassPlatformSafetyChecksOnUserSchedule, without which Azure Update Manager runs no window on the VM.'
    )
  })

  it.each([
    ['ARM 2022-03-01', armVm('2022-03-01'), 'vm-arm'],
    ['ASO v1api20220301', asoVm('v1api20220301'), 'vm-aso']
  ])('%s: is sent, and the platform reboots the VM', async (_case, files, vm) => {
    expect(verdicts(await scanFiles(files))).toEqual([`${vm} affected-platform-reboot: platform-reboot-only`])
  })
})
