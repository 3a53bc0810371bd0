/**
 * Unit tests for src/readers/kubernetes/manifest-index.ts: a Crossplane `*Ref.name` (and an ASO owner) that
 * several objects of one name could satisfy never depends on the order the files are read in.
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceAssignment, VirtualMachine } from '../../../src/model/resources.js'
import { kubernetesReader } from '../../../src/readers/kubernetes/kubernetes-reader.js'
import { memoryWorkspace, named, readWorkspace, show } from './helpers.js'

const lines = (...text: string[]): string => `${text.join('\n')}\n`

const assignment = lines(
  'apiVersion: maintenance.azure.upbound.io/v1beta1',
  'kind: MaintenanceAssignmentVirtualMachine',
  'metadata:',
  '  name: app-window',
  'spec:',
  '  forProvider:',
  '    location: westeurope',
  '    virtualMachineId: /subscriptions/s/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/app',
  '    maintenanceConfigurationIdRef:',
  '      name: monthly'
)

const configuration = (reboot: string, externalName = 'mc-monthly'): string =>
  lines(
    'apiVersion: maintenance.azure.upbound.io/v1beta2',
    'kind: MaintenanceConfiguration',
    'metadata:',
    '  name: monthly',
    '  annotations:',
    `    crossplane.io/external-name: ${externalName}`,
    'spec:',
    '  forProvider:',
    '    resourceGroupName: rg-app',
    '    scope: InGuestPatch',
    '    installPatches:',
    `      reboot: ${reboot}`
  )

const configurationOf = async (files: Record<string, string>): Promise<string> => {
  const output = await readWorkspace(kubernetesReader, memoryWorkspace(files))
  return show(named<MaintenanceAssignment>(output.resources, 'maintenance-assignment', 'app-window').configuration.target)
}

const TWO_OVERLAYS =
  'unresolved @10:7: maintenanceConfigurationIdRef "monthly" names 2 objects ' +
  '(overlays/dev/window.yaml#MaintenanceConfiguration/monthly, overlays/prod/window.yaml#MaintenanceConfiguration/monthly), ' +
  'none the only one in its own folder; the cluster holds one object of that name, whichever of them is applied'

describe('a reference by name with several candidates', () => {
  it('binds none of two overlays the base reference reaches, naming both, in either order', async () => {
    const dev = configuration('IfRequired')
    const prod = configuration('Never')
    expect(await configurationOf({ 'base/assign.yaml': assignment, 'overlays/dev/window.yaml': dev, 'overlays/prod/window.yaml': prod })).toBe(TWO_OVERLAYS)
    expect(await configurationOf({ 'overlays/prod/window.yaml': prod, 'overlays/dev/window.yaml': dev, 'base/assign.yaml': assignment })).toBe(TWO_OVERLAYS)
  })

  it("binds the one in the reference's own folder", async () => {
    const files = {
      'overlays/dev/window.yaml': configuration('IfRequired', 'mc-dev'),
      'overlays/prod/assign.yaml': assignment,
      'overlays/prod/window.yaml': configuration('Never', 'mc-prod')
    }
    expect(await configurationOf(files)).toBe(
      '{"type":"Microsoft.Maintenance/maintenanceConfigurations","name":"mc-prod","symbol":"overlays/prod/window.yaml#MaintenanceConfiguration/monthly","resourceGroup":"rg-app"} expression maintenanceConfigurationIdRef @10:7'
    )
  })

  it('binds none of two in its own folder', async () => {
    const files = { 'app/assign.yaml': assignment, 'app/a.yaml': configuration('IfRequired'), 'app/b.yaml': configuration('Never') }
    expect(await configurationOf(files)).toBe(
      'unresolved @10:7: maintenanceConfigurationIdRef "monthly" names 2 objects ' +
        '(app/a.yaml#MaintenanceConfiguration/monthly, app/b.yaml#MaintenanceConfiguration/monthly), ' +
        'none the only one in its own folder; the cluster holds one object of that name, whichever of them is applied'
    )
  })
})

describe('resourceGroupNameRef with several candidates', () => {
  const vm = lines(
    'apiVersion: compute.azure.upbound.io/v1beta2',
    'kind: WindowsVirtualMachine',
    'metadata:',
    '  name: app',
    'spec:',
    '  forProvider:',
    '    resourceGroupNameRef:',
    '      name: rg'
  )
  const group = (azureName: string): string =>
    lines('apiVersion: azure.upbound.io/v1beta1', 'kind: ResourceGroup', 'metadata:', '  name: rg', '  annotations:', `    crossplane.io/external-name: ${azureName}`)
  const groupOf = async (files: Record<string, string>): Promise<string | undefined> => {
    const output = await readWorkspace(kubernetesReader, memoryWorkspace(files))
    return named<VirtualMachine>(output.resources, 'virtual-machine', 'app').identity.resourceGroup
  }

  it('knows no group when two overlays give it two Azure names, in either order', async () => {
    expect(await groupOf({ 'base/vm.yaml': vm, 'overlays/dev/rg.yaml': group('rg-dev'), 'overlays/prod/rg.yaml': group('rg-prod') })).toBeUndefined()
    expect(await groupOf({ 'overlays/prod/rg.yaml': group('rg-prod'), 'overlays/dev/rg.yaml': group('rg-dev'), 'base/vm.yaml': vm })).toBeUndefined()
  })

  it('knows the group when they give it one Azure name, or one is in its own folder', async () => {
    expect(await groupOf({ 'base/vm.yaml': vm, 'overlays/dev/rg.yaml': group('rg-app'), 'overlays/prod/rg.yaml': group('rg-app') })).toBe('rg-app')
    expect(await groupOf({ 'dev/rg.yaml': group('rg-dev'), 'prod/rg.yaml': group('rg-prod'), 'prod/vm.yaml': vm })).toBe('rg-prod')
  })
})

describe('ASO owner with several candidates', () => {
  const vm = lines(
    'apiVersion: compute.azure.com/v1api20220301',
    'kind: VirtualMachine',
    'metadata:',
    '  name: app',
    '  namespace: apps',
    'spec:',
    '  owner:',
    '    name: rg'
  )
  const group = (azureName: string): string =>
    lines('apiVersion: resources.azure.com/v1api20200601', 'kind: ResourceGroup', 'metadata:', '  name: rg', '  namespace: apps', 'spec:', `  azureName: ${azureName}`)

  it('knows no group when two overlays give it two Azure names, and the one of its own folder', async () => {
    const read = async (files: Record<string, string>) =>
      named<VirtualMachine>((await readWorkspace(kubernetesReader, memoryWorkspace(files))).resources, 'virtual-machine', 'app').identity.resourceGroup
    expect(await read({ 'base/vm.yaml': vm, 'overlays/dev/rg.yaml': group('rg-dev'), 'overlays/prod/rg.yaml': group('rg-prod') })).toBeUndefined()
    expect(await read({ 'overlays/dev/rg.yaml': group('rg-dev'), 'overlays/prod/rg.yaml': group('rg-prod'), 'overlays/prod/vm.yaml': vm })).toBe('rg-prod')
  })
})

describe('a namespaced selector', () => {
  const assign = (selector: readonly string[]): string =>
    lines(
      'apiVersion: maintenance.azure.m.upbound.io/v1beta1',
      'kind: MaintenanceAssignmentVirtualMachine',
      'metadata:',
      '  name: app-window',
      '  namespace: team-app',
      'spec:',
      '  forProvider:',
      '    virtualMachineId: /subscriptions/s/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/app',
      '    maintenanceConfigurationIdSelector:',
      ...selector,
      '      matchLabels:',
      '        window: monthly'
    )
  const window = (name: string, namespace: string): string =>
    lines(
      'apiVersion: maintenance.azure.m.upbound.io/v1beta1',
      'kind: MaintenanceConfiguration',
      'metadata:',
      `  name: ${name}`,
      `  namespace: ${namespace}`,
      '  labels:',
      '    window: monthly',
      'spec:',
      '  forProvider:',
      '    resourceGroupName: rg-app'
    )
  const windows = { 'platform.yaml': window('mc-platform', 'platform'), 'team.yaml': window('mc-app', 'team-app') }

  it("selects in the selector's namespace when it sets one", async () => {
    expect(await configurationOf({ 'assign.yaml': assign(['      namespace: platform']), ...windows })).toBe(
      '{"type":"Microsoft.Maintenance/maintenanceConfigurations","name":"mc-platform","symbol":"platform.yaml#MaintenanceConfiguration/platform/mc-platform","resourceGroup":"rg-app"} expression maintenanceConfigurationIdSelector @10:7'
    )
  })

  it("selects in the resource's own namespace otherwise", async () => {
    expect(await configurationOf({ 'assign.yaml': assign([]), ...windows })).toBe(
      '{"type":"Microsoft.Maintenance/maintenanceConfigurations","name":"mc-app","symbol":"team.yaml#MaintenanceConfiguration/team-app/mc-app","resourceGroup":"rg-app"} expression maintenanceConfigurationIdSelector @10:7'
    )
  })
})

describe('a selector with matchControllerRef: true', () => {
  const controlledBy = (uid: string | undefined): string[] =>
    uid === undefined ? [] : ['  ownerReferences:', '  - apiVersion: example.org/v1', '    kind: XApp', '    name: app', `    uid: ${uid}`, '    controller: true']
  const assign = (uid?: string): string =>
    lines(
      'apiVersion: maintenance.azure.upbound.io/v1beta1',
      'kind: MaintenanceAssignmentVirtualMachine',
      'metadata:',
      '  name: app-window',
      ...controlledBy(uid),
      'spec:',
      '  forProvider:',
      '    virtualMachineId: /subscriptions/s/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/app',
      '    maintenanceConfigurationIdSelector:',
      '      matchControllerRef: true',
      '      matchLabels:',
      '        window: monthly'
    )
  const window = (uid?: string): string =>
    lines(
      'apiVersion: maintenance.azure.upbound.io/v1beta2',
      'kind: MaintenanceConfiguration',
      'metadata:',
      '  name: mc-app',
      '  labels:',
      '    window: monthly',
      ...controlledBy(uid),
      'spec:',
      '  forProvider:',
      '    resourceGroupName: rg-app'
    )

  it('selects nothing from a manifest without a controller, and says why', async () => {
    expect(await configurationOf({ 'assign.yaml': assign(), 'window.yaml': window() })).toBe(
      'unresolved @9:27: maintenanceConfigurationIdSelector sets matchControllerRef: true, which selects only objects ' +
        'of the same controller as MaintenanceAssignmentVirtualMachine app-window, and it has none ' +
        '(no ownerReferences entry with controller: true): it selects nothing'
    )
  })

  it('selects only an object of the same controller, as kubectl writes them', async () => {
    expect(await configurationOf({ 'assign.yaml': assign('u-1'), 'window.yaml': window('u-1') })).toBe(
      '{"type":"Microsoft.Maintenance/maintenanceConfigurations","name":"mc-app","symbol":"window.yaml#MaintenanceConfiguration/mc-app","resourceGroup":"rg-app"} expression maintenanceConfigurationIdSelector @15:7'
    )
    expect(await configurationOf({ 'assign.yaml': assign('u-1'), 'window.yaml': window('u-2') })).toBe(
      'unresolved @15:7: maintenanceConfigurationIdSelector matches no MaintenanceConfiguration in the scanned files'
    )
  })
})
