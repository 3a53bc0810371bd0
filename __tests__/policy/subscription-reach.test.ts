/**
 * A dynamic scope whose only doubt about a VM is the subscription (the VM's module names one that was not
 * evaluated) is about that very VM wherever it is written: `indeterminate`, never dropped as far away and
 * turned into a certain "no plan" (an assignment whose name could not be evaluated is dropped so; this is not one).
 */
import { describe, expect, it } from '@jest/globals'
import { scanFiles, verdicts } from '../readers/terraform/scan-files.js'

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
const CONFIGURATION = `resource mc 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {
  name: 'mc-monthly'
  location: 'westeurope'
  properties: {
    maintenanceScope: 'InGuestPatch'
    extensionProperties: { InGuestPatchMode: 'User' }
    maintenanceWindow: { startDateTime: '2025-01-15 03:00', duration: '03:55', timeZone: 'UTC', recurEvery: 'Month Second Tuesday Offset1' }
    installPatches: { rebootSetting: 'IfRequired', windowsParameters: { classificationsToInclude: [ 'Critical', 'Security' ] } }
  }
}
output id string = mc.id
`

describe('a dynamic scope of a sibling folder and a VM in a subscription not evaluated', () => {
  it('is indeterminate, as beside it', async () => {
    const apart = await scanFiles({ 'app/main.bicep': APP, 'app/vm.bicep': VM, 'platform/main.bicep': PLATFORM, 'platform/mc.bicep': CONFIGURATION })
    expect(verdicts(apart)).toEqual(['vm-app-01 indeterminate: indeterminate'])
    const together = await scanFiles({ 'main.bicep': APP + PLATFORM.replace("targetScope = 'subscription'\n", ''), 'vm.bicep': VM, 'mc.bicep': CONFIGURATION })
    expect(verdicts(together)).toEqual(['vm-app-01 indeterminate: indeterminate'])
  })
})
