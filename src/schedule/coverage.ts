import { nextOccurrence, occurrences, type Occurrence } from './occurrences.js'
import type { MaintenanceSchedule } from './window.js'

/** A baseline as the coverage check needs it: when its update is released, and when the next one is. */
export interface BaselineSpan {
  /** How messages name it: `January 2027`. */
  readonly name: string
  /** The instant the update is released (Patch Tuesday, 10:00 Pacific time). */
  readonly release: Date
  /** The next baseline's release: a window opening then or later installs that one instead. */
  readonly nextRelease: Date
}

export interface BaselineCoverage {
  readonly baseline: BaselineSpan
  /** The first occurrence that opens at or after the release and before the next release. */
  readonly occurrence: Occurrence | undefined
  /** Whole calendar days (UTC) from the release day to the day the occurrence opens. */
  readonly daysAfter: number | undefined
}

const DAY = 86_400_000

/**
 * A window's openings in order, those that open before `until` (from about `from` on, when given): what coverage is
 * computed from. A maintenance schedule's are its occurrences; a window declared in another notation (an ISO 8601
 * repeating interval) gives its own, so both are judged by the same check.
 */
export type Openings = (until: Date, from?: Date) => Iterable<Occurrence>

const openingsOf = (window: MaintenanceSchedule | Openings): Openings =>
  typeof window === 'function' ? window : (until, from) => occurrences(window, until, from)

const utcDay = (date: Date): number => Math.floor(date.getTime() / DAY)

/**
 * Which baselines the window reboots for: a baseline is covered when an occurrence opens after its update
 * is released and before the next baseline's is (a window that opens earlier installs the previous
 * update; one that opens later installs the next).
 */
export function coverBaselines(window: MaintenanceSchedule | Openings, baselines: readonly BaselineSpan[]): BaselineCoverage[] {
  const openings = openingsOf(window)
  const found = new Map<BaselineSpan, Occurrence>()
  const from = Math.min(...baselines.map(b => b.release.getTime()))
  const until = Math.max(...baselines.map(b => b.nextRelease.getTime()))
  // One pass over the occurrences for every baseline (they are usually consecutive).
  if (baselines.length > 0) {
    for (const occurrence of openings(new Date(until), new Date(from))) {
      for (const baseline of baselines) {
        if (found.has(baseline) || occurrence.start < baseline.release || occurrence.start >= baseline.nextRelease) continue
        found.set(baseline, occurrence)
      }
      if (found.size === baselines.length) break
    }
  }
  return baselines.map(baseline => {
    const occurrence = found.get(baseline)
    const daysAfter = occurrence === undefined ? undefined : utcDay(occurrence.start) - utcDay(baseline.release)
    return { baseline, occurrence, daysAfter }
  })
}

/**
 * When the window next opens at or after `from` (looking `horizonDays` ahead); undefined when it never does. A
 * window that starts after the horizon (startDateTime 2100-01-01) is looked for from its start: it does open.
 */
export function nextOpening(window: MaintenanceSchedule | Openings, from: Date, horizonDays = 3660): Occurrence | undefined {
  if (typeof window !== 'function') {
    const start = window.start.toJSDate()
    const searchFrom = start > from ? start : from
    return nextOccurrence(window, from, new Date(searchFrom.getTime() + horizonDays * DAY))
  }
  const until = new Date(from.getTime() + horizonDays * DAY)
  for (const occurrence of window(until, from)) if (occurrence.start >= from) return occurrence
  return undefined
}

/** The first `count` occurrences before `until` (for tests and messages). */
export function firstOccurrences(schedule: MaintenanceSchedule, until: Date, count: number): Occurrence[] {
  const found: Occurrence[] = []
  for (const occurrence of occurrences(schedule, until)) {
    found.push(occurrence)
    if (found.length >= count) break
  }
  return found
}

/** `2027-01-17 02:00 UTC`. */
export const formatUtc = (date: Date): string => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
