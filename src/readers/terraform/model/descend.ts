import { describeValue, failure, fromJson, isList, isObject, unknown, type Value } from '../eval/value.js'

/**
 * One step into a value by key, as the views walk paths. Lists step into their first element
 * (a block written once is a one-element list in plan JSON), a JSON string is decoded first (azapi
 * 1.x bodies are `jsonencode()`d). Undefined means the key is not there.
 */
export function descendValue(value: Value, key: string): Value | undefined {
  if (value === null) return undefined
  if (isList(value)) return value.length === 0 ? undefined : descendValue(value[0] as Value, key)
  if (isObject(value)) {
    if (value.entries.has(key)) return value.entries.get(key)
    return value.partial === undefined ? undefined : unknown(value.partial)
  }
  if (typeof value === 'string') {
    const decoded = decodeJson(value)
    return decoded === undefined ? failure(`cannot read "${key}" from a string`) : descendValue(decoded, key)
  }
  if (typeof value === 'object') return value.kind === 'lazy' ? value.attribute(key) : value
  return failure(`cannot read "${key}" from ${describeValue(value)}`)
}

function decodeJson(text: string): Value | undefined {
  const trimmed = text.trim()
  if (!trimmed.startsWith('{')) return undefined
  try {
    return fromJson(JSON.parse(trimmed))
  } catch {
    return undefined
  }
}
