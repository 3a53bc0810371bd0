/**
 * @fileoverview An exemption is a decision with a date on it. Past its expiry date it exempts nothing, and
 * the gate says so as an error of its own, so that the owner either fixes what it covered or renews it on
 * purpose: an exemption that silently lapses, or never lapses, is how a gate gets switched off.
 */
import { subjectOf } from '../describe.js'
import { docsUrlFor, NOT_APPLICABLE, PASS } from '../rule-support.js'
import type { RuleModule } from '../types.js'

const ID = 'exemption-expired'

//------------------------------------------------------------------------------
// Rule Definition
//------------------------------------------------------------------------------

export const rule: RuleModule = {
  meta: {
    id: ID,
    severity: 'error',
    description: 'An exemption must not be past its expiry date.',
    docsUrl: docsUrlFor(ID),
    messages: {
      expired:
        '{{subject}} is exempted from {{rules}} by {{exemption}} (owner {{owner}}: {{reason}}), but the exemption ' +
        'expired on {{expires}}, so the findings it covered count again. Fix what they report, or renew the ' +
        'exemption with a later expiry date.'
    }
  },

  check(context) {
    // Read before a default list is made: most VMs have no exemption.
    const { vm, exemptions } = context.assessment
    if (exemptions === undefined || exemptions.length === 0) return NOT_APPLICABLE
    const expired = exemptions.filter(exemption => exemption.status === 'expired')
    if (expired.length === 0) return PASS
    const reports = expired.map(exemption => ({
      messageId: 'expired',
      data: {
        subject: subjectOf(vm),
        rules: exemption.rule === '*' ? 'every rule' : exemption.rule,
        exemption: exemption.label,
        owner: exemption.owner,
        reason: exemption.reason,
        expires: exemption.expires
      },
      location: exemption.expiresAt
    }))
    return { outcome: 'fail', reports }
  }
}
