/**
 * A dynamic scope written with `properties.resourceId: subscription().id` beside its `filter` (the REST API's shape,
 * and that of public subscription-scope modules): the ID is where the scope is created, not a resource it targets.
 * Read as a target, it hid the filter: the VM was indeterminate whatever the filter said, a warning that let a
 * filter that can never select it pass `fail-on: error`. The filter decides now, in ARM and in Bicep.
 */
import { describe, expect, it } from '@jest/globals'
import { armWindow } from '../support/manifests.js'
import { scanFiles, verdicts } from './terraform/scan-files.js'

const IMAGE = { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' }
const PATCH_SETTINGS = {
  patchMode: 'AutomaticByPlatform',
  enableHotpatching: true,
  automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true }
}

/** A hotpatch VM in westeurope, a monthly window, and a dynamic scope over the VMs of `location`. */
const armTemplate = (location: string): string =>
  JSON.stringify(
    {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [
        {
          type: 'Microsoft.Compute/virtualMachines',
          apiVersion: '2024-07-01',
          name: 'vm-ds',
          location: 'westeurope',
          properties: { storageProfile: { imageReference: IMAGE }, osProfile: { windowsConfiguration: { patchSettings: PATCH_SETTINGS } } }
        },
        armWindow('mc-ds', { start: '2025-01-15 03:00', recurEvery: 'Month Second Tuesday Offset1' }),
        {
          type: 'Microsoft.Maintenance/configurationAssignments',
          apiVersion: '2023-04-01',
          name: 'ds',
          location: 'global',
          properties: {
            maintenanceConfigurationId: "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'mc-ds')]",
            resourceId: '[subscription().id]',
            filter: { resourceTypes: ['Microsoft.Compute/virtualMachines'], osTypes: ['Windows'], locations: [location] }
          }
        }
      ]
    },
    null,
    2
  )

const bicepFile = (location: string): string =>
  [
    "resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {",
    "  name: 'vm-ds'",
    "  location: 'westeurope'",
    `  properties: ${JSON.stringify({ storageProfile: { imageReference: IMAGE }, osProfile: { windowsConfiguration: { patchSettings: PATCH_SETTINGS } } }).replaceAll('"', "'").replaceAll("','", "', '")}`,
    '}',
    "resource mc 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {",
    "  name: 'mc-ds'",
    "  location: 'westeurope'",
    '  properties: {',
    "    maintenanceScope: 'InGuestPatch'",
    "    extensionProperties: { InGuestPatchMode: 'User' }",
    "    maintenanceWindow: { startDateTime: '2025-01-15 03:00', duration: '03:55', timeZone: 'UTC', recurEvery: 'Month Second Tuesday Offset1' }",
    "    installPatches: { rebootSetting: 'IfRequired', windowsParameters: { classificationsToInclude: ['Critical', 'Security'] } }",
    '  }',
    '}',
    "resource ds 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {",
    "  name: 'ds'",
    "  location: 'global'",
    '  properties: {',
    '    maintenanceConfigurationId: mc.id',
    '    resourceId: subscription().id',
    `    filter: { resourceTypes: ['Microsoft.Compute/virtualMachines'], osTypes: ['Windows'], locations: ['${location}'] }`,
    '  }',
    '}',
    ''
  ].join('\n')

describe.each([
  ['ARM', (location: string) => ({ 'infra/main.json': armTemplate(location) })],
  ['Bicep', (location: string) => ({ 'infra/main.bicep': bicepFile(location) })]
])('%s: a dynamic scope with resourceId subscription().id', (_format, files) => {
  it('is the plan of a VM its filter selects', async () => {
    expect(verdicts(await scanFiles(files('westeurope')))).toEqual(['vm-ds affected-with-plan:'])
  })

  it('is no plan of a VM its filter leaves out, an error, not an indeterminate warning', async () => {
    expect(verdicts(await scanFiles(files('eastus')))).toEqual(['vm-ds affected-no-plan: reboot-plan-required'])
  })
})
