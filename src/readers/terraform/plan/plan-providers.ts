import type { Node } from 'jsonc-parser'
import { known, unresolved, type SourceLocation, type Sourced } from '../../../model/source.js'
import { childOf } from '../../shared/json/json-tree.js'
import { jsonValue } from '../eval/json-value.js'
import { isList, isObject, type Value } from '../eval/value.js'
import { subscriptionSegmentOf } from '../model/references.js'
import type { PlanEntry } from './plan-document.js'

/**
 * Where a planned azurerm resource deploys, by its provider configuration (`configuration.provider_config`, keyed
 * as the resource's `provider_config_key`), as the HCL reader places it (runtime/providers.ts `normalised`): the
 * root's default configuration is the subscription Terraform runs against (`runsAgainst`, the one it writes), unless
 * an alias of the root names another known one, when every configuration's is named (known); an alias's or a
 * module's own is named, with a handle its resources share when it is not known. A configuration that writes no
 * subscription deploys where Terraform runs.
 */
export interface PlanPlacement {
  readonly subscription?: Sourced<string>
  readonly handle?: string
  readonly runsAgainst?: string
}

/** The placement of each azurerm provider configuration of a plan, by key. */
export type PlanProviders = ReadonlyMap<string, PlanPlacement>

const ROOT_DEFAULT = 'azurerm'

export function planProviders(root: Node, file: string, at: SourceLocation): PlanProviders {
  const configs = childOf(childOf(root, 'configuration'), 'provider_config')
  const variables = jsonValue(childOf(root, 'variables'))
  const written = new Map<string, Sourced<string>>()
  for (const property of configs?.children ?? []) {
    const [key, config] = property.children ?? []
    if (typeof key?.value !== 'string' || childOf(config, 'name')?.value !== 'azurerm') continue
    const subscription = subscriptionOf(jsonValue(childOf(childOf(config, 'expressions'), 'subscription_id')), variables, key.value, at)
    if (subscription !== undefined) written.set(key.value, subscription)
  }
  const rootDefault = written.get(ROOT_DEFAULT)?.value
  // An alias of the root that names another known subscription: the root deploys to named subscriptions.
  const named = rootDefault !== undefined && [...written].some(([key, s]) => key !== ROOT_DEFAULT && !key.includes(':') && s.value !== undefined && !same(s.value, rootDefault))
  const placements = new Map<string, PlanPlacement>()
  for (const [key, subscription] of written) {
    const handle = `${file}#provider.${key}`
    if (key === ROOT_DEFAULT && !named) placements.set(key, rootDefault === undefined ? { subscription, handle } : { runsAgainst: rootDefault })
    else if (subscription.value !== undefined && rootDefault !== undefined && !named && same(subscription.value, rootDefault)) placements.set(key, { runsAgainst: rootDefault })
    else placements.set(key, subscription.value === undefined ? { subscription, handle } : { subscription })
  }
  return placements
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()

/** A configuration's `subscription_id`: a constant, a root variable's value, or not known; undefined when not written ("" is unset). */
function subscriptionOf(expression: Value, variables: Value, key: string, at: SourceLocation): Sourced<string> | undefined {
  if (!isObject(expression)) return undefined
  const constant = expression.entries.get('constant_value')
  if (typeof constant === 'string') return constant === '' ? undefined : known(constant, at)
  const references = expression.entries.get('references') ?? null
  const reference = isList(references) ? references.find((r): r is string => typeof r === 'string') : undefined
  const variable = reference?.startsWith('var.') && !key.includes(':') ? reference.slice(4) : undefined
  const value = variable === undefined || !isObject(variables) ? undefined : variables.entries.get(variable)
  const text = value !== undefined && isObject(value) ? value.entries.get('value') : undefined
  if (typeof text === 'string') return text === '' ? undefined : known(text, at, 'variable', variable)
  return unresolved(at, `the subscription_id of provider configuration ${key} is not known in the plan`)
}

/**
 * The subscription of each provider configuration that a resource the plan already knows (one with an ID: kept,
 * updated, replaced) shows: the resources of one configuration deploy to one subscription, so a resource it creates
 * deploys there too, whether or not its `subscription_id` is written. Configurations whose resources show two are left out.
 */
export function subscriptionsShown(entries: readonly PlanEntry[]): ReadonlyMap<string, string> {
  const shown = new Map<string, string>()
  const conflicting = new Set<string>()
  for (const entry of entries) {
    const id = childOf(entry.after, 'id')?.value as unknown
    const subscription = typeof id === 'string' ? subscriptionSegmentOf(id) : undefined
    if (entry.providerKey === undefined || subscription === undefined || subscription.startsWith('{')) continue
    const seen = shown.get(entry.providerKey)
    if (seen !== undefined && !same(seen, subscription)) conflicting.add(entry.providerKey)
    else shown.set(entry.providerKey, subscription)
  }
  for (const key of conflicting) shown.delete(key)
  return shown
}
