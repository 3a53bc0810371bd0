/**
 * `JSON.stringify(value, null, 2)` in pieces whose concatenation is exactly that text. Objects and arrays
 * are opened a few levels deep (a report's arrays, a SARIF log's `runs[0].results`); below that, elements
 * are serialized a batch at a time by JSON.stringify itself. Writing a 10,000-file report then never holds
 * its whole text (15-30 MB as a string, as much again as UTF-8) at the moment the scan holds the most
 * memory. A value with `toJSON` at the levels opened is serialized whole: its `toJSON` is handed its key.
 */
export function* jsonPieces(value: unknown): Generator<string> {
  if (!opens(value, 0) || hasToJsonWhereOpened(value, 0)) {
    yield JSON.stringify(value, null, 2)
    return
  }
  yield* containerPieces(value, 0)
}

/** The text of a JSON file (the report, the SARIF log): `JSON.stringify(value, null, 2)` and a line break, in pieces. */
export function* jsonFilePieces(value: unknown): Generator<string> {
  yield* jsonPieces(value)
  yield '\n'
}

/** How deep objects are opened (a SARIF log's notifications sit at depth 5). */
const MAX_OPEN_DEPTH = 6
/** Array elements serialized by one JSON.stringify call: a piece of a few tens of KB. */
const ELEMENTS_PER_PIECE = 32

type Container = Record<string, unknown> | readonly unknown[]

function* containerPieces(value: Container, depth: number): Generator<string> {
  const inner = '  '.repeat(depth + 1)
  if (isArray(value)) {
    const [only] = value
    if (value.length === 1 && opens(only, depth + 1)) {
      // A single element (a SARIF log's one run) is opened in turn.
      yield `[\n${inner}`
      yield* containerPieces(only, depth + 1)
    } else {
      yield '[\n'
      for (let start = 0; start < value.length; start += ELEMENTS_PER_PIECE) {
        // Its own piece: `,\n${text}` would be a cons string that writing it flattens, a copy of every batch.
        if (start > 0) yield ',\n'
        yield elementsText(value.slice(start, start + ELEMENTS_PER_PIECE), depth + 1)
      }
    }
    yield `\n${'  '.repeat(depth)}]`
    return
  }
  const keys = Object.keys(value).filter(key => serializes(value[key]))
  yield '{\n'
  for (const [index, key] of keys.entries()) {
    const member = value[key]
    const name = `${index === 0 ? '' : ',\n'}${inner}${JSON.stringify(key)}: `
    if (opens(member, depth + 1)) {
      yield name
      yield* containerPieces(member, depth + 1)
    } else {
      yield `${name}${valueText(member, depth + 1)}`
    }
  }
  yield `\n${'  '.repeat(depth)}}`
}

/** Whether a value is opened into pieces of its own at this depth: a non-empty object or array, not too deep. */
function opens(value: unknown, depth: number): value is Container {
  if (depth >= MAX_OPEN_DEPTH || !isContainer(value)) return false
  return isArray(value) ? value.length > 0 : Object.keys(value).some(key => serializes(value[key]))
}

/**
 * The text of array elements at `depth`, each on its own indented lines, joined by `,\n`: JSON.stringify
 * of the elements nested `depth` arrays deep, less the brackets of the nesting (`depth * (depth + 1)`
 * characters at each end: `[\n`, `  [\n`, ...). No re-indenting: JSON.stringify writes the indentation.
 */
function elementsText(elements: readonly unknown[], depth: number): string {
  let nested: unknown = elements
  for (let level = 1; level < depth; level++) nested = [nested]
  const text = JSON.stringify(nested, null, 2)
  const brackets = depth * (depth + 1)
  return text.slice(brackets, text.length - brackets)
}

/** One value's text at `depth`, its first line not indented (it follows a member's name). */
function valueText(value: unknown, depth: number): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value)
  return elementsText([value], depth).slice(2 * depth)
}

/** Whether an object member is written at all: JSON.stringify leaves out undefined, functions and symbols. */
const serializes = (value: unknown): boolean =>
  value !== undefined && typeof value !== 'function' && typeof value !== 'symbol'

/** Whether a value with `toJSON` sits where the pieces would serialize it without its own key. */
function hasToJsonWhereOpened(value: Container, depth: number): boolean {
  const children = isArray(value) ? value : Object.values(value)
  for (const child of children) {
    if (hasToJson(child)) return true
    if (isArray(value) && !(value.length === 1 && opens(child, depth + 1))) continue
    if (opens(child, depth + 1) && hasToJsonWhereOpened(child, depth + 1)) return true
  }
  return false
}

const isArray = (value: unknown): value is readonly unknown[] => Array.isArray(value)

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null && !hasToJson(value)
}

function hasToJson(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function'
}
