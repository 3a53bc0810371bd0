import { parseTree, type Node, type ParseError as JsoncError } from 'jsonc-parser'
import type { ParseError } from '../../../model/resources.js'
import type { SourceLocation } from '../../../model/source.js'
import type { Json } from '../expressions/values.js'
import type { JsonPath } from './json-value.js'
import { MemberIndex } from './member-index.js'
import { LinePositions } from '../../shared/json/line-positions.js'
import { findExcessiveNesting, MAX_JSON_DEPTH } from '../../shared/json/nesting.js'
import { lineBreaksInStringsAsSpaces } from './multi-line-strings.js'

/**
 * A parsed JSON file. The value comes from JSON.parse (fast); positions come from the member index,
 * built in one pass over the text when the first position is asked (most files yield nothing and are
 * never indexed). A file with comments (not JSON.parse's) keeps jsonc-parser's tree instead.
 */
export class JsonDocument {
  private index: MemberIndex | undefined
  private lines: LinePositions | undefined
  /**
   * The locations made, numbered in the index's members (`noteLocation`): one object per member however
   * many values point there (the copies of a looped resource, the parameter default every resource reads).
   */
  private located: SourceLocation[] = []

  constructor(
    readonly file: string,
    readonly text: string,
    readonly value: Json,
    /** jsonc-parser's tree, for a file JSON.parse refused. */
    private readonly tree?: Node,
    /** Already built when the text was checked for nesting. */
    index?: MemberIndex
  ) {
    this.index = index
  }

  /**
   * The 1-based position of a path (its first `length` segments): a property's key, or an array element's
   * first character.
   *
   * Positions are found when a value is read, not when the report prints it (issue 18 asked for the
   * latter; measured on the ARM 10,000-file tree, 2026-12-06): 147,402 calls give 145,966 positions, of
   * which the report prints 22,952 lines, but every one of the 10,000 files has a printed position (a VM,
   * a plan, a finding), so the member index is built for each file either way (174 ms of the 195 ms the
   * calls take). What a lazy position could save is the walk and the object of the unprinted ones, ~20 ms
   * and some GC; it would cost keeping each file's index (or a getter-based location, which spreads,
   * `JSON.stringify` and the pool's result codec would drop) alive until the report.
   */
  locate(path: JsonPath, length = path.length): SourceLocation {
    if (this.tree !== undefined) {
      const { line, column } = (this.lines ??= new LinePositions(this.text)).at(treeOffset(this.tree, path, length))
      return { file: this.file, line, column }
    }
    let index = this.index
    if (index === undefined) {
      // Nesting was checked while parsing (or the text has too few brackets to nest too deep).
      const built = MemberIndex.of(this.text)
      if (!(built instanceof MemberIndex)) return { file: this.file, line: 1, column: 1 }
      this.index = index = built
    }
    const member = index.find(path, length)
    const known = index.locationOf(member)
    if (known >= 0) return this.located[known] as SourceLocation
    const location = { file: this.file, line: index.line(member), column: index.column(member) }
    index.noteLocation(member, this.located.length)
    this.located.push(location)
    return location
  }

  /**
   * Says the reader is done asking for new positions: the index's arrays go to the next document (a
   * later `locate` indexes the text again).
   */
  release(): void {
    this.index?.release()
    this.index = undefined
    // A new index numbers no location.
    this.located = []
  }
}

function treeOffset(tree: Node, path: JsonPath, length: number): number {
  let node = tree
  for (let i = 0; i < length; i++) {
    const next = childAt(node, path[i] as string | number)
    if (next === undefined) break
    node = next
  }
  return node.offset
}

/** The property node (for a key) or element node (for an index); for duplicate keys the last, as ARM reads. */
function childAt(node: Node, segment: string | number): Node | undefined {
  if (node.type === 'property') return childAt(node.children?.[1] as Node, segment)
  if (node.type === 'array') return typeof segment === 'number' ? node.children?.[segment] : undefined
  if (node.type !== 'object' || typeof segment !== 'string') return undefined
  return node.children?.findLast(property => property.children?.[0]?.value === segment)
}

// ARM accepts comments in templates; trailing commas are reported.
const PARSE_OPTIONS = { disallowComments: false, allowTrailingComma: false, allowEmptyContent: false }

export type JsonParseResult = { readonly ok: true; readonly document: JsonDocument } | { readonly ok: false; readonly error: ParseError }

