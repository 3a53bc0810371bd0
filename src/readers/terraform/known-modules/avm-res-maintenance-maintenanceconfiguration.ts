import { MAINTENANCE_CONFIGURATION_TYPE } from '../../../model/identity.js'
import type { Resource } from '../../../model/resources.js'
import { absent, known, type SourceLocation, type Sourced, unresolved } from '../../../model/source.js'
import { isList, isObject, type Lazy, objectFrom, unknown, type Value } from '../eval/value.js'
import { azapiResource } from '../model/azapi.js'
import { text } from '../model/fields.js'
import type { ResourceView } from '../model/view.js'
import type { ProviderConfiguration } from '../runtime/providers.js'
import { subscriptionSegmentIn } from '../runtime/subscriptions.js'
import type { KnownModuleCall } from './module-call.js'

/**
 * `Azure/avm-res-maintenance-maintenanceconfiguration/azurerm` (Azure/terraform-azurerm-avm-res-maintenance-
 * maintenanceconfiguration), read at its tag v0.1.0 (variables.tf, locals.tf, main.tf, outputs.tf; the mapping
 * below is ours). It declares one `azapi_resource.maintenance_configuration` of
 * `Microsoft.Maintenance/maintenanceConfigurations@2023-04-01` and no assignment (it takes no VM):
 * - `name` (required, validated by `^[a-zA-Z0-9][a-zA-Z0-9._-]{0,110}[a-zA-Z0-9_]$`), `location` (required),
 *   `tags` (default null), `parent_id = "/subscriptions/${coalesce(var.subscription_id, <the azurerm client's>)}/
 *   resourceGroups/${var.resource_group_name}"`;
 * - `maintenanceScope = var.scope` (required, one of Extension, Host, InGuestPatch, OSImage, Resource, SQLDB,
 *   SQLManagedInstance), `extensionProperties = var.extension_properties` (default {}), `visibility` (default Custom);
 * - `maintenanceWindow` null when `var.window` is (its default), else `duration` (optional, default "01:30"),
 *   `expirationDateTime` (optional, null), `recurEvery`, `startDateTime`, `timeZone` (required attributes);
 * - `installPatches` only when `var.scope == "InGuestPatch"` (case-sensitive) and `var.install_patches` (default {},
 *   not nullable: null is {}) is not null: `rebootSetting` (optional, null: the API's IfRequired), and
 *   `windowsParameters` only when `install_patches.windows` is written, with `classifications_to_include`
 *   (default ["Critical", "Security"]), `exclude_kbs_requiring_reboot` (null), `kb_numbers_to_exclude` and
 *   `kb_numbers_to_include` (default []); `linuxParameters` likewise from `install_patches.linux`.
 * Outputs: `resource_id` (the resource's ID) and `name` (its name, `var.name`). A value the module's validation or
 * type would reject is unresolved, never read as Azure would not get it.
 */
export const AVM_CONFIGURATION_RESOURCE = 'azapi_resource.maintenance_configuration'

const ARM_TYPE = `${MAINTENANCE_CONFIGURATION_TYPE}@2023-04-01`
const SCOPES = ['Extension', 'Host', 'InGuestPatch', 'OSImage', 'Resource', 'SQLDB', 'SQLManagedInstance']
const NAME = /^[a-zA-Z0-9][a-zA-Z0-9._-]{0,110}[a-zA-Z0-9_]$/

/** `maintenanceWindow`'s properties: the `var.window` attribute each is, and its default (else required, or optional null). */
const WINDOW: ReadonlyMap<string, { readonly input: string; readonly required?: true; readonly moduleDefault?: Value }> = new Map([
  ['duration', { input: 'duration', moduleDefault: '01:30' }],
  ['expirationDateTime', { input: 'expiration_date_time' }],
  ['recurEvery', { input: 'recur_every', required: true }],
  ['startDateTime', { input: 'start_date_time', required: true }],
  ['timeZone', { input: 'time_zone', required: true }]
])

