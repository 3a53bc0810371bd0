/**
 * Suggested fixes for an Arc-enabled server (issue 17): a maintenance configuration and its assignment
 * scoped to the machine. No patch-settings block: Update Manager requires none of an Arc machine (docs/arc.md).
 */
import { ARC_MACHINE_TYPE } from '../../model/identity.js'
import type { ManifestFormat } from '../../model/resources.js'
import { armExpressionString, armLiteral, bicepString, commentText, hclString, pulumiString } from './literals.js'
import { identifierOf, windowNameOf, type RebootWindow, type SnippetTarget } from './window.js'

const CLOSING = `# Update Manager needs no patch settings on an Arc machine for this window to run.`

function armArc({ vm, name, window }: SnippetTarget): string {
  const windowName = windowNameOf(name)
  const group = vm.identity.resourceGroup === undefined ? '' : `${armExpressionString(vm.identity.resourceGroup)}, `
  const machineId = JSON.stringify(`[resourceId(${group}${armExpressionString(ARC_MACHINE_TYPE)}, ${armExpressionString(name)})]`)
  const configurationId = JSON.stringify(
    `[resourceId('Microsoft.Maintenance/maintenanceConfigurations', ${armExpressionString(windowName)})]`
  )
  return `// Add to "resources": a monthly InGuestPatch window that may reboot, assigned to the Arc machine ${commentText(name)}.
{
  "type": "Microsoft.Maintenance/maintenanceConfigurations",
  "apiVersion": "2023-04-01",
  "name": ${armLiteral(windowName)},
  "location": "[resourceGroup().location]",
  "properties": ${indent(armConfiguration(window), '  ').trimStart()}
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

const armConfiguration = (window: RebootWindow): string => `{
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
}`

const indent = (text: string, prefix: string): string => text.split('\n').map(line => prefix + line).join('\n')

function bicepArc({ name, handle, window }: SnippetTarget): string {
  const symbol = handle !== undefined && /^[A-Za-z_]\w*$/.test(handle) ? handle : undefined
  const target = symbol ?? `${identifierOf(name)}Machine`
  const base = identifierOf(symbol ?? name)
  const existing =
    symbol === undefined
      ? `resource ${target} '${ARC_MACHINE_TYPE}@2024-07-10' existing = {\n  name: ${bicepString(name)}\n}\n\n`
      : ''
  return `${existing}// A monthly InGuestPatch window that may reboot, assigned to the Arc machine ${commentText(name)}.
resource ${base}RebootConfig 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {
  name: ${bicepString(windowNameOf(name))}
  location: resourceGroup().location
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

function terraformArc({ vm, name, handle, window }: SnippetTarget): string {
  const label = `${identifierOf(name)}_reboot_window`
  const group = vm.identity.resourceGroup === undefined ? 'var.resource_group_name' : hclString(vm.identity.resourceGroup)
  const machineId =
    handle === undefined
      ? `format("%s/resourceGroups/%s/providers/${ARC_MACHINE_TYPE}/%s", data.azurerm_subscription.current.id, ${group}, ${hclString(name)})`
      : `${handle}.id`
  return `# A monthly InGuestPatch window that may reboot, assigned to the Arc machine ${commentText(name)}.
resource "azurerm_maintenance_configuration" "${label}" {
  name                     = ${hclString(windowNameOf(name))}
  resource_group_name      = ${group}
  location                 = var.location
  scope                    = "InGuestPatch"
  in_guest_user_patch_mode = "User"

  window {
    start_date_time = "${window.startDateTime}"
    duration        = "${window.duration}"
    time_zone       = "${window.timeZone}"
    recur_every     = "${window.recurEvery}"
  }

  install_patches {
    reboot = "IfRequired"
    windows {
      classifications_to_include = ["Critical", "Security"]
    }
  }
}

# azurerm has no per-machine assignment for Arc machines: an azapi assignment scoped to the machine.
resource "azapi_resource" "${label}" {
  type      = "Microsoft.Maintenance/configurationAssignments@2023-04-01"
  name      = ${hclString(windowNameOf(name))}
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
  const group = pulumiString(vm.identity.resourceGroup ?? '<resource group>')
  return `# Under "resources:": a monthly InGuestPatch window that may reboot, assigned to the Arc machine ${commentText(name)}.
${base}RebootConfig:
  type: azure-native:maintenance:MaintenanceConfiguration
  properties:
    resourceName: ${pulumiString(windowNameOf(name))}
    resourceGroupName: ${group}
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
