import type { Sourced } from '../../../model/source.js'
import type { Block } from '../hcl/ast.js'
import { locationOf } from '../config/module-config.js'
import { compareKeys, formatNumber } from '../eval/coerce.js'
import type { Evaluator, Scope } from '../eval/evaluator.js'
import { namesResource } from '../eval/traverse.js'
import { isList, isMissing, isObject, isUnknown, objectFrom, objectValue, unknown, type Unknown, type Value } from '../eval/value.js'
import { atMostOne, expansionKey } from './condition-keys.js'
import { toSourced, traced } from './provenance.js'
import { type EvaluationLimits, instanceBudgetMessage } from '../../limits.js'

/** Dynamic blocks of one resource modelled one by one (hcl-view.ts); instances have a budget instead. */
export const MAX_INSTANCES = 1000

/** The instance budget of the declaration being expanded: the loops around it and the configured limit. */
export interface InstanceBudget {
  /** Instance counts of the module calls around the declaration, outermost first. */
  readonly factors: readonly number[]
  readonly limits: EvaluationLimits
  /** `azurerm_x.y` or `module.m`, as the error names the declaration. */
  readonly what: string
}

export interface ExpandedInstance {
  /** `0` for `count`, `"key"` for `for_each`, undefined for a single or undecided instance. */
  readonly key: number | string | undefined
  /** `count` / `each` as seen by the instance's expressions. */
  readonly names: ReadonlyMap<string, Value>
  readonly deployed: Sourced<boolean>
  /** Set on the one instance of a `count` or `for_each` without a value: that condition's key (condition-keys.ts). */
  readonly conditionKey?: string
}

export interface Expansion {
  readonly instances: readonly ExpandedInstance[]
  /** What a reference to the whole resource / module call gives, from its instances' values. */
  collect(values: readonly Value[]): Value
  readonly note?: string
  /** Set when the instances would exceed the instance budget: none are expanded, and this says why. */
  readonly exceeded?: string
}

const ALWAYS = (block: Block, file: string): Sourced<boolean> => ({
  value: true,
  origin: 'provider-default',
  location: locationOf(file, block.pos)
})

/**
 * Expands `count` / `for_each` of a resource or module block into its instances. `conditionScope`: the module
 * instance evaluating it, in condition keys (condition-keys.ts); without it, an undecided one has no key.
 */
