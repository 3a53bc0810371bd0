import { known, unresolved, type SourceLocation, type Sourced } from '../../model/source.js'
import type { Provenance, Value } from './values.js'
import { keptText } from '../../model/intern.js'
import { withDefaultAt } from '../shared/default-at.js'

/** A model value from an evaluated one: origin, parameter name and the places it passed through. */
export function sourcedFrom<T>(value: T, location: SourceLocation, prov: Provenance): Sourced<T> {
  // Strings are slices of the file's text (or concatenations of them): the model keeps copies (keptText).
  const kept = typeof value === 'string' ? (keptText(value) as T) : value
  const sourced = known(kept, location, prov.origin, keptDetail(prov), viaOf(prov))
  // A `param` default read in its own template: its declaration is the one place it came through. (Passed to a
  // module, the declaration is among the places of the call: not told apart, the default is named at its use.)
  return prov.origin === 'default' && prov.via.length === 1 ? withDefaultAt(sourced) : sourced
}

/** An unresolved model value, keeping the name and places the evaluated value carried. */
export function unresolvedFrom<T>(location: SourceLocation, written: string, prov: Provenance): Sourced<T> {
  return unresolved(location, keptText(written), keptDetail(prov), viaOf(prov))
}

const keptDetail = (prov: Provenance): string | undefined => (prov.detail === undefined ? undefined : keptText(prov.detail))

const viaOf = (prov: Provenance): Provenance['via'] | undefined => (prov.via.length === 0 ? undefined : prov.via)

/** The same sourced value with its value converted (absent and unresolved stay as they are). */
export function mapSourced<A, B>(sourced: Sourced<A>, convert: (value: A) => B): Sourced<B> {
  return { ...sourced, value: sourced.value === undefined ? undefined : convert(sourced.value) }
}

/** Why a value is not known, for values that are not of the expected kind. */
export function reasonOf(value: Value, expected: string): string {
  if (value.kind === 'unresolved') return value.reason
  if (value.kind === 'record') return `${value.label} is only known at deployment`
  // An object whose keys are not all known (`{ ...baseTags, PatchGroup: 'B' }` with a parameter without a value):
  // what is not known is why, as merge and union say it, not that an object was found where one was expected.
  if (value.kind === 'object' && value.incomplete !== undefined) return value.incomplete
  // An array of the right kind but for an item not evaluated (`[deployment().location]`): that item is why.
  const unknownItem = value.kind === 'array' ? value.items.find(item => item.kind === 'unresolved' || item.kind === 'record') : undefined
  if (unknownItem !== undefined) return reasonOf(unknownItem, expected)
  const found = value.kind === 'object' || value.kind === 'array' ? `an ${value.kind}` : `a ${value.kind}`
  return `expected ${expected}, found ${found}`
}

/** A deployment condition (`if (...)`) as the model states it. */
export function conditionFrom(value: Value, location: SourceLocation): Sourced<boolean> {
  return value.kind === 'boolean'
    ? sourcedFrom(value.value, location, value.prov)
    : unresolvedFrom(location, reasonOf(value, 'a boolean condition'), value.prov)
}

/**
 * Whether something is deployed given every condition on its way (module conditions, its own, its
 * loop filter): a known false wins, then an unresolved one, else the innermost true.
 */
export function allDeployed(
  conditions: readonly (Sourced<boolean> | undefined)[],
  declaredAt: SourceLocation
): Sourced<boolean> {
  const present = conditions.filter((condition): condition is Sourced<boolean> => condition !== undefined)
  return (
    present.find(condition => condition.value === false) ??
    present.find(condition => condition.origin === 'unresolved') ??
    present[present.length - 1] ??
    known(true, declaredAt)
  )
}

/** `[2]` for a loop instance, `[?]` when the loop could not be evaluated, '' otherwise. */
export const indexLabel = (index: number | '?' | undefined): string => (index === undefined ? '' : `[${index}]`)
