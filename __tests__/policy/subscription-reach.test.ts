/**
 * A dynamic scope whose only doubt about a VM is the subscription (the VM's module names one that was not
 * evaluated) makes it `indeterminate` beside it; one of another folder is another deployment's, which selects by
 * filter and may plan for another subscription: not counted, as any far-away assignment the gate cannot decide.
 * A resource ID that names the VM but for a subscription not evaluated is about that very VM wherever it is written.
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles, verdicts } from '../readers/terraform/scan-files.js'
import { scheduledBicepWindow } from '../support/plan-manifests.js'

const VM = `param location string = 'westeurope'
resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {
  name: 'vm-app-01'
  location: location
  properties: {
    storageProfile: { imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' } }
    osProfile: { windowsConfiguration: { patchSettings: {
      patchMode: 'AutomaticByPlatform'
      enableHotpatching: true
      automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true }
    } } }
  }
}
`
const APP = `targetScope = 'subscription'
param workloadSubscriptionId string
module vm 'vm.bicep' = {
  name: 'vm'
  scope: resourceGroup(workloadSubscriptionId, 'rg-app')
}
`
const PLATFORM = `targetScope = 'subscription'
module mc 'mc.bicep' = {
  name: 'mc'
  scope: resourceGroup('rg-platform')
}
resource windows 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'windows'
  properties: {
    maintenanceConfigurationId: mc.outputs.id
    filter: { resourceTypes: [ 'Microsoft.Compute/virtualMachines' ], osTypes: [ 'Windows' ] }
  }
}
`
const CONFIGURATION = `${scheduledBicepWindow({ name: 'mc-monthly', start: '2025-01-15 03:00', recurEvery: 'Month Second Tuesday Offset1' })}output id string = mc.id
`

describe('a dynamic scope and a VM in a subscription not evaluated', () => {
  it('is indeterminate beside it, and not counted from a sibling folder', async () => {
    const apart = await scanFiles({ 'app/main.bicep': APP, 'app/vm.bicep': VM, 'platform/main.bicep': PLATFORM, 'platform/mc.bicep': CONFIGURATION })
    expect(verdicts(apart)).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
    const together = await scanFiles({ 'main.bicep': APP + PLATFORM.replace("targetScope = 'subscription'\n", ''), 'vm.bicep': VM, 'mc.bicep': CONFIGURATION })
    expect(verdicts(together)).toEqual(['vm-app-01 indeterminate: indeterminate'])
  })
})

describe('a resource ID that names the VM, in a subscription the VM\'s module names but that was not evaluated', () => {
  it('is indeterminate from a sibling folder too', async () => {
    const vmId = '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm-app-01'
    const assignment = JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [
        {
          type: 'Microsoft.Maintenance/configurationAssignments',
          apiVersion: '2023-04-01',
          name: 'vm-app-01-monthly',
          location: 'westeurope',
          scope: vmId,
          properties: { maintenanceConfigurationId: "[resourceId('rg-platform', 'Microsoft.Maintenance/maintenanceConfigurations', 'mc-monthly')]", resourceId: vmId }
        }
      ]
    }, null, 2)
    const result = await scanFiles({ 'app/main.bicep': APP, 'app/vm.bicep': VM, 'platform/assign.json': assignment, 'platform/mc.bicep': CONFIGURATION })
    expect(verdicts(result)).toEqual(['vm-app-01 indeterminate: indeterminate'])
  })
})

describe('an `existing` VM of a subscription its scope names, assigned a window', () => {
  const assignment = (subscription: string) => `resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' existing = {
  name: 'vm-app-01'
  scope: resourceGroup('${subscription}', 'rg-app')
}
resource assign 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'vm-app-01-monthly'
  location: 'westeurope'
  scope: vm
  properties: { maintenanceConfigurationId: '/subscriptions/${subscription}/resourceGroups/rg-platform/providers/Microsoft.Maintenance/maintenanceConfigurations/mc-monthly' }
}
`
  const app = (subscription: string) => APP.replace('resourceGroup(workloadSubscriptionId, ', `resourceGroup('${subscription}', `)
  const A = '11111111-2222-3333-4444-555555555555'
  const B = '22222222-3333-4444-5555-666666666666'

  it('is not the VM of that name in another known subscription, and may be the one in a subscription not evaluated', async () => {
    const files = (appMain: string) => ({ 'app/main.bicep': appMain, 'app/vm.bicep': VM, 'platform/assign.bicep': assignment(A), 'platform/mc.bicep': CONFIGURATION })
    expect(verdicts(await scanFiles(files(app(B))))).toEqual(['vm-app-01 affected-no-plan: reboot-plan-required'])
    expect(verdicts(await scanFiles(files(APP)))).toEqual(['vm-app-01 indeterminate: indeterminate'])
  })
})
