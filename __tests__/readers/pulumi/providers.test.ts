/**
 * Explicit azure-native providers (`type: pulumi:providers:azure-native`, `options.provider`, inherited through
 * `options.parent`): a resource deploys to its provider's `subscriptionId`, and the default provider to the stack's
 * `azure-native:subscriptionId`. A dynamic scope made through a provider of another subscription selected the
 * default subscription's VMs (a false pass); it selects none of them now, or leaves the VM indeterminate when the
 * default provider's subscription is not written.
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles, verdicts } from '../terraform/scan-files.js'

const DYNAMIC_SCOPE = [
  '  everyVm:',
  '    type: azure-native:maintenance:ConfigurationAssignmentsForSubscription',
  '    properties:',
  '      configurationAssignmentName: all-windows',
  '      maintenanceConfigurationId: ${monthly.id}',
  '      filter: {resourceTypes: [Microsoft.Compute/virtualMachines], osTypes: [Windows]}'
]

/** An assignment to the VM by its REST path, its name the VM's `name` output. */
const DIRECT = [
  '  toWeb:',
  '    type: azure-native:maintenance:ConfigurationAssignment',
  '    properties:',
  '      configurationAssignmentName: web-monthly',
  '      resourceGroupName: rg-app',
  '      providerName: Microsoft.Compute',
  '      resourceType: virtualMachines',
  '      resourceName: ${web.name}',
  '      location: westeurope',
  '      maintenanceConfigurationId: ${monthly.id}'
]

/** A hotpatch VM set up for Customer Managed Schedules, a monthly window, and an assignment (a subscription-wide dynamic scope). */
const program = (scopeOptions: string, vmOptions = '', providerSubscription = '"22222222-2222-2222-2222-222222222222"', assignment = DYNAMIC_SCOPE): string =>
  [
    'name: hub',
    'runtime: yaml',
    'resources:',
    '  spoke:',
    '    type: pulumi:providers:azure-native',
    '    properties:',
    `      subscriptionId: ${providerSubscription}`,
    '  web:',
    '    type: azure-native:compute:VirtualMachine',
    '    properties:',
    '      resourceGroupName: rg-app',
    '      vmName: web-01',
    '      location: westeurope',
    '      storageProfile:',
    '        imageReference: {publisher: MicrosoftWindowsServer, offer: WindowsServer, sku: 2025-datacenter-azure-edition, version: latest}',
    '      osProfile:',
    '        windowsConfiguration:',
    '          patchSettings:',
    '            patchMode: AutomaticByPlatform',
    '            enableHotpatching: true',
    '            automaticByPlatformSettings: {rebootSetting: IfRequired, bypassPlatformSafetyChecksOnUserSchedule: true}',
    ...vmOptions.split('\n').filter(line => line !== ''),
    '  monthly:',
    '    type: azure-native:maintenance:MaintenanceConfiguration',
    '    properties:',
    '      resourceName: mc-monthly',
    '      resourceGroupName: rg-ops',
    '      location: westeurope',
    '      maintenanceScope: InGuestPatch',
    '      extensionProperties: {InGuestPatchMode: User}',
    '      startDateTime: "2025-01-15 03:00"',
    '      duration: "03:55"',
    '      timeZone: UTC',
    '      recurEvery: Month Second Tuesday Offset1',
    '      installPatches: {rebootSetting: IfRequired, windowsParameters: {classificationsToInclude: [Critical, Security]}}',
    ...assignment,
    ...scopeOptions.split('\n').filter(line => line !== ''),
    ''
  ].join('\n')

const ON_SPOKE = '    options:\n      provider: ${spoke}'
const STACK = 'config:\n  azure-native:subscriptionId: 11111111-1111-1111-1111-111111111111\n'

