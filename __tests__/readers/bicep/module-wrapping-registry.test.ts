/**
 * A local Bicep module whose only VM or plan is a registry module call (src/readers/bicep/source-loader.ts
 * `mayDeploy`): its caller follows it, so the registry call is judged (a known AVM interface modelled, another one
 * the indeterminate stand-in) where it was skipped without a word because the wrapper declares no resource itself.
 * The standard AVM test layout (`tests/e2e/*\/main.test.bicep` calling `../../../main.bicep`) is such a caller.
 */
import { describe, expect, it } from '@jest/globals'
import { scanTree } from '../../support/temporary-tree.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')

/** A hotpatch VM through the AVM VM module at `version`, with no maintenance configuration. */
const avmVm = (version: string): string => `param location string = resourceGroup().location

module vm 'br/public:avm/res/compute/virtual-machine:${version}' = {
  name: 'vm'
  params: {
    name: 'vm-app-01'
    location: location
    adminUsername: 'azadmin'
    availabilityZone: -1
    imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' }
    nicConfigurations: []
    osDisk: { managedDisk: { storageAccountType: 'Premium_LRS' } }
    osType: 'Windows'
    vmSize: 'Standard_D2s_v5'
    enableHotpatching: true
    patchMode: 'AutomaticByPlatform'
  }
}
`

const caller = (path: string): string => `module app '${path}' = {\n  name: 'app'\n}\n`

async function verdicts(files: Readonly<Record<string, string>>): Promise<string[]> {
  const result = await scanTree(files, { asOf: AS_OF, threads: 1 })
  return result.assessments.map(({ vm, verdict }) => `${vm.displayName} ${vm.reportAt.file}:${vm.reportAt.line} ${verdict}`)
}

describe('a local module that only calls a registry module', () => {
  it('is followed: the AVM VM it calls fails at the call, as when the module is scanned alone', async () => {
    expect(await verdicts({ 'main.bicep': caller('./vm.bicep'), 'vm.bicep': avmVm('0.20.0') })).toEqual(['vm-app-01 main.bicep:1 affected-no-plan'])
  })

  it('is followed for a registry module the gate does not read either: the stand-in, not 0 VMs', async () => {
    expect(await verdicts({ 'main.bicep': caller('./vm.bicep'), 'vm.bicep': avmVm('0.23.0') })).toEqual(['module vm vm.bicep:3 indeterminate'])
  })

  it('is followed from an AVM-style test entry two folders down', async () => {
    const files = { 'tests/e2e/defaults/main.test.bicep': caller('../../../main.bicep'), 'main.bicep': avmVm('0.20.0') }
    expect(await verdicts(files)).toEqual(['vm-app-01 tests/e2e/defaults/main.test.bicep:1 affected-no-plan'])
  })
})
