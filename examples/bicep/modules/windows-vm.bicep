// One Windows Server VM with platform-orchestrated patching, optionally in a maintenance window.

param vmName string
param location string
param imageSku string
param vmSize string = 'Standard_D2s_v5'

@description('Hotpatch (Azure Edition images only). Needs AutomaticByPlatform patching.')
param hotpatch bool = false

param adminUsername string

@secure()
param adminPassword string

param subnetId string

@description('Maintenance configuration to assign the VM to; empty for none.')
param maintenanceConfigurationId string = ''

var inWindow = !empty(maintenanceConfigurationId)

resource nic 'Microsoft.Network/networkInterfaces@2024-05-01' = {
  name: '${vmName}-nic'
  location: location
  properties: {
    ipConfigurations: [
      {
        name: 'ipconfig1'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: subnetId
          }
        }
      }
    ]
  }
}

resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {
  name: vmName
  location: location
  properties: {
    hardwareProfile: {
      vmSize: vmSize
    }
    storageProfile: {
      imageReference: {
        publisher: 'MicrosoftWindowsServer'
        offer: 'WindowsServer'
        sku: imageSku
        version: 'latest'
      }
      osDisk: {
        createOption: 'FromImage'
        managedDisk: {
          storageAccountType: 'StandardSSD_LRS'
        }
      }
    }
    osProfile: {
      computerName: vmName
      adminUsername: adminUsername
      adminPassword: adminPassword
      windowsConfiguration: {
        provisionVMAgent: true
        enableAutomaticUpdates: true
        patchSettings: {
          patchMode: 'AutomaticByPlatform'
          enableHotpatching: hotpatch
          assessmentMode: 'AutomaticByPlatform'
          automaticByPlatformSettings: {
            rebootSetting: 'IfRequired'
            bypassPlatformSafetyChecksOnUserSchedule: inWindow
          }
        }
      }
    }
    networkProfile: {
      networkInterfaces: [
        {
          id: nic.id
        }
      ]
    }
  }
}

resource patchAssignment 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = if (inWindow) {
  name: '${vmName}-patch-window'
  location: location
  scope: vm
  properties: {
    maintenanceConfigurationId: maintenanceConfigurationId
    resourceId: vm.id
  }
}

output vmId string = vm.id
