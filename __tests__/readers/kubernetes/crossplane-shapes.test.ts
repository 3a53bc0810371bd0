/**
 * provider-upjet-azure's CRDs write a Terraform block as a list of one object in the cluster group's v1beta1 and as an
 * object in v1beta2 and the namespaced group's v1beta1 (`installPatches.windows` stays a list in every version). The
 * API server rejects an object that writes one in the other shape: it is never created. A configuration read in
 * either shape counted as a plan that never exists (a false pass found by probing), and a VM's image read in either
 * shape as one the API server takes.
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles, verdicts, type ScannedFiles } from '../terraform/scan-files.js'

const WINDOW = 'startDateTime: "2025-01-15 03:00", duration: "03:55", timeZone: UTC, recurEvery: Month Second Tuesday Offset1'
const IMAGE = 'publisher: MicrosoftWindowsServer, offer: WindowsServer, sku: 2025-datacenter-azure-edition, version: latest'

/** Shapes written in the configuration, flow style: one line each. */
interface Written {
  readonly group?: string
  readonly version: string
  readonly window: string
  readonly patches: string
  readonly where?: 'forProvider' | 'initProvider'
}

const LISTS = { window: `[{${WINDOW}}]`, patches: '[{reboot: IfRequired, windows: [{classificationsToInclude: [Critical, Security]}]}]' }
const OBJECTS = { window: `{${WINDOW}}`, patches: '{reboot: IfRequired, windows: [{classificationsToInclude: [Critical, Security]}]}' }

/** A hotpatch VM (line 1), its configuration (line 15: window line 25, installPatches line 26) and its assignment. */
const files = (mc: Written, vm: { readonly version?: string; readonly image?: string } = {}): Record<string, string> => {
  const group = mc.group ?? 'maintenance.azure.upbound.io'
  const namespaced = group.includes('.m.')
  const computeGroup = namespaced ? 'compute.azure.m.upbound.io' : 'compute.azure.upbound.io'
  return {
    'k8s/plan.yaml': [
      `apiVersion: ${computeGroup}/${vm.version ?? (namespaced ? 'v1beta1' : 'v1beta2')}`,
      'kind: WindowsVirtualMachine',
      'metadata: {name: vm-xp, namespace: apps}',
      'spec:',
      '  forProvider:',
      '    location: westeurope',
      '    resourceGroupName: rg-app',
      `    sourceImageReference: ${vm.image ?? `{${IMAGE}}`}`,
      '    patchMode: AutomaticByPlatform',
      '    hotpatchingEnabled: true',
      '    rebootSetting: IfRequired',
      '    bypassPlatformSafetyChecksOnUserScheduleEnabled: true',
      '    adminUsername: azadmin',
      '---',
      `apiVersion: ${group}/${mc.version}`,
      'kind: MaintenanceConfiguration',
      'metadata: {name: mc-xp, namespace: apps}',
      'spec:',
      '  forProvider:',
      '    location: westeurope',
      '    resourceGroupName: rg-app',
      '    scope: InGuestPatch',
      '    inGuestUserPatchMode: User',
      mc.where === 'initProvider' ? '  initProvider:' : '    # the blocks',
      `    window: ${mc.window}`,
      `    installPatches: ${mc.patches}`,
      '---',
      `apiVersion: ${group}/v1beta1`,
      'kind: MaintenanceAssignmentVirtualMachine',
      'metadata: {name: vm-xp-monthly, namespace: apps}',
      'spec:',
      '  forProvider:',
      '    location: westeurope',
      '    maintenanceConfigurationIdRef: {name: mc-xp}',
      '    virtualMachineId: /subscriptions/0/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm-xp',
      ''
    ].join('\n')
  }
}

const messageOf = (result: ScannedFiles, rule: string): string | undefined => result.findings.find(f => f.ruleId === rule)?.message
const REJECTED = 'the API server rejects it as written, so it is never created'

