import { bicepString, commentText } from './literals.js'
import { identifierOf, windowNameOf, type SnippetTarget } from './window.js'

/** A Bicep maintenance configuration, its assignment to the VM (by symbol) and the schedule prerequisite. */
export function bicepSnippet({ vm, name, handle, window }: SnippetTarget): string {
  const symbol = handle !== undefined && /^[A-Za-z_]\w*$/.test(handle) ? handle : undefined
  // A symbol of our own never collides with a Bicep keyword (`resource`, `module`, ...): it ends in `Vm`.
  const target = symbol ?? `${identifierOf(name)}Vm`
  const base = identifierOf(symbol ?? name)
  const existing =
    symbol === undefined
      ? `resource ${target} '${vm.identity.type}@2024-11-01' existing = {\n  name: ${bicepString(name)}\n}\n\n`
      : ''
  const profile = vm.kind === 'scale-set' ? 'virtualMachineProfile.osProfile' : 'osProfile'
  return `${existing}// A monthly InGuestPatch window that may reboot, assigned to ${commentText(name)}.
resource ${base}RebootConfig 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {
  name: ${bicepString(windowNameOf(name))}
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

resource ${base}RebootWindow 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: ${bicepString(windowNameOf(name))}
  location: ${target}.location
  scope: ${target}
  properties: {
    maintenanceConfigurationId: ${base}RebootConfig.id
    resourceId: ${target}.id
  }
}

// And in ${target}, properties.${profile}.windowsConfiguration.patchSettings (the schedule prerequisite):
//   patchMode: 'AutomaticByPlatform'
//   automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true }
`
}
