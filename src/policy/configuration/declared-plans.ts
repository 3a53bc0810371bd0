import { formatDay } from '../../evaluation-day.js'
import type { PlanSource } from '../assess.js'
import type { PlanCollection } from '../plans.js'
import type { DeclaredPlan } from '../types.js'
import type { VirtualMachine } from '../../model/resources.js'
import { isKnown } from '../../model/source.js'
import { matchesResource } from './resource-match.js'
import { DEFAULT_TAGS, type ConfiguredPlan, type PolicyConfiguration, type RebootWindowTags } from '../../config/types.js'
import { describeEnd, parseDeclaredWindow } from '../../config/window.js'

/**
 * Reboot plans declared outside the manifests, as a plan source beside the model's maintenance
 * assignments: the window tag on the VM (default `hotpatch-reboot-window`, with its owner tag), and the
 * configuration's `reboot-plans:` entries that name it. Each is checked where it is written: well formed,
 * owned, and recurring or not over at the evaluation date.
 */
export function declaredPlanSource(configuration: PolicyConfiguration | undefined): PlanSource {
  const tags = configuration?.tags ?? DEFAULT_TAGS
  const entries = configuration?.rebootPlans ?? []
  const file = configuration?.file ?? ''
  return (vm, _model, asOf) => {
    const tagged = fromTags(vm, tags, asOf)
    // Most VMs declare nothing: one shared answer, no lists.
    if (tagged === undefined && entries.length === 0) return NOTHING_DECLARED
    const declared = [
      ...(tagged === undefined ? [] : [tagged]),
      ...entries.filter(entry => matchesResource(entry.resource, vm)).map(entry => fromEntry(entry, file, asOf))
    ]
    return { evidence: [], unresolved: [], declared }
  }
}

const NOTHING_DECLARED: PlanCollection = { evidence: [], unresolved: [], declared: [] }

/** The plan the VM's window tag declares, if it has one. */
function fromTags(vm: VirtualMachine, names: RebootWindowTags, asOf: Date): DeclaredPlan | undefined {
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
  const problem =
    windowProblem(window[1], asOf) ??
    (owner === undefined ? { kind: 'no-owner' as const, text: `it has no owner: tag ${names.owner} is not set` } : undefined)
  return problem === undefined ? plan : { ...plan, problem }
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

function fromEntry(entry: ConfiguredPlan, file: string, asOf: Date): DeclaredPlan {
  const plan = {
    source: 'configuration' as const,
    label: `${entry.label} of ${file}`,
    window: entry.window,
    owner: entry.owner,
    ...(entry.ticket !== undefined && { ticket: entry.ticket }),
    location: entry.windowAt
  }
  const problem = windowProblem(entry.window, asOf)
  return problem === undefined ? plan : { ...plan, problem }
}

function windowProblem(text: string, asOf: Date): DeclaredPlan['problem'] {
  const parsed = parseDeclaredWindow(text)
  if ('problem' in parsed) {
    return { kind: 'malformed', text: `its window ${JSON.stringify(text)} is not valid: ${parsed.problem}` }
  }
  const { end } = parsed.window
  if (end === undefined || end >= asOf) return undefined
  const evaluated = formatDay(asOf)
  return { kind: 'ended', text: `its window ended on ${describeEnd(end)}, before the evaluation date ${evaluated}` }
}