describe('a dynamic scope made through an explicit provider', () => {
  it('of another subscription than the stack deploys the VM to: no plan', async () => {
    const result = await scanFiles({ 'hub/Pulumi.yaml': program(ON_SPOKE), 'hub/Pulumi.prod.yaml': STACK })
    expect(verdicts(result)).toEqual(['web-01 affected-no-plan: reboot-plan-required'])
  })

  it('while the default provider’s subscription is not written: indeterminate, not a pass', async () => {
    const result = await scanFiles({ 'hub/Pulumi.yaml': program(ON_SPOKE) })
    expect(verdicts(result)).toEqual(['web-01 indeterminate: indeterminate'])
  })

  it('of the subscription the stack deploys the VM to: the plan', async () => {
    const stack = 'config:\n  azure-native:subscriptionId: 22222222-2222-2222-2222-222222222222\n'
    const result = await scanFiles({ 'hub/Pulumi.yaml': program(ON_SPOKE), 'hub/Pulumi.prod.yaml': stack })
    expect(verdicts(result)).toEqual(['web-01 affected-with-plan:'])
  })

  it('the VM deploys through too, its subscription not evaluated, or inherited from a parent: the plan', async () => {
    const unevaluated = program(ON_SPOKE, ON_SPOKE, '${spokeSubscription}')
    expect(verdicts(await scanFiles({ 'hub/Pulumi.yaml': unevaluated }))).toEqual(['web-01 affected-with-plan:'])
    // A child deploys through its parent's provider: the VM's parent, a resource group, is on the spoke.
    const group = '    options:\n      parent: ${group}\n  group:\n    type: azure-native:resources:ResourceGroup\n' +
      '    properties:\n      resourceGroupName: rg-app\n    options:\n      provider: ${spoke}'
    const parented = program(ON_SPOKE, group)
    expect(verdicts(await scanFiles({ 'hub/Pulumi.yaml': parented, 'hub/Pulumi.prod.yaml': STACK }))).toEqual(['web-01 affected-with-plan:'])
  })

  it('on the default provider, beside a VM on the default provider: the plan, as before', async () => {
    const result = await scanFiles({ 'hub/Pulumi.yaml': program(''), 'hub/Pulumi.prod.yaml': STACK })
    expect(verdicts(result)).toEqual(['web-01 affected-with-plan:'])
  })
})

describe('an assignment by the VM’s REST path, `resourceName: ${web.name}`', () => {
  const SPOKE = '"22222222-2222-2222-2222-222222222222"'

  it('made through the default provider for a VM deployed through a provider of another subscription: no plan', async () => {
    // The assignment's path is in the stack's subscription, where no such VM is deployed.
    const result = await scanFiles({ 'hub/Pulumi.yaml': program('', ON_SPOKE, SPOKE, DIRECT), 'hub/Pulumi.prod.yaml': STACK })
    expect(verdicts(result)).toEqual(['web-01 affected-no-plan: reboot-plan-required'])
  })

  it('the same while the default provider’s subscription is not written: indeterminate, not a pass', async () => {
    const result = await scanFiles({ 'hub/Pulumi.yaml': program('', ON_SPOKE, SPOKE, DIRECT) })
    expect(verdicts(result)).toEqual(['web-01 indeterminate: indeterminate'])
  })

  it('through the VM’s own provider, or a provider of the same subscription, or both through the default one: the plan', async () => {
    const own = program(ON_SPOKE, ON_SPOKE, SPOKE, DIRECT)
    expect(verdicts(await scanFiles({ 'hub/Pulumi.yaml': own, 'hub/Pulumi.prod.yaml': STACK }))).toEqual(['web-01 affected-with-plan:'])
    const stack = 'config:\n  azure-native:subscriptionId: 22222222-2222-2222-2222-222222222222\n'
    const sameSubscription = program('', ON_SPOKE, SPOKE, DIRECT)
    expect(verdicts(await scanFiles({ 'hub/Pulumi.yaml': sameSubscription, 'hub/Pulumi.prod.yaml': stack }))).toEqual(['web-01 affected-with-plan:'])
    expect(verdicts(await scanFiles({ 'hub/Pulumi.yaml': program('', '', SPOKE, DIRECT) }))).toEqual(['web-01 affected-with-plan:'])
  })
})
