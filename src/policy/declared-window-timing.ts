import type { DeclaredOpenings } from '../config/window.js'
import { addDuration, type IsoDuration } from '../config/iso-time.js'
import { QUARTERLY_CALENDAR, type RebootCalendar } from './reboot-calendar.js'
import {
  describeRecurrence,
  formatUtc,
  MAX_PERIODS,
  nextOpening,
  parseDateTime,
  type MaintenanceSchedule,
  type Occurrence,
  type Openings,
  type Recurrence
} from '../schedule/index.js'
import { coverCalendar, judgeCoverage, unfavourability, type DescribedTiming } from './window-coverage.js'

/**
 * When a declared reboot window opens against the reboots the calendar checks after `asOf`, judged by the check a
 * maintenance window's timing goes through (`judgeCoverage` over `coverCalendar`): a declared plan is no better a
 * plan than a maintenance configuration with the same openings. Only the openings differ by notation.
 */
export function declaredWindowTiming(
  openings: DeclaredOpenings,
  asOf: Date,
  calendar: RebootCalendar = QUARTERLY_CALENDAR
): DescribedTiming {
  // A tag is often the same on hundreds of VMs: one answer per window, date and calendar.
  const key = `${asOf.getTime()} ${calendar.key} ${JSON.stringify(openings)}`
  const known = JUDGED.get(key)
  if (known !== undefined) return known
  if (JUDGED.size > 1000) JUDGED.clear()
  const judged = openings.kind === 'recurrence' ? recurrenceTiming(openings, asOf, calendar) : intervalTiming(openings, asOf, calendar)
  JUDGED.set(key, judged)
  return judged
}

const JUDGED = new Map<string, DescribedTiming>()

/** Forgets the answers (the policy's evaluation does once it has settled every VM, as for maintenance windows). */
export function releaseDeclaredWindowTimings(): void {
  JUDGED.clear()
}

type IntervalOpenings = Exclude<DeclaredOpenings, { readonly kind: 'recurrence' }>

function intervalTiming(openings: IntervalOpenings, asOf: Date, calendar: RebootCalendar): DescribedTiming {
  const from = formatUtc(openings.start)
  const description =
    openings.kind === 'once'
      ? `once, at ${from}`
      : `${describePeriod(openings.period)} from ${from}${openings.times === undefined ? '' : `, ${openings.times} time${openings.times === 1 ? '' : 's'}`}`
  const opens = openingsOf(openings)
  return judgeCoverage(description, coverCalendar(opens, asOf, calendar), nextOpening(opens, asOf))
}

/**
 * An ISO 8601 interval's openings: its start, and for a repeating one every period after it (calendar steps from
 * the start, as its end is computed: src/config/iso-time.ts), at most `times` of them.
 */
function openingsOf(openings: IntervalOpenings): Openings {
  if (openings.kind === 'once') return until => (openings.start < until ? [occurrence(openings.start)] : [])
  const { start, period, times } = openings
  return function* (until, from) {
    // Only openings from `from` on matter: start a little before the first of them, not at a start in 1990.
    const first = from === undefined ? 0 : Math.max(0, Math.floor((from.getTime() - start.getTime()) / longest(period)) - 1)
    const last = Math.min(times ?? Infinity, first + MAX_PERIODS)
    for (let k = first; k < last; k += 1) {
      const opens = addDuration(start, period, k)
      if (opens >= until) return
      yield occurrence(opens)
    }
  }
}

/** An upper bound of a period's length (the longest month and year): skipping by it never skips an opening. */
const longest = ({ years, months, days, milliseconds }: IsoDuration): number =>
  (years * 366 + months * 31 + days) * DAY_MS + milliseconds || DAY_MS

const DAY_MS = 86_400_000

/** An opening whose length is not judged (coverage asks when a window opens, not how long it stays open). */
const occurrence = (start: Date): Occurrence => ({ start, end: start, local: formatUtc(start).slice(0, -' UTC'.length) })

