/**
 * @fileoverview A reboot plan declared outside the manifests (a window tag on the resource, or a
 * `reboot-plans:` entry of the policy configuration) only counts when it can be believed: a well-formed
 * window, an owner who runs it, and a window that recurs or is still ahead at the evaluation date. Its subject
 * is the declared plan where it is written; the VM it names is a related location, and is judged by the
 * plan rules (reboot-plan-required when nothing else plans its reboots).
 */
import { nounOf } from '../describe.js'
import { docsUrlFor, NOT_APPLICABLE, PASS } from '../rule-support.js'
import type { DeclaredPlan, RuleModule, RuleReport } from '../types.js'

const ID = 'invalid-reboot-plan'

//------------------------------------------------------------------------------
// Rule Definition
//------------------------------------------------------------------------------

export const rule: RuleModule = {
  meta: {
    id: ID,
    severity: 'error',
    description: 'A declared reboot plan must have a well-formed, current window and an owner.',
    docsUrl: docsUrlFor(ID),
    messages: {
      malformed:
        "The reboot plan declared for {{noun}} '{{name}}' in {{plan}} does not count: {{problem}}. Write an ISO " +
        '8601 interval (2026-01-18T02:00Z/PT3H) or a maintenance recurrence (Month Third Sunday 02:00/PT3H).',
      noOwner:
        "The reboot plan declared for {{noun}} '{{name}}' in {{plan}} does not count: {{problem}}. Name who runs " +
        'the reboots: a plan nobody owns is not a plan.',
      ended:
        "The reboot plan declared for {{noun}} '{{name}}' in {{plan}} does not count: {{problem}}, so it plans " +
        'no reboot. Declare a recurring window, or one that is still ahead.'
    }
  },

  check(context) {
    // Read before a default list is made: most VMs declare no plan.
    const { vm, affected, declaredPlans } = context.assessment
    if (affected === 'no' || declaredPlans === undefined || declaredPlans.length === 0) return NOT_APPLICABLE
    const invalid = declaredPlans.filter(plan => plan.problem !== undefined)
    if (invalid.length === 0) return PASS
    const names = { noun: nounOf(vm), name: vm.displayName }
    return { outcome: 'fail', reports: invalid.map(plan => reportOf(plan, names)) }
  }
}

function reportOf(plan: DeclaredPlan, names: { readonly noun: string; readonly name: string }): RuleReport {
  const problem = plan.problem as NonNullable<DeclaredPlan['problem']>
  // The finding is about the declared plan where it is written (a configuration entry, a tag), not about the
  // VM it names (a related location): another plan may still cover the VM, whose verdict it never contradicts.
  const about = { identity: [plan.location.file, plan.source, plan.label, plan.window, problem.kind], resourceRole: 'planned-resource' }
  const base = { data: { ...names, plan: plan.label, problem: problem.text }, location: plan.location, about }
  if (problem.kind === 'malformed') return { messageId: 'malformed', ...base }
  if (problem.kind === 'ended') return { messageId: 'ended', ...base }
  return { messageId: 'noOwner', ...base }
}
