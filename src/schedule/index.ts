/**
 * Maintenance-window time: the `recurEvery` grammar, occurrences in the window's own time zone, and which
 * baselines a window reboots for. Pure: it knows nothing of readers, policy or reports.
 */
export { parseRecurrence, describeRecurrence, MAX_EVERY, type Recurrence, type Weekday } from './recurrence.js'
export {
  parseWindow,
  parseDateTime,
  type MaintenanceSchedule,
  type WindowFields,
  type WindowField,
  type WindowProblem,
  type WrittenDateTime
} from './window.js'
export { atWallClock, formatWallClock, type WallClock } from './wall-clock.js'
export { occurrences, nextOccurrence, MAX_PERIODS, type Occurrence } from './occurrences.js'
export {
  coverBaselines,
  nextOpening,
  firstOccurrences,
  formatUtc,
  type BaselineSpan,
  type BaselineCoverage,
  type Openings
} from './coverage.js'
export { ianaZoneOf, notAWindowsZone } from './zones.js'
