import type { Node } from 'jsonc-parser'
import { failure, objectValue, type Value } from './value.js'

/** Deeper JSON is not converted (hostile input); real plans nest a few dozen levels. */
const MAX_JSON_DEPTH = 256

/** A JSON node as an evaluator value (objects become maps: keys like `__proto__` stay plain keys). */
export function jsonValue(node: Node | undefined, depth = 0): Value {
  if (!node) return null
  if (depth > MAX_JSON_DEPTH) return failure('JSON nested too deeply')
  switch (node.type) {
    case 'object': {
      const entries = new Map<string, Value>()
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? []
        if (typeof key?.value === 'string') entries.set(key.value, jsonValue(value, depth + 1))
      }
      return objectValue(entries)
    }
    case 'array':
      return (node.children ?? []).map(child => jsonValue(child, depth + 1))
    case 'string':
    case 'number':
    case 'boolean':
      return node.value as string | number | boolean
    default:
      return null
  }
}
