import { armPropertiesMember } from './configuration-blocks.js'
import { armExpressionString, armLiteral, commentText, jsonString } from './literals.js'
import { unlessMet, windowNameOf, type SnippetTarget } from './window.js'

/**
 * ARM resources to add (a maintenance configuration and its assignment) and the schedule prerequisite. The
 * assignment depends on the VM too: a `scope` makes no dependency, and ARM deploys what depends on nothing at once,
 * so the assignment could be sent before the VM exists.
 */
export function armSnippet({ vm, name, window }: SnippetTarget): string {
  const windowName = windowNameOf(name)
  const vmId = jsonString(`[resourceId(${armExpressionString(vm.identity.type)}, ${armExpressionString(name)})]`)
  const configurationId = jsonString(
    `[resourceId('Microsoft.Maintenance/maintenanceConfigurations', ${armExpressionString(windowName)})]`
  )
  return `// Add to "resources": a monthly InGuestPatch window that may reboot, assigned to ${commentText(name)}.
{
  "type": "Microsoft.Maintenance/maintenanceConfigurations",
  "apiVersion": "2023-04-01",
  "name": ${armLiteral(windowName)},
  "location": "[resourceGroup().location]",
  "properties": ${armPropertiesMember(window)}
},
{
  "type": "Microsoft.Maintenance/configurationAssignments",
  "apiVersion": "2023-04-01",
  "name": ${armLiteral(windowName)},
  "location": "[resourceGroup().location]",
  "scope": ${vmId},
  "dependsOn": [${configurationId}, ${vmId}],
  "properties": {
    "maintenanceConfigurationId": ${configurationId},
    "resourceId": ${vmId}
  }
}
${unlessMet(vm, `// And on ${commentText(name)}, properties.osProfile.windowsConfiguration.patchSettings (the schedule prerequisite):
"patchSettings": {
  "patchMode": "AutomaticByPlatform",
  "automaticByPlatformSettings": {
    "rebootSetting": "IfRequired",
    "bypassPlatformSafetyChecksOnUserSchedule": true
  }
}
`)}`
}

