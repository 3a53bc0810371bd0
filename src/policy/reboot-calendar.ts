import type { BaselineSpan } from '../schedule/index.js'
import type { Advisory } from './advisory.js'
import { baselineRelease, dayOf, DEFAULT_BASELINE_MONTHS, formatMonth, parseDay, patchTuesday, upcomingBaselines } from './baseline.js'
import type { ImageMatch } from './images.js'

/**
 * The reboot-requiring updates a hotpatch machine's window must open for, from the evaluation date on: the
 * baselines of its advisory's calendar (at least one of the next two: src/policy/window-judgement.ts) and, while
 * an advisory's disruption takes the machine's OS family off hotpatching, each monthly update the disruption
 * releases within that horizon. The window checks' answers depend on it, so their caches key them by `key`.
 */
export interface RebootCalendar {
  /** Planned baseline months (1-12). */
  readonly baselineMonths: readonly number[]
  /**
   * The monthly updates a window must open for, each from its release (Patch Tuesday, 10:00 Pacific time) to
   * the next month's: empty outside a disruption, and for the OS families a disruption leaves on hotpatching.
   */
  readonly monthlyUpdates: readonly BaselineSpan[]
  /** What tells two calendars of one evaluation date apart: the baseline months and the monthly updates' names. */
  readonly key: string
}

/**
 * How many baselines ahead of the evaluation date a window must cover (at least one of them: window-judgement.ts);
 * the horizon they span bounds the monthly updates checked (each).
 */
export const BASELINES_CHECKED = 2

/** The checked baselines, computed once per evaluation date and baseline months. */
const BASELINES = new Map<string, readonly BaselineSpan[]>()
export function baselinesFrom(asOf: Date, baselineMonths: readonly number[]): readonly BaselineSpan[] {
  const key = `${asOf.getTime()}|${baselineMonths.join(',')}`
  const known = BASELINES.get(key)
  if (known !== undefined) return known
  if (BASELINES.size > 100) BASELINES.clear()
  const spans = upcomingBaselines(asOf, baselineMonths, BASELINES_CHECKED)
  BASELINES.set(key, spans)
  return spans
}

const NO_UPDATES: readonly BaselineSpan[] = Object.freeze([])

/** One calendar per list of baseline months (the advisory's own array): most VMs share it, no object per VM. */
const BASELINE_ONLY = new WeakMap<readonly number[], RebootCalendar>()

/** The baseline calendar alone: a machine no disruption concerns. */
export function baselineCalendar(baselineMonths: readonly number[]): RebootCalendar {
  let calendar = BASELINE_ONLY.get(baselineMonths)
  if (calendar === undefined) {
    calendar = { baselineMonths, monthlyUpdates: NO_UPDATES, key: baselineMonths.join(',') }
    BASELINE_ONLY.set(baselineMonths, calendar)
  }
  return calendar
}

/** The quarterly calendar, when no advisory names one. */
export const QUARTERLY_CALENDAR: RebootCalendar = baselineCalendar(DEFAULT_BASELINE_MONTHS)

/** An advisory's disruption as UTC days, first and last. */
interface Disruption {
  readonly start: number
  readonly end: number
}

/**
 * The calendar of a machine that runs (or may run) one of `images`, as of `asOf`. A machine whose image is not
 * known exactly may be any of them: when one is of a family a disruption takes off hotpatching, the monthly
 * updates apply, as the least favourable reading (a plan that misses them leaves it indeterminate, not green).
 */
export function rebootCalendar(
  advisories: readonly Advisory[],
  images: readonly ImageMatch[],
  baselineMonths: readonly number[],
  asOf: Date
): RebootCalendar {
  const disrupted = disruptionsOf(advisories)
  // Most machines are of no disrupted family: no string, no list.
  let builds = ''
  for (let i = 0; i < images.length; i++) {
    const build = (images[i] as ImageMatch).image.build
    if (disrupted.has(build) && !` ${builds} `.includes(` ${build} `)) builds += ` ${build}`
  }
  if (builds === '') return baselineCalendar(baselineMonths)
  const key = `${asOf.getTime()} ${baselineMonths.join(',')}${builds}`
  let known = CALENDARS.get(advisories)
  if (known === undefined) CALENDARS.set(advisories, (known = new Map<string, RebootCalendar>()))
  let calendar = known.get(key)
  if (calendar === undefined) {
    if (known.size >= 256) known.clear()
    const disruptions = builds.trim().split(' ').flatMap(build => disrupted.get(Number(build)) ?? [])
    known.set(key, (calendar = calendarDuring(disruptions, baselineMonths, asOf)))
  }
  return calendar
}

const CALENDARS = new WeakMap<readonly Advisory[], Map<string, RebootCalendar>>()

/**
 * The monthly updates of the disruptions within the checked horizon: each month's Patch Tuesday on or after the
 * evaluation date (the rule that picks the next baseline), inside a disruption, released before the horizon ends
 * (the release after the last checked baseline's), and not a baseline month (that update is a baseline, checked as one).
 */
function calendarDuring(disruptions: readonly Disruption[], baselineMonths: readonly number[], asOf: Date): RebootCalendar {
  const horizon = baselinesFrom(asOf, baselineMonths).at(-1)?.nextRelease
  const today = dayOf(asOf)
  const updates: BaselineSpan[] = []
  let year = asOf.getUTCFullYear()
  let month = asOf.getUTCMonth() + 1
  let release = baselineRelease(year, month)
  while (horizon !== undefined && release < horizon) {
    const following = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 }
    const nextRelease = baselineRelease(following.year, following.month)
    const day = dayOf(patchTuesday(year, month))
    if (day >= today && !baselineMonths.includes(month) && disruptions.some(d => d.start <= day && day <= d.end)) {
      updates.push({ name: formatMonth(year, month), release, nextRelease })
    }
    ;({ year, month } = following)
    release = nextRelease
  }
  if (updates.length === 0) return baselineCalendar(baselineMonths)
  return { baselineMonths, monthlyUpdates: updates, key: `${baselineMonths.join(',')} monthly ${updates.map(u => u.name).join(',')}` }
}

/** By build family, the disruptions of the advisories that take it off hotpatching (dates that parse). */
function disruptionsOf(advisories: readonly Advisory[]): ReadonlyMap<number, readonly Disruption[]> {
  let known = DISRUPTIONS.get(advisories)
  if (known !== undefined) return known
  const byBuild = new Map<number, Disruption[]>()
  for (const advisory of advisories) {
    const start = parseDay(advisory.disruption.start)
    const end = parseDay(advisory.disruption.end)
    if (start === undefined || end === undefined) continue
    for (const family of advisory.families) {
      if (!family.breaksHotpatch) continue
      const list = byBuild.get(family.build) ?? []
      list.push({ start, end })
      byBuild.set(family.build, list)
    }
  }
  DISRUPTIONS.set(advisories, (known = byBuild))
  return known
}

const DISRUPTIONS = new WeakMap<readonly Advisory[], ReadonlyMap<number, readonly Disruption[]>>()
