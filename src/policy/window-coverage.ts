import type { MaintenanceConfiguration, MaintenanceWindow } from '../model/resources.js'
import type { SourceLocation, Sourced } from '../model/source.js'
import {
  coverBaselines,
  describeRecurrence,
  formatUtc,
  nextOpening,
  parseWindow,
  type BaselineCoverage,
  type BaselineSpan,
  type WindowField,
  type WindowFields
} from '../schedule/index.js'
import { upcomingBaselines } from './baseline.js'
import { unresolvedInput } from './describe.js'
import type { UnresolvedInput, WindowTiming } from './types.js'

/** A covering window that opens later than this after the release leaves the machine behind on hotpatch months. */
export const LATE_AFTER_DAYS = 30
/** How many baselines ahead of the evaluation date a window must cover (at least one of them). */
export const BASELINES_CHECKED = 2

const FIELDS: readonly WindowField[] = ['startDateTime', 'expirationDateTime', 'duration', 'timeZone', 'recurEvery']
const FIELD = 'maintenanceConfiguration.window'

export type WindowCheck =
  | { readonly kind: 'unresolved'; readonly unresolved: readonly UnresolvedInput[] }
  | { readonly kind: 'malformed'; readonly detail: string; readonly timing: WindowTiming }
  | { readonly kind: 'misses'; readonly detail: string; readonly timing: WindowTiming }
  | { readonly kind: 'covers'; readonly detail: string; readonly timing: WindowTiming }

/**
 * When the window reboots the VM, against the next baselines after `asOf` (the advisory's baseline months):
 * malformed (Azure rejects it), missing every checked baseline (not a reboot plan), or covering at least
 * one, with its next covering opening for the evidence.
 */
export function checkWindowTiming(
  configuration: MaintenanceConfiguration,
  asOf: Date,
  baselineMonths: readonly number[]
): WindowCheck {
  // One configuration is checked once per VM it may reach (dynamic scopes reach many): remember the answer.
  const key = `${asOf.getTime()}|${baselineMonths.join(',')}`
  const known = CHECKED.get(configuration)?.get(key)
  if (known !== undefined) return known
  const result = computeWindowTiming(configuration, asOf, baselineMonths)
  CHECKED.set(configuration, (CHECKED.get(configuration) ?? new Map<string, WindowCheck>()).set(key, result))
  return result
}

const CHECKED = new WeakMap<MaintenanceConfiguration, Map<string, WindowCheck>>()

/** The checked baselines, computed once per evaluation date and calendar. */
const BASELINES = new Map<string, readonly BaselineSpan[]>()
function baselinesFrom(asOf: Date, baselineMonths: readonly number[]): readonly BaselineSpan[] {
  const key = `${asOf.getTime()}|${baselineMonths.join(',')}`
  const known = BASELINES.get(key)
  if (known !== undefined) return known
  if (BASELINES.size > 100) BASELINES.clear()
  const spans = upcomingBaselines(asOf, baselineMonths, BASELINES_CHECKED)
  BASELINES.set(key, spans)
  return spans
}

function computeWindowTiming(
  configuration: MaintenanceConfiguration,
  asOf: Date,
  baselineMonths: readonly number[]
): WindowCheck {
  const { window } = configuration
  const unresolved = FIELDS.filter(f => window[f].origin === 'unresolved').map(f => unresolvedInput(`${FIELD}.${f}`, window[f]))
  if (unresolved.length > 0) return { kind: 'unresolved', unresolved }
  const fields: WindowFields = Object.fromEntries(FIELDS.flatMap(f => (window[f].value === undefined ? [] : [[f, window[f].value]])))
  const parsed = parseWindow(fields)
  const anchor = locationOf(window, configuration)
  if ('problems' in parsed) {
    const [first] = parsed.problems
    const text = parsed.problems.map(p => p.text).join('; ')
    const location = first === undefined ? anchor : fieldLocation(window[first.field], configuration)
    const detail = `its maintenance window is not valid, so Azure rejects it: ${text}`
    return { kind: 'malformed', detail, timing: { description: '', covers: [], misses: [], problem: text, location } }
  }
  const { schedule } = parsed
  const baselines = baselinesFrom(asOf, baselineMonths)
  const coverage = coverBaselines(schedule, baselines)
  const zone = schedule.timeZone
  const recurrence = schedule.recurrence === undefined ? 'once' : describeRecurrence(schedule.recurrence)
  const until = window.expirationDateTime.value === undefined ? '' : ` until ${window.expirationDateTime.value}`
  const description = `${recurrence} at ${schedule.start.toFormat('HH:mm')} ${zone}, from ${schedule.start.toFormat('yyyy-MM-dd HH:mm')}${until}`
  const next = nextOpening(schedule, asOf)
  const covers = coverage.flatMap(c => (c.occurrence === undefined ? [] : [covered(c)]))
  const misses = coverage.filter(c => c.occurrence === undefined).map(c => c.baseline.name)
  const timing: WindowTiming = {
    description,
    covers,
    misses,
    ...(next !== undefined && { next: formatUtc(next.start) }),
    location: anchor
  }
  if (covers.length === 0) {
    const opens = next === undefined ? 'it does not open again' : `it next opens ${formatUtc(next.start)}`
    const detail =
      `its window (${description}) reboots for neither the ${misses.join(' nor the ')} baseline (no opening ` +
      `falls between a baseline's release and the next one's); ${opens}`
    return { kind: 'misses', detail, timing }
  }
  return { kind: 'covers', detail: nextWindowText(timing), timing }
}

/** `next reboot window 2027-01-17 02:00 UTC, 5 days after the January 2027 baseline`. */
export function nextWindowText(timing: WindowTiming): string {
  const [first] = timing.covers
  if (first === undefined) return ''
  return `next reboot window ${first.opens}, ${daysAfterText(first.daysAfter)} the ${first.baseline} baseline`
}

export const daysAfterText = (days: number): string =>
  days === 0 ? 'on the release day of' : `${days} day${days === 1 ? '' : 's'} after`

function covered(coverage: BaselineCoverage): WindowTiming['covers'][number] {
  const opens = coverage.occurrence === undefined ? '' : formatUtc(coverage.occurrence.start)
  return { baseline: coverage.baseline.name, opens, daysAfter: coverage.daysAfter ?? 0 }
}

/** `January 2027 and April 2027`. */
export const listNames = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`

/** Findings about the window's timing sit on recurEvery when it is written, else on startDateTime. */
function locationOf(window: MaintenanceWindow, configuration: MaintenanceConfiguration): SourceLocation {
  return fieldLocation(window.recurEvery.value !== undefined ? window.recurEvery : window.startDateTime, configuration)
}

const fieldLocation = (value: Sourced<unknown>, configuration: MaintenanceConfiguration): SourceLocation =>
  value.origin === 'absent' || value.origin === 'provider-default' ? configuration.reportAt : value.location
