import type { MaintenanceConfiguration, MaintenanceWindow } from '../model/resources.js'
import { isDeploymentTimeReason } from '../model/deployment-time.js'
import type { SourceLocation, Sourced } from '../model/source.js'
import {
  coverBaselines,
  describeRecurrence,
  formatWallClock,
  nextOpening,
  parseWindow,
  type MaintenanceSchedule,
  type Openings,
  type WindowField,
  type WindowFields
} from '../schedule/index.js'
import { unresolvedInput } from './describe.js'
import { baselinesFrom, type RebootCalendar } from './reboot-calendar.js'
import type { UnresolvedInput, WindowTiming } from './types.js'
import { judgeCoverage, unfavourability, type CalendarCoverage, type DescribedTiming } from './window-judgement.js'

// The judgement and its words live in window-judgement.ts; the rules and the report import them from here.
export {
  daysAfterText,
  judgeCoverage,
  listNames,
  monthlyUpdatesText,
  nextWindowText,
  unfavourability,
  type CalendarCoverage,
  type DescribedTiming
} from './window-judgement.js'

/** A covering window that opens later than this after a release leaves the machine behind: on hotpatch months, or a month without its fixes. */
export const LATE_AFTER_DAYS = 30

const FIELDS: readonly WindowField[] = ['startDateTime', 'expirationDateTime', 'duration', 'timeZone', 'recurEvery']
const FIELD = 'maintenanceConfiguration.window'

export type WindowCheck =
  | { readonly kind: 'unresolved'; readonly unresolved: readonly UnresolvedInput[] }
  | { readonly kind: 'malformed'; readonly detail: string; readonly timing: WindowTiming }
  | { readonly kind: 'misses'; readonly detail: string; readonly timing: WindowTiming }
  | { readonly kind: 'covers'; readonly detail: string; readonly timing: WindowTiming }

/**
 * When the window reboots the VM, against the reboots the calendar checks after `asOf` (the advisory's baselines
 * and, during a disruption of the VM's OS family, its monthly updates): malformed (Azure rejects it), missing every
 * checked baseline or a monthly update (not a reboot plan), or covering them, with its next covering opening for
 * the evidence.
 */
export function checkWindowTiming(configuration: MaintenanceConfiguration, asOf: Date, calendar: RebootCalendar): WindowCheck {
  // One configuration is checked once per VM it may reach (dynamic scopes reach many): remember the answer. The
  // calendar's key is in the table's: a 2025 VM during a disruption and a 2022 VM share a configuration, not its answer.
  const checked = checkedOn(`${asOf.getTime()}|${calendar.key}`)
  const known = checked.get(configuration)
  if (known !== undefined) return known
  const result = computeWindowTiming(configuration, asOf, calendar)
  checked.set(configuration, result)
  return result
}

/**
 * The answers by date and calendar, then by configuration: a run has one or two such keys, so the
 * configurations share a table per key. A Map per configuration (one key each) cost ~400 bytes apiece
 * and lived as long as the model, through the report (ARM 10,000 files: 3,050 of them, 1.2 MB).
 */
const CHECKED = new Map<string, WeakMap<MaintenanceConfiguration, WindowCheck>>()

/**
 * Forgets the answers (the policy's evaluation does once it has settled every VM): kept, they would live as
 * long as the model, through the report (ARM 40,000 files: 12,288 answers with their timings, ~2 MB).
 */
export function releaseWindowChecks(): void {
  CHECKED.clear()
}

function checkedOn(key: string): WeakMap<MaintenanceConfiguration, WindowCheck> {
  let checked = CHECKED.get(key)
  if (checked === undefined) {
    if (CHECKED.size > 100) CHECKED.clear()
    CHECKED.set(key, (checked = new WeakMap<MaintenanceConfiguration, WindowCheck>()))
  }
  return checked
}

