/**
 * The pieces of ISO 8601 the declared windows use: calendar dates and date-times (UTC unless an offset
 * is written), and durations (`PT3H`, `P1M`, `P1DT2H`). Parsed with anchored, linear patterns.
 */

import { formatDay } from '../evaluation-day.js'

/** A duration by calendar field: months and years are added as calendar steps, not fixed lengths. */
export interface IsoDuration {
  readonly years: number
  readonly months: number
  readonly days: number
  readonly milliseconds: number
}

const DURATION =
  /^P(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,4})D)?(?:T(?:(\d{1,4})H)?(?:(\d{1,4})M)?(?:(\d{1,6})S)?)?$/
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/

/** `PT3H` → a duration; undefined when it is not one, or is zero (`PT0S`, and the empty `PT`). */
export function parseDuration(text: string): IsoDuration | undefined {
  const match = DURATION.exec(text)
  if (match === null || text.endsWith('T')) return undefined
  const field = (index: number): number => Number(match[index] ?? 0)
  const duration = {
    years: field(1),
    months: field(2),
    days: field(3) * 7 + field(4),
    milliseconds: ((field(5) * 60 + field(6)) * 60 + field(7)) * 1000
  }
  const zero = duration.years === 0 && duration.months === 0 && duration.days === 0 && duration.milliseconds === 0
  return zero ? undefined : duration
}

/** `2026-01-18`, `2026-01-18T02:00Z`, `2026-01-18T02:00:00+01:00` → the instant; undefined for anything else. */
export function parseDateTime(text: string): Date | undefined {
  const match = DATE_TIME.exec(text)
  if (match === null) return undefined
  const field = (index: number): number => Number(match[index] ?? 0)
  const [year, month, day, hour, minute, second] = [field(1), field(2), field(3), field(4), field(5), field(6)]
  const utc = Date.UTC(year, month - 1, day, hour, minute, second)
  const date = new Date(utc)
  // Date.UTC rolls 2026-02-30 over to March and 25:00 to the next day: a real value survives the round trip.
  const fields = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()]
  if (fields.join() !== [year, month, day, hour, minute].join() || second > 59) return undefined
  const zone = match[7]
  if (zone === undefined || zone === 'Z') return date
  const sign = zone.startsWith('-') ? -1 : 1
  const [zoneHours, zoneMinutes] = zone.slice(1).split(':').map(Number) as [number, number]
  if (zoneHours > 14 || zoneMinutes > 59) return undefined
  return new Date(utc - sign * (zoneHours * 60 + zoneMinutes) * 60_000)
}

/** `instant` moved by `duration` (`times` times): calendar fields first, then the exact part. */
export function addDuration(instant: Date, duration: IsoDuration, times = 1): Date {
  const date = new Date(instant.getTime())
  date.setUTCFullYear(date.getUTCFullYear() + duration.years * times, date.getUTCMonth() + duration.months * times)
  date.setUTCDate(date.getUTCDate() + duration.days * times)
  return new Date(date.getTime() + duration.milliseconds * times)
}

/** `2026-01-18` for a date, `2026-01-18T05:00Z` when the time of day matters. */
export function formatInstant(instant: Date): string {
  const iso = instant.toISOString()
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`
}

const DAY = 86_400_000

/** Days since the epoch of a real calendar date written YYYY-MM-DD. */
export function calendarDay(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (match === null) return undefined
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  return formatDay(new Date(time)) === text ? time / DAY : undefined
}
