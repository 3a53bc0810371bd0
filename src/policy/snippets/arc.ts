/**
 * Suggested fixes for an Arc-enabled server (issue 17): a maintenance configuration and its assignment
 * scoped to the machine. No patch-settings block: Update Manager requires none of an Arc machine (docs/arc.md).
 */
import { ARC_MACHINE_TYPE } from '../../model/identity.js'
import type { ManifestFormat } from '../../model/resources.js'
import { armExpressionString, armLiteral, bicepString, commentText, hclString, jsonString, pulumiString } from './literals.js'
import { armPropertiesMember, bicepConfiguration, pulumiConfiguration, terraformConfiguration } from './configuration-blocks.js'
import { bicepTarget } from './bicep-target.js'
import { pulumiGroup } from './pulumi.js'
import { terraformPlace } from './terraform-place.js'
import { identifierOf, windowNameOf, type SnippetTarget } from './window.js'

const CLOSING = `# Update Manager needs no patch settings on an Arc machine for this window to run.`

function armArc({ vm, name, window }: SnippetTarget): string {
  const windowName = windowNameOf(name)
  const group = vm.identity.resourceGroup === undefined ? '' : `${armExpressionString(vm.identity.resourceGroup)}, `
  const machineId = jsonString(`[resourceId(${group}${armExpressionString(ARC_MACHINE_TYPE)}, ${armExpressionString(name)})]`)
  const configurationId = jsonString(
    `[resourceId('Microsoft.Maintenance/maintenanceConfigurations', ${armExpressionString(windowName)})]`
  )
  return `// Add to "resources": a monthly InGuestPatch window that may reboot, assigned to the Arc machine ${commentText(name)}.
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
  "scope": ${machineId},
  "dependsOn": [${configurationId}],
  "properties": {
    "maintenanceConfigurationId": ${configurationId},
    "resourceId": ${machineId}
  }
}
${CLOSING.replace('#', '//')}
`
}

function bicepArc({ name, handle, window }: SnippetTarget): string {
  const { target, base, existing } = bicepTarget(handle, name, 'Machine', `${ARC_MACHINE_TYPE}@2024-07-10`)
  return `${existing}// A monthly InGuestPatch window that may reboot, assigned to the Arc machine ${commentText(name)}.
${bicepConfiguration(`${base}RebootConfig`, bicepString(windowNameOf(name)), 'resourceGroup().location', window)}

resource ${base}RebootWindow 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: ${bicepString(windowNameOf(name))}
  location: resourceGroup().location
  scope: ${target}
  properties: {
    maintenanceConfigurationId: ${base}RebootConfig.id
    resourceId: ${target}.id
  }
}
${CLOSING.replace('#', '//')}
`
}

function terraformArc(target: SnippetTarget): string {
  const { vm, name, handle, window } = target
  // By its address where the fix is pasted (inside the module that declares it, when one does), else by its ID.
  const place = handle === undefined ? undefined : terraformPlace(target, handle)
  const label = `${place?.label ?? identifierOf(name)}_reboot_window`
  const windowName = place?.windowName ?? hclString(windowNameOf(name))
  const group = vm.identity.resourceGroup === undefined ? 'var.resource_group_name' : hclString(vm.identity.resourceGroup)
  const machineId =
    place === undefined
      ? `format("%s/resourceGroups/%s/providers/${ARC_MACHINE_TYPE}/%s", data.azurerm_subscription.current.id, ${group}, ${hclString(name)})`
      : `${place.address}.id`
  return `${place?.where ?? ''}# A monthly InGuestPatch window that may reboot, assigned to the Arc machine ${commentText(name)}.
${terraformConfiguration(label, windowName, group, 'var.location', window)}

# azurerm has no per-machine assignment for Arc machines: an azapi assignment scoped to the machine.
resource "azapi_resource" "${label}" {
  type      = "Microsoft.Maintenance/configurationAssignments@2023-04-01"
  name      = ${windowName}
  parent_id = ${machineId}
  location  = azurerm_maintenance_configuration.${label}.location
  body = {
    properties = {
      maintenanceConfigurationId = azurerm_maintenance_configuration.${label}.id
    }
  }
}
${CLOSING}
`
}

function pulumiArc({ vm, name, window }: SnippetTarget): string {
  const base = identifierOf(name)
  const group = pulumiGroup(vm)
  return `# Under "resources:": a monthly InGuestPatch window that may reboot, assigned to the Arc machine ${commentText(name)}.
${pulumiConfiguration(`${base}RebootConfig`, pulumiString(windowNameOf(name)), group, undefined, window)}
${base}RebootWindow:
  type: azure-native:maintenance:ConfigurationAssignment
  properties:
    configurationAssignmentName: ${pulumiString(windowNameOf(name))}
    resourceGroupName: ${group}
    providerName: Microsoft.HybridCompute
    resourceType: machines
    resourceName: ${pulumiString(name)}
    maintenanceConfigurationId: \${${base}RebootConfig.id}
${CLOSING}
`
}

/** The Arc writer for each format (Kubernetes operators do not model Arc machines: the Bicep form). */
export const ARC_WRITERS: Readonly<Record<ManifestFormat, { language: string; write: (target: SnippetTarget) => string }>> = {
  arm: { language: 'json', write: armArc },
  bicep: { language: 'bicep', write: bicepArc },
  terraform: { language: 'hcl', write: terraformArc },
  'terraform-plan': { language: 'hcl', write: terraformArc },
  kubernetes: { language: 'bicep', write: bicepArc },
  pulumi: { language: 'yaml', write: pulumiArc },
  // A what-if result is an ARM deployment's: the fix is written as ARM template JSON.
  'what-if': { language: 'json', write: armArc }
}
