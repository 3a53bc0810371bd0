/**
 * Crossplane's ProviderConfig (provider-upjet-azure `spec.subscriptionID`): a managed object deploys to the
 * subscription of the ProviderConfig its `spec.providerConfigRef` names. An assignment by a resource ID of one
 * subscription counted for a VM its ProviderConfig deploys to another (a false pass). The implicit `default` is not
 * followed: it would be found only when the object and the config share a file.
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles, verdicts } from '../terraform/scan-files.js'

const SUBSCRIPTION_A = '00000000-0000-0000-0000-000000000000'
const SUBSCRIPTION_B = '11111111-1111-1111-1111-111111111111'

/** A hotpatch VM through ProviderConfig `config` (none written: `default`), set up for Customer Managed Schedules. */
const vm = (config?: string): string[] => [
  'apiVersion: compute.azure.upbound.io/v1beta2',
  'kind: WindowsVirtualMachine',
  'metadata:',
  '  name: web-01',
  'spec:',
  ...(config === undefined ? [] : ['  providerConfigRef:', `    name: ${config}`]),
  '  forProvider:',
  '    location: westeurope',
  '    resourceGroupName: rg-app',
  '    sourceImageReference: {publisher: MicrosoftWindowsServer, offer: WindowsServer, sku: 2025-datacenter-azure-edition, version: latest}',
  '    patchMode: AutomaticByPlatform',
  '    hotpatchingEnabled: true',
  '    rebootSetting: IfRequired',
  '    bypassPlatformSafetyChecksOnUserScheduleEnabled: true'
]

const providerConfig = (name: string, subscription?: string): string[] => [
  'apiVersion: azure.upbound.io/v1beta1',
  'kind: ProviderConfig',
  'metadata:',
  `  name: ${name}`,
  'spec:',
  ...(subscription === undefined ? [] : [`  subscriptionID: ${subscription}`]),
  '  credentials:',
  '    source: Secret',
  '    secretRef: {namespace: crossplane-system, name: azure-secret, key: creds}'
]

/** A monthly window, and its assignment to web-01 by a resource ID in `subscription`. */
const plan = (subscription: string): string[][] => [
  [
    'apiVersion: maintenance.azure.upbound.io/v1beta2',
    'kind: MaintenanceConfiguration',
    'metadata:',
    '  name: monthly',
    'spec:',
    '  forProvider:',
    '    location: westeurope',
    '    resourceGroupName: rg-app',
    '    scope: InGuestPatch',
    '    inGuestUserPatchMode: User',
    '    window: {startDateTime: "2025-01-15 03:00", duration: "03:55", timeZone: UTC, recurEvery: Month Second Tuesday Offset1}',
    '    installPatches: {reboot: IfRequired, windows: [{classificationsToInclude: [Critical, Security]}]}'
  ],
  [
    'apiVersion: maintenance.azure.upbound.io/v1beta1',
    'kind: MaintenanceAssignmentVirtualMachine',
    'metadata:',
    '  name: web-01-monthly',
    'spec:',
    '  forProvider:',
    '    location: westeurope',
    '    maintenanceConfigurationIdRef: {name: monthly}',
    `    virtualMachineId: /subscriptions/${subscription}/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/web-01`
  ]
]

const files = (...documents: string[][]): Record<string, string> => ({
  'k8s/all.yaml': `${documents.map(lines => lines.join('\n')).join('\n---\n')}\n`
})

describe('an assignment by resource ID, for a VM whose ProviderConfig writes its subscription', () => {
  it('in another subscription: no plan, whether the config shares the VM’s file or has one of its own', async () => {
    const result = await scanFiles(files(vm('spoke'), providerConfig('spoke', SUBSCRIPTION_B), ...plan(SUBSCRIPTION_A)))
    expect(verdicts(result)).toEqual(['web-01 affected-no-plan: reboot-plan-required'])
    const apart = await scanFiles({
      'k8s/vm.yaml': `${[vm('spoke'), ...plan(SUBSCRIPTION_A)].map(lines => lines.join('\n')).join('\n---\n')}\n`,
      'platform/provider-config.yaml': `${providerConfig('spoke', SUBSCRIPTION_B).join('\n')}\n`
    })
    expect(verdicts(apart)).toEqual(['web-01 affected-no-plan: reboot-plan-required'])
  })

  it('in the same subscription: the plan', async () => {
    const named = await scanFiles(files(vm('spoke'), providerConfig('spoke', SUBSCRIPTION_B), ...plan(SUBSCRIPTION_B)))
    expect(verdicts(named)).toEqual(['web-01 affected-with-plan:'])
  })

  it('the implicit default: not followed, the ID decides, as before', async () => {
    const byDefault = await scanFiles(files(vm(), providerConfig('default', SUBSCRIPTION_B), ...plan(SUBSCRIPTION_A)))
    expect(verdicts(byDefault)).toEqual(['web-01 affected-with-plan:'])
  })

  it('a ProviderConfig that takes the subscription from its credentials, or none in the scan: the ID decides, as before', async () => {
    const fromCredentials = await scanFiles(files(vm('spoke'), providerConfig('spoke'), ...plan(SUBSCRIPTION_A)))
    expect(verdicts(fromCredentials)).toEqual(['web-01 affected-with-plan:'])
    const none = await scanFiles(files(vm('spoke'), ...plan(SUBSCRIPTION_A)))
    expect(verdicts(none)).toEqual(['web-01 affected-with-plan:'])
  })
})