describe('a MaintenanceConfiguration in the shapes its version takes', () => {
  it.each([
    ['maintenance.azure.upbound.io', 'v1beta1', LISTS],
    ['maintenance.azure.upbound.io', 'v1beta2', OBJECTS],
    ['maintenance.azure.m.upbound.io', 'v1beta1', OBJECTS]
  ])('%s/%s is the VM\'s plan', async (group, version, shapes) => {
    expect(verdicts(await scanFiles(files({ group, version, ...shapes })))).toEqual(['vm-xp affected-with-plan:'])
  })
})

describe('a MaintenanceConfiguration in a shape its version does not take', () => {
  it.each([
    ['v1beta2 with lists', { version: 'v1beta2', ...LISTS }, 'spec.forProvider.window is a list of one object where the maintenance.azure.upbound.io/v1beta2 MaintenanceConfiguration CRD wants an object (k8s/plan.yaml:25)'],
    ['v1beta1 with objects', { version: 'v1beta1', ...OBJECTS }, 'spec.forProvider.window is an object where the maintenance.azure.upbound.io/v1beta1 MaintenanceConfiguration CRD wants a list of one object (k8s/plan.yaml:25)'],
    [
      'namespaced v1beta1 with lists',
      { group: 'maintenance.azure.m.upbound.io', version: 'v1beta1', ...LISTS },
      'spec.forProvider.window is a list of one object where the maintenance.azure.m.upbound.io/v1beta1 MaintenanceConfiguration CRD wants an object (k8s/plan.yaml:25)'
    ],
    [
      'v1beta2 with installPatches a list',
      { version: 'v1beta2', window: OBJECTS.window, patches: LISTS.patches },
      'spec.forProvider.installPatches is a list of one object where the maintenance.azure.upbound.io/v1beta2 MaintenanceConfiguration CRD wants an object (k8s/plan.yaml:26)'
    ],
    [
      'v1beta2 with installPatches.windows an object',
      { version: 'v1beta2', window: OBJECTS.window, patches: '{reboot: IfRequired, windows: {classificationsToInclude: [Critical, Security]}}' },
      'spec.forProvider.installPatches.windows is an object where the maintenance.azure.upbound.io/v1beta2 MaintenanceConfiguration CRD wants a list of one object (k8s/plan.yaml:26)'
    ],
    [
      'v1beta2 with lists in initProvider',
      { version: 'v1beta2', where: 'initProvider' as const, ...LISTS },
      'spec.initProvider.window is a list of one object where the maintenance.azure.upbound.io/v1beta2 MaintenanceConfiguration CRD wants an object (k8s/plan.yaml:25)'
    ]
  ])('%s is never created: the VM has no plan, told which field, version and shape, where', async (_, written, why) => {
    const result = await scanFiles(files(written))
    expect(verdicts(result)).toEqual(['vm-xp affected-no-plan: reboot-plan-required'])
    expect(messageOf(result, 'reboot-plan-required')).toContain(
      `maintenance configuration 'mc-xp' is assigned directly (assignment 'vm-xp-monthly'), but ${REJECTED}: ${why}.`
    )
    expect(result.assessments[0]?.evidence.map(e => e.status)).toEqual(['rejected'])
  })

  it('in a version whose CRD the gate does not know: indeterminate, located at the block', async () => {
    const result = await scanFiles(files({ version: 'v1beta3', ...OBJECTS }))
    expect(verdicts(result)).toEqual(['vm-xp indeterminate: indeterminate'])
    expect(result.assessments[0]?.unresolved).toEqual([
      expect.objectContaining({
        reason: expect.stringContaining(
          'spec.forProvider.window is written in maintenance.azure.upbound.io/v1beta3 MaintenanceConfiguration, a version whose CRD the gate does not know'
        ),
        location: expect.objectContaining({ file: 'k8s/plan.yaml', line: 25 })
      })
    ])
  })
})

