/**
 * @fileoverview A maintenance window reboots a hotpatch VM for a baseline only if it opens after that
 * baseline's update is released and before the next one's. A window that opens in none of the next two
 * baselines' periods (a yearly window in February, a start date months ahead, an expiry before the next
 * release), or that Azure would reject, is not a reboot plan; nor is a declared plan's window so timed.
 */
import { docsUrlFor, hotpatchData, NOT_APPLICABLE, PASS } from '../rule-support.js'
import { declaredWindowsMissing, type TimedWindow } from '../timed-windows.js'
import type { PlanEvidence, RuleModule, RuleReport, WindowTiming } from '../types.js'

const ID = 'reboot-window-misses-baseline'
const NO_OPENING = "no opening falls between a baseline's release (Patch Tuesday, 10:00 Pacific time) and the next one's"

//------------------------------------------------------------------------------
// Rule Definition
//------------------------------------------------------------------------------

export const rule: RuleModule = {
  meta: {
    id: ID,
    severity: 'error',
    description: "A hotpatch VM's maintenance window must open after each of the next baselines is released.",
    docsUrl: docsUrlFor(ID),
    messages: {
      missesBaselines:
        "{{subject}} has hotpatching enabled on {{os}}, but its maintenance configuration '{{configuration}}' " +
        `opens {{window}}, so it reboots the {{noun}} for neither the {{baselines}} baseline: ${NO_OPENING}; ` +
        '{{opens}}. {{cause}} Make it recur at least every month (Month Second Tuesday Offset4, Week Saturday), ' +
        'starting now, with no expirationDateTime before the next baselines.',
      malformedWindow:
        "{{subject}} has hotpatching enabled on {{os}}, but its maintenance configuration '{{configuration}}' " +
        'has a window Azure rejects: {{problem}}. {{cause}} Write recurEvery as Azure documents it (Day, ' +
        '3Days, Week Saturday,Sunday, Month day23,day24, Month Second Tuesday Offset2), dates as yyyy-MM-dd ' +
        'HH:mm, duration as HH:mm from 01:30 to 03:55 and timeZone as a Windows time zone name.',
      declaredMissesBaselines:
        '{{subject}} has hotpatching enabled on {{os}}, but the reboot plan declared in {{plan}} opens {{window}}, ' +
        `so it reboots the {{noun}} for neither the {{baselines}} baseline: ${NO_OPENING}; {{opens}}. {{cause}} ` +
        'Declare a window that recurs at least every month (R/2027-01-16T02:00Z/P1M, Month Second Tuesday Offset4 ' +
        '02:00/PT3H), starting now, with no end before the next baselines.'
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
  const timing = evidence.timing
  const configuration = evidence.configuration?.displayName ?? evidence.assignment.displayName
  const location = timing?.location
  if (evidence.status === 'malformed-window') {
    const data = { ...shared, configuration, problem: timing?.problem ?? evidence.detail }
    return { messageId: 'malformedWindow', data, ...(location && { location }) }
  }
  return { messageId: 'missesBaselines', data: { ...shared, configuration, ...missed(timing) }, ...(location && { location }) }
}

/** A declared plan's window, reported where it is declared (the tag, the `reboot-plans:` entry's window). */
const declaredReport = ({ name, timing }: TimedWindow, shared: Record<string, string>): RuleReport => ({
  messageId: 'declaredMissesBaselines',
  data: { ...shared, plan: name, ...missed(timing) },
  location: timing.location
})

/** When the window opens, the baselines it misses, and when it next opens. */
const missed = (timing: WindowTiming | undefined): Record<string, string> => {
  const opens = timing?.next === undefined ? 'it does not open again' : `it next opens ${timing.next}`
  return { window: timing?.description ?? '', baselines: (timing?.misses ?? []).join(' nor the '), opens }
}
