import { pulumiConfiguration } from './configuration-blocks.js'
import { commentText, jsonString, pulumiString } from './literals.js'
import { identifierOf, windowNameOf, type SnippetTarget } from './window.js'

/** Pulumi YAML (azure-native): the configuration flattens maintenanceWindow; the assignment names the VM. */
export function pulumiSnippet({ vm, name, handle, window }: SnippetTarget): string {
  const resource = handle ?? identifierOf(name)
  const base = identifierOf(resource)
  const of = (property: string): string => referenceOf(resource, property)
  const group = pulumiString(vm.identity.resourceGroup ?? '<resource group>')
  return `# Under "resources:": a monthly InGuestPatch window that may reboot, assigned to ${commentText(name)}.
${pulumiConfiguration(`${base}RebootConfig`, pulumiString(windowNameOf(name)), group, of('location'), window)}
${base}RebootWindow:
  type: azure-native:maintenance:ConfigurationAssignment
  properties:
    configurationAssignmentName: ${pulumiString(windowNameOf(name))}
    resourceGroupName: ${group}
    location: ${of('location')}
    providerName: Microsoft.Compute
    resourceType: virtualMachines
    resourceName: ${of('name')}
    maintenanceConfigurationId: \${${base}RebootConfig.id}
# And in ${commentText(resource)}, osProfile.windowsConfiguration.patchSettings (the schedule prerequisite):
#   patchMode: AutomaticByPlatform
#   automaticByPlatformSettings:
#     rebootSetting: IfRequired
#     bypassPlatformSafetyChecksOnUserSchedule: true
`
}

/** A logical name Pulumi YAML reads as the root of `${name.property}` (its grammar ends a name at `.`, `[` or `}`). */
const PLAIN_ROOT = /^[\w$-]+$/

/**
 * `${resource.property}` as a YAML value. Another logical name (a `.`, a quote, a space, a line break) is quoted as
 * Pulumi's property paths quote a key, `${["web.vm"].location}`, where only `\"` is an escape, and the value is then a
 * YAML string of its own, its escapes JSON's. A name that ends in a backslash cannot be quoted so: by its identifier.
 */
function referenceOf(resource: string, property: string): string {
  if (PLAIN_ROOT.test(resource)) return `\${${resource}.${property}}`
  if (resource.endsWith('\\')) return `\${${identifierOf(resource)}.${property}}`
  return jsonString(`\${["${resource.replace(/"/g, '\\"')}"].${property}}`)
}
