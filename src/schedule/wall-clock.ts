import { DateTime, type Zone } from 'luxon'

/** What a clock on the wall reads, in a zone that is not part of it: a window's `2026-10-04 02:15`. */
export interface WallClock {
  readonly year: number
  readonly month: number
  readonly day: number
  readonly hour: number
  readonly minute: number
  readonly second: number
}

const MINUTE_MS = 60_000
/** Further than any zone's offset from UTC, and nearer than two changes of one zone's offset ever are. */
const DAY_MS = 86_400_000

/**
 * The instant a wall clock in `zone` reads `time`, the same whatever day the gate runs (luxon's `fromObject`
 * picks the hour a change repeats from the zone's offset on the day it runs, so a run in summer read it as
 * summer time):
 * - a time a daylight-saving change skips (02:15 on the night clocks go from 02:00 to 03:00) is the first
 *   minute after the skipped span (03:00, the instant of the change);
 * - a time a change repeats (02:30 on the night clocks go back from 03:00 to 02:00) is its later reading,
 *   standard time, as .NET reads it.
 * docs/rules/reboot-window-misses-baseline.md says both.
 */
export function atWallClock(time: WallClock, zone: Zone): DateTime {
  const local = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second)
  // The offsets in force a day either side: if the time is read with neither, the change skipped it.
  const before = zone.offset(local - DAY_MS)
  const after = zone.offset(local + DAY_MS)
  const withBefore = local - before * MINUTE_MS
  const withAfter = local - after * MINUTE_MS
  const fitsBefore = zone.offset(withBefore) === before
  const fitsAfter = before === after ? fitsBefore : zone.offset(withAfter) === after
  let instant: number
  if (fitsBefore && fitsAfter) instant = Math.max(withBefore, withAfter)
  else if (fitsBefore) instant = withBefore
  else if (fitsAfter) instant = withAfter
  else instant = changeInstant(withAfter, withBefore, after, zone)
  return DateTime.fromMillis(instant, { zone })
}

/**
 * The minute the offset becomes `after`, between two instants: the first has the earlier offset, the second
 * `after` (a time the change skips, read with the offset after it and with the one before it). Halving whole
 * minutes: a zone's offset changes on a whole minute.
 */
function changeInstant(earlier: number, later: number, after: number, zone: Zone): number {
  let skipped = Math.floor(earlier / MINUTE_MS)
  let changed = Math.ceil(later / MINUTE_MS)
  while (changed - skipped > 1) {
    const middle = Math.floor((skipped + changed) / 2)
    if (zone.offset(middle * MINUTE_MS) === after) changed = middle
    else skipped = middle
  }
  return changed * MINUTE_MS
}

/** `yyyy-MM-dd HH:mm`, as luxon's `toFormat` writes it (which parses its format on every call). */
export function formatWallClock(time: Omit<WallClock, 'second'>): string {
  const two = (n: number): string => (n < 10 ? `0${n}` : String(n))
  return `${String(time.year).padStart(4, '0')}-${two(time.month)}-${two(time.day)} ${two(time.hour)}:${two(time.minute)}`
}
