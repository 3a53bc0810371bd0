import { DateTime } from 'luxon'
import type { Recurrence } from './recurrence.js'
import { atWallClock, formatWallClock } from './wall-clock.js'
import type { MaintenanceSchedule } from './window.js'
import { zoneFor } from './zones.js'

/** One opening of a maintenance window. */
export interface Occurrence {
  /** The instant it opens and closes (closes = opens when no duration is written). */
  readonly start: Date
  readonly end: Date
  /** The wall-clock start in the window's zone: `2027-01-17 03:00`. */
  readonly local: string
}

/** Every occurrence iterator stops after this many periods (a daily window over 30 years), whatever `until` says. */
export const MAX_PERIODS = 11_000

/**
 * The window's occurrences in order, from its startDateTime, lazily: those that open before `until` (and
 * before expirationDateTime). Each opens at startDateTime's wall-clock time as written on its day, in the
 * window's zone, so daylight saving moves the UTC instant and not the local time (on the day a change skips
 * that time, it opens at the first minute after the skipped span; the next day, at the written time again).
 * Days that a month lacks (day31 in April) are skipped.
 */
export function* occurrences(schedule: MaintenanceSchedule, until: Date, from?: Date): Generator<Occurrence> {
  const limit = DateTime.fromJSDate(until).setZone(zoneFor(schedule.zone))
  const stop = schedule.expiration !== undefined && schedule.expiration < limit ? schedule.expiration : limit
  const { recurrence } = schedule
  if (recurrence === undefined) {
    if (schedule.start < stop) yield toOccurrence(schedule.start, schedule)
    return
  }
  if (recurrence.kind === 'hourly') {
    yield* hourly(schedule, recurrence.every, stop, from)
    return
  }
  const anchor = anchorOf(recurrence, schedule.start)
  const first = from === undefined ? 0 : firstPeriodNear(recurrence, schedule.start, anchor, DateTime.fromJSDate(from).setZone(zoneFor(schedule.zone)))
  // A period that starts more than 6 days (the largest negative offset) after the stop day cannot open before it.
  const lastStart = calendarDay(stop).plus({ days: 6 })
  for (let period = first; period < first + MAX_PERIODS; period += 1) {
    const start = nthPeriodStart(recurrence, anchor, period)
    for (const day of daysOfPeriod(recurrence, schedule.start, start)) {
      const opens = atStartTime(day, schedule)
      if (opens < schedule.start) continue
      if (opens >= stop) return
      yield toOccurrence(opens, schedule)
    }
    if (nthPeriodStart(recurrence, anchor, period + 1) > lastStart) return
  }
}

/** Recurrences by calendar periods: days, weeks, months. */
type CalendarRecurrence = Exclude<Recurrence, { readonly kind: 'hourly' }>

/** Every `every` hours of elapsed time from startDateTime (a daylight-saving change moves the local time). */
function* hourly(schedule: MaintenanceSchedule, every: number, stop: DateTime, from: Date | undefined): Generator<Occurrence> {
  const step = every * HOUR_MS
  const start = schedule.start.toMillis()
  // Only occurrences from `from` on matter: start from the one at or before it.
  const first = from === undefined || from.getTime() <= start ? 0 : Math.floor((from.getTime() - start) / step)
  const zone = { zone: zoneFor(schedule.zone) }
  for (let period = first; period < first + MAX_PERIODS; period += 1) {
    const opens = DateTime.fromMillis(start + period * step, zone)
    if (opens >= stop) return
    yield toOccurrence(opens, schedule)
  }
}

/** The first occurrence that opens at or after `from`, before `until`. */
export function nextOccurrence(schedule: MaintenanceSchedule, from: Date, until: Date): Occurrence | undefined {
  for (const occurrence of occurrences(schedule, until, from)) if (occurrence.start >= from) return occurrence
  return undefined
}

/**
 * The period to start from when only occurrences from `from` on matter: one before the period `from` falls
 * in (a monthly offset reaches at most 6 days into the next month), so a daily window that began in 1990
 * costs no more than one that began last week.
 */
