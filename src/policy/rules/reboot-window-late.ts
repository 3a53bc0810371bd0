/**
 * @fileoverview A window that reboots a hotpatch VM for the next baseline, but more than 30 days after its
 * release or not for the one after, leaves the VM behind: it runs the previous baseline into the hotpatch
 * months (which then do not apply), or misses a baseline outright.
 */
import { inGuestPatchPlans, docsUrlFor, hotpatchData, NOT_APPLICABLE, PASS } from '../rule-support.js'
import type { PlanEvidence, RuleModule, RuleReport } from '../types.js'
import { LATE_AFTER_DAYS, listNames } from '../window-coverage.js'

const ID = 'reboot-window-late'

//------------------------------------------------------------------------------
// Rule Definition
//------------------------------------------------------------------------------

export const rule: RuleModule = {
  meta: {
    id: ID,
    severity: 'warning',
    description: `A hotpatch VM's maintenance window should open within ${LATE_AFTER_DAYS} days of every baseline.`,
    docsUrl: docsUrlFor(ID),
    messages: {
      late:
        "{{subject}} reboots for the {{baseline}} baseline only {{days}} days after its release, in maintenance " +
        "configuration '{{configuration}}' ({{opens}}): until then it stays on the previous baseline and misses " +
        `hotpatch months. Open the window within ${LATE_AFTER_DAYS} days of each baseline's Patch Tuesday ` +
        '(Month Second Tuesday Offset4, or weekly).',
      missesLater:
        "{{subject}} reboots for the {{covered}} baseline in maintenance configuration '{{configuration}}', but " +
        'its window ({{window}}) does not open for the {{missed}} baseline. Make it recur at least every month ' +
        'and keep expirationDateTime past the baselines it must cover.'
    }
  },

  check(context) {
    const { assessment } = context
    if (assessment.affected !== 'yes' || assessment.verdict !== 'affected-with-plan') return NOT_APPLICABLE
    const valid = inGuestPatchPlans(assessment).filter(e => e.status === 'valid' && e.timing !== undefined)
    if (valid.length === 0) return NOT_APPLICABLE
    // Another window that covers every baseline promptly keeps the VM current.
    if (valid.some(e => concerns(e).length === 0)) return PASS
    const subject = hotpatchData(context).subject ?? ''
    return { outcome: 'fail', reports: valid.flatMap(e => concerns(e).map(r => ({ ...r, data: { ...r.data, subject } }))) }
  }
}

function concerns(evidence: PlanEvidence): RuleReport[] {
  const timing = evidence.timing
  if (timing === undefined) return []
  const configuration = evidence.configuration?.displayName ?? evidence.assignment.displayName
  const location = timing.location
  const late = timing.covers
    .filter(c => c.daysAfter > LATE_AFTER_DAYS)
    .map((c): RuleReport => ({
      messageId: 'late',
      data: { baseline: c.baseline, days: String(c.daysAfter), configuration, opens: `opens ${c.opens}` },
      location
    }))
  if (timing.misses.length === 0) return late
  const missed: RuleReport = {
    messageId: 'missesLater',
    data: {
      covered: listNames(timing.covers.map(c => c.baseline)),
      missed: listNames(timing.misses),
      configuration,
      window: timing.description
    },
    location
  }
  return [...late, missed]
}
