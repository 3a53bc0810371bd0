/**
 * Registry modules whose published interface the gate knows (src/readers/bicep/known-modules/): a call of the AVM
 * virtual-machine module at a covered version is the VM and the maintenance assignment the module makes from its
 * params, with the module's defaults where a param is not passed; the AVM maintenance-configuration module is a
 * configuration its `outputs.resourceId` links to. Any other version keeps the unread stand-in.
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceAssignment, MaintenanceConfiguration, Resource, VirtualMachine } from '../../../src/model/resources.js'
import { readMemory } from './memory-files.js'

const at = (line: number, column: number) => ({ file: 'main.bicep', line, column })
const MC = 'br/public:avm/res/maintenance/maintenance-configuration:0.3.1'

/** main.bicep: a configuration module call (lines 1-12), then a VM module call at line 13 whose params start at line 16. */
function template(vmVersion: string, params: readonly string[]): string {
  return [
    `module mc '${MC}' = {`,
    "  name: 'mc-deployment'",
    '  params: {',
    "    name: 'mc-hotpatch'",
    "    maintenanceScope: 'InGuestPatch'",
    "    extensionProperties: { InGuestPatchMode: 'User' }",
    "    maintenanceWindow: { startDateTime: '2026-01-01 02:00', duration: '03:55', timeZone: 'UTC', recurEvery: 'Month Second Tuesday Offset4' }",
    "    installPatches: { rebootSetting: 'IfRequired' }",
    '  }',
    '}',
    '',
    '',
    `module vm 'br/public:avm/res/compute/virtual-machine:${vmVersion}' = {`,
    "  name: 'vm-deployment'",
    '  params: {',
    "    name: 'vm-app-01'",
    "    osType: 'Windows'",
    "    imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' }",
    ...params.map(line => `    ${line}`),
    '  }',
    '}',
    ''
  ].join('\n')
}

const HOTPATCH = ["patchMode: 'AutomaticByPlatform'", 'enableHotpatching: true']

async function read(vmVersion: string, params: readonly string[]): Promise<readonly Resource[]> {
  return (await readMemory({ 'main.bicep': template(vmVersion, params) })).resources
}

const vmOf = (resources: readonly Resource[]) => resources.find((r): r is VirtualMachine => r.kind === 'virtual-machine')

