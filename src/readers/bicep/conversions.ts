import type { SourceLocation } from '../../model/source.js'
import { arr, bool, firstUnresolved, nil, num, obj, type Provenance, str, unknown, type Value } from './values.js'

/** Values nested deeper than this are not compared, serialised or built from JSON. */
export const MAX_VALUE_DEPTH = 64

const TOO_DEEP = `value nested deeper than ${MAX_VALUE_DEPTH} levels`

/** Deep equality as ARM compares: undefined when an unresolved value decides it. */
export function valuesEqual(a: Value, b: Value, ignoreCase = false, depth = 0): boolean | undefined {
  if (firstUnresolved([a, b]) !== undefined || depth > MAX_VALUE_DEPTH) return undefined
  if (a.kind === 'string' && b.kind === 'string') {
    return ignoreCase ? a.value.toLowerCase() === b.value.toLowerCase() : a.value === b.value
  }
  if ((a.kind === 'number' && b.kind === 'number') || (a.kind === 'boolean' && b.kind === 'boolean')) {
    return a.value === b.value
  }
  if (a.kind === 'null' || b.kind === 'null') return a.kind === b.kind
  if (a.kind === 'array' && b.kind === 'array') {
    if (a.items.length !== b.items.length) return false
    return allEqual(a.items.map((item, i) => [item, b.items[i] as Value]), ignoreCase, depth)
  }
  if (a.kind === 'object' && b.kind === 'object') {
    if (a.incomplete !== undefined || b.incomplete !== undefined) return undefined
    if (a.properties.size !== b.properties.size) return false
    const pairs: [Value, Value][] = []
    for (const [key, property] of a.properties) {
      const other = b.properties.get(key)
      if (other === undefined) return false
      pairs.push([property.value, other.value])
    }
    return allEqual(pairs, ignoreCase, depth)
  }
  return false
}

function allEqual(pairs: readonly [Value, Value][], ignoreCase: boolean, depth: number): boolean | undefined {
  let result: boolean | undefined = true
  for (const [x, y] of pairs) {
    const equal = valuesEqual(x, y, ignoreCase, depth + 1)
    if (equal === false) return false
    if (equal === undefined) result = undefined
  }
  return result
}

/** Plain JSON data for a value, or the unresolved value that prevents it. */
export function toJson(value: Value, depth = 0): { readonly data: unknown } | { readonly missing: Value } {
  if (depth > MAX_VALUE_DEPTH) return { missing: unknown(TOO_DEEP, value.prov) }
  switch (value.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return { data: value.value }
    case 'null':
      return { data: null }
    case 'array': {
      const items: unknown[] = []
      for (const item of value.items) {
        const converted = toJson(item, depth + 1)
        if ('missing' in converted) return converted
        items.push(converted.data)
      }
      return { data: items }
    }
    case 'object': {
      if (value.incomplete !== undefined) return { missing: unknown(value.incomplete, value.prov) }
      const data: Record<string, unknown> = Object.create(null) as Record<string, unknown>
      for (const property of value.properties.values()) {
        const converted = toJson(property.value, depth + 1)
        if ('missing' in converted) return converted
        data[property.key] = converted.data
      }
      return { data }
    }
    case 'lambda':
      return { missing: unknown('a lambda is not a value', value.prov) }
    default:
      return { missing: firstUnresolved([value]) as Value }
  }
}

/** A value as ARM's `string()` and string interpolation render it. */
export function toText(value: Value): { readonly text: string } | { readonly missing: Value } {
  switch (value.kind) {
    case 'string':
      return { text: value.value }
    case 'number':
      return { text: String(value.value) }
    case 'boolean':
      // ARM formats booleans the .NET way.
      return { text: value.value ? 'True' : 'False' }
    case 'null':
      return { text: '' }
    default: {
      const converted = toJson(value)
      return 'missing' in converted ? converted : { text: JSON.stringify(converted.data) }
    }
  }
}

/** Builds a value from parsed JSON (`json()`), its properties located at the call. */
export function fromJson(data: unknown, prov: Provenance, at: SourceLocation, depth = 0): Value {
  if (depth > MAX_VALUE_DEPTH) return unknown(TOO_DEEP, prov)
  if (data === null) return nil(prov)
  if (typeof data === 'string') return str(data, prov)
  if (typeof data === 'number') return num(data, prov)
  if (typeof data === 'boolean') return bool(data, prov)
  if (Array.isArray(data)) return arr(data.map((item: unknown) => fromJson(item, prov, at, depth + 1)), prov)
  if (typeof data === 'object') {
    const entries = Object.keys(data).map(key => ({
      key,
      value: fromJson((data as Record<string, unknown>)[key], prov, at, depth + 1),
      at
    }))
    return obj(entries, prov)
  }
  return unknown('unsupported JSON value', prov)
}
