import { ianaZoneOf, notAWindowsZone, parseRecurrence, type Recurrence } from '../schedule/index.js'
import { addDuration, formatInstant, parseDateTime, parseDuration, type IsoDuration } from './iso-time.js'

/**
 * A reboot window declared outside the manifests (a resource tag, or the configuration's
 * `reboot-plans:`), in one of two notations:
 * - an ISO 8601 interval: `2026-01-18T02:00Z/PT3H`, `start/end`, `duration/end`, or a repeating one
 *   `R/2026-01-18T02:00Z/P1M` (`R12/...` for twelve repetitions);
 * - a maintenance configuration recurrence (the `recurEvery` syntax of Azure Update Manager) with a
 *   start time and a duration: `Month Third Sunday 02:00/PT3H`, `Week Saturday,Sunday 22:00/PT4H`,
 *   `Month day15 03:00/PT2H UTC`. Times are UTC unless a time zone name follows: a Windows name, read as a
 *   maintenance window's `timeZone` is (a name that is not one leaves the window's time unknown).
 */
export interface DeclaredWindow {
  readonly notation: 'interval' | 'repeating-interval' | 'recurrence'
  /** True when it repeats without an end. */
  readonly recurring: boolean
  /** When it ends (the last repetition's end for a bounded `Rn/`); undefined when it recurs for ever. */
  readonly end: Date | undefined
  /** When it opens: what the policy judges against the baselines, as it judges a maintenance window. */
  readonly openings: DeclaredOpenings
}

/**
 * When a declared window opens. An ISO 8601 interval opens at its start (an interval written `duration/end`, at its
 * end less the duration), a repeating one at its start and every period after it; their times are UTC unless an
 * offset is written. A recurrence opens at its time of day on the clock of its zone, as a maintenance window does.
 */
export type DeclaredOpenings =
  | { readonly kind: 'once'; readonly start: Date }
  /** `times` openings in all (`Rn/`); undefined for ever (`R/`). */
  | { readonly kind: 'repeating'; readonly start: Date; readonly period: IsoDuration; readonly times: number | undefined }
  /** `timeZone` as written (`UTC` when none is), `zone` the IANA zone it maps to. */
  | {
      readonly kind: 'recurrence'
      readonly recurrence: Recurrence
      readonly hour: number
      readonly minute: number
      readonly timeZone: string
      readonly zone: string
    }

export type WindowParse = { readonly window: DeclaredWindow } | { readonly problem: string }

/** Longer than any window anyone writes; also bounds the work on a hostile tag value. */
const MAX_LENGTH = 200
const MAX_REPETITIONS = 10_000
const EXAMPLES = 'an ISO 8601 interval (2026-01-18T02:00Z/PT3H) or a recurrence (Month Third Sunday 02:00/PT3H)'

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
  const parsed = parseRecurrenceOf(pattern)
  const timeZone = zone ?? 'UTC'
  const iana = ianaZoneOf(timeZone)
  const problem =
    ('problem' in parsed ? parsed.problem : undefined) ??
    (Number(hours) > 23 || Number(minutes) > 59 ? `${hours}:${minutes} is not a time of day (00:00 to 23:59)` : undefined) ??
    (parseDuration(duration) === undefined ? `${duration} is not an ISO 8601 duration such as PT3H` : undefined) ??
    (iana === undefined ? notAWindowsZone(timeZone) : undefined)
  if (problem !== undefined || !('recurrence' in parsed) || iana === undefined) return { problem: problem ?? `expected ${EXAMPLES}` }
  const openings = { kind: 'recurrence' as const, recurrence: parsed.recurrence, hour: Number(hours), minute: Number(minutes), timeZone, zone: iana }
  return { window: { notation: 'recurrence', recurring: true, end: undefined, openings } }
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
    if (count === '') {
      const openings = { kind: 'repeating' as const, start, period, times: undefined }
      return { window: { notation: 'repeating-interval', recurring: true, end: undefined, openings } }
    }
    const times = Number(count)
    if (times < 1 || times > MAX_REPETITIONS) return { problem: `R${count} must repeat 1 to ${MAX_REPETITIONS} times` }
    const openings = { kind: 'repeating' as const, start, period, times }
    return { window: { notation: 'repeating-interval', recurring: false, end: addDuration(start, period, times), openings } }
  }
  if (parts.length !== 2) return { problem: `an interval has one '/' between its start and its end or duration; got ${text}` }
  const [first, second] = parts as [string, string]
  const start = parseDateTime(first)
  const end = parseDateTime(second)
  const firstDuration = start === undefined ? parseDuration(first) : undefined
  const secondDuration = end === undefined ? parseDuration(second) : undefined
  if (start !== undefined && end !== undefined) {
    if (end <= start) return { problem: `it ends (${second}) before it starts (${first})` }
    return { window: once(start, end) }
  }
  if (start !== undefined && secondDuration !== undefined) return { window: once(start, addDuration(start, secondDuration)) }
  if (firstDuration !== undefined && end !== undefined) return { window: once(addDuration(end, firstDuration, -1), end) }
  const bad = start === undefined && firstDuration === undefined ? first : second
  return { problem: `${bad} is not an ISO 8601 date-time (2026-01-18T02:00Z) or duration (PT3H)` }
}

const once = (start: Date, end: Date): DeclaredWindow => ({ notation: 'interval', recurring: false, end, openings: { kind: 'once', start } })

/** `Month Second Sunday`, `Week Saturday,Sunday`, `2Days`, `Month day1,day-1`: the maintenance grammar, one parser. */
function parseRecurrenceOf(pattern: string): { readonly recurrence: Recurrence } | { readonly problem: string } {
  const parsed = parseRecurrence(pattern)
  if ('problem' in parsed) return parsed
  // Azure takes a bare `Month` from startDateTime's day; a declared window has no start date to take it from.
  if (parsed.recurrence.kind === 'monthly-days' && parsed.recurrence.days.length === 0) {
    return { problem: 'a monthly recurrence names its day: Month Second Sunday, Month day15 or Month Last Friday' }
  }
  return parsed
}

/** `2026-01-18` or `2026-01-18T05:00Z`: how a window's end is named in messages. */
export const describeEnd = formatInstant