/**
 * A start written as the deployment time (`utcNow()`, Terraform `timestamp()`, or formatted as a full date and
 * time): the gate runs on the change that deploys it, so the window starts on the evaluation date, at a time of
 * day we do not know. Both ends of that day are tried; when they agree, that is the answer (the less favourable
 * one is reported), otherwise the start stays unresolved. The readers give the deployment-time reasons
 * (src/model/deployment-time.ts) to that value only: anything computed from it (`timeadd(timestamp(), "8760h")`,
 * a year taken from it plus 3, a date formatted with a literal year) has another reason and stays unresolved.
 */
function computeWindowTiming(configuration: MaintenanceConfiguration, asOf: Date, calendar: RebootCalendar): WindowCheck {
  const { window } = configuration
  // Field by field, in FIELDS order: one per maintenance configuration, so no lists of entries.
  const unresolved: UnresolvedInput[] = []
  const fields: { -readonly [F in WindowField]?: string } = {}
  // Indexed: the policy runs without the optimizing compiler, where a for-of makes an iterator and a result per step.
  for (let i = 0; i < FIELDS.length; i++) {
    const f = FIELDS[i] as WindowField
    const value = window[f]
    if (value.origin === 'unresolved') unresolved.push(unresolvedInput(`${FIELD}.${f}`, value))
    if (value.value !== undefined) fields[f] = value.value
  }
  const deployed = unresolved.length === 1 && unresolved[0]?.field === `${FIELD}.startDateTime` && isDeploymentTimeReason(unresolved[0].reason)
  if (!deployed) return unresolved.length > 0 ? { kind: 'unresolved', unresolved } : timingOf(fields, configuration, asOf, calendar)
  const day = asOf.toISOString().slice(0, 10)
  const at = (time: string): WindowCheck =>
    timingOf({ ...fields, startDateTime: `${day} ${time}` }, configuration, asOf, calendar, window.startDateTime.reason)
  const [early, late] = [at('00:00'), at('23:59')]
  if (early.kind !== late.kind) return { kind: 'unresolved', unresolved }
  return worse(early, late)
}

/** Of two answers of one kind, the one that covers fewer of the checked reboots, or later. */
function worse(a: WindowCheck, b: WindowCheck): WindowCheck {
  if (!('timing' in a) || !('timing' in b)) return a
  return unfavourability(b.timing) > unfavourability(a.timing) ? b : a
}

function timingOf(
  fields: WindowFields,
  configuration: MaintenanceConfiguration,
  asOf: Date,
  calendar: RebootCalendar,
  deployedBecause?: string
): WindowCheck {
  const { window } = configuration
  const facts = scheduleFacts(fields, asOf, calendar)
  const { parsed } = facts
  const anchor = locationOf(window, configuration)
  if ('problems' in parsed) {
    const [first] = parsed.problems
    const text = parsed.problems.map(p => p.text).join('; ')
    const location = first === undefined ? anchor : fieldLocation(window[first.field], configuration)
    const detail = `its maintenance window is not valid, so Azure rejects it: ${text}`
    return { kind: 'malformed', detail, timing: { description: '', covers: [], misses: [], problem: text, location } }
  }
  const known = facts.timings.get(deployedBecause)
  const timed = known ?? describeTiming(parsed.schedule, facts, window.expirationDateTime.value, deployedBecause)
  if (known === undefined) facts.timings.set(deployedBecause, timed)
  // The words depend on the window's values only; where the window is written, on the configuration.
  return { kind: timed.kind, detail: timed.detail, timing: locatedTiming(timed.timing, anchor) }
}

/**
 * `{ ...timing, location }`, built field by field in the same key order: V8 gave each spread copy its own
 * hidden class (one per maintenance configuration, and every later read of them megamorphic).
 */
function locatedTiming(timing: Omit<WindowTiming, 'location'>, location: SourceLocation): WindowTiming {
  const { description, covers, misses, monthly, next } = timing
  if (monthly === undefined) return next === undefined ? { description, covers, misses, location } : { description, covers, misses, next, location }
  return next === undefined ? { description, covers, misses, monthly, location } : { description, covers, misses, monthly, next, location }
}

