// Intranet tier: an IIS server that hotpatches, patched in a monthly window, and a jump host.
targetScope = 'resourceGroup'

@description('Azure region of every resource.')
param location string = resourceGroup().location

@description('Image SKU of the IIS server.')
@allowed([
  '2022-datacenter-g2'
  '2025-datacenter-azure-edition'
  '2025-datacenter-azure-edition-smalldisk'
])
param webImageSku string = '2022-datacenter-g2'

param adminUsername string

@secure()
param adminPassword string

param subnetId string

@description('First monthly patch window, in W. Europe time.')
param patchWindowStart string = '2025-11-08 01:00'

resource patchWindow 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {
  name: 'mc-intranet-second-saturday'
  location: location
  properties: {
    maintenanceScope: 'InGuestPatch'
    visibility: 'Custom'
    extensionProperties: {
      InGuestPatchMode: 'User'
    }
    maintenanceWindow: {
      startDateTime: patchWindowStart
      duration: '03:55'
      timeZone: 'W. Europe Standard Time'
      recurEvery: 'Month Second Saturday'
    }
    installPatches: {
      rebootSetting: 'IfRequired'
      windowsParameters: {
        classificationsToInclude: [
          'Critical'
          'Security'
        ]
      }
    }
  }
}

module web 'modules/windows-vm.bicep' = {
  name: 'vm-iis-01'
  params: {
    vmName: 'vm-iis-01'
    location: location
    imageSku: webImageSku
    hotpatch: true
    adminUsername: adminUsername
    adminPassword: adminPassword
    subnetId: subnetId
    maintenanceConfigurationId: patchWindow.id
  }
}

module jump 'modules/windows-vm.bicep' = {
  name: 'vm-jump-01'
  params: {
    vmName: 'vm-jump-01'
    location: location
    imageSku: '2022-datacenter-azure-edition'
    hotpatch: false
    adminUsername: adminUsername
    adminPassword: adminPassword
    subnetId: subnetId
  }
}

output webVmId string = web.outputs.vmId
