import { VMSS_TYPE, VM_TYPE } from '../../../model/identity.js'
import type { DynamicScopeFilter, MaintenanceAssignment, MaintenanceConfiguration, RejectedTarget } from '../../../model/resources.js'
import { absent, type Sourced } from '../../../model/source.js'
import { describeValue, isList, isMissing, isObject, isWhollyKnown, type Value } from '../eval/value.js'
import type { ResourceFrame } from './compute.js'
import { convert, orProviderDefault, text, texts } from './fields.js'
import { resourceReference, type SymbolLookup } from './references.js'
import type { ResourceView } from './view.js'
import { onFrame } from '../../shared/resource-shape.js'
import { azurermInGuestScope, firstWritten, noExpirationWhenEmpty } from '../../shared/azure-compute/index.js'

/** `azurerm_maintenance_configuration`. */
export function azurermMaintenanceConfiguration(view: ResourceView, frame: ResourceFrame): MaintenanceConfiguration {
  const window = (name: string) => text(view.get(['window', name]))
  return onFrame(frame, {
    kind: 'maintenance-configuration',
    maintenanceScope: inGuestScope(view),
    window: {
      startDateTime: window('start_date_time'),
      // "" is what the provider itself sends when the argument is unset: no expiration.
      expirationDateTime: noExpirationWhenEmpty(window('expiration_date_time')),
      duration: window('duration'),
      timeZone: window('time_zone'),
      recurEvery: window('recur_every')
    },
    rebootSetting: text(view.get(['install_patches', 'reboot'])),
    // The provider has no argument for it: the service default (false) applies.
    excludeKbsRequiringReboot: absent(view.location),
    classificationsToInclude: texts(view.get(['install_patches', 'windows', 'classifications_to_include'])),
    kbNumbersToInclude: texts(view.get(['install_patches', 'windows', 'kb_numbers_to_include'])),
    // azurerm sends `properties` as extensionProperties and adds the argument only when they do not set
    // InGuestPatchMode (maintenance_configuration_resource.go): what `properties` sets wins, and `properties` not
    // evaluated leaves the mode unknown.
    inGuestPatchMode: firstWritten(text(view.get(['properties', 'InGuestPatchMode'])), text(view.get(['in_guest_user_patch_mode'])))
  })
}

/** The configuration's scope: unresolved when azurerm refuses to create it (azurermInGuestScope). */
function inGuestScope(view: ResourceView): Sourced<string> {
  const argument = (name: string) => ({ name, written: isWritten(view.get([name])) })
  return azurermInGuestScope(text(view.get(['scope'])), {
    installPatches: argument('install_patches'),
    inGuestUserPatchMode: argument('in_guest_user_patch_mode'),
    // `properties = { InGuestPatchMode = "User" }` stands for in_guest_user_patch_mode.
    modeInProperties: isWritten(view.get(['properties', 'InGuestPatchMode']))
  })
}

/** Written, and not an empty list of blocks (a plan writes a missing block as []). */
const isWritten = (value: Sourced<Value>): boolean => value.origin !== 'absent' && !(value.value !== undefined && isList(value.value) && value.value.length === 0)

/**
 * `azurerm_maintenance_assignment_virtual_machine`, `..._virtual_machine_scale_set` and
 * `..._dynamic_scope`.
 */
