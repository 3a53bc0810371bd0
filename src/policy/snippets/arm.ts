import { CONFIGURATION_NAME, type SnippetTarget } from './window.js'

/** ARM resources to add (a maintenance configuration and its assignment) and the schedule prerequisite. */
export function armSnippet({ vm, name, window }: SnippetTarget): string {
  const vmId = `[resourceId('${vm.identity.type}', '${name}')]`
  const configurationId = `[resourceId('Microsoft.Maintenance/maintenanceConfigurations', '${CONFIGURATION_NAME}')]`
  const profile = vm.kind === 'scale-set' ? 'virtualMachineProfile.osProfile' : 'osProfile'
  return `// Add to "resources": a monthly InGuestPatch window that may reboot, assigned to ${name}.
{
  "type": "Microsoft.Maintenance/maintenanceConfigurations",
  "apiVersion": "2023-04-01",
  "name": "${CONFIGURATION_NAME}",
  "location": "[resourceGroup().location]",
  "properties": {
    "maintenanceScope": "InGuestPatch",
    "extensionProperties": { "InGuestPatchMode": "User" },
    "maintenanceWindow": {
      "startDateTime": "${window.startDateTime}",
      "duration": "${window.duration}",
      "timeZone": "${window.timeZone}",
      "recurEvery": "${window.recurEvery}"
    },
    "installPatches": {
      "rebootSetting": "IfRequired",
      "windowsParameters": { "classificationsToInclude": ["Critical", "Security"] }
    }
  }
},
{
  "type": "Microsoft.Maintenance/configurationAssignments",
  "apiVersion": "2023-04-01",
  "name": "${name}-reboot-window",
  "location": "[resourceGroup().location]",
  "scope": "${vmId}",
  "dependsOn": ["${configurationId}"],
  "properties": {
    "maintenanceConfigurationId": "${configurationId}",
    "resourceId": "${vmId}"
  }
}
// And on ${name}, properties.${profile}.windowsConfiguration.patchSettings (the schedule prerequisite):
"patchSettings": {
  "patchMode": "AutomaticByPlatform",
  "automaticByPlatformSettings": {
    "rebootSetting": "IfRequired",
    "bypassPlatformSafetyChecksOnUserSchedule": true
  }
}
`
}
