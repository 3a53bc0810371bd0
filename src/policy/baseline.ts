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
