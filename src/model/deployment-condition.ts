import type { Sourced } from './source.js'

/**
 * The conditions of a resource's `deployed` that could not be evaluated, one key each. A key names the condition's
 * expression as written (without its layout) and the evaluation it is in: the format, the template or module
 * instance with its parameter values (the parameter file, the var file, the module call and its index), and the
 * loop iteration when the expression reads one. Two conditions with one key are one unknown value: a VM and its
 * assignment both written `if (deployVm)` in one template instance, or both in a module called with one `if`, or
 * both counted by one `count` of one module instance. A reader leaves the list out when one condition has no key.
 */
export type ConditionKeys = readonly string[]

/** What the comparison reads of a resource. */
export interface ConditionallyDeployed {
  readonly deployed: Sourced<boolean>
  readonly conditionKeys?: ConditionKeys
}

/**
 * Whether `resource`, whose condition could not be evaluated, is deployed whenever `anchor` is: every condition
 * of its that could not be evaluated is one of the anchor's (its others are known true, or `deployed` would be
 * false). An anchor deployed for certain implies nothing: the resource's unknown condition is its own.
 */
export function deployedWhenever(resource: ConditionallyDeployed, anchor: ConditionallyDeployed): boolean {
  const own = resource.conditionKeys
  const implied = anchor.conditionKeys
  if (own === undefined || implied === undefined || own.length === 0) return false
  if (resource.deployed.origin !== 'unresolved' || anchor.deployed.origin !== 'unresolved') return false
  for (let i = 0; i < own.length; i++) if (!implied.includes(own[i] as string)) return false
  return true
}