/** The VM of `files` alone: no plan. */
const vmAlone = (version: string, image: string): Record<string, string> => ({
  'k8s/vm.yaml': `${(files({ version: 'v1beta2', ...OBJECTS }, { version, image })['k8s/plan.yaml'] ?? '').split('---')[0] ?? ''}`
})

describe('a VM whose sourceImageReference is in a shape its version does not take', () => {
  it.each([
    ['v1beta1', `[{${IMAGE}}]`],
    ['v1beta2', `{${IMAGE}}`]
  ])('%s in its shape: read as written', async (version, image) => {
    expect(verdicts(await scanFiles(files({ version: 'v1beta2', ...OBJECTS }, { version, image })))).toEqual(['vm-xp affected-with-plan:'])
    expect(verdicts(await scanFiles(vmAlone(version, image)))).toEqual(['vm-xp affected-no-plan: reboot-plan-required'])
  })

  it.each([
    ['v1beta1', `{${IMAGE}}`, 'an object', 'a list of one object'],
    ['v1beta2', `[{${IMAGE}}]`, 'a list of one object', 'an object']
  ])('%s in the other shape: not read as the image the API server takes, indeterminate, told why where', async (version, image, written, wanted) => {
    const result = await scanFiles(vmAlone(version, image))
    expect(verdicts(result)).toEqual(['vm-xp indeterminate: indeterminate'])
    const [first] = result.assessments[0]?.unresolved ?? []
    expect(first?.reason).toBe(
      `the API server rejects it as written, so it is not created: spec.forProvider.sourceImageReference is ${written} where the ` +
        `compute.azure.upbound.io/${version} WindowsVirtualMachine CRD wants ${wanted}`
    )
    expect(first?.location).toMatchObject({ file: 'k8s/vm.yaml', line: 8 })
  })
})

describe('a VM of a version whose CRD the gate does not know', () => {
  it.each([`{${IMAGE}}`, `[{${IMAGE}}]`])('v1beta3 with sourceImageReference %s: read as written, its failure certain', async image => {
    expect(verdicts(await scanFiles(vmAlone('v1beta3', image)))).toEqual(['vm-xp affected-no-plan: reboot-plan-required'])
  })
})

describe('a Flexible scale set whose osProfile is in a shape its version does not take', () => {
  const scaleSet = (version: string, profile: string): Record<string, string> => ({
    'k8s/vmss.yaml': [
      `apiVersion: compute.azure.upbound.io/${version}`,
      'kind: OrchestratedVirtualMachineScaleSet',
      'metadata: {name: vmss-xp}',
      'spec:',
      '  forProvider:',
      '    location: westeurope',
      '    resourceGroupName: rg-app',
      `    sourceImageReference: {${IMAGE}}`,
      `    osProfile: ${profile}`,
      ''
    ].join('\n')
  })
  const SETTINGS = '{patchMode: AutomaticByPlatform, hotpatchingEnabled: true}'

  it('v1beta2 with objects: read as written', async () => {
    expect(verdicts(await scanFiles(scaleSet('v1beta2', `{windowsConfiguration: ${SETTINGS}}`)))).toEqual([
      'vmss-xp affected-no-plan: reboot-plan-required'
    ])
  })

  it('v1beta2 with windowsConfiguration a list: indeterminate, told why at the block', async () => {
    const result = await scanFiles(scaleSet('v1beta2', `{windowsConfiguration: [${SETTINGS}]}`))
    expect(verdicts(result)).toEqual(['vmss-xp indeterminate: indeterminate'])
    const [first] = result.assessments[0]?.unresolved ?? []
    expect(first?.reason).toBe(
      'the API server rejects it as written, so it is not created: spec.forProvider.osProfile.windowsConfiguration is a list of ' +
        'one object where the compute.azure.upbound.io/v1beta2 OrchestratedVirtualMachineScaleSet CRD wants an object'
    )
    expect(first?.location).toMatchObject({ file: 'k8s/vmss.yaml', line: 9 })
  })
})