/** Parses a file's text, or gives the located error that stops it (nesting too deep, malformed JSON). */
export function parseJsonDocument(file: string, text: string): JsonParseResult {
  // Nesting deeper than the limit needs more brackets than it: most files are not checked for it.
  const checkNesting = mayNestTooDeep(text)
  const value = parsedOrUndefined(text)
  if (value !== undefined) {
    if (!checkNesting) return { ok: true, document: new JsonDocument(file, text, value) }
    // JSON.parse does not recurse (it reads any depth): the pass that indexes positions checks the nesting.
    const index = MemberIndex.of(text, MAX_JSON_DEPTH)
    if (!(index instanceof MemberIndex)) return tooDeep(file, text, index.tooDeep)
    return { ok: true, document: new JsonDocument(file, text, value, undefined, index) }
  }
  const nesting = checkNesting ? findExcessiveNesting(text, MAX_JSON_DEPTH) : -1
  if (nesting >= 0) return tooDeep(file, text, nesting)
  // JSON.parse rejects comments and strings that span lines, which ARM allows: the tolerant parser decides.
  const parsed = parseTolerantly(file, text, text)
  if (parsed.ok) return parsed
  const joined = lineBreaksInStringsAsSpaces(text)
  // Only when that makes the file parse: an unterminated string keeps its own, better located, error.
  if (joined === text) return parsed
  const retried = parseTolerantly(file, text, joined)
  return retried.ok ? retried : parsed
}

function parsedOrUndefined(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json
  } catch {
    return undefined
  }
}

/** Whether a text holds more than MAX_JSON_DEPTH `{` and `[` (brackets in strings and comments count too). */
function mayNestTooDeep(text: string): boolean {
  if (text.length <= MAX_JSON_DEPTH) return false
  let count = 0
  for (let at = text.indexOf('{'); at >= 0 && count <= MAX_JSON_DEPTH; at = text.indexOf('{', at + 1)) count++
  for (let at = text.indexOf('['); at >= 0 && count <= MAX_JSON_DEPTH; at = text.indexOf('[', at + 1)) count++
  return count > MAX_JSON_DEPTH
}

function parseTolerantly(file: string, text: string, parsedText: string): JsonParseResult {
  const errors: JsoncError[] = []
  const tree = parseTree(parsedText, errors, PARSE_OPTIONS)
  const first = errors.sort((a, b) => a.offset - b.offset)[0]
  if (first !== undefined || tree === undefined) {
    return failure(file, text, first?.offset ?? 0, `invalid JSON: ${describeError(first, parsedText)}`)
  }
  return { ok: true, document: new JsonDocument(file, text, treeValue(tree), tree) }
}

const tooDeep = (file: string, text: string, offset: number): JsonParseResult =>
  failure(file, text, offset, `JSON nested deeper than ${MAX_JSON_DEPTH} levels; not read`)

function failure(file: string, text: string, offset: number, message: string): JsonParseResult {
  const { line, column } = new LinePositions(text).at(offset)
  return { ok: false, error: { file, line, column, message, severity: 'error' } }
}

// jsonc-parser's ParseErrorCode values (a const enum, which isolated modules cannot import).
const EXPECTATIONS: Readonly<Record<number, string>> = {
  1: 'expected a JSON value',
  2: 'expected a valid number',
  3: 'expected a property name in double quotes',
  4: 'expected a value',
  5: "expected ':' after the property name",
  6: "expected ','",
  7: "expected ',' or '}'",
  8: "expected ',' or ']'",
  9: 'expected the end of the file after the top-level value',
  10: 'expected a valid comment',
  11: "expected '*/' to close the comment",
  12: 'expected a closing double quote for the string',
  13: 'expected digits to complete the number',
  14: 'expected four hex digits after \\u',
  15: 'expected a valid escape sequence',
  16: 'expected no control characters inside the string (escape them)'
}

function describeError(error: JsoncError | undefined, text: string): string {
  const expected = (error && EXPECTATIONS[error.error]) ?? 'expected a JSON value'
  const offset = error?.offset ?? 0
  if (offset >= text.length) return `${expected}, found the end of the file`
  const found = text.slice(offset, offset + Math.min(Math.max(error?.length ?? 1, 1), 20))
  return `${expected}, found '${found}'`
}

/** The value of a jsonc tree (only used for files with comments); nesting was checked before. */
function treeValue(node: Node): Json {
  switch (node.type) {
    case 'object': {
      const object: Record<string, Json> = {}
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? []
        // defineProperty keeps `__proto__` an ordinary key, as JSON.parse does.
        if (key && value) Object.defineProperty(object, String(key.value), { value: treeValue(value), enumerable: true, writable: true, configurable: true })
      }
      return object
    }
    case 'array':
      return (node.children ?? []).map(treeValue)
    default:
      return node.value as Json
  }
}
