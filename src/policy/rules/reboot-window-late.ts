/**
 * @fileoverview A window that reboots a hotpatch VM for the next baseline, but more than 30 days after its
 * release or not for the one after, leaves the VM behind: it runs the previous baseline into the hotpatch
 * months (which then do not apply), or misses a baseline outright. So does one that reboots for a monthly update
 * of a disruption more than 30 days after its release. A declared reboot plan's window is timed alike.
 */
import { docsUrlFor, hotpatchData, NOT_APPLICABLE, PASS } from '../rule-support.js'
import { coveringWindows, lateReboots, type LateReboot, type TimedWindow } from '../timed-windows.js'
import type { RuleModule, RuleReport } from '../types.js'
import { LATE_AFTER_DAYS, listNames } from '../window-coverage.js'

const ID = 'reboot-window-late'
const LATE_BASELINE = '{{subject}} reboots for the {{baseline}} baseline only {{days}} days after its release, in'
const BEHIND =
  `until then it stays on the previous baseline and misses hotpatch months. Open the window within ${LATE_AFTER_DAYS} ` +
  "days of each baseline's Patch Tuesday"
const LATE_MONTHLY = '{{subject}} reboots for the {{update}} monthly update only {{days}} days after its release, in'
const UNPATCHED =
  "until then the update waits for a reboot and the machine runs without that month's fixes. Open the window " +
  `within ${LATE_AFTER_DAYS} days of each monthly update's Patch Tuesday`

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
      late: `${LATE_BASELINE} maintenance configuration '{{configuration}}' ({{opens}}): ${BEHIND} (Month Second Tuesday Offset4, or weekly).`,
      monthlyLate: `${LATE_MONTHLY} maintenance configuration '{{configuration}}' ({{opens}}): ${UNPATCHED} (Month Second Tuesday Offset4, or weekly).`,
      missesLater:
        "{{subject}} reboots for the {{covered}} baseline in maintenance configuration '{{configuration}}', but " +
        'its window ({{window}}) does not open for the {{missed}} baseline. Make it recur at least every month ' +
        'and keep expirationDateTime past the baselines it must cover.',
      declaredLate: `${LATE_BASELINE} the reboot plan declared in {{plan}} ({{opens}}): ${BEHIND} (Month Second Tuesday Offset4 02:00/PT3H, or weekly).`,
      declaredMonthlyLate: `${LATE_MONTHLY} the reboot plan declared in {{plan}} ({{opens}}): ${UNPATCHED} (Month Second Tuesday Offset4 02:00/PT3H, or weekly).`,
      declaredMissesLater:
        '{{subject}} reboots for the {{covered}} baseline in the reboot plan declared in {{plan}}, but its window ' +
        '({{window}}) does not open for the {{missed}} baseline. Declare a window that recurs at least every month ' +
        'and does not end before the baselines it must cover.'
    }
  },

  check(context) {
    const { assessment } = context
    if (assessment.affected !== 'yes' || assessment.verdict !== 'affected-with-plan') return NOT_APPLICABLE
    const windows = coveringWindows(assessment)
    if (windows.length === 0) return NOT_APPLICABLE
    // Another window that covers every checked reboot promptly keeps the VM current.
    if (windows.some(w => concerns(w).length === 0)) return PASS
    const subject = hotpatchData(context).subject ?? ''
    return { outcome: 'fail', reports: windows.flatMap(w => concerns(w).map(r => ({ ...r, data: { ...r.data, subject } }))) }
  }
}

function concerns({ declared, name, timing }: TimedWindow): RuleReport[] {
  const named: Record<string, string> = declared ? { plan: name } : { configuration: name }
  const { location } = timing
  const { baselines, monthly } = lateReboots(timing)
  const data = (reboot: LateReboot) => ({ days: reboot.days, ...named, opens: reboot.opens })
  const late = [
    ...monthly.map((r): RuleReport => ({ messageId: declared ? 'declaredMonthlyLate' : 'monthlyLate', data: { update: r.name, ...data(r) }, location })),
    ...baselines.map((r): RuleReport => ({ messageId: declared ? 'declaredLate' : 'late', data: { baseline: r.name, ...data(r) }, location }))
  ]
  if (timing.misses.length === 0) return late
  const covered = listNames(timing.covers.map(c => c.baseline))
  const missed = { covered, missed: listNames(timing.misses), ...named, window: timing.description }
  return [...late, { messageId: declared ? 'declaredMissesLater' : 'missesLater', data: missed, location }]
}
