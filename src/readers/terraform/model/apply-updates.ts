import { match, whyUnknown } from '../../../model/match.js'
import type { ParseError, Resource } from '../../../model/resources.js'
import { type Sourced, unresolved } from '../../../model/source.js'
import { unreachedUpdate } from './unreached-update.js'
import { fieldOf, withField, writtenFields, type WrittenField } from './update-fields.js'
import { updatableType, type ResourceUpdate } from './update-resource.js'

/** What an earlier update set for certain, per resource (by index) and field: two updates of one field race. */
type SetBefore = Map<number, Map<string, { readonly address: string; readonly value: Sourced<unknown> }>>

/**
 * The resources of one evaluation (a root module, or a plan) as its updates leave them, in declaration order:
 * - an update that names a resource for certain (by symbol, or a resource ID that matches it) sets the fields
 *   its body writes, each located where the body writes it;
 * - one that may name it (its `resource_id`, name or group not evaluated, its `count` unknown) makes each field it
 *   writes to another value not known: either may be the one Azure keeps;
 * - one that names none of them is a notice, or an indeterminate VM when it may turn hotpatch on (unreached-update.ts).
 */
export function applyUpdates(resources: readonly Resource[], updates: readonly ResourceUpdate[]): { resources: Resource[]; notices: ParseError[] } {
  const result = resources.slice()
  const notices: ParseError[] = []
  const setBefore: SetBefore = new Map()
  const index = candidateIndex(resources)
  for (const update of updates) {
    if (update.frame.deployed.value === false) continue
    let reached = false
    for (const i of index.candidates(update)) {
      const resource = result[i] as Resource
      const reach = reachOf(update, resource)
      if (reach === 'no') continue
      reached = true
      let changed = resource
      for (const written of writtenFields(resource, update.body)) {
        const value = reach === 'yes' ? raced(update, written, setBefore, i) : maybeSet(resource, update, written, reach.maybe)
        if (value !== undefined) changed = withField(changed, written.field, value)
      }
      result[i] = changed
    }
    if (reached) continue
    const said = unreachedUpdate(update)
    if ('message' in said) notices.push(said)
    else result.push(said)
  }
  return { resources: result, notices }
}

/**
 * The resources an update may reach, by index in declaration order, so that one update per VM is not matched
 * against every VM. It only narrows: `match` (model/match.ts) still decides each candidate, and it answers `no`
 * for every resource left out: one of another type, or whose known name differs from the target's known name,
 * unless it has the target's symbol. A target not evaluated, or whose name is not known, considers every resource.
 * Types and names are compared lower-cased, as `match` compares them. Updates change no resource's identity, so
 * the index of the resources as declared holds for them as the updates leave them.
 */
function candidateIndex(resources: readonly Resource[]): { candidates(update: ResourceUpdate): readonly number[] } {
  const all = resources.map((_, i) => i)
  const bySymbol = new Map<string, number[]>()
  const byTypeAndName = new Map<string, number[]>()
  const unnamedByType = new Map<string, number[]>()
  const add = (map: Map<string, number[]>, key: string, i: number): void => {
    const list = map.get(key)
    if (list === undefined) map.set(key, [i])
    else list.push(i)
  }
  const key = (type: string, name: string): string => `${type.toLowerCase()}\u0000${name.toLowerCase()}`
  resources.forEach(({ identity }, i) => {
    if (identity.symbol !== undefined) add(bySymbol, identity.symbol, i)
    if (identity.name === undefined) add(unnamedByType, identity.type.toLowerCase(), i)
    else add(byTypeAndName, key(identity.type, identity.name), i)
  })
  return {
    candidates(update) {
      const target = update.target.value
      if (target?.name === undefined) return all
      const found = new Set([
        ...(target.symbol === undefined ? [] : (bySymbol.get(target.symbol) ?? [])),
        ...(byTypeAndName.get(key(target.type, target.name)) ?? []),
        ...(unnamedByType.get(target.type.toLowerCase()) ?? [])
      ])
      return [...found].sort((a, b) => a - b)
    }
  }
}

/** Whether an update reaches a resource: for certain, not at all, or maybe (and why maybe). */
type Reach = 'yes' | 'no' | { readonly maybe: string }

function reachOf(update: ResourceUpdate, resource: Resource): Reach {
  if (resource.kind === 'maintenance-assignment') return 'no'
  const type = updatableType(resource.identity.type)
  if (type === undefined || (update.armType !== undefined && update.armType !== type)) return 'no'
  const target = update.target
  if (target.value === undefined) return { maybe: `the resource it updates could not be evaluated (${target.reason ?? 'unresolved'})` }
  // The model's one matching: by symbol, else by type, name, resource group and subscription, within the deployment.
  const found = match(target.value, update.frame, resource)
  if (found === 'no') return 'no'
  if (found === 'unknown') return { maybe: whyUnknown(target.value, update.frame, resource, update.address) }
  const deployed = update.frame.deployed
  if (deployed.value === undefined) return { maybe: `whether it is created could not be evaluated (${deployed.reason ?? 'unresolved'})` }
  return update.uncertain === undefined ? 'yes' : { maybe: update.uncertain }
}

/** The value an update sets for certain, unless another one sets the field to something else. */
function raced(update: ResourceUpdate, written: WrittenField, setBefore: SetBefore, index: number): Sourced<unknown> {
  const key = written.field.join('.')
  const fields = setBefore.get(index) ?? new Map<string, { readonly address: string; readonly value: Sourced<unknown> }>()
  setBefore.set(index, fields)
  const before = fields.get(key)
  fields.set(key, { address: update.address, value: written.value })
  if (before === undefined || sameValue(before.value, written.value)) return written.value
  const why = `${before.address} and ${update.address} both set it, to different values, and Terraform applies them in no fixed order`
  return unresolved(written.value.location, why, written.value.detail, written.value.via)
}

/**
 * What a field becomes when an update may or may not reach the resource: unchanged when the update writes
 * the value it already has, else not known (fail closed: either value may be the one Azure keeps).
 */
function maybeSet(resource: Resource, update: ResourceUpdate, written: WrittenField, why: string): Sourced<unknown> | undefined {
  const current = fieldOf(resource, written.field)
  if (current !== undefined && sameValue(current, written.value)) return undefined
  const value = written.value
  return unresolved(value.location, `${update.address} may set it: ${why}`, value.detail, value.via)
}

/** Two known values that are equal (strings, booleans, lists of strings, string maps). */
function sameValue(a: Sourced<unknown>, b: Sourced<unknown>): boolean {
  if (a.value === undefined || b.value === undefined) return false
  return JSON.stringify(sorted(a.value)) === JSON.stringify(sorted(b.value))
}

/** A map with its keys in order (tags compare whatever order they are written in). */
const sorted = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
    : value
