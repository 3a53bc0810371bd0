import { CONFIGURATION_NAME, identifierOf, type SnippetTarget } from './window.js'

/** Pulumi YAML (azure-native): the configuration flattens maintenanceWindow; the assignment names the VM. */
export function pulumiSnippet({ vm, name, handle, window }: SnippetTarget): string {
  const resource = handle ?? identifierOf(name)
  const group = vm.identity.resourceGroup ?? '<resource group>'
  const resourceType = vm.kind === 'scale-set' ? 'virtualMachineScaleSets' : 'virtualMachines'
  const profile = vm.kind === 'scale-set' ? 'virtualMachineProfile.osProfile' : 'osProfile'
  return `# Under "resources:": a monthly InGuestPatch window that may reboot, assigned to ${name}.
hotpatchRebootWindow:
  type: azure-native:maintenance:MaintenanceConfiguration
  properties:
    resourceName: ${CONFIGURATION_NAME}
    resourceGroupName: ${group}
    location: \${${resource}.location}
    maintenanceScope: InGuestPatch
    extensionProperties:
      InGuestPatchMode: User
    startDateTime: '${window.startDateTime}'
    duration: '${window.duration}'
    timeZone: ${window.timeZone}
    recurEvery: ${window.recurEvery}
    installPatches:
      rebootSetting: IfRequired
      windowsParameters:
        classificationsToInclude: [Critical, Security]
${identifierOf(`${resource}RebootWindow`)}:
  type: azure-native:maintenance:ConfigurationAssignment
  properties:
    configurationAssignmentName: ${name}-reboot-window
    resourceGroupName: ${group}
    location: \${${resource}.location}
    providerName: Microsoft.Compute
    resourceType: ${resourceType}
    resourceName: \${${resource}.name}
    maintenanceConfigurationId: \${hotpatchRebootWindow.id}
# And in ${resource}, ${profile}.windowsConfiguration.patchSettings (the schedule prerequisite):
#   patchMode: AutomaticByPlatform
#   automaticByPlatformSettings:
#     rebootSetting: IfRequired
#     bypassPlatformSafetyChecksOnUserSchedule: true
`
}
