import { MAINTENANCE_ASSIGNMENT_TYPE } from '../../model/identity.js'
import type { AzureScope, DynamicScopeFilter, MaintenanceAssignment } from '../../model/resources.js'
import { absent, type Sourced, unresolved } from '../../model/source.js'
import { placeOf, type UnreadCall } from './unread-module.js'

// The dynamic scopes an unread maintenance module or linked template is passed (its filters), as stand-ins.

/** The keys of a dynamic scope's filter as one format writes them, lower-cased, and those only a filter has among them. */
export interface FilterKeys {
  readonly keys: ReadonlySet<string>
  /** `locations` or `resourceGroups` alone may be anything else. */
  readonly marks: ReadonlySet<string>
}

/** `properties.filter` of a configuration assignment (ARM, Bicep). */
const ARM_FILTER_KEYS: FilterKeys = {
  keys: new Set(['resourcetypes', 'resourcegroups', 'locations', 'ostypes', 'tagsettings']),
  marks: new Set(['resourcetypes', 'ostypes', 'tagsettings'])
}

/** Whether an object's keys are a dynamic scope filter's (each one of them, one that only a filter has among them). */
export function isFilterShape(keys: readonly string[], filter: FilterKeys = ARM_FILTER_KEYS): boolean {
  const lower = keys.map(key => key.toLowerCase())
  return lower.length > 0 && lower.every(key => filter.keys.has(key)) && lower.some(key => filter.marks.has(key))
}

/**
 * An unread module that names maintenance and is passed a dynamic scope's filter (`filter: { resourceTypes, tagSettings }`,
 * as `avm/res/maintenance/configuration-assignment` takes it), as a dynamic scope with that filter whose configuration is
 * decided inside the module: a VM the filter may select may have its plan there, which nothing here can verify, so its
 * verdict is `indeterminate` (it was `no plan`, "no maintenance configuration is assigned"). Created at the subscription
 * (where the module creates it is not read either): its filter alone decides which VMs it may select.
 */
export function unreadCallAsDynamicScope(call: Omit<UnreadCall, 'judge'>, filter: DynamicScopeFilter): MaintenanceAssignment {
  const place = placeOf(call)
  // The call's subscription as it is placed (a Terraform provider's handle or the subscription it runs against kept).
  const scope: AzureScope | undefined = call.scope === undefined ? undefined : { ...call.scope, resourceGroup: absent(call.at) }
  return {
    kind: 'maintenance-assignment',
    format: call.format,
    identity: { type: MAINTENANCE_ASSIGNMENT_TYPE, name: undefined, symbol: call.symbol },
    ...place,
    ...(scope === undefined ? {} : { scope }),
    configuration: { target: unresolved(call.at, `decided inside ${call.displayName}, which is not read (${call.why})`) },
    filter: { ...filter, resourceTypes: passedTypes(call, filter.resourceTypes) }
  }
}

/**
 * The resource types an unread module is passed, kept when each is a provider type (`Microsoft.Compute/virtualMachines`);
 * another word (`Virtual Machines`, as the AVM module's own examples pass it) is what the module makes of it, which
 * is not read: unresolved, so the filter's other dimensions decide whether it may select a VM.
 */
function passedTypes(call: Omit<UnreadCall, 'judge'>, types: Sourced<readonly string[]>): Sourced<readonly string[]> {
  const words = types.value?.filter(type => !type.includes('/')) ?? []
  if (words.length === 0) return types
  const named = words.map(word => `'${word}'`).join(', ')
  return unresolved(types.location, `${call.displayName} is passed resource types ${named}: which types it filters on is decided inside it, which is not read`)
}
