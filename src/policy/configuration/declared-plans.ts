import { formatDay } from '../../evaluation-day.js'
import type { PlanSource } from '../assess.js'
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
    const declared = [
      ...fromTags(vm, tags, asOf),
      ...entries.filter(entry => matchesResource(entry.resource, vm)).map(entry => fromEntry(entry, file, asOf))
    ]
    return { evidence: [], unresolved: [], declared }
  }
}

function fromTags(vm: VirtualMachine, names: RebootWindowTags, asOf: Date): DeclaredPlan[] {
  if (!isKnown(vm.tags)) return []
  const tags = vm.tags.value
  const tag = (name: string): [string, string] | undefined => {
    const key = Object.keys(tags).find(candidate => candidate.toLowerCase() === name.toLowerCase())
    return key === undefined ? undefined : [key, tags[key] as string]
  }
  const window = tag(names.window)
  if (window === undefined) return []
  const owner = tag(names.owner)?.[1].trim() || undefined
  const ticket = tag(names.ticket)?.[1].trim() || undefined
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
  return [problem === undefined ? plan : { ...plan, problem }]
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
