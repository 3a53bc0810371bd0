/**
 * @fileoverview The gate could not decide: a value the verdict depends on (the image, the hotpatch flag, a
 * maintenance assignment's target or filter) could not be resolved. It says which value and why, so the
 * owner can make it resolvable or exempt the resource.
 */
import { nounOf } from '../describe.js'
import { BROKEN_WINDOW, describeInputs, docsUrlFor, hotpatchData, PASS, pausesToRemove, RESOLVABLE_BY } from '../rule-support.js'
import { checkCustomerManagedSchedule } from '../schedule.js'
import type { Assessment, RuleModule } from '../types.js'

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
        "Could not tell whether {{noun}} '{{name}}' needs a reboot plan: {{inputs}}.{{windows}} Make these values resolvable " +
        '({{resolvable}}), or exempt the resource with a reason.',
      unverifiablePlan:
        '{{subject}} has hotpatching enabled on {{os}}, but its reboot plan could not be verified: {{inputs}}.{{windows}} ' +
        'Make these values resolvable ({{resolvable}}), or exempt the resource with a reason.',
      observedPlan:
        '{{subject}} has hotpatching enabled on {{os}}, but its reboot plan could not be verified: {{inputs}}.{{windows}} ' +
        'Check the observed resource in Azure and scan the manifests that manage it, or manage it here ' +
        '(managementPolicies with Create and Update, or none), or exempt the resource with a reason that names it.',
      pausedPlan:
        '{{subject}} has hotpatching enabled on {{os}}, but its reboot plan could not be verified: {{inputs}}.{{windows}} ' +
        'Remove {{pause}} so that its provider creates and manages it as written, or exempt the resource with a reason that names it.'
    }
  },

  check(context) {
    const { assessment } = context
    if (assessment.verdict !== 'indeterminate') return PASS
    const { vm, unresolved } = assessment
    const mayBeAffected = assessment.affected === 'unknown'
    const report = {
      messageId: mayBeAffected ? 'unknownAffected' : 'unverifiablePlan',
      data: {
        ...hotpatchData(context),
        noun: nounOf(vm),
        name: vm.displayName,
        inputs: describeInputs(unresolved),
        windows: brokenWindows(assessment),
        resolvable: RESOLVABLE_BY[vm.format],
        pause: pausesToRemove(unresolved)
      },
      location: unresolved[0]?.location ?? vm.reportAt
    }
    // Only observed (or only paused) resources left the plan unknown: making values resolvable would not help.
    const only = (why: 'observed' | 'paused'): boolean => !mayBeAffected && unresolved.length > 0 && unresolved.every(input => input[why] !== undefined)
    if (only('paused')) return { outcome: 'fail', reports: [{ ...report, messageId: 'pausedPlan' }] }
    return { outcome: 'fail', reports: [only('observed') ? { ...report, messageId: 'observedPlan' } : report] }
  }
}

/**
 * Certain stays certain, the other branch (issue 13): a VM that may still pass (it may not be affected, or an
 * unresolved assignment may be a window that works) stays indeterminate, and a window of its that does not
 * work is no error of its own: this finding says it, so the owner learns it with the unresolved inputs.
 */
function brokenWindows({ vm, evidence }: Assessment): string {
  const schedule = checkCustomerManagedSchedule(vm)
  const details = evidence.flatMap(e => {
    if (e.status === 'valid' && schedule.state === 'no') {
      return [`${e.detail}, but the window is not honoured: ${schedule.problems.map(p => p.text).join('; ')}`]
    }
    return BROKEN_WINDOW.has(e.status) ? [e.detail] : []
  })
  if (details.length === 0) return ''
  return ` Whatever they resolve to, ${details.length === 1 ? 'this window does' : 'these windows do'} not reboot it in time: ${details.join('; ')}.`
}
