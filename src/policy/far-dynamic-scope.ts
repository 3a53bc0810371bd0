import type { DynamicScopeFilter } from '../model/resources.js'
import type { Sourced } from '../model/source.js'
import type { UnresolvedInput } from './types.js'

/**
 * Whether a dynamic scope that may select a VM (its match `unknown`, with these inputs) counts for the VM wherever
 * it is written, as one whose filter values are all known does: a subscription's dynamic scope is how a platform
 * team plans for every team's VMs (`locations: [deployment().location]` in a maintenance folder of its own).
 *
 * It does when only its own filter values are unknown (not the VM's values, nor where either is deployed) and what
 * is known of it picks the VM out: a tag, resource group or location filter the VM matches (a dimension of a match
 * that is not `no` matches when known). Resource types and OS types select every Windows VM: a scope that says
 * nothing more about the VMs it wants could be any team's, and one unknown value of it would make every VM of a
 * monorepo without a plan indeterminate; it counts near it only, as an unevaluated target does (plans.ts).
 */
export function selectsFromAfar(filter: DynamicScopeFilter, unresolved: readonly UnresolvedInput[]): boolean {
  for (let i = 0; i < unresolved.length; i++) if (!(unresolved[i] as UnresolvedInput).field.startsWith('filter.')) return false
  const known = (value: Sourced<object>, ...fields: string[]): boolean =>
    value.origin !== 'unresolved' && Object.keys(value.value ?? {}).length > 0 && !unresolved.some(input => fields.includes(input.field))
  return (
    known(filter.tags, 'filter.tags', 'filter.tagOperator') ||
    known(filter.resourceGroups, 'filter.resourceGroups') ||
    known(filter.locations, 'filter.locations')
  )
}
