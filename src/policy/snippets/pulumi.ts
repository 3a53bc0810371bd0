import { pulumiConfiguration } from './configuration-blocks.js'
import { commentText, jsonString, pulumiString } from './literals.js'
import { identifierOf, unlessMet, windowNameOf, type SnippetTarget, type SnippetVm } from './window.js'

/** Pulumi YAML (azure-native): the configuration flattens maintenanceWindow; the assignment names the VM. */
export function pulumiSnippet({ vm, name, handle, window }: SnippetTarget): string {
  const resource = handle ?? identifierOf(name)
  const base = identifierOf(resource)
  const of = (property: string): string => referenceOf(resource, property)
  const group = pulumiGroup(vm)
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
${unlessMet(vm, `# And in ${commentText(resource)}, osProfile.windowsConfiguration.patchSettings (the schedule prerequisite):
#   patchMode: AutomaticByPlatform
#   automaticByPlatformSettings:
#     rebootSetting: IfRequired
#     bypassPlatformSafetyChecksOnUserSchedule: true
`)}`
}

/** An interpolation a YAML plain scalar holds as it is: one `${...}` of names, `.`, `[`, `]`, digits and `-`. */
const PLAIN_INTERPOLATION = /^\$\{[\w.[\]-]+\}$/

/**
 * The machine's resource group as a Pulumi YAML value: its name when known; else the expression its own
 * `resourceGroupName` writes (`${rg.name}`, an autonamed group's), which means that group where the fix is pasted,
 * as written when YAML reads it so, else as a double-quoted string (Pulumi interpolates both); else a placeholder.
 */
export function pulumiGroup(vm: SnippetVm): string {
  if (vm.identity.resourceGroup !== undefined) return pulumiString(vm.identity.resourceGroup)
  const written = vm.resourceGroupExpression
  if (written === undefined) return pulumiString('<resource group>')
  return PLAIN_INTERPOLATION.test(written) ? written : jsonString(written)
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
