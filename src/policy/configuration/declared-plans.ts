import { formatDay } from '../../evaluation-day.js'
import type { PlanSource } from '../assess.js'
import type { PlanCollection } from '../plans.js'
import { declaredWindowTiming } from '../declared-window-timing.js'
import type { RebootCalendar } from '../reboot-calendar.js'
import type { DeclaredPlan, DeclaredTiming } from '../types.js'
import type { VirtualMachine } from '../../model/resources.js'
import { isKnown, type SourceLocation } from '../../model/source.js'
import { matchesResource } from './resource-match.js'
import { DEFAULT_TAGS, type ConfiguredPlan, type PolicyConfiguration, type RebootWindowTags } from '../../config/types.js'
import { describeEnd, parseDeclaredWindow, type DeclaredWindow } from '../../config/window.js'

/**
 * Reboot plans declared outside the manifests, as a plan source beside the model's maintenance
 * assignments: the window tag on the VM (default `hotpatch-reboot-window`, with its owner tag), and the
 * configuration's `reboot-plans:` entries that name it. Each is checked where it is written: well formed,
 * owned, and recurring or not over at the evaluation date; then its window's timing, as a maintenance window's is.
 */
export function declaredPlanSource(configuration: PolicyConfiguration | undefined): PlanSource {
  const tags = configuration?.tags ?? DEFAULT_TAGS
  const entries = configuration?.rebootPlans ?? []
  const file = configuration?.file ?? ''
  return (vm, _model, asOf, calendar) => {
    const tagged = fromTags(vm, tags, asOf, calendar)
    // Most VMs declare nothing: one shared answer, no lists.
    if (tagged === undefined && entries.length === 0) return NOTHING_DECLARED
    const declared = [
      ...(tagged === undefined ? [] : [tagged]),
      ...entries.filter(entry => matchesResource(entry.resource, vm)).map(entry => fromEntry(entry, file, asOf, calendar))
    ]
    return { evidence: [], unresolved: [], declared }
  }
}

const NOTHING_DECLARED: PlanCollection = { evidence: [], unresolved: [], declared: [] }

/** The plan the VM's window tag declares, if it has one. */
function fromTags(vm: VirtualMachine, names: RebootWindowTags, asOf: Date, calendar?: RebootCalendar): DeclaredPlan | undefined {
  if (!isKnown(vm.tags)) return undefined
  const tags = vm.tags.value
  // Names are compared case-insensitively: the window tag first, and the others only when it is there.
  const window = tagNamed(tags, names.window)
  if (window === undefined) return undefined
  // An owner tag set from a value that is not evaluated is set all the same (its value is the deployment's).
  const owner = tagNamed(tags, names.owner)?.[1].trim() || (hasUnknownTag(vm, names.owner) ? 'a value set when it is deployed' : undefined)
  const ticket = tagNamed(tags, names.ticket)?.[1].trim() || undefined
  const plan = {
    source: 'tag' as const,
    label: `tag ${window[0]}`,
    window: window[1],
    owner,
    ...(ticket !== undefined && { ticket }),
    location: vm.tags.location
  }
  const parsed = readWindow(window[1], asOf)
  if (!('window' in parsed)) return { ...plan, problem: parsed.problem }
  if (owner === undefined) return { ...plan, problem: { kind: 'no-owner', text: `it has no owner: tag ${names.owner} is not set` } }
  return { ...plan, timing: timingOf(parsed.window, plan.location, asOf, calendar) }
}

/** Whether the VM has a tag of this name (but for case) whose value is not evaluated (`Sourced.unknownKeys`). */
const hasUnknownTag = (vm: VirtualMachine, name: string): boolean =>
  vm.tags.unknownKeys?.some(key => key.toLowerCase() === name.toLowerCase()) === true

/** The first tag whose name is `name` but for case, as `[name as written, value]`. */
function tagNamed(tags: Readonly<Record<string, string>>, name: string): [string, string] | undefined {
  const wanted = name.toLowerCase()
  for (const key in tags) if (key.toLowerCase() === wanted) return [key, tags[key] as string]
  return undefined
}

function fromEntry(entry: ConfiguredPlan, file: string, asOf: Date, calendar?: RebootCalendar): DeclaredPlan {
  const plan = {
    source: 'configuration' as const,
    label: `${entry.label} of ${file}`,
    window: entry.window,
    owner: entry.owner,
    ...(entry.ticket !== undefined && { ticket: entry.ticket }),
    location: entry.windowAt
  }
  const parsed = readWindow(entry.window, asOf)
  if (!('window' in parsed)) return { ...plan, problem: parsed.problem }
  return { ...plan, timing: timingOf(parsed.window, plan.location, asOf, calendar) }
}

/** The window, or why the plan does not count as written: malformed, or ended before the evaluation date. */
function readWindow(text: string, asOf: Date): { readonly window: DeclaredWindow } | { readonly problem: NonNullable<DeclaredPlan['problem']> } {
  const parsed = parseDeclaredWindow(text)
  if ('problem' in parsed) {
    return { problem: { kind: 'malformed', text: `its window ${JSON.stringify(text)} is not valid: ${parsed.problem}` } }
  }
  const { end } = parsed.window
  if (end === undefined || end >= asOf) return { window: parsed.window }
  const evaluated = formatDay(asOf)
  return { problem: { kind: 'ended', text: `its window ended on ${describeEnd(end)}, before the evaluation date ${evaluated}` } }
}

/** The window's timing, located where it is declared (findings about it point there). */
function timingOf(window: DeclaredWindow, location: SourceLocation, asOf: Date, calendar: RebootCalendar | undefined): DeclaredTiming {
  const { kind, detail, timing } = declaredWindowTiming(window.openings, asOf, calendar)
  return { kind, detail, timing: { ...timing, location } }
}