describe('the AVM virtual-machine module at a covered version', () => {
  it('is the VM its params describe, reported at the call and located at the param lines', async () => {
    const resources = await read('0.20.0', HOTPATCH)
    const vm = vmOf(resources)
    expect(vm?.identity).toEqual({ type: 'Microsoft.Compute/virtualMachines', name: 'vm-app-01', symbol: 'main.bicep#vm' })
    expect(vm?.displayName).toBe('vm-app-01')
    expect(vm?.reportAt).toEqual(at(13, 1))
    expect(vm?.osType).toMatchObject({ value: 'Windows', location: at(17, 5) })
    expect(vm?.image.sku).toMatchObject({ value: '2025-datacenter-azure-edition', origin: 'literal', location: at(18, 84) })
    expect(vm?.patchMode).toMatchObject({ value: 'AutomaticByPlatform', location: at(19, 5) })
    expect(vm?.enableHotpatching).toMatchObject({ value: true, location: at(20, 5) })
  })

  it("applies the module's defaults where a param is not passed: IfRequired, bypass true, at the call", async () => {
    const vm = vmOf(await read('0.20.0', HOTPATCH))
    expect(vm?.rebootSetting).toEqual({ value: 'IfRequired', origin: 'default', detail: 'rebootSetting', location: at(13, 1) })
    expect(vm?.bypassPlatformSafetyChecksOnUserSchedule).toEqual({ value: true, origin: 'default', detail: 'bypassPlatformSafetyChecksOnUserSchedule', location: at(13, 1) })
  })

  it('sends no patch settings without a patchMode (its default is empty), whatever enableHotpatching says', async () => {
    const vm = vmOf(await read('0.20.0', ['enableHotpatching: true']))
    expect(vm?.patchMode).toMatchObject({ value: 'AutomaticByOS', origin: 'provider-default' })
    expect(vm?.enableHotpatching.origin).toBe('absent')
  })

  it('sends enableHotpatching false with any patchMode but AutomaticByPlatform', async () => {
    const vm = vmOf(await read('0.20.0', ["patchMode: 'AutomaticByOS'", 'enableHotpatching: true']))
    expect(vm?.enableHotpatching).toMatchObject({ value: false, location: at(19, 5) })
  })

  it('keeps an unknown patchMode unresolved, never guessed', async () => {
    const source = template('0.20.0', ['patchMode: mode', 'enableHotpatching: true']).replace(`module mc`, 'param mode string\nmodule mc')
    const vm = vmOf((await readMemory({ 'main.bicep': source })).resources)
    expect(vm?.osType).toMatchObject({ value: 'Windows', location: at(18, 5) })
    expect(vm?.patchMode).toMatchObject({ origin: 'unresolved', reason: 'patchMode passed to avm/res/compute/virtual-machine@0.20.0 is not known' })
    expect(vm?.rebootSetting.origin).toBe('unresolved')
  })

  it('makes the assignment maintenanceConfigurationResourceId names, linked to the configuration module', async () => {
    const resources = await read('0.20.0', [...HOTPATCH, 'maintenanceConfigurationResourceId: mc.outputs.resourceId'])
    const configuration = resources.find((r): r is MaintenanceConfiguration => r.kind === 'maintenance-configuration')
    const assignment = resources.find((r): r is MaintenanceAssignment => r.kind === 'maintenance-assignment')
    expect(configuration?.identity).toEqual({ type: 'Microsoft.Maintenance/maintenanceConfigurations', name: 'mc-hotpatch', symbol: 'main.bicep#mc' })
    expect(configuration?.maintenanceScope).toMatchObject({ value: 'InGuestPatch', location: at(5, 5) })
    expect(configuration?.rebootSetting).toMatchObject({ value: 'IfRequired', location: at(8, 23) })
    expect(configuration?.inGuestPatchMode).toMatchObject({ value: 'User' })
    expect(assignment?.configuration.target).toMatchObject({ value: configuration?.identity, location: at(21, 5) })
    expect(assignment?.target?.target.value).toEqual(vmOf(resources)?.identity)
  })

  it('makes no assignment without maintenanceConfigurationResourceId', async () => {
    const resources = await read('0.22.2', HOTPATCH)
    expect(resources.map(r => r.kind)).toEqual(['maintenance-configuration', 'virtual-machine'])
  })

  it('from 0.21.0, writes no OS profile when the OS disk attaches an existing disk', async () => {
    const attached = "osDisk: { managedDisk: { resourceId: '/subscriptions/x/resourceGroups/rg/providers/Microsoft.Compute/disks/d' } }"
    expect(vmOf(await read('0.21.0', [...HOTPATCH, attached]))?.enableHotpatching.origin).toBe('absent')
    expect(vmOf(await read('0.20.0', [...HOTPATCH, attached]))?.enableHotpatching.value).toBe(true)
  })
})

describe('versions and references outside the catalogue', () => {
  it.each([
    ['a version before the range', 'br/public:avm/res/compute/virtual-machine:0.7.0'],
    ['a version after the range', 'br/public:avm/res/compute/virtual-machine:0.23.0'],
    ['a pre-release', 'br/public:avm/res/compute/virtual-machine:0.20.0-preview'],
    ['an alias the gate cannot map', 'br/contoso:avm/res/compute/virtual-machine:0.20.0']
  ])('%s keeps the unread stand-in', async (_, reference) => {
    const output = await readMemory({ 'main.bicep': template('0.20.0', HOTPATCH).replace('br/public:avm/res/compute/virtual-machine:0.20.0', reference) })
    const vm = vmOf(output.resources)
    expect(vm?.displayName).toBe('module vm')
    expect(vm?.osType.origin).toBe('unresolved')
    expect(output.parseErrors).toContainEqual({ ...at(13, 11), message: `registry module ${reference} is not read; the resources it deploys are not checked`, severity: 'notice' })
  })

  it('reads the public registry written out in full as the public alias', async () => {
    const reference = 'br:mcr.microsoft.com/bicep/avm/res/compute/virtual-machine:0.20.0'
    const output = await readMemory({ 'main.bicep': template('0.20.0', HOTPATCH).replace('br/public:avm/res/compute/virtual-machine:0.20.0', reference) })
    expect(vmOf(output.resources)?.displayName).toBe('vm-app-01')
    expect(output.parseErrors).toContainEqual({
      ...at(13, 11),
      message:
        `registry module ${reference} is not fetched: modelled from the published interface of avm/res/compute/virtual-machine@0.20.0 ` +
        "(its VM and the maintenance configuration assignment maintenanceConfigurationResourceId makes, from the params passed and the module's defaults for the others)",
      severity: 'notice'
    })
  })
})
