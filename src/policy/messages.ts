import type { Advisory } from './advisory.js'
import { dayOf, formatDay, formatMonth, monthName, nextBaseline, parseDay } from './baseline.js'
import type { ImageMatch } from './images.js'

/** Fills `{{name}}` placeholders (ESLint's message syntax); unknown placeholders are left as written. */
export function formatMessage(template: string, data: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{\{\s*([A-Za-z][\w-]*)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(data, name) ? (data[name] as string) : whole
  )
}

/** What counts as a reboot plan, said the same way by every rule. */
export function planDefinition(noun: string, arc = false): string {
  // Azure Update Manager does not require Customer Managed Schedules settings of an Arc machine (docs/arc.md).
  if (arc) {
    return (
      `A reboot plan is an InGuestPatch maintenance configuration assigned to the ${noun} (an assignment scoped ` +
      `to the machine, or a dynamic scope that selects Microsoft.HybridCompute/machines) that allows reboots ` +
      `(rebootSetting IfRequired or Always) and opens between a baseline's release and the next one's.`
    )
  }
  return (
    `A reboot plan is an InGuestPatch maintenance configuration assigned to the ${noun} that allows reboots ` +
    `(rebootSetting IfRequired or Always) and opens between a baseline's release and the next one's, with ` +
    `patchMode AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule true on the ${noun}.`
  )
}

/**
 * Why a hotpatch machine will reboot, as of `asOf`: the baseline calendar (the next baseline month), and,
 * while an advisory's disruption lasts, its extra reboots for the OS family it takes off hotpatching.
 */
export function rebootCause(advisory: Advisory, match: ImageMatch | undefined, asOf: Date): string {
  // The words depend on the advisory, the image's build family and the date: said once per finding on
  // every hotpatch VM, written once per advisory, build and date.
  const build = match?.image.build
  const key = `${build ?? ''} ${asOf.getTime()}`
  let byKey = CAUSES.get(advisory)
  if (byKey === undefined) CAUSES.set(advisory, (byKey = new Map<string, string>()))
  let cause = byKey.get(key)
  if (cause === undefined) {
    if (byKey.size >= 64) byKey.clear()
    byKey.set(key, (cause = causeOf(advisory, build, asOf)))
  }
  return cause
}

const CAUSES = new WeakMap<Advisory, Map<string, string>>()

function causeOf(advisory: Advisory, build: number | undefined, asOf: Date): string {
  const baseline = nextBaseline(asOf, advisory.baselineMonths)
  const months = [...advisory.baselineMonths].sort((a, b) => a - b).map(monthName)
  const calendar =
    `Hotpatch machines still restart for every baseline update (${months.join(', ')}); the next baseline is ` +
    `${formatMonth(baseline.year, baseline.month)} (Patch Tuesday ${formatDay(baseline.patchTuesday)}).`
  const family = advisory.families.find(f => f.breaksHotpatch && f.build === build)
  const start = parseDay(advisory.disruption.start) ?? Infinity
  const end = parseDay(advisory.disruption.end) ?? -Infinity
  const today = dayOf(asOf)
  if (family === undefined || today < start || today > end) return calendar
  return (
    `${family.os} hotpatch machines that installed ${family.kb} (the ${advisory.cves.join(', ')} out-of-band ` +
    `update) take a reboot-requiring update every month until ${disruptionEnd(end, advisory.baselineMonths)}. ${calendar}`
  )
}

/**
 * `the January 2026 baseline` when the disruption ends in a baseline month (the baseline brings the machines
 * back), else the date itself: a custom advisory ending in February does not end at a "February baseline".
 */
function disruptionEnd(endDay: number, baselineMonths: readonly number[]): string {
  const date = new Date(endDay * 86_400_000)
  const month = date.getUTCMonth() + 1
  if (baselineMonths.includes(month)) return `the ${formatMonth(date.getUTCFullYear(), month)} baseline`
  return formatDay(date)
}

/** How Azure takes a maintenance window, for the fix of one it rejects (after "Write", or "write"). */
export const WINDOW_AS_DOCUMENTED =
  'recurEvery as Azure documents it (Day, 3Days, Week Saturday,Sunday, Month day23,day24, Month Second Tuesday ' +
  'Offset2), dates as yyyy-MM-dd HH:mm, duration as HH:mm from 01:30 to 03:55 and timeZone as a Windows time zone name'

/** How a window opens for every baseline, for the fix of one that misses them (after "Make it", or "make it"). */
export const RECUR_MONTHLY =
  'recur at least every month (Month Second Tuesday Offset4, Week Saturday), starting now, with no ' +
  'expirationDateTime before the next baselines'
