/**
 * `automaticByPlatformSettings.bypassPlatformSafetyChecksOnUserSchedule` exists in the Microsoft.Compute schemas
 * from API version 2023-03-01 on: a VM declared with an older one (an ARM or azapi `apiVersion`, a Bicep
 * `@2022-08-01`, a versioned Pulumi module) does not send it, so the VM is not in Customer Managed Schedules and
 * its window is not honoured. It counted as written (a false pass).
 */
import { describe, expect, it } from '@jest/globals'
import { monthlyConfiguration, scanFiles, verdicts } from '../readers/terraform/scan-files.js'
import { armPlanFiles, bicepPlanFiles, pulumiPlanFiles } from '../support/plan-manifests.js'

describe('the bypass flag written with an API version that predates it', () => {
  it.each([
    ['ARM', armPlanFiles({ vmApiVersion: '2022-03-01' }), 'vm-arm', '2022-03-01', 'arm/main.json:26'],
    ['Bicep', bicepPlanFiles({ vmApiVersion: '2022-08-01' }), 'vm-bicep', '2022-08-01', 'bicep/main.bicep:11'],
    ['Pulumi', pulumiPlanFiles({ vmModule: 'compute/v20220301' }), 'vm-pulumi', '2022-03-01', 'pulumi/Pulumi.yaml:17']
  ])('%s: is not sent, and the VM has no plan that is honoured', async (_format, files, vm, version, flagAt) => {
    const result = await scanFiles(files)
    expect(verdicts(result)).toEqual([`${vm} affected-no-plan: schedule-prerequisites`])
    expect(result.findings.map(finding => [finding.location, finding.message])).toEqual([
      [
        expect.objectContaining({ file: flagAt.split(':')[0], line: Number(flagAt.split(':')[1]) }),
        `VM '${vm}' is assigned maintenance configuration '${vm.replace('vm-', 'mc-')}', but the window will not be honoured: ` +
          `bypassPlatformSafetyChecksOnUserSchedule is written but not sent: API version ${version} predates it (2023-03-01) ` +
          `(${flagAt}). Azure Update Manager runs windows only on machines set up for Customer Managed Schedules (patchMode ` +
          'AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule true); otherwise the schedule fails its ' +
          'prerequisite check and the VM is patched outside the window. Declare the VM with API version 2023-03-01 or ' +
          'later, the first whose schema has bypassPlatformSafetyChecksOnUserSchedule.'
      ]
    ])
  })

  it('azapi: the API version of its `type` decides', async () => {
    const vm = (version: string): string => `resource "azapi_resource" "vm" {
  type      = "Microsoft.Compute/virtualMachines@${version}"
  name      = "vm-azapi"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app"
  location  = "westeurope"
  body = {
    properties = {
      storageProfile = { imageReference = { publisher = "MicrosoftWindowsServer", offer = "WindowsServer", sku = "2025-datacenter-azure-edition", version = "latest" } }
      osProfile = { windowsConfiguration = { patchSettings = {
        patchMode = "AutomaticByPlatform"
        enableHotpatching = true
        automaticByPlatformSettings = { rebootSetting = "IfRequired", bypassPlatformSafetyChecksOnUserSchedule = true }
      } } }
    }
  }
}

resource "azurerm_maintenance_assignment_virtual_machine" "a" {
  location                     = "westeurope"
  maintenance_configuration_id = azurerm_maintenance_configuration.mc.id
  virtual_machine_id           = azapi_resource.vm.id
}
`
    const files = (version: string) => ({ 'tf/main.tf': `${vm(version)}\n${monthlyConfiguration()}` })
    expect(verdicts(await scanFiles(files('2022-03-01')))).toEqual(['vm-azapi affected-no-plan: schedule-prerequisites'])
    expect(verdicts(await scanFiles(files('2024-07-01')))).toEqual(['vm-azapi affected-with-plan:'])
  })

  it.each([
    ['ARM', armPlanFiles({ vmApiVersion: '2023-03-01' }), 'vm-arm'],
    ['Bicep', bicepPlanFiles({ vmApiVersion: '2023-03-01-preview' }), 'vm-bicep'],
    ['Pulumi', pulumiPlanFiles({ vmModule: 'compute/v20230301' }), 'vm-pulumi']
  ])('%s: from 2023-03-01 on, the plan', async (_format, files, vm) => {
    expect(verdicts(await scanFiles(files))).toEqual([`${vm} affected-with-plan:`])
  })
})