function describeTiming(
  schedule: MaintenanceSchedule,
  { coverage, next }: ScheduleFacts,
  expiration: string | undefined,
  deployedBecause: string | undefined
): DescribedTiming {
  const zone = schedule.timeZone
  const recurrence = schedule.recurrence === undefined ? 'once' : describeRecurrence(schedule.recurrence)
  const until = expiration === undefined ? '' : ` until ${expiration}`
  // The start as written (`2026-10-04 02:15`), even on a day a daylight-saving change skips that time: only
  // that day's opening moves, every later one opens at it.
  const written = formatWallClock(schedule.startWallClock)
  const timeOfDay = written.slice('yyyy-MM-dd '.length)
  const from =
    deployedBecause === undefined
      ? `at ${timeOfDay} ${zone}, from ${written}`
      : `in ${zone} from its deployment (startDateTime: ${deployedBecause}; read as the evaluation date, at its least favourable time of day)`
  const deployedNote = deployedBecause === undefined ? '' : ` (its start is the deployment time, read as the evaluation date)`
  return judgeCoverage(`${recurrence} ${from}${until}`, coverage, next, deployedNote)
}

interface ScheduleFacts {
  readonly parsed: ReturnType<typeof parseWindow>
  readonly coverage: CalendarCoverage
  readonly next: ReturnType<typeof nextOpening>
  /** The words for the schedule, by the deployment-time reason of its start (undefined: written). */
  readonly timings: Map<string | undefined, DescribedTiming>
}

/**
 * The window's occurrences against the checked reboots, by the window's values: many configurations share one
 * schedule (one per team or per template, the same window), and computing occurrences with zone-aware
 * arithmetic is the policy's most expensive step. Nothing here depends on where the window is written.
 */
const FACTS = new Map<string, ScheduleFacts>()
function scheduleFacts(fields: WindowFields, asOf: Date, calendar: RebootCalendar): ScheduleFacts {
  let key = `${asOf.getTime()} ${calendar.key}`
  // Each value with its length (`null` for none): no two sets of values share a key.
  for (let i = 0; i < FIELDS.length; i++) {
    const value = fields[FIELDS[i] as WindowField]
    key += value === undefined ? ' null' : ` ${value.length}:${value}`
  }
  const known = FACTS.get(key)
  if (known !== undefined) return known
  if (FACTS.size > 10_000) FACTS.clear()
  const parsed = parseWindow(fields)
  const facts: ScheduleFacts =
    'problems' in parsed
      ? { parsed, coverage: NOT_COVERED, next: undefined, timings: new Map() }
      : { parsed, coverage: coverCalendar(parsed.schedule, asOf, calendar), next: nextOpening(parsed.schedule, asOf), timings: new Map() }
  FACTS.set(key, facts)
  return facts
}

const NOT_COVERED: CalendarCoverage = { baselines: [], monthly: [] }

/**
 * A window's openings against every reboot the calendar checks, in one pass over them: the baselines after `asOf`,
 * then the calendar's monthly updates (none outside a disruption). Declared windows are judged by it too.
 */
export function coverCalendar(window: MaintenanceSchedule | Openings, asOf: Date, calendar: RebootCalendar): CalendarCoverage {
  const baselines = baselinesFrom(asOf, calendar.baselineMonths)
  if (calendar.monthlyUpdates.length === 0) return { baselines: coverBaselines(window, baselines), monthly: [] }
  const coverage = coverBaselines(window, [...baselines, ...calendar.monthlyUpdates])
  return { baselines: coverage.slice(0, baselines.length), monthly: coverage.slice(baselines.length) }
}

/** Findings about the window's timing sit on recurEvery when it is written, else on startDateTime. */
function locationOf(window: MaintenanceWindow, configuration: MaintenanceConfiguration): SourceLocation {
  return fieldLocation(window.recurEvery.value !== undefined ? window.recurEvery : window.startDateTime, configuration)
}

const fieldLocation = (value: Sourced<unknown>, configuration: MaintenanceConfiguration): SourceLocation =>
  value.origin === 'absent' || value.origin === 'provider-default' ? configuration.reportAt : value.location
