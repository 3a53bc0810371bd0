import { bicepAvmSnippet } from './bicep-avm.js'
import { bicepTarget } from './bicep-target.js'
import { bicepConfiguration } from './configuration-blocks.js'
import { bicepString, commentText } from './literals.js'
import { unlessMet, windowNameOf, type SnippetTarget } from './window.js'

/** A Bicep maintenance configuration, its assignment to the VM (by symbol) and the schedule prerequisite. */
export function bicepSnippet(snippetTarget: SnippetTarget): string {
  if (snippetTarget.vm.deployedThrough === 'avm-virtual-machine') return bicepAvmSnippet(snippetTarget)
  const { vm, name, handle, window } = snippetTarget
  const { target, base, existing, declared } = bicepTarget(handle, name, 'Vm', `${vm.identity.type}@2024-11-01`)
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
${unlessMet(vm, `
// And in ${declared}, properties.osProfile.windowsConfiguration.patchSettings (the schedule prerequisite):
//   patchMode: 'AutomaticByPlatform'
//   automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true }
`)}`
}
