/**
 * @fileoverview The gate could not decide: a value the verdict depends on (the image, the hotpatch flag, a
 * maintenance assignment's target or filter) could not be resolved. It says which value and why, so the
 * owner can make it resolvable or exempt the resource.
 */
import { nounOf } from '../describe.js'
import { describeInputs, docsUrlFor, hotpatchData, PASS } from '../rule-support.js'
import type { RuleModule } from '../types.js'

const ID = 'indeterminate'

//------------------------------------------------------------------------------
// Rule Definition
//------------------------------------------------------------------------------

export const rule: RuleModule = {
  meta: {
    id: ID,
    severity: 'warning',
    description: 'Whether a VM needs a reboot plan, and whether it has one, should be decidable from the manifests.',
    docsUrl: docsUrlFor(ID),
    messages: {
      unknownAffected:
        "Could not tell whether {{noun}} '{{name}}' needs a reboot plan: {{inputs}}. Make these values resolvable " +
        '(a literal, a parameter default or a parameter file), or exempt the resource with a reason.',
      unverifiablePlan:
        '{{subject}} has hotpatching enabled on {{os}}, but its reboot plan could not be verified: {{inputs}}. ' +
        'Make these values resolvable (a literal, a parameter default or a parameter file), or exempt the ' +
        'resource with a reason.'
    }
  },

  check(context) {
    const { assessment } = context
    if (assessment.verdict !== 'indeterminate') return PASS
    const { vm, unresolved } = assessment
    const mayBeAffected = assessment.affected === 'unknown'
    const report = {
      messageId: mayBeAffected ? 'unknownAffected' : 'unverifiablePlan',
      data: { ...hotpatchData(context), noun: nounOf(vm), name: vm.displayName, inputs: describeInputs(unresolved) },
      location: unresolved[0]?.location ?? vm.reportAt
    }
    return { outcome: 'fail', reports: [report] }
  }
}