/** `windowsParameters`' and `linuxParameters`' properties: the attribute of `install_patches.windows` / `.linux` each is, and its default. */
const CRITICAL_AND_SECURITY: Value = ['Critical', 'Security']
const PARAMETERS: ReadonlyMap<string, { readonly block: string; readonly fields: ReadonlyMap<string, { readonly input: string; readonly moduleDefault?: Value }> }> = new Map([
  [
    'windowsParameters',
    {
      block: 'windows',
      fields: new Map([
        ['classificationsToInclude', { input: 'classifications_to_include', moduleDefault: CRITICAL_AND_SECURITY }],
        ['excludeKbsRequiringReboot', { input: 'exclude_kbs_requiring_reboot' }],
        ['kbNumbersToExclude', { input: 'kb_numbers_to_exclude', moduleDefault: [] }],
        ['kbNumbersToInclude', { input: 'kb_numbers_to_include', moduleDefault: [] }]
      ])
    }
  ],
  [
    'linuxParameters',
    {
      block: 'linux',
      fields: new Map([
        ['classificationsToInclude', { input: 'classifications_to_include', moduleDefault: CRITICAL_AND_SECURITY }],
        ['packageNameMasksToExclude', { input: 'package_name_masks_to_exclude', moduleDefault: [] }],
        ['packageNameMasksToInclude', { input: 'package_name_masks_to_include', moduleDefault: [] }]
      ])
    }
  ]
])

/** What one instance of the call deploys: its maintenance configuration, read as a declared `azapi_resource` of it. */
export function modelAvmMaintenanceConfiguration(call: KnownModuleCall): Resource[] {
  const view = new AvmMaintenanceConfigurationView(call)
  const name = text(view.get(['name']))
  const group = text(call.input(['resource_group_name']))
  const identity = {
    type: MAINTENANCE_CONFIGURATION_TYPE,
    name: name.value,
    ...(group.value === undefined ? {} : { resourceGroup: group.value }),
    symbol: call.symbol(AVM_CONFIGURATION_RESOURCE)
  }
  const frame = call.frame(identity, group, call.deployed, placement(call))
  const mapped = azapiResource(MAINTENANCE_CONFIGURATION_TYPE, view, frame, id => call.parent.session.symbolOfId(id))
  return mapped === undefined ? [] : [mapped]
}

/**
 * What `module.<call>` gives: `resource_id`, the configuration's ID (linked to it as a declared resource's `.id` is,
 * so `maintenance_configuration_id = module.mc.resource_id` names it) and `name`; every other output is unknown.
 */
export function avmMaintenanceConfigurationOutputs(call: KnownModuleCall, unread: string): Lazy {
  return {
    kind: 'lazy',
    description: call.address,
    attribute: output => {
      if (output === 'resource_id') return configurationId(call)
      if (output === 'name') return validName(call).value ?? unknown(`${call.address}.name: name passed to ${call.interfaceName} is not known`)
      return unknown(`${call.address}.${output}: ${unread}`)
    }
  }
}

function configurationId(call: KnownModuleCall): Value {
  const name = validName(call).value ?? `{${call.address}}`
  const group = text(call.input(['resource_group_name'])).value ?? '{resourceGroup}'
  const session = call.parent.session
  const subscription = subscriptionSegmentIn(session, placement(call))
  const id = `/subscriptions/${subscription}/resourceGroups/${group}/providers/${MAINTENANCE_CONFIGURATION_TYPE}/${name}`
  session.registerId(id, call.symbol(AVM_CONFIGURATION_RESOURCE))
  return id
}

/** The subscription `parent_id` names: `subscription_id` when passed (a value not known stays so), else the azurerm provider's. */
function placement(call: KnownModuleCall): ProviderConfiguration {
  const passed = call.input(['subscription_id'])
  return passed.origin === 'absent' ? call.provider() : { subscription: text(passed) }
}

/** `name`, unresolved when the module's validation rejects it. */
function validName(call: KnownModuleCall): Sourced<string> {
  const name = text(call.input(['name']))
  if (name.origin === 'absent') return required(call, 'name')
  if (name.value === undefined || NAME.test(name.value)) return name
  return unresolved(name.location, `name "${name.value}" is rejected by ${call.interfaceName}'s validation`)
}

function required(call: KnownModuleCall, input: string): Sourced<never> {
  return unresolved(call.at, `${input} is required by ${call.interfaceName} and not passed`)
}

/** The module's `azapi_resource.maintenance_configuration` as the azapi mapper reads a resource block. */
class AvmMaintenanceConfigurationView implements ResourceView {
  readonly location: SourceLocation

  constructor(private readonly call: KnownModuleCall) {
    this.location = call.at
  }

  get(path: readonly string[]): Sourced<Value> {
    const [argument, ...inside] = path
    const call = this.call
    switch (argument) {
      case 'type':
        return known(ARM_TYPE, this.location)
      case 'name':
        return validName(call)
      case 'location': {
        const location = call.input(['location', ...inside])
        return location.origin === 'absent' && inside.length === 0 ? required(call, 'location') : location
      }
      case 'tags':
        return call.input(['tags', ...inside])
      case 'body':
        return inside[0] === 'properties' ? this.property(inside.slice(1)) : absent(this.location)
      default:
        return absent(this.location)
    }
  }

