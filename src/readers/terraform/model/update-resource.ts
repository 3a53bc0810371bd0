import { ARC_MACHINE_TYPE, MAINTENANCE_CONFIGURATION_TYPE, VM_TYPE, VMSS_TYPE } from '../../../model/identity.js'
import type { ResourceIdentity } from '../../../model/resources.js'
import { type Sourced, unresolved } from '../../../model/source.js'
import type { ArmPropertySource } from '../../shared/azure-compute/index.js'
import type { Value } from '../eval/value.js'
import { azapiSource } from './azapi.js'
import type { ResourceFrame } from './compute.js'
import { text } from './fields.js'
import { resourceReference, type SymbolLookup } from './references.js'
import { AZAPI_RESOURCE_ACTION, withoutApiVersion } from './resource-types.js'
import type { ResourceView } from './view.js'

/** The ARM types of the model's resources that an update's body can change (compared case-insensitively). */
const UPDATABLE_TYPES = [VM_TYPE, VMSS_TYPE, ARC_MACHINE_TYPE, MAINTENANCE_CONFIGURATION_TYPE]

/** The model's ARM type of this name, if an update can change a resource of it. */
export const updatableType = (type: string): string | undefined => UPDATABLE_TYPES.find(candidate => candidate.toLowerCase() === type.toLowerCase())

/**
 * One `azapi_update_resource` instance (or `azapi_resource_action` PATCH): azapi writes its `body` onto the existing
 * resource its `resource_id` (or `parent_id` and `name`) names, after that resource is created, so what the body
 * writes is what the resource keeps (with `lifecycle { ignore_changes }` on the resource for an argument azurerm
 * would otherwise set back on its next apply).
 */
export interface ResourceUpdate {
  /** `azapi_update_resource.hotpatch`, `module.vm.azapi_update_resource.hotpatch["a"]`. */
  readonly address: string
  /** Its own frame: where it is declared, its deployment unit and scope, and whether it is created. */
  readonly frame: ResourceFrame
  /** The ARM type its `type` names; undefined when that could not be evaluated (it may be any of them). */
  readonly armType: string | undefined
  /** The resource it names. */
  readonly target: Sourced<ResourceIdentity>
  /** Its `body`, read as an ARM body is. */
  readonly body: ArmPropertySource
  /** The body as evaluated, for the hotpatch signals of an update that reaches no declared resource. */
  readonly bodyValue: Sourced<Value>
  /** Why it may not change the resource at all (an `azapi_resource_action` whose method was not evaluated). */
  readonly uncertain?: string
}

/**
 * An `azapi_update_resource`, or an `azapi_resource_action` that PATCHes the resource itself, of a type the
 * model holds; undefined for any other (a network, a disk; an action such as `restart`).
 */
export function readUpdate(
  terraformType: string,
  view: ResourceView,
  frame: ResourceFrame,
  address: string,
  symbolOf: SymbolLookup
): ResourceUpdate | undefined {
  const action = terraformType === AZAPI_RESOURCE_ACTION ? patchAction(view) : 'yes'
  if (action === 'no') return undefined
  const written = text(view.get(['type'])).value
  const armType = written === undefined ? undefined : updatableType(withoutApiVersion(written))
  if (written !== undefined && armType === undefined) return undefined
  const target = targetOf(view, armType, symbolOf)
  // A type not evaluated, for a resource ID of another type: not one of the model's either.
  if (armType === undefined && target.value !== undefined && updatableType(target.value.type) === undefined) return undefined
  const update = { address, frame, armType, target, body: azapiSource(view), bodyValue: view.get(['body']) }
  return action === 'yes' ? update : { ...update, uncertain: action.uncertain }
}

/** Whether an `azapi_resource_action` changes the resource it names for certain (`patchAction`). */
export const patchesTheResource = (view: ResourceView): boolean => patchAction(view) === 'yes'

/**
 * Whether an `azapi_resource_action` updates the resource it names: with no `action` it sends its `method` to the
 * resource itself, and PATCH (or PUT, whose body is read the same way: what it writes) changes it, at `apply`
 * unless `when` is `destroy`. POST, the default, and a named action (`restart`) change none of its settings.
 */
function patchAction(view: ResourceView): 'yes' | 'no' | { readonly uncertain: string } {
  const action = text(view.get(['action']))
  const method = text(view.get(['method']))
  const when = text(view.get(['when']))
  if ((action.value !== undefined && action.value !== '') || when.value === 'destroy') return 'no'
  if (method.origin === 'absent' || (method.value !== undefined && !['patch', 'put'].includes(method.value.toLowerCase()))) return 'no'
  const open = [action, method, when].find(part => part.origin === 'unresolved')
  return open === undefined ? 'yes' : { uncertain: `whether it changes the resource could not be evaluated (${open.reason ?? 'unresolved'})` }
}

/** `resource_id`, else the ID azapi builds from `parent_id`, the type and `name`. */
function targetOf(view: ResourceView, armType: string | undefined, symbolOf: SymbolLookup): Sourced<ResourceIdentity> {
  const id = view.get(['resource_id'])
  if (id.origin !== 'absent') return resourceReference(id, symbolOf).target
  const parent = text(view.get(['parent_id']))
  const name = text(view.get(['name']))
  if (parent.value !== undefined && name.value !== undefined && armType !== undefined) {
    return resourceReference({ ...name, value: `${parent.value}/providers/${armType}/${name.value}` }, symbolOf).target
  }
  const missing = [parent, name].find(part => part.origin === 'unresolved')
  const why = missing?.reason ?? (armType === undefined ? 'its type could not be evaluated' : 'it names neither resource_id nor parent_id and name')
  return unresolved(missing?.location ?? view.location, why)
}
