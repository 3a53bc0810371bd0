/**
 * @fileoverview A maintenance window past its expirationDateTime schedules nothing: the hotpatch VM it was
 * meant to reboot is back to unplanned restarts, or none. Expiry is judged at the evaluation date.
 */
import { inGuestPatchPlans, docsUrlFor, hotpatchData, NOT_APPLICABLE, PASS } from '../rule-support.js'
import type { RuleModule } from '../types.js'

const ID = 'reboot-window-expired'

//------------------------------------------------------------------------------
// Rule Definition
//------------------------------------------------------------------------------

export const rule: RuleModule = {
  meta: {
    id: ID,
    severity: 'error',
    description: "A hotpatch VM's maintenance window must not have expired.",
    docsUrl: docsUrlFor(ID),
    messages: {
      expired:
        "{{subject}} has hotpatching enabled on {{os}}, but its maintenance configuration '{{configuration}}' " +
        'expired on {{expiration}}, so it no longer schedules reboots. {{cause}} Remove expirationDateTime, or ' +
        'move it past the next baseline.'
    }
  },

  check(context) {
    const { assessment } = context
    // An indeterminate VM may still pass: its indeterminate finding names this window (certain stays certain).
    if (assessment.verdict === 'indeterminate') return NOT_APPLICABLE
    if (assessment.affected !== 'yes') return NOT_APPLICABLE
    const plans = inGuestPatchPlans(assessment)
    if (plans.length === 0) return NOT_APPLICABLE
    const expired = plans.find(plan => plan.status === 'expired')?.configuration
    // Another valid, honoured window still reboots the VM: the expired one is stale, not dangerous.
    if (expired === undefined || assessment.verdict === 'affected-with-plan') return PASS
    const expiration = expired.window.expirationDateTime
    const data = { ...hotpatchData(context), configuration: expired.displayName, expiration: String(expiration.value) }
    return { outcome: 'fail', reports: [{ messageId: 'expired', data, location: expiration.location }] }
  }
}
