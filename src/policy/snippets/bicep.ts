import { bicepConfiguration } from './configuration-blocks.js'
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
${bicepConfiguration(`${base}RebootConfig`, bicepString(windowNameOf(name)), `${target}.location`, window)}

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