export function azurermMaintenanceAssignment(
  type: string,
  view: ResourceView,
  frame: ResourceFrame,
  symbolOf: SymbolLookup
): MaintenanceAssignment {
  const configuration = resourceReference(view.get(['maintenance_configuration_id']), symbolOf)
  const base = onFrame(frame, { kind: 'maintenance-assignment' as const, configuration })
  if (type === 'azurerm_maintenance_assignment_dynamic_scope') {
    const filter = (name: string) => texts(view.get(['filter', name]))
    // azurerm requires a `filter` block that sets at least one of these (AtLeastOneOf): without, the dynamic scope
    // is refused at plan and never created, so it selects nothing (read as no filter, it selected every VM).
    const unset = FILTER_ARGUMENTS.every(name => view.get(['filter', name]).origin === 'absent')
    if (unset) return onFrame(base, { filter: noFilter(view), deployed: { value: false, origin: 'literal', location: view.location } })
    return onFrame(base, {
      filter: {
        resourceTypes: filter('resource_types'),
        resourceGroups: filter('resource_groups'),
        locations: filter('locations'),
        osTypes: filter('os_types'),
        tags: tagBlocks(view.get(['filter', 'tags'])),
        tagOperator: orProviderDefault(text(view.get(['filter', 'tag_filter'])), 'Any')
      }
    })
  }
  const { argument, accepts } = ASSIGNMENT_TARGETS[type] ?? SCALE_SET_TARGET
  const written = view.get([argument])
  const rejected = rejectedTarget(argument, written)
  if (rejected !== undefined) return onFrame(base, { rejectedTarget: rejected })
  const target = resourceReference(written, symbolOf)
  const named = target.target.value?.type
  if (named === undefined || named.toLowerCase() === accepts.toLowerCase()) return onFrame(base, { target })
  // azurerm parses the argument as an ID of its type (virtualmachines.ParseVirtualMachineID, ...ScaleSetID): an Arc
  // machine's or a VM's ID where the other is asked is refused, at plan for a literal, at apply for a reference.
  // The assignment is never created, so it is no plan of the resource it names (an Arc machine's is azapi's).
  return onFrame(base, { target, deployed: { value: false, origin: 'literal', location: target.target.location } })
}

/**
 * A target Terraform refuses at plan, known in full: azurerm declares the argument a string, and a list or an object
 * (`azurerm_windows_virtual_machine.vm.*.id`, a splat) does not convert to one ("Inappropriate value for attribute
 * ...: string required"). The assignment is never created, so it assigns nothing: certain, not unresolved. A value
 * not known all the way down stays the target's business (unresolved there).
 */
function rejectedTarget(argument: string, written: Sourced<Value>): RejectedTarget | undefined {
  const { value } = written
  if (value === undefined || !(isList(value) || isObject(value)) || !isWhollyKnown(value)) return undefined
  const shape = isList(value) ? `a ${describeValue(value)}` : 'an object'
  const reason = `its ${argument} is ${shape}, not a string ("Inappropriate value for attribute "${argument}": string required.")`
  return { reason, location: written.location, rejectedBy: 'Terraform' }
}

/** The `filter` arguments of which azurerm requires one (maintenance_assignment_dynamic_scope_resource.go). */
const FILTER_ARGUMENTS = ['locations', 'os_types', 'resource_groups', 'resource_types', 'tags'] as const

/** The filter of a dynamic scope azurerm refuses: nothing written, at the resource. */
function noFilter(view: ResourceView): DynamicScopeFilter {
  const none = absent<never>(view.location)
  return { resourceTypes: none, resourceGroups: none, locations: none, osTypes: none, tags: none, tagOperator: none }
}

/** The argument naming what a per-resource azurerm assignment applies to, and the only type it accepts. */
const SCALE_SET_TARGET = { argument: 'virtual_machine_scale_set_id', accepts: VMSS_TYPE }
const ASSIGNMENT_TARGETS: Readonly<Record<string, { readonly argument: string; readonly accepts: string }>> = {
  azurerm_maintenance_assignment_virtual_machine: { argument: 'virtual_machine_id', accepts: VM_TYPE },
  azurerm_maintenance_assignment_virtual_machine_scale_set: SCALE_SET_TARGET
}

type TagFilter = DynamicScopeFilter['tags']

/** `tags { tag = "env" values = ["prod"] }` blocks as a map of tag to values. */
export function tagBlocks(sourced: Sourced<Value>): TagFilter {
  return convert<Readonly<Record<string, readonly string[]>>>(sourced, value => {
    const record = Object.create(null) as Record<string, readonly string[]>
    for (const block of isList(value) ? value : [value]) {
      if (!isObject(block)) return { reason: 'tags must be blocks with tag and values' }
      const tag = block.entries.get('tag')
      const values = block.entries.get('values')
      if (tag === undefined || isMissing(tag) || typeof tag !== 'string') return { reason: 'a tag name is not known' }
      const list = texts({ value: values ?? [], origin: 'literal', location: sourced.location })
      if (list.value === undefined) return { reason: list.reason ?? `the values of tag "${tag}" are not known` }
      record[tag] = list.value
    }
    return { value: record }
  })
}
