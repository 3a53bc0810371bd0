/**
 * The maintenance configuration every suggested fix declares (VM and Arc machine alike), once per
 * language: an InGuestPatch window that may reboot (rebootSetting IfRequired). Each writer supplies the
 * names and where the location comes from; names arrive already written as literals of the language.
 */
import type { RebootWindow } from './window.js'

/** `resource <symbol> 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = { ... }`. */
export const bicepConfiguration = (symbol: string, name: string, location: string, window: RebootWindow): string =>
  `resource ${symbol} 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {
  name: ${name}
  location: ${location}
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
}`

/** `resource "azurerm_maintenance_configuration" "<label>" { ... }`. */
export const terraformConfiguration = (
  label: string,
  name: string,
  group: string,
  location: string,
  window: RebootWindow
): string => `resource "azurerm_maintenance_configuration" "${label}" {
  name                     = ${name}
  resource_group_name      = ${group}
  location                 = ${location}
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
}`

/** `resource "azapi_resource" "<label>" { ... }`: the configuration's ARM body as an HCL object (azapi 2.x). */
export const azapiConfiguration = (
  label: string,
  name: string,
  parentId: string,
  location: string,
  window: RebootWindow
): string => `resource "azapi_resource" "${label}" {
  type      = "Microsoft.Maintenance/maintenanceConfigurations@2023-04-01"
  name      = ${name}
  parent_id = ${parentId}
  location  = ${location}
  body = {
    properties = {
      maintenanceScope    = "InGuestPatch"
      extensionProperties = { InGuestPatchMode = "User" }
      maintenanceWindow = {
        startDateTime = "${window.startDateTime}"
        duration      = "${window.duration}"
        timeZone      = "${window.timeZone}"
        recurEvery    = "${window.recurEvery}"
      }
      installPatches = {
        rebootSetting     = "IfRequired"
        windowsParameters = { classificationsToInclude = ["Critical", "Security"] }
      }
    }
  }
}`

/** The ARM configuration's `properties` object (two-space indentation, opening brace first). */
export const armConfigurationProperties = (window: RebootWindow): string => `{
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

/** A Pulumi YAML `azure-native:maintenance:MaintenanceConfiguration` resource; `location` line optional. */
export const pulumiConfiguration = (
  key: string,
  name: string,
  group: string,
  location: string | undefined,
  window: RebootWindow
): string => `${key}:
  type: azure-native:maintenance:MaintenanceConfiguration
  properties:
    resourceName: ${name}
    resourceGroupName: ${group}
${location === undefined ? '' : `    location: ${location}\n`}    maintenanceScope: InGuestPatch
    extensionProperties:
      InGuestPatchMode: User
    startDateTime: '${window.startDateTime}'
    duration: '${window.duration}'
    timeZone: ${window.timeZone}
    recurEvery: ${window.recurEvery}
    installPatches:
      rebootSetting: IfRequired
      windowsParameters:
        classificationsToInclude: [Critical, Security]`

/**
 * The ARM configuration's `properties` object as a resource's member writes it (every line but the first
 * indented two more spaces), once per window: every ARM and Arc fix of a scan shares the window.
 */
export function armPropertiesMember(window: RebootWindow): string {
  let text = PROPERTIES_MEMBER.get(window)
  if (text === undefined) {
    text = indent(armConfigurationProperties(window), '  ').trimStart()
    PROPERTIES_MEMBER.set(window, text)
  }
  return text
}

const PROPERTIES_MEMBER = new WeakMap<RebootWindow, string>()

const indent = (text: string, prefix: string): string => text.split('\n').map(line => prefix + line).join('\n')
