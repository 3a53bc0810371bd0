import { pulumiConfiguration } from './configuration-blocks.js'
import { commentText, pulumiString } from './literals.js'
import { identifierOf, windowNameOf, type SnippetTarget } from './window.js'

/** Pulumi YAML (azure-native): the configuration flattens maintenanceWindow; the assignment names the VM. */
export function pulumiSnippet({ vm, name, handle, window }: SnippetTarget): string {
  const resource = handle ?? identifierOf(name)
  const base = identifierOf(resource)
  const group = pulumiString(vm.identity.resourceGroup ?? '<resource group>')
  const resourceType = vm.kind === 'scale-set' ? 'virtualMachineScaleSets' : 'virtualMachines'
  const profile = vm.kind === 'scale-set' ? 'virtualMachineProfile.osProfile' : 'osProfile'
  return `# Under "resources:": a monthly InGuestPatch window that may reboot, assigned to ${commentText(name)}.
${pulumiConfiguration(`${base}RebootConfig`, pulumiString(windowNameOf(name)), group, `\${${resource}.location}`, window)}
${base}RebootWindow:
  type: azure-native:maintenance:ConfigurationAssignment
  properties:
    configurationAssignmentName: ${pulumiString(windowNameOf(name))}
    resourceGroupName: ${group}
    location: \${${resource}.location}
    providerName: Microsoft.Compute
    resourceType: ${resourceType}
    resourceName: \${${resource}.name}
    maintenanceConfigurationId: \${${base}RebootConfig.id}
# And in ${resource}, ${profile}.windowsConfiguration.patchSettings (the schedule prerequisite):
#   patchMode: AutomaticByPlatform
#   automaticByPlatformSettings:
#     rebootSetting: IfRequired
#     bypassPlatformSafetyChecksOnUserSchedule: true
`
}