function firstPeriodNear(recurrence: CalendarRecurrence, start: DateTime, anchor: DateTime, from: DateTime): number {
  if (from <= start) return 0
  const unit = recurrence.kind === 'daily' ? 'days' : recurrence.kind === 'weekly' ? 'weeks' : 'months'
  const elapsed = Math.floor(calendarDay(from).diff(anchor, unit).get(unit))
  return Math.max(0, Math.floor(elapsed / recurrence.every) - 1)
}

/**
 * The calendar days of the period that begins on `first`, in order, as UTC midnights: calendar arithmetic
 * needs no zone rules, and luxon computes zone offsets through Intl, which is slow; only the opening instant
 * is computed in the zone.
 */
function daysOfPeriod(recurrence: CalendarRecurrence, start: DateTime, first: DateTime): DateTime[] {
  switch (recurrence.kind) {
    case 'daily':
      return [first]
    case 'weekly': {
      const weekdays = recurrence.weekdays.length === 0 ? [start.weekday] : recurrence.weekdays
      return weekdays.map(weekday => first.plus({ days: weekday - 1 }))
    }
    case 'monthly-days': {
      const wanted = recurrence.days.length === 0 ? [start.day] : recurrence.days
      const inMonth = first.daysInMonth ?? 31
      const days = wanted.map(day => (day === -1 ? inMonth : day)).filter(day => day <= inMonth)
      return [...new Set(days)].sort((a, b) => a - b).map(day => first.set({ day }))
    }
    case 'monthly-weekday': {
      const firstWeekday = first.plus({ days: (recurrence.weekday - first.weekday + 7) % 7 })
      let day = firstWeekday.plus({ weeks: recurrence.week === 5 ? 4 : recurrence.week - 1 })
      if (recurrence.week === 5 && day.month !== first.month) day = day.minus({ weeks: 1 })
      return [day.plus({ days: recurrence.offset })]
    }
  }
}

/** Midnight (UTC) of the first period's first day: the start's day, its week's Monday, or its month's first day. */
function anchorOf(recurrence: CalendarRecurrence, start: DateTime): DateTime {
  const day = calendarDay(start)
  return recurrence.kind === 'daily' ? day : recurrence.kind === 'weekly' ? day.startOf('week') : day.startOf('month')
}

/**
 * Midnight (UTC) of period `period`'s first day, from the first period's. Days and weeks are fixed lengths in
 * UTC, so they are counted in milliseconds (luxon's `plus` normalizes a duration object each time: a daily
 * window's 11,000 periods cost half a second that way); months are calendar arithmetic.
 */
function nthPeriodStart(recurrence: CalendarRecurrence, anchor: DateTime, period: number): DateTime {
  switch (recurrence.kind) {
    case 'daily':
      return DateTime.fromMillis(anchor.toMillis() + period * recurrence.every * DAY_MS, UTC)
    case 'weekly':
      return DateTime.fromMillis(anchor.toMillis() + period * recurrence.every * WEEK_MS, UTC)
    case 'monthly-days':
    case 'monthly-weekday':
      return anchor.plus({ months: period * recurrence.every })
  }
}

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS
const WEEK_MS = 7 * DAY_MS
const UTC = { zone: 'utc' } as const

/** The wall-clock date of `value` as a UTC midnight. */
const calendarDay = (value: DateTime): DateTime => DateTime.utc(value.year, value.month, value.day)

/** startDateTime's written time of day on `day`: never `schedule.start`'s, which a skipped time moved. */
function atStartTime(day: DateTime, schedule: MaintenanceSchedule): DateTime {
  const { hour, minute } = schedule.startWallClock
  return atWallClock({ year: day.year, month: day.month, day: day.day, hour, minute, second: 0 }, zoneFor(schedule.zone))
}

function toOccurrence(opens: DateTime, schedule: MaintenanceSchedule): Occurrence {
  // The duration is elapsed time: a window open across a daylight-saving change lasts as long as written.
  const start = opens.toMillis()
  const end = new Date(start + (schedule.durationMinutes ?? 0) * 60_000)
  return { start: new Date(start), end, local: formatWallClock(opens) }
}
