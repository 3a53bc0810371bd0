import type { BaselineSpan } from '../schedule/index.js'

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
] as const

/** A baseline month: every hotpatch machine installs a reboot-requiring cumulative update then. */
export interface Baseline {
  readonly year: number
  /** 1-12. */
  readonly month: number
  /** Its Patch Tuesday (the second Tuesday), UTC midnight. */
  readonly patchTuesday: Date
}

/** The quarterly calendar (January, April, July, October), when the caller does not name an advisory's. */
export const DEFAULT_BASELINE_MONTHS: readonly number[] = [1, 4, 7, 10]

/** `January` for 1. */
export const monthName = (month: number): string => MONTH_NAMES[month - 1] ?? '?'

/** `January 2027`. */
export const formatMonth = (year: number, month: number): string => `${monthName(month)} ${year}`

/** `2027-01-12`. */
export const formatDay = (date: Date): string => date.toISOString().slice(0, 10)

/** The second Tuesday of a month (Patch Tuesday), UTC midnight. */
export function patchTuesday(year: number, month: number): Date {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay()
  const firstTuesday = 1 + ((2 - firstWeekday + 7) % 7)
  return new Date(Date.UTC(year, month - 1, firstTuesday + 7))
}

/**
 * The next baseline: the first baseline month whose Patch Tuesday is on or after `asOf` (compared by UTC
 * day). As of 2026-01-05 that is January 2026 (Patch Tuesday 2026-01-13); as of 2026-01-20, April 2026.
 */
export function nextBaseline(asOf: Date, baselineMonths: readonly number[]): Baseline {
  const day = Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate())
  let year = asOf.getUTCFullYear()
  let month = asOf.getUTCMonth() + 1
  // Thirteen months always reach a listed month whose Patch Tuesday is still ahead.
  for (let step = 0; step < 13; step += 1) {
    const tuesday = patchTuesday(year, month)
    if (baselineMonths.includes(month) && tuesday.getTime() >= day) return { year, month, patchTuesday: tuesday }
    month = (month % 12) + 1
    if (month === 1) year += 1
  }
  throw new RangeError(`no baseline month in [${baselineMonths.join(', ')}]`)
}

/** Days since the epoch of a `YYYY-MM-DD...` date (`2026-06-30 23:59`, ISO 8601); undefined when it is not one. */
export function parseDay(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[ T])/.exec(text.trim())
  if (match === null) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const time = Date.UTC(year, month - 1, day)
  const date = new Date(time)
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return time / 86_400_000
}

export const dayOf = (date: Date): number => Math.floor(date.getTime() / 86_400_000)

/**
 * When a baseline's update is released: Patch Tuesday at 10:00 Pacific time ("Update Tuesday ... released at
 * 10:00 AM Pacific Time", Microsoft's release notes), 18:00 UTC in winter and 17:00 UTC in summer. A window
 * that opens earlier that day installs the previous month's update. Pacific daylight time is computed by the US
 * rule (since 2007: from the second Sunday of March to the first Sunday of November), not through luxon's
 * `America/Los_Angeles`: the first lookup of an IANA zone loads the runtime's time zone data, ~13 ms of every
 * run's start on a one-file repository (every run asks for the next releases).
 */
export function baselineRelease(year: number, month: number): Date {
  const day = patchTuesday(year, month).getUTCDate()
  return new Date(Date.UTC(year, month - 1, day, pacificDaylightOn(year, month, day) ? 17 : 18))
}

/** Whether a Tuesday (never a changeover Sunday) is in Pacific daylight time. */
function pacificDaylightOn(year: number, month: number, day: number): boolean {
  if (month === 3) return day > nthSunday(year, 3, 2)
  if (month === 11) return day < nthSunday(year, 11, 1)
  return month > 3 && month < 11
}

/** The day of the month of its `n`th Sunday. */
function nthSunday(year: number, month: number, n: number): number {
  const weekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay()
  return 1 + ((7 - weekday) % 7) + 7 * (n - 1)
}

/** The baseline after `baseline` in the calendar. */
export function baselineAfter(baseline: Baseline, baselineMonths: readonly number[]): Baseline {
  const next = new Date(baseline.patchTuesday.getTime() + 86_400_000)
  return nextBaseline(next, baselineMonths)
}

/**
 * The next `count` baselines from `asOf`, each with its release and the next one's (what a reboot window
 * must fall between to install it): as of 2026-11-24, January 2027 (released 2027-01-12 18:00 UTC, until
 * April's) and April 2027 (until July's).
 */
export function upcomingBaselines(asOf: Date, baselineMonths: readonly number[], count = 2): BaselineSpan[] {
  const spans: BaselineSpan[] = []
  let baseline = nextBaseline(asOf, baselineMonths)
  for (let index = 0; index < count; index += 1) {
    const following = baselineAfter(baseline, baselineMonths)
    spans.push({
      name: formatMonth(baseline.year, baseline.month),
      release: baselineRelease(baseline.year, baseline.month),
      nextRelease: baselineRelease(following.year, following.month)
    })
    baseline = following
  }
  return spans
}
