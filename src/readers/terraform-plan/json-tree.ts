import { type Node, type ParseError as JsonError, parseTree, printParseErrorCode } from 'jsonc-parser'
import { findExcessiveNesting, MAX_JSON_DEPTH as MAX_ARM_JSON_DEPTH } from '../arm/json/nesting.js'
import { failure, objectValue, type Value } from '../terraform/eval/value.js'

/** Deeper JSON is not converted (hostile input); real plans nest a few dozen levels. */
const MAX_JSON_DEPTH = 256

/** Deeper documents are not parsed at all (the ARM reader's limit). */
const MAX_PARSE_DEPTH = MAX_ARM_JSON_DEPTH

/** A parsed JSON document with positions. */
export interface JsonDocument {
  readonly root: Node | undefined
  /** The first syntax error, located. */
  readonly error: { readonly line: number; readonly column: number; readonly message: string } | undefined
  /** 1-based line and column of a text offset. */
  readonly position: (offset: number) => { line: number; column: number }
}

export function parseJsonDocument(text: string): JsonDocument {
  const lineStarts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1)
  const position = (offset: number) => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((lineStarts[middle] as number) <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - (lineStarts[low] as number) + 1 }
  }
  // jsonc-parser recurses per nesting level: deeper documents are refused where they get too deep.
  const tooDeep = findExcessiveNesting(text, MAX_PARSE_DEPTH)
  if (tooDeep >= 0) {
    const message = `JSON nested deeper than ${MAX_PARSE_DEPTH} levels; not read`
    return { root: undefined, error: { ...position(tooDeep), message }, position }
  }
  const errors: JsonError[] = []
  let root: Node | undefined
  try {
    root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false })
  } catch (error) {
    // jsonc-parser recurses per nesting level: a hostile document can exhaust the stack.
    const message = error instanceof RangeError ? 'JSON nested too deeply to read' : 'unreadable JSON'
    return { root: undefined, error: { line: 1, column: 1, message }, position }
  }
  const [first] = errors
  const error = first && { ...position(first.offset), message: `invalid JSON: ${describeJsonError(first)}` }
  return { root, error, position }
}

function describeJsonError(error: JsonError): string {
  const code = printParseErrorCode(error.error)
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}

/** The property node of a key in an object node. */
export function propertyOf(node: Node | undefined, key: string): Node | undefined {
  if (node?.type !== 'object') return undefined
  return node.children?.find(child => child.children?.[0]?.value === key)
}

/** The value node of a key in an object node. */
export const childOf = (node: Node | undefined, key: string): Node | undefined => propertyOf(node, key)?.children?.[1]

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
