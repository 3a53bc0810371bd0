/**
 * JSON documents with positions, for every reader that reads JSON through jsonc-parser (Terraform
 * plans, `.tfvars.json`, `.tf.json`): bounded nesting, a located first syntax error.
 */
import { type Node, type ParseError as JsonError, parseTree, printParseErrorCode } from 'jsonc-parser'
import { LinePositions } from './line-positions.js'
import { findExcessiveNesting, MAX_JSON_DEPTH } from './nesting.js'

/** Deeper documents are not parsed at all (the same limit for every reader). */
const MAX_PARSE_DEPTH = MAX_JSON_DEPTH

/** A parsed JSON document with positions. */
export interface JsonDocument {
  readonly root: Node | undefined
  /** The first syntax error, located. */
  readonly error: { readonly line: number; readonly column: number; readonly message: string } | undefined
  /** 1-based line and column of a text offset. */
  readonly position: (offset: number) => { line: number; column: number }
}

export function parseJsonDocument(text: string): JsonDocument {
  const lines = new LinePositions(text)
  const position = (offset: number) => lines.at(offset)
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
