import { DateTime } from 'luxon'
import { parseRecurrence, type Recurrence } from './recurrence.js'
import { atWallClock, type WallClock } from './wall-clock.js'
import { ianaZoneOf, notAWindowsZone, zoneFor } from './zones.js'

/** A maintenance window's fields as written (undefined when not written). */
export interface WindowFields {
  readonly startDateTime?: string
  readonly expirationDateTime?: string
  readonly duration?: string
  readonly timeZone?: string
  readonly recurEvery?: string
}

export type WindowField = keyof WindowFields

/** What Azure would reject, and in which field (so the finding can point at its line). */
export interface WindowProblem {
  readonly field: WindowField
  readonly text: string
}

/** A window ready to compute occurrences from: local wall-clock times in its zone. */
export interface MaintenanceSchedule {
  /**
   * The instant startDateTime names, in the window's zone (a time a daylight-saving change skips: the first
   * minute after the skipped span).
   */
  readonly start: DateTime
  /**
   * startDateTime as the window's clock reads it: every occurrence opens at this time of day. Kept apart from
   * `start`, which a skipped time moves, so the skip moves the one day it falls on and not every later one.
   */
  readonly startWallClock: WallClock
  /** expirationDateTime in the window's zone; undefined for none (9999-12-31 23:59:59 by default). */
  readonly expiration: DateTime | undefined
  /** Minutes; undefined when not written (a scope-based default applies). */
  readonly durationMinutes: number | undefined
  /** The Windows name as written (`UTC` when not written) and the IANA zone it maps to. */
  readonly timeZone: string
  readonly zone: string
  /** Undefined when recurEvery is not written: the window then opens once, at startDateTime. */
  readonly recurrence: Recurrence | undefined
}

export type WindowParse = { readonly schedule: MaintenanceSchedule } | { readonly problems: readonly WindowProblem[] }

/**
 * `yyyy-MM-dd HH:mm` (the documented form), with optional seconds, a `T` separator, or a date alone (for
 * an expiry). A trailing `Z` or offset is honoured; otherwise the time is wall-clock time in the window's zone.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i
const DURATION = /^(\d{1,2}):(\d{2})$/
/**
 * A Guest (InGuestPatch) window lasts 1 hour 30 minutes to 3 hours 55 minutes: "The upper maintenance window is
 * 3 hours 55 mins. A minimum of 1 hour and 30 minutes is required for the maintenance window" (Maintenance
 * Configurations for Azure virtual machines, Guest scope). Only InGuestPatch windows are parsed here.
 */
const MIN_DURATION = 90
const MAX_DURATION = 235
const MAX_FIELD = 100

/** Parses a window's fields; every problem is reported, each with its field. */
export function parseWindow(fields: WindowFields): WindowParse {
  const problems: WindowProblem[] = []
  const timeZone = fields.timeZone?.trim() || 'UTC'
  const zone = ianaZoneOf(timeZone)
  if (zone === undefined) problems.push({ field: 'timeZone', text: notAWindowsZone(clip(timeZone)) })
  const inZone = zone ?? 'UTC'
  const start = fields.startDateTime === undefined ? undefined : parseDateTime(fields.startDateTime, inZone)
  if (fields.startDateTime === undefined) problems.push({ field: 'startDateTime', text: 'startDateTime is not set; Azure requires it (yyyy-MM-dd HH:mm)' })
  else if (start === undefined) problems.push({ field: 'startDateTime', text: notADateTime('startDateTime', fields.startDateTime) })
  const expiration = fields.expirationDateTime === undefined ? undefined : parseDateTime(fields.expirationDateTime, inZone)
  if (fields.expirationDateTime !== undefined && expiration === undefined) {
    problems.push({ field: 'expirationDateTime', text: notADateTime('expirationDateTime', fields.expirationDateTime) })
  }
  if (start !== undefined && expiration !== undefined && expiration.at <= start.at) {
    problems.push({ field: 'expirationDateTime', text: `expirationDateTime ${fields.expirationDateTime ?? ''} is not after startDateTime ${fields.startDateTime ?? ''}` })
  }
  const durationMinutes = fields.duration === undefined ? undefined : parseDuration(fields.duration)
  if (fields.duration !== undefined && durationMinutes === undefined) {
    problems.push({ field: 'duration', text: `duration '${clip(fields.duration)}' is not HH:mm (e.g. 03:55)` })
  } else if (durationMinutes !== undefined && (durationMinutes < MIN_DURATION || durationMinutes > MAX_DURATION)) {
    problems.push({ field: 'duration', text: `duration '${clip(fields.duration ?? '')}' is outside the 01:30 to 03:55 Azure allows a Guest (InGuestPatch) window` })
  }
  const parsed = fields.recurEvery === undefined ? undefined : parseRecurrence(fields.recurEvery)
  if (parsed !== undefined && 'problem' in parsed) problems.push({ field: 'recurEvery', text: parsed.problem })
  if (problems.length > 0 || start === undefined) return { problems }
  const recurrence = parsed !== undefined && 'recurrence' in parsed ? parsed.recurrence : undefined
  const schedule = { start: start.at, startWallClock: start.wallClock, expiration: expiration?.at, durationMinutes, timeZone, zone: inZone, recurrence }
  return { schedule }
}

/** A date-time a window writes: the instant it names, and what the window's clock reads then. */
export interface WrittenDateTime {
  readonly at: DateTime
  readonly wallClock: WallClock
}

/**
 * A date-time as the window writes it: wall-clock time in `zone` (as written, even on a day a daylight-saving
 * change skips it), unless it carries its own offset.
 */
export function parseDateTime(text: string, zone: string): WrittenDateTime | undefined {
  const match = DATE_TIME.exec(text.trim())
  if (match === null) return undefined
  const [, y, mo, d, h = '0', mi = '0', s = '0', offset] = match
  const written = { year: Number(y), month: Number(mo), day: Number(d), hour: Number(h), minute: Number(mi), second: Number(s) }
  if (!isCalendarTime(written)) return undefined
  const rules = zoneFor(zone)
  if (offset === undefined) return { at: atWallClock(written, rules), wallClock: written }
  const own = offset.toUpperCase() === 'Z' ? 'UTC' : `UTC${offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset}`
  const instant = DateTime.fromObject(written, { zone: own })
  if (!instant.isValid) return undefined
  // A date and time with its own offset is still read on the window's clock.
  const at = instant.setZone(rules)
  return { at, wallClock: { year: at.year, month: at.month, day: at.day, hour: at.hour, minute: at.minute, second: at.second } }
}

/** A real date (no 30 February) and time of day (no 24:00): each field survives a round trip through the calendar. */
function isCalendarTime(time: WallClock): boolean {
  const date = new Date(Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second))
  return (
    date.getUTCFullYear() === time.year &&
    date.getUTCMonth() === time.month - 1 &&
    date.getUTCDate() === time.day &&
    date.getUTCHours() === time.hour &&
    date.getUTCMinutes() === time.minute &&
    date.getUTCSeconds() === time.second
  )
}

function parseDuration(text: string): number | undefined {
  const match = DURATION.exec(text.trim())
  if (match === null) return undefined
  const [hours, minutes] = [Number(match[1]), Number(match[2])]
  if (minutes > 59 || hours * 60 + minutes === 0) return undefined
  return hours * 60 + minutes
}

const clip = (text: string): string => (text.length > MAX_FIELD ? `${text.slice(0, MAX_FIELD)}…` : text)

const notADateTime = (field: string, text: string): string =>
  `${field} '${clip(text)}' is not a date and time in yyyy-MM-dd HH:mm form (e.g. 2026-01-18 02:00)`