  private property([name, ...inside]: readonly string[]): Sourced<Value> {
    const call = this.call
    switch (name) {
      case 'maintenanceScope':
        return inside.length === 0 ? this.scope() : absent(this.location)
      case 'extensionProperties':
        return this.notNullable('extension_properties', inside)
      case 'visibility':
        return call.input(['visibility', ...inside], 'Custom')
      case 'maintenanceWindow':
        return this.window(inside)
      case 'installPatches':
        return this.installPatches(inside)
      default:
        return absent(this.location)
    }
  }

  /** `var.scope`: required, and one of the values its validation allows. */
  private scope(): Sourced<Value> {
    const scope = text(this.call.input(['scope']))
    if (scope.origin === 'absent') return required(this.call, 'scope')
    if (scope.value === undefined || SCOPES.includes(scope.value)) return scope
    return unresolved(scope.location, `scope "${scope.value}" is rejected by ${this.call.interfaceName}'s validation`)
  }

  /** `var.window != null ? { ... } : null`. */
  private window(inside: readonly string[]): Sourced<Value> {
    const window = this.call.input(['window'])
    if (window.value === undefined || inside.length === 0) return window
    const [property] = inside
    const field = property === undefined ? undefined : WINDOW.get(property)
    if (field === undefined || inside.length > 1) return absent(window.location)
    const value = this.attribute(window, ['window', field.input], field.moduleDefault)
    if (value.origin === 'absent' && field.required) return unresolved(window.location, `window.${field.input} is required by ${this.call.interfaceName} and not passed`)
    return value
  }

  /** `var.install_patches != null && var.scope == "InGuestPatch" ? { ... } : null`. */
  private installPatches(inside: readonly string[]): Sourced<Value> {
    const scope = this.scope()
    if (scope.origin === 'unresolved') return unresolved(scope.location, `installPatches: ${scope.reason ?? 'scope is not known'}`)
    if (scope.value !== 'InGuestPatch') return absent(scope.location)
    const patches = this.notNullable('install_patches', [])
    if (patches.value === undefined) return patches
    const [property, ...rest] = inside
    if (property === 'rebootSetting' && rest.length === 0) return this.attribute(patches, ['install_patches', 'reboot_setting'])
    const parameters = property === undefined ? undefined : PARAMETERS.get(property)
    if (parameters === undefined) return absent(patches.location)
    const block = this.attribute(patches, ['install_patches', parameters.block])
    const [key, ...more] = rest
    if (block.value === undefined || key === undefined) return block
    const field = parameters.fields.get(key)
    if (field === undefined || more.length > 0) return absent(block.location)
    return this.attribute(block, ['install_patches', parameters.block, field.input], field.moduleDefault)
  }

  /** An input declared `nullable = false` with default {}: not passed, or passed as null, it is {} (origin `default`). */
  private notNullable(input: string, inside: readonly string[]): Sourced<Value> {
    const passed = this.call.input([input])
    if (passed.origin !== 'absent') return inside.length === 0 ? passed : this.call.input([input, ...inside])
    return inside.length === 0 ? { value: objectFrom({}), origin: 'default', location: passed.location, detail: input } : absent(passed.location)
  }

  /**
   * An attribute of an object input (`window.duration`): as passed, else the type's `optional(..., default)`,
   * located at the object that omits it (origin `default`), else absent. An object not known leaves it unresolved.
   */
  private attribute(object: Sourced<Value>, path: readonly [string, ...string[]], optionalDefault?: Value): Sourced<Value> {
    if (object.value === undefined) return object
    if (!isObject(object.value)) return unresolved(object.location, `${path.slice(0, -1).join('.')} passed to ${this.call.interfaceName} is not an object`)
    const written = object.origin === 'default' ? absent<Value>(object.location) : this.call.input(path)
    if (written.origin !== 'absent') return written
    // An object some of whose keys are not known (a merge() of one not known) may hold the attribute.
    if (object.value.partial !== undefined) return unresolved(object.location, object.value.partial)
    if (optionalDefault === undefined) return written
    const value = isList(optionalDefault) ? [...optionalDefault] : optionalDefault
    return { value, origin: 'default', location: object.location, detail: path.join('.') }
  }
}
