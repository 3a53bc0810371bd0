/**
 * @fileoverview A maintenance window reboots a hotpatch VM for a baseline only if it opens after that
 * baseline's update is released and before the next one's. A window that opens in none of the next two
 * baselines' periods, or misses a monthly update of a disruption that takes the VM's OS family off hotpatching,
 * or that Azure would reject, is not a reboot plan; nor is a declared plan's window so timed.
 */
import { RECUR_MONTHLY, WINDOW_AS_DOCUMENTED } from '../messages.js'
import { docsUrlFor, hotpatchData, NOT_APPLICABLE, PASS } from '../rule-support.js'
import { declaredWindowsMissing, missedReboots, missesMonthlyUpdates, type TimedWindow } from '../timed-windows.js'
import type { PlanEvidence, RuleModule, RuleReport } from '../types.js'

const ID = 'reboot-window-misses-baseline'
const CONFIGURATION = "{{subject}} has hotpatching enabled on {{os}}, but its maintenance configuration '{{configuration}}'"
const DECLARED = '{{subject}} has hotpatching enabled on {{os}}, but the reboot plan declared in {{plan}}'
const NO_OPENING = "no opening falls between a baseline's release (Patch Tuesday, 10:00 Pacific time) and the next one's"
const MISSES_BASELINES = `opens {{window}}, so it reboots the {{noun}} for neither the {{baselines}} baseline: ${NO_OPENING}; {{opens}}. {{cause}}`
const MISSES_MONTHLY =
  "opens {{window}}, so it does not reboot the {{noun}} for {{updates}}: no opening falls between an update's release " +
  "(Patch Tuesday, 10:00 Pacific time) and the next month's, and a machine off hotpatching needs a reboot for each; {{opens}}. {{cause}}"
const FIX = `Make it ${RECUR_MONTHLY}.`
const DECLARE =
  'Declare a window that recurs at least every month (R/2027-01-16T02:00Z/P1M, Month Second Tuesday Offset4 ' +
  '02:00/PT3H), starting now, with no end before the next baselines.'

//------------------------------------------------------------------------------
// Rule Definition
//------------------------------------------------------------------------------

export const rule: RuleModule = {
  meta: {
    id: ID,
    severity: 'error',
    description: "A hotpatch VM's maintenance window must open after each of the next baselines (and a disruption's monthly updates) is released.",
    docsUrl: docsUrlFor(ID),
    messages: {
      missesBaselines: `${CONFIGURATION} ${MISSES_BASELINES} ${FIX}`,
      missesMonthlyUpdates: `${CONFIGURATION} ${MISSES_MONTHLY} ${FIX}`,
      malformedWindow:
        `${CONFIGURATION} has a window Azure rejects: {{problem}}. {{cause}} Write ${WINDOW_AS_DOCUMENTED}.`,
      declaredMissesBaselines: `${DECLARED} ${MISSES_BASELINES} ${DECLARE}`,
      declaredMissesMonthlyUpdates: `${DECLARED} ${MISSES_MONTHLY} ${DECLARE}`
    }
  },

  check(context) {
    const { assessment } = context
    // An indeterminate VM may still pass: its indeterminate finding names this window (certain stays certain).
    if (assessment.verdict === 'indeterminate') return NOT_APPLICABLE
    if (assessment.affected !== 'yes') return NOT_APPLICABLE
    // Another window that reboots the VM in time makes this one stale, not dangerous.
    if (assessment.verdict === 'affected-with-plan') return PASS
    const broken = assessment.evidence.filter(e => e.status === 'misses-baseline' || e.status === 'malformed-window')
    const declared = declaredWindowsMissing(assessment)
    if (broken.length === 0 && declared.length === 0) return NOT_APPLICABLE
    const shared = hotpatchData(context)
    return { outcome: 'fail', reports: [...broken.map(e => report(e, shared)), ...declared.map(w => declaredReport(w, shared))] }
  }
}

function report(evidence: PlanEvidence, shared: Record<string, string>): RuleReport {
  const { timing } = evidence
  const configuration = evidence.configuration?.displayName ?? evidence.assignment.displayName
  const location = timing?.location
  if (evidence.status === 'malformed-window') {
    const data = { ...shared, configuration, problem: timing?.problem ?? evidence.detail }
    return { messageId: 'malformedWindow', data, ...(location && { location }) }
  }
  const data = { ...shared, configuration, ...missedReboots(timing) }
  return { messageId: missesMonthlyUpdates(timing) ? 'missesMonthlyUpdates' : 'missesBaselines', data, ...(location && { location }) }
}

/** A declared plan's window, reported where it is declared (the tag, the `reboot-plans:` entry's window). */
const declaredReport = ({ name, timing }: TimedWindow, shared: Record<string, string>): RuleReport => ({
  messageId: missesMonthlyUpdates(timing) ? 'declaredMissesMonthlyUpdates' : 'declaredMissesBaselines',
  data: { ...shared, plan: name, ...missedReboots(timing) },
  location: timing.location
})