/** `every 3 months`, `every year`, `every 1 day 12 hours`. */
function describePeriod({ years, months, days, milliseconds }: IsoDuration): string {
  const minutes = Math.round(milliseconds / 60_000)
  const parts: [number, string][] = [
    [years, 'year'],
    [months, 'month'],
    [days, 'day'],
    [Math.floor(minutes / 60), 'hour'],
    [minutes % 60, 'minute']
  ]
  const written = parts.filter(([count]) => count > 0)
  const [only] = written
  if (written.length === 1 && only !== undefined && only[0] === 1) return `every ${only[1]}`
  return `every ${written.map(([count, unit]) => `${count} ${unit}${count === 1 ? '' : 's'}`).join(' ')}`
}

type RecurrenceOpenings = Extract<DeclaredOpenings, { readonly kind: 'recurrence' }>

/**
 * A maintenance recurrence with a time of day and no start date. Every month (week, day) has one reading; every
 * `n` of them (`3Months`, `12Months day7`) has `n`, one per month it may start in, and the declaration does not say
 * which: the least favourable is judged, so that a yearly window passes in no month of the year.
 */
function recurrenceTiming(openings: RecurrenceOpenings, asOf: Date, calendar: RebootCalendar): DescribedTiming {
  const { recurrence, timeZone } = openings
  const at = `${describeRecurrence(recurrence)} at ${pad(openings.hour)}:${pad(openings.minute)} ${timeZone}`
  // An hourly one opens within hours whatever its reading: one is enough.
  const readings = recurrence.kind === 'hourly' ? 1 : recurrence.every
  let worst = judgeCoverage(at, coverCalendar(NEVER_OPENS, asOf, calendar), undefined)
  for (let phase = 0; phase < readings; phase += 1) {
    const day = phaseStart(recurrence, asOf, phase)
    const schedule = scheduleFrom(openings, day)
    if (schedule === undefined) continue
    const guessed = readings === 1 ? '' : ` (it declares no start date: read from its least favourable one, ${day})`
    const timing = judgeCoverage(`${at}${guessed}`, coverCalendar(schedule, asOf, calendar), nextOpening(schedule, asOf))
    if (phase === 0 || unfavourability(timing.timing) > unfavourability(worst.timing)) worst = timing
  }
  return worst
}

/** Openings of a window that never opens: what a recurrence none of whose readings can be read is judged as. */
const NEVER_OPENS: Openings = () => []

/**
 * The day the `phase`th reading starts (YYYY-MM-DD): the evaluation date's month, week (its Monday) or day, moved by
 * `phase` of them. Openings before the evaluation date do not matter: every checked baseline is released after it.
 */
function phaseStart(recurrence: Recurrence, asOf: Date, phase: number): string {
  const [year, month, day] = [asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate()]
  const weekday = (asOf.getUTCDay() + 6) % 7
  const start =
    recurrence.kind === 'monthly-days' || recurrence.kind === 'monthly-weekday'
      ? Date.UTC(year, month + phase, 1)
      : recurrence.kind === 'weekly'
        ? Date.UTC(year, month, day - weekday + 7 * phase)
        : Date.UTC(year, month, day + phase)
  return new Date(start).toISOString().slice(0, 10)
}

/** The maintenance schedule of the recurrence from `day`, read on its zone's clock as a window's startDateTime is. */
function scheduleFrom(openings: RecurrenceOpenings, day: string): MaintenanceSchedule | undefined {
  const written = parseDateTime(`${day} ${pad(openings.hour)}:${pad(openings.minute)}`, openings.zone)
  if (written === undefined) return undefined
  return {
    start: written.at,
    startWallClock: written.wallClock,
    expiration: undefined,
    durationMinutes: undefined,
    timeZone: openings.timeZone,
    zone: openings.zone,
    recurrence: openings.recurrence
  }
}

const pad = (value: number): string => String(value).padStart(2, '0')
