// ARM building blocks shared by the benchmark's generators (bench/generate.mjs, bench/quickstarts.mjs).

/** mulberry32: tiny, fast, deterministic. */
export function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const IMAGES = [
  ['MicrosoftWindowsServer', 'WindowsServer', '2025-datacenter-azure-edition'],
  ['MicrosoftWindowsServer', 'WindowsServer', '2022-datacenter-azure-edition-core'],
  ['MicrosoftWindowsServer', 'WindowsServer', '2022-datacenter-azure-edition'],
  ['MicrosoftWindowsServer', 'WindowsServer', '2019-datacenter-gensecond'],
  ['Canonical', 'ubuntu-24_04-lts', 'server']
]

export const json = value => JSON.stringify(value, null, 2) + '\n'

export function vmResource(name, [publisher, offer, sku], hotpatch, extra = {}) {
  const windows = publisher === 'MicrosoftWindowsServer'
  return {
    type: 'Microsoft.Compute/virtualMachines',
    apiVersion: '2024-07-01',
    name,
    location: "[parameters('location')]",
    tags: { environment: "[parameters('environment')]", 'cost-center': '4711' },
    dependsOn: [`[resourceId('Microsoft.Network/networkInterfaces', '${name}-nic')]`],
    properties: {
      hardwareProfile: { vmSize: "[parameters('vmSize')]" },
      storageProfile: {
        imageReference: { publisher, offer, sku, version: 'latest' },
        osDisk: { name: `${name}-os`, createOption: 'FromImage', managedDisk: { storageAccountType: 'Premium_LRS' } }
      },
      osProfile: {
        computerName: name.slice(0, 15),
        adminUsername: "[parameters('adminUsername')]",
        adminPassword: "[parameters('adminPassword')]",
        ...(windows
          ? {
              windowsConfiguration: {
                provisionVMAgent: true,
                enableAutomaticUpdates: true,
                patchSettings: {
                  patchMode: 'AutomaticByPlatform',
                  enableHotpatching: hotpatch,
                  assessmentMode: 'AutomaticByPlatform',
                  automaticByPlatformSettings: { bypassPlatformSafetyChecksOnUserSchedule: true }
                }
              }
            }
          : { linuxConfiguration: { disablePasswordAuthentication: false } })
      },
      networkProfile: {
        networkInterfaces: [{ id: `[resourceId('Microsoft.Network/networkInterfaces', '${name}-nic')]` }]
      },
      diagnosticsProfile: { bootDiagnostics: { enabled: true } },
      ...extra
    }
  }
}

export function maintenance(name) {
  return [
    {
      type: 'Microsoft.Maintenance/maintenanceConfigurations',
      apiVersion: '2023-04-01',
      name: `mc-${name}`,
      location: "[parameters('location')]",
      properties: {
        maintenanceScope: 'InGuestPatch',
        extensionProperties: { InGuestPatchMode: 'User' },
        maintenanceWindow: {
          startDateTime: '2026-01-13 02:00',
          duration: '03:00',
          timeZone: 'W. Europe Standard Time',
          recurEvery: 'Month Second Tuesday Offset4'
        },
        installPatches: {
          rebootSetting: 'IfRequired',
          windowsParameters: { classificationsToInclude: ['Critical', 'Security'] }
        }
      }
    },
    {
      type: 'Microsoft.Maintenance/configurationAssignments',
      apiVersion: '2023-04-01',
      name: `assign-${name}`,
      location: "[parameters('location')]",
      scope: `[resourceId('Microsoft.Compute/virtualMachines', '${name}')]`,
      dependsOn: [`[resourceId('Microsoft.Compute/virtualMachines', '${name}')]`],
      properties: {
        maintenanceConfigurationId: `[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'mc-${name}')]`,
        resourceId: `[resourceId('Microsoft.Compute/virtualMachines', '${name}')]`
      }
    }
  ]
}

export function network(name) {
  return {
    type: 'Microsoft.Network/networkInterfaces',
    apiVersion: '2024-01-01',
    name: `${name}-nic`,
    location: "[parameters('location')]",
    properties: {
      ipConfigurations: [
        {
          name: 'ipconfig1',
          properties: { privateIPAllocationMethod: 'Dynamic', subnet: { id: "[parameters('subnetId')]" } }
        }
      ]
    }
  }
}

export const parameters = () => ({
  location: { type: 'string', defaultValue: '[resourceGroup().location]' },
  environment: { type: 'string', defaultValue: 'prod', allowedValues: ['dev', 'test', 'prod'] },
  vmSize: { type: 'string', defaultValue: 'Standard_D4s_v5' },
  adminUsername: { type: 'string', defaultValue: 'azureadmin' },
  adminPassword: { type: 'securestring' },
  subnetId: { type: 'string', defaultValue: '' }
})

export function armParameters(name) {
  return json({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
    contentVersion: '1.0.0.0',
    parameters: { environment: { value: 'test' }, vmSize: { value: 'Standard_D2s_v5' }, adminUsername: { value: name } }
  })
}