export function expand(block: Block, file: string, scope: Scope, evaluator: Evaluator, budget: InstanceBudget, conditionScope?: string): Expansion {
  const count = block.body.attributes.get('count')
  const forEach = block.body.attributes.get('for_each')
  const meta = count ?? forEach
  if (!meta) return { instances: [{ key: undefined, names: new Map(), deployed: ALWAYS(block, file) }], collect: ([v]) => v ?? null }
  const { result, hops } = evaluator.tracer.capture(() => evaluator.evaluate(meta.expression, scope))
  const trace = traced(meta.expression, result, locationOf(meta.file ?? file, meta.pos), hops)
  const undecided = (reason: string, value: Value): Expansion => {
    // `for_each = azurerm_x.vm`, as written, over a resource whose own loop has no value iterates that loop's keys:
    // the same iteration, so each.value is the instance that stands for all (`each.value.id` names it, as `vm[each.key]`).
    const over = forEach !== undefined && isUnknown(value) && namesResource(meta.expression) ? value.instances : undefined
    const key = over?.loop ?? (conditionScope === undefined ? undefined : expansionKey(conditionScope, count ? 'count' : 'for_each', meta.expression))
    // Its index names the instance of every resource of this `count` or `for_each` (`vm[count.index]`): the same iteration.
    const index: Unknown = key === undefined ? unknown(reason) : { kind: 'unknown', reason, indexOf: key }
    const deployed = toSourced<boolean>({ ...trace, value }, () => ({ reason }))
    const names = count ? new Map([['count', objectFrom({ index })]]) : eachNames(index, over?.instance ?? unknown(reason))
    const atMost = count !== undefined && atMostOne(meta.expression)
    return {
      instances: [key === undefined ? { key: undefined, names, deployed } : { key: undefined, names, deployed, conditionKey: key }],
      collect: ([instance]) =>
        key === undefined || instance === undefined ? unknown(reason) : { kind: 'unknown', reason, instances: { loop: key, instance, atMostOne: atMost } }
    }
  }
  // A resource with no instances is still modelled once (as not deployed); `count`/`each` have no value.
  const none = (collection: Value): Expansion => {
    const nothing = unknown(count ? 'count is 0: there is no instance' : 'for_each is empty: there is no instance')
    return {
      instances: [
        {
          key: undefined,
          names: count ? new Map([['count', objectFrom({ index: nothing })]]) : eachNames(nothing, nothing),
          deployed: toSourced({ ...trace, value: false }, v => ({ value: v === true }))
        }
      ],
      collect: () => collection
    }
  }
  if (isMissing(result)) return undecided(result.reason, result)
  if (count) {
    if (typeof result !== 'number' || !Number.isInteger(result) || result < 0) {
      return undecided(`count must be a whole number, found ${typeof result}`, result)
    }
    if (result === 0) return none([])
    const exceeded = overBudget(result, budget)
    if (exceeded !== undefined) return { instances: [], collect: () => unknown(exceeded), exceeded }
    const instances = Array.from({ length: result }, (_, index) => ({
      key: index,
      names: new Map([['count', objectFrom({ index })]]),
      deployed: toSourced<boolean>({ ...trace, value: true }, () => ({ value: true }))
    }))
    return { instances, collect: values => [...values] }
  }
  const entries = forEachEntries(result)
  if (typeof entries === 'string') return undecided(entries, unknown(entries))
  if (entries.length === 0) return none(objectValue(new Map()))
  const exceeded = overBudget(entries.length, budget)
  if (exceeded !== undefined) return { instances: [], collect: () => unknown(exceeded), exceeded }
  const instances = entries.map(([key, value, unknownKey]) => ({
    key,
    names: eachNames(unknownKey ?? key, value),
    deployed: toSourced<boolean>({ ...trace, value: true }, () => ({ value: true }))
  }))
  const partial = isObject(result) ? result.partial : undefined
  return {
    instances,
    collect: values => {
      const known = instances.flatMap((instance, i) => (entries[i]?.[2] === undefined ? [[instance.key, values[i] ?? null] as const] : []))
      // The instances of unknown keys stay values of the whole (as the map's written values did): a `for_each` over
      // the resource (`each.value.id`) reaches each of them, as the one over the map reached its values.
      const unknownKeyed = instances.flatMap((_, i) => (entries[i]?.[2] === undefined ? [] : [values[i] ?? null]))
      if (partial === undefined || unknownKeyed.length === 0) return objectValue(new Map(known), partial)
      return { kind: 'object', entries: new Map(known), partial, unknownKeyed }
    }
  }
}

/** Checked before expanding: the declaration's own count times the module instances around it. */
function overBudget(own: number, budget: InstanceBudget): string | undefined {
  const factors = [...budget.factors, own]
  const total = factors.reduce((product, factor) => product * factor, 1)
  return total > budget.limits.instances ? instanceBudgetMessage(budget.what, total, factors, budget.limits) : undefined
}

const eachNames = (key: Value, value: Value): Map<string, Value> => new Map([['each', objectFrom({ key, value })]])

/**
 * `for_each` takes a map (keys) or a set of strings (the strings are keys and values). A map whose keys are
 * partly unknown keeps the values written under them, each as an instance `[?]` (`[?2]`, ...) whose
 * `each.key` is unknown (issue 13: `"vm-${var.env}-01"` must not make its known `each.value` unknown).
 */
function forEachEntries(value: Value): [string, Value, Value?][] | string {
  if (isObject(value)) {
    const unknownKeyed = value.unknownKeyed ?? []
    if (value.partial !== undefined && unknownKeyed.length === 0) return value.partial
    const known = [...value.entries.keys()].sort(compareKeys).map((key): [string, Value] => [key, value.entries.get(key) as Value])
    const reason = value.partial ?? ''
    const unknownEntries = unknownKeyed.map((item, i): [string, Value, Value] => [i === 0 ? '?' : `?${i + 1}`, item, unknown(reason)])
    return [...known, ...unknownEntries]
  }
  if (isList(value)) {
    // A set, not a list's includes(): linear in the items, whatever their number.
    const keys = new Set<string>()
    for (const item of value) {
      if (isMissing(item)) return item.reason
      if (typeof item !== 'string' && typeof item !== 'number') return 'for_each needs a map or a set of strings'
      keys.add(typeof item === 'number' ? formatNumber(item) : item)
    }
    return [...keys].sort(compareKeys).map(key => [key, key])
  }
  return 'for_each needs a map or a set of strings'
}

/** The address suffix of an instance key: `[0]` or `["web"]`. */
export const keySuffix = (key: number | string | undefined): string =>
  key === undefined ? '' : typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`
