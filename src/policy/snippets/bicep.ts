import { CONFIGURATION_NAME, identifierOf, type SnippetTarget } from './window.js'

/** A Bicep maintenance configuration, its assignment to the VM (by symbol) and the schedule prerequisite. */
export function bicepSnippet({ vm, name, handle, window }: SnippetTarget): string {
  const symbol = handle !== undefined && /^[A-Za-z_]\w*$/.test(handle) ? handle : undefined
  const target = symbol ?? identifierOf(name)
  const existing =
    symbol === undefined
      ? `resource ${target} '${vm.identity.type}@2024-11-01' existing = {\n  name: '${name}'\n}\n\n`
      : ''
  const profile = vm.kind === 'scale-set' ? 'virtualMachineProfile.osProfile' : 'osProfile'
  return `${existing}// A monthly InGuestPatch window that may reboot, assigned to ${name}.
resource hotpatchRebootWindow 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {
  name: '${CONFIGURATION_NAME}'
  location: ${target}.location
  properties: {
    maintenanceScope: 'InGuestPatch'
    extensionProperties: { InGuestPatchMode: 'User' }
    maintenanceWindow: {
      startDateTime: '${window.startDateTime}'
      duration: '${window.duration}'
      timeZone: '${window.timeZone}'
      recurEvery: '${window.recurEvery}'
    }
    installPatches: {
      rebootSetting: 'IfRequired'
      windowsParameters: { classificationsToInclude: ['Critical', 'Security'] }
    }
  }
}

resource ${identifierOf(`${target}RebootWindow`)} 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: '${name}-reboot-window'
  location: ${target}.location
  scope: ${target}
  properties: {
    maintenanceConfigurationId: hotpatchRebootWindow.id
    resourceId: ${target}.id
  }
}

// And in ${target}, properties.${profile}.windowsConfiguration.patchSettings (the schedule prerequisite):
//   patchMode: 'AutomaticByPlatform'
//   automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true }
`
}
