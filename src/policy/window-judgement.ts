import { formatUtc, type BaselineCoverage, type Occurrence } from '../schedule/index.js'
import type { CoveredUpdate, WindowTiming } from './types.js'

/** A valid window's timing and its words, without its location: shared by every configuration with the schedule. */
export interface DescribedTiming {
  readonly kind: 'misses' | 'covers'
  readonly detail: string
  readonly timing: Omit<WindowTiming, 'location'>
}

/** A window's openings against the checked reboots: the next baselines, and a disruption's monthly updates (src/policy/reboot-calendar.ts). */
export interface CalendarCoverage {
  readonly baselines: readonly BaselineCoverage[]
  readonly monthly: readonly BaselineCoverage[]
}

/**
 * What a window's openings mean for the checked reboots, in words. The one judgement of every window, a
 * maintenance configuration's or a declared plan's (src/policy/declared-window-timing.ts), whatever its notation.
 *
 * Baselines: at least one of the next two. A machine that reboots into a baseline takes the hotpatches that follow
 * without a reboot, so a window that covers one is a working reboot plan, and one that misses the other is late
 * (reboot-window-late). Monthly updates: each. A machine a disruption takes off hotpatching installs a cumulative
 * update every month that waits for a reboot, and nothing in between brings it current: November's reboot does
 * nothing for December's update. A window that misses one leaves that update to reboot the machine when something
 * else decides, or the machine without that month's fixes until the next opening: not a plan for that reboot.
 */
export function judgeCoverage(
  description: string,
  { baselines, monthly }: CalendarCoverage,
  next: Occurrence | undefined,
  coversNote = ''
): DescribedTiming {
  const covers = baselines.flatMap(c => (c.occurrence === undefined ? [] : [covered(c)]))
  const misses = baselines.filter(c => c.occurrence === undefined).map(c => c.baseline.name)
  const timing = timingOf(description, covers, misses, monthlyTiming(monthly), next)
  const opens = next === undefined ? 'it does not open again' : `it next opens ${formatUtc(next.start)}`
  if (covers.length === 0) {
    const detail =
      `its window (${description}) reboots for neither the ${misses.join(' nor the ')} baseline (no opening ` +
      `falls between a baseline's release and the next one's); ${opens}`
    return { kind: 'misses', detail, timing }
  }
  const missedUpdates = timing.monthly?.misses ?? []
  if (missedUpdates.length > 0) {
    const detail =
      `its window (${description}) does not reboot for ${monthlyUpdatesText(missedUpdates)} (no opening falls between ` +
      `an update's release and the next month's), each of which a machine off hotpatching must reboot for; ${opens}`
    return { kind: 'misses', detail, timing }
  }
  return { kind: 'covers', detail: `${nextWindowText(timing)}${coversNote}`, timing }
}

/** The timing field by field, in one key order (V8 gives each order its own hidden class). */
function timingOf(
  description: string,
  covers: WindowTiming['covers'],
  misses: readonly string[],
  monthly: WindowTiming['monthly'],
  next: Occurrence | undefined
): Omit<WindowTiming, 'location'> {
  if (monthly === undefined) return next === undefined ? { description, covers, misses } : { description, covers, misses, next: formatUtc(next.start) }
  return next === undefined ? { description, covers, misses, monthly } : { description, covers, misses, monthly, next: formatUtc(next.start) }
}

function monthlyTiming(monthly: readonly BaselineCoverage[]): WindowTiming['monthly'] {
  if (monthly.length === 0) return undefined
  const covers: CoveredUpdate[] = []
  const misses: string[] = []
  for (const { baseline, occurrence, daysAfter } of monthly) {
    if (occurrence === undefined) misses.push(baseline.name)
    else covers.push({ update: baseline.name, opens: formatUtc(occurrence.start), daysAfter: daysAfter ?? 0 })
  }
  return { covers, misses }
}

/** How badly a window's timing serves the checked reboots: each one missed outweighs any delay. */
export const unfavourability = (timing: Pick<WindowTiming, 'covers' | 'misses' | 'monthly'>): number =>
  (timing.misses.length + (timing.monthly?.misses.length ?? 0)) * 1000 + (timing.covers[0]?.daysAfter ?? 0)

/**
 * `next reboot window 2027-01-17 02:00 UTC, 5 days after the January 2027 baseline`: the baseline every hotpatch
 * machine reboots for. A disruption's monthly updates reboot only the machines it took off hotpatching (which the
 * manifests do not tell), so the evidence names the baseline; findings about monthly updates name those.
 */
export function nextWindowText(timing: Pick<WindowTiming, 'covers'>): string {
  const [first] = timing.covers
  if (first === undefined) return ''
  return `next reboot window ${first.opens}, ${daysAfterText(first.daysAfter)} the ${first.baseline} baseline`
}

export const daysAfterText = (days: number): string =>
  days === 0 ? 'on the release day of' : `${days} day${days === 1 ? '' : 's'} after`

function covered(coverage: BaselineCoverage): WindowTiming['covers'][number] {
  const opens = coverage.occurrence === undefined ? '' : formatUtc(coverage.occurrence.start)
  return { baseline: coverage.baseline.name, opens, daysAfter: coverage.daysAfter ?? 0 }
}

/** `January 2027 and April 2027`. */
export const listNames = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`

/** `the December 2025 monthly update`, `the November 2025 and December 2025 monthly updates`. */
export const monthlyUpdatesText = (names: readonly string[]): string =>
  `the ${listNames(names)} monthly update${names.length === 1 ? '' : 's'}`
