import { ianaZoneOf, notAWindowsZone, parseRecurrence } from '../schedule/index.js'
import { addDuration, formatInstant, parseDateTime, parseDuration } from './iso-time.js'

/**
 * A reboot window declared outside the manifests (a resource tag, or the configuration's
 * `reboot-plans:`), in one of two notations:
 * - an ISO 8601 interval: `2026-01-18T02:00Z/PT3H`, `start/end`, `duration/end`, or a repeating one
 *   `R/2026-01-18T02:00Z/P1M` (`R12/...` for twelve repetitions);
 * - a maintenance configuration recurrence (the `recurEvery` syntax of Azure Update Manager) with a
 *   start time and a duration: `Month Second Sunday 02:00/PT3H`, `Week Saturday,Sunday 22:00/PT4H`,
 *   `Month day15 03:00/PT2H UTC`. Times are UTC unless a time zone name follows: a Windows name, read as a
 *   maintenance window's `timeZone` is (a name that is not one leaves the window's time unknown).
 */
export interface DeclaredWindow {
  readonly notation: 'interval' | 'repeating-interval' | 'recurrence'
  /** True when it repeats without an end. */
  readonly recurring: boolean
  /** When it ends (the last repetition's end for a bounded `Rn/`); undefined when it recurs for ever. */
  readonly end: Date | undefined
}

export type WindowParse = { readonly window: DeclaredWindow } | { readonly problem: string }

/** Longer than any window anyone writes; also bounds the work on a hostile tag value. */
const MAX_LENGTH = 200
const MAX_REPETITIONS = 10_000
const EXAMPLES = 'an ISO 8601 interval (2026-01-18T02:00Z/PT3H) or a recurrence (Month Second Sunday 02:00/PT3H)'

const RECURRENCE = /^(.+?)\s+(\d{1,2}):(\d{2})\/(P[0-9A-Z]+)(?:\s+([A-Za-z][\w .+()/-]{0,63}))?$/

/** Reads a declared window; a problem says what is wrong, in words for a finding or an error. */
export function parseDeclaredWindow(raw: string): WindowParse {
  const text = raw.trim()
  if (text === '') return { problem: `it is empty; expected ${EXAMPLES}` }
  if (text.length > MAX_LENGTH) return { problem: `it is longer than ${MAX_LENGTH} characters` }
  if (/^(?:R\d*\/|P|\d{4}-)/.test(text)) return parseInterval(text)
  const recurrence = RECURRENCE.exec(text)
  if (recurrence === null) return { problem: `expected ${EXAMPLES}` }
  const [, pattern, hours, minutes, duration, zone] = recurrence as unknown as [string, string, string, string, string, string | undefined]
  const problem =
    checkRecurrence(pattern) ??
    (Number(hours) > 23 || Number(minutes) > 59 ? `${hours}:${minutes} is not a time of day (00:00 to 23:59)` : undefined) ??
    (parseDuration(duration) === undefined ? `${duration} is not an ISO 8601 duration such as PT3H` : undefined) ??
    (zone !== undefined && ianaZoneOf(zone) === undefined ? notAWindowsZone(zone) : undefined)
  return problem === undefined ? { window: { notation: 'recurrence', recurring: true, end: undefined } } : { problem }
}

function parseInterval(text: string): WindowParse {
  const parts = text.split('/')
  const repeating = /^R(\d*)$/.exec(parts[0] ?? '')
  if (repeating !== null) {
    const [, count] = repeating
    const start = parseDateTime(parts[1] ?? '')
    const period = parseDuration(parts[2] ?? '')
    if (parts.length !== 3 || start === undefined || period === undefined) {
      return { problem: `a repeating interval is R/<start>/<duration>, e.g. R/2026-01-18T02:00Z/P1M; got ${text}` }
    }
    if (count === '') return { window: { notation: 'repeating-interval', recurring: true, end: undefined } }
    const times = Number(count)
    if (times < 1 || times > MAX_REPETITIONS) return { problem: `R${count} must repeat 1 to ${MAX_REPETITIONS} times` }
    return { window: { notation: 'repeating-interval', recurring: false, end: addDuration(start, period, times) } }
  }
  if (parts.length !== 2) return { problem: `an interval has one '/' between its start and its end or duration; got ${text}` }
  const [first, second] = parts as [string, string]
  const start = parseDateTime(first)
  const end = parseDateTime(second)
  const firstDuration = start === undefined ? parseDuration(first) : undefined
  const secondDuration = end === undefined ? parseDuration(second) : undefined
  if (start !== undefined && end !== undefined) {
    if (end <= start) return { problem: `it ends (${second}) before it starts (${first})` }
    return { window: { notation: 'interval', recurring: false, end } }
  }
  if (start !== undefined && secondDuration !== undefined) {
    return { window: { notation: 'interval', recurring: false, end: addDuration(start, secondDuration) } }
  }
  if (firstDuration !== undefined && end !== undefined) return { window: { notation: 'interval', recurring: false, end } }
  const bad = start === undefined && firstDuration === undefined ? first : second
  return { problem: `${bad} is not an ISO 8601 date-time (2026-01-18T02:00Z) or duration (PT3H)` }
}

/** `Month Second Sunday`, `Week Saturday,Sunday`, `2Days`, `Month day1,day-1`: the maintenance grammar, one parser. */
function checkRecurrence(pattern: string): string | undefined {
  const parsed = parseRecurrence(pattern)
  if ('problem' in parsed) return parsed.problem
  // Azure takes a bare `Month` from startDateTime's day; a declared window has no start date to take it from.
  const { recurrence } = parsed
  if (recurrence.kind === 'monthly-days' && recurrence.days.length === 0) {
    return 'a monthly recurrence names its day: Month Second Sunday, Month day15 or Month Last Friday'
  }
  return undefined
}

/** `2026-01-18` or `2026-01-18T05:00Z`: how a window's end is named in messages. */
export const describeEnd = formatInstant
