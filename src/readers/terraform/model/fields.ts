import { PartialStringMap, withUnknownKeys, type Sourced } from '../../../model/source.js'
import { formatNumber } from '../eval/coerce.js'
import { describeValue, isList, isMissing, isObject, type Value } from '../eval/value.js'
import { keptText, sharedStringMap } from '../../../model/intern.js'

type Conversion<T> = { value: T } | { reason: string }

/** Converts a known Sourced value; absent and unresolved pass through unchanged. */
export function convert<T>(sourced: Sourced<Value>, conversion: (value: Value) => Conversion<T>): Sourced<T> {
  if (sourced.value === undefined) return sourced as Sourced<unknown> as Sourced<T>
  const converted = conversion(sourced.value)
  if ('value' in converted) return { ...sourced, value: converted.value }
  const { detail, via, location } = sourced
  return {
    value: undefined,
    origin: 'unresolved',
    location,
    reason: keptText(converted.reason),
    ...(detail === undefined ? {} : { detail }),
    ...(via === undefined ? {} : { via })
  }
}

/** A string the model keeps is a copy of its own: the evaluated one is a slice of the file's text (keptText). */
const textOf = (value: Value): string | undefined =>
  typeof value === 'string' ? keptText(value) : typeof value === 'number' ? formatNumber(value) : typeof value === 'boolean' ? String(value) : undefined

export const text = (sourced: Sourced<Value>): Sourced<string> =>
  convert<string>(sourced, value => {
    const found = textOf(value)
    return found === undefined ? { reason: `expected a string, found ${describeValue(value)}` } : { value: found }
  })

export const bool = (sourced: Sourced<Value>): Sourced<boolean> =>
  convert<boolean>(sourced, value =>
    typeof value === 'boolean'
      ? { value }
      : value === 'true' || value === 'false'
        ? { value: value === 'true' }
        : { reason: `expected true or false, found ${describeValue(value)}` }
  )

export const texts = (sourced: Sourced<Value>): Sourced<readonly string[]> =>
  convert<readonly string[]>(sourced, value => {
    if (!isList(value)) return { reason: `expected a list of strings, found ${describeValue(value)}` }
    const items: string[] = []
    for (const item of value) {
      if (isMissing(item)) return { reason: item.reason }
      const found = textOf(item)
      if (found === undefined) return { reason: `expected a list of strings, found an element ${describeValue(item)}` }
      items.push(found)
    }
    return { value: items }
  })

/**
 * A map of strings (tags); built without a prototype so keys like `__proto__` stay plain keys (as sharedStringMap
 * keeps them). A partial map (`merge(var.base, { PatchGroup = "B" })`) is unresolved with its certain keys beside
 * (`Sourced.knownEntries`): those whose values are known strings, the others being as unknown as the base's. So is
 * a map whose keys are all known but some values not (`{ PatchGroup = "B", Owner = var.owner }`): Terraform has
 * none of it before apply, yet PatchGroup is B whatever var.owner holds. A key not known (`(var.k) = "x"`) may be
 * any of the others, written after it (the evaluator keeps no order): nothing of that map is certain.
 */
export const stringMap = (sourced: Sourced<Value>): Sourced<Readonly<Record<string, string>>> =>
  withUnknownKeys(
    convert<Readonly<Record<string, string>> | PartialStringMap>(sourced, value => {
      if (!isObject(value)) return { reason: `expected a map of strings, found ${describeValue(value)}` }
      const { partial } = value
      if (partial !== undefined && (value.unknownKeyed?.length ?? 0) > 0) return { reason: partial }
      const record = Object.create(null) as Record<string, string>
      // Why the map is not known as a whole: its base, or the first value not evaluated.
      let othersUnknown = partial
      for (const [key, item] of value.entries) {
        if (isMissing(item)) {
          othersUnknown ??= item.reason
          continue
        }
        const found = textOf(item)
        if (found === undefined && partial === undefined) return { reason: `tag "${key}" is not a string` }
        if (found !== undefined) record[key] = found
      }
      // Kept as one shared, compact copy per content (an object without a prototype is a dictionary: ~4x larger).
      return { value: othersUnknown === undefined ? sharedStringMap(record) : new PartialStringMap(sharedStringMap(record), [], othersUnknown) }
    })
  )

/** Unset (absent) becomes the provider's documented default, located where the value would be written. */
export function orProviderDefault<T>(sourced: Sourced<T>, value: T): Sourced<T> {
  return sourced.origin === 'absent' ? { value, origin: 'provider-default', location: sourced.location } : sourced
}

/** A value that is intrinsic to the resource type (a Windows VM resource is Windows). */
export const intrinsic = <T>(value: T, location: Sourced<Value>['location']): Sourced<T> => ({
  value,
  origin: 'provider-default',
  location
})
