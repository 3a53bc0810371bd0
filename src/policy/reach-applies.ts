import { sameUnit } from '../model/match.js'
import type { MaintenanceAssignment, VirtualMachine } from '../model/resources.js'
import type { Match } from './dynamic-scope.js'
import { sameNeighbourhood } from './folder-index.js'

/** How an assignment reaches a VM, as far as where it is written decides whether it counts. */
export interface ReachOfAssignment {
  readonly via: 'direct' | 'dynamic-scope'
  readonly match: Match
  /**
   * `unknown` in a way that counts wherever it is written: only for which declaration of its name and group the target
   * is (its subscription not evaluated, or another declaration not told apart), or a dynamic scope whose only unknowns
   * are filter values while its known ones pick the VM out (far-dynamic-scope.ts). Another far away is not.
   */
  readonly reachesAfar?: true
}

/**
 * Whether an assignment that reaches the VM this way may be its plan, by where it is written: one the policy counts
 * as evidence (plans.ts collectPlanEvidence) and the report relates to the VM (plans.ts mayReach, for the value
 * sources of `scope: changed`). One predicate for both: when they drifted apart, a far dynamic scope made a VM
 * indeterminate while its value files were not related to the VM.
 *
 * It names or selects the VM; or it may, and it is near the VM (otherwise one unevaluated assignment anywhere in a
 * monorepo would make every VM in it indeterminate) or names this very VM from anywhere (`reachesAfar`). A target
 * that could not be evaluated at all names a VM of its own deployment unit only (a symbol, a name, a variable of
 * that root).
 */
export function mayApply(reach: ReachOfAssignment, assignment: MaintenanceAssignment, vm: VirtualMachine): boolean {
  if (reach.match === 'no') return false
  if (reach.match === 'yes') return true
  if (reach.reachesAfar !== true && !sameNeighbourhood(assignment.reportAt.file, vm.reportAt.file)) return false
  const unevaluated = reach.via === 'direct' && assignment.target?.target.origin === 'unresolved'
  return !(unevaluated && sameUnit(assignment, vm) === 'no')
}
