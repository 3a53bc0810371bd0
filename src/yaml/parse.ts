import { parseEvents, YAMLException } from 'js-yaml'
import { DocumentComposer } from './compose.js'
import { DEFAULT_YAML_LIMITS, type YamlLimits } from './limits.js'
import { LineIndex } from './line-index.js'
import { eventsReadLikeGoYaml, retryBudget, type RetryBudget } from './shallow-continuations.js'
import type { YamlDocument, YamlError } from './nodes.js'

export interface YamlParseResult {
  /** The documents that could be read, in file order (`index` keeps their place). */
  readonly documents: readonly YamlDocument[]
  /** Syntax errors and breached limits, located; a broken document never hides the others. */
  readonly errors: readonly YamlError[]
  readonly lines: LineIndex
}

/**
 * Parses a (multi-document) YAML text into positioned nodes with js-yaml 5's event parser. On a
 * syntax error the text is split at its `---` / `...` markers and each part is parsed on its own,
 * so one broken document does not hide the others in a multi-document file.
 *
 * `wanted`, when given, is asked about each document's text (with the comments, blank lines and
 * directives before it) and its offset in `text`: a document it does not want is not parsed, its syntax
 * errors are not looked for, and it counts as one document. The caller's test must only say no to text it can tell holds
 * nothing it reads (kubernetes-reader.ts: an object of another API group, such as a 3 MB CRD).
 */
export function parseYaml(
  text: string,
  limits: Partial<YamlLimits> = {},
  wanted?: (document: string, start: number) => boolean
): YamlParseResult {
  const effective: YamlLimits = { ...DEFAULT_YAML_LIMITS, ...limits }
  const lines = new LineIndex(text)
  const budget = retryBudget(text)
  if (wanted === undefined) {
    const { documents, errors } = parseRange(text, 0, text.length, lines, effective, 0, budget)
    return { documents, errors, lines }
  }
  const documents: YamlDocument[] = []
  const errors: YamlError[] = []
  let index = 0
  for (const [start, end, parse] of wantedRanges(text, wanted)) {
    if (!parse) {
      index++
      continue
    }
    const part = parseRange(text, start, end, lines, effective, index, budget)
    // Loops, not push(...): a range may hold 100,000 documents, past what a call takes as arguments.
    for (const document of part.documents) documents.push(document)
    for (const error of part.errors) errors.push(error)
    index = part.nextIndex
  }
  return { documents, errors, lines }
}

/** The documents between two offsets: parsed together, or part by part when one part is broken. */
function parseRange(
  text: string,
  start: number,
  end: number,
  lines: LineIndex,
  limits: YamlLimits,
  first: number,
  budget: RetryBudget
): { documents: YamlDocument[]; errors: YamlError[]; nextIndex: number } {
  const source = start === 0 && end === text.length ? text : text.slice(start, end)
  const whole = parseChunk(source, start, lines, limits, first, budget)
  if (whole.syntaxError === undefined) return whole
  const chunks = documentChunks(source)
  if (chunks.length < 2) return { documents: whole.documents, errors: [...whole.errors, whole.syntaxError], nextIndex: whole.nextIndex + 1 }
  const documents: YamlDocument[] = []
  const errors: YamlError[] = []
  let index = first
  for (const [from, to] of chunks) {
    const part = parseChunk(source.slice(from, to), start + from, lines, limits, index, budget)
    // Loops, not push(...): a range may hold 100,000 documents, past what a call takes as arguments.
    for (const document of part.documents) documents.push(document)
    for (const error of part.errors) errors.push(error)
    if (part.syntaxError !== undefined) errors.push(part.syntaxError)
    // A broken part counts as one document so later indexes stay close to the file's.
    index = part.syntaxError === undefined ? part.nextIndex : part.nextIndex + 1
  }
  return { documents, errors, nextIndex: index }
}

/**
 * The text in runs of documents to parse or to pass over, as [start, end, parse]. A part with no
 * document of its own (comments, directives, blank lines) goes with the document after it; consecutive
 * wanted documents are parsed together, as the whole text would be.
 */
function wantedRanges(text: string, wanted: (document: string, start: number) => boolean): [number, number, boolean][] {
  const documents: [number, number][] = []
  let pending: number | undefined
  for (const [start, end] of documentChunks(text)) {
    const from = pending ?? start
    if (!holdsContent(text.slice(start, end))) {
      pending = from
      continue
    }
    documents.push([from, end])
    pending = undefined
  }
  if (pending !== undefined) {
    const last = documents.pop()
    documents.push([last?.[0] ?? pending, text.length])
  }
  const ranges: [number, number, boolean][] = []
  for (const [start, end] of documents) {
    const parse = wanted(text.slice(start, end), start)
    const previous = ranges[ranges.length - 1]
    if (previous !== undefined && previous[2] && parse) previous[1] = end
    else ranges.push([start, end, parse])
  }
  return ranges
}

/** A line that is more than a marker, a directive, a comment or blank. */
const CONTENT_LINE = /^(?![ \t]*(?:#|\r?$)|%|(?:---|\.\.\.)[ \t]*(?:#|\r?$))/m

const holdsContent = (part: string): boolean => CONTENT_LINE.test(part)

interface ChunkResult {
  readonly documents: YamlDocument[]
  readonly errors: YamlError[]
  readonly syntaxError?: YamlError
  readonly nextIndex: number
}

function parseChunk(source: string, base: number, lines: LineIndex, limits: YamlLimits, index: number, budget: RetryBudget): ChunkResult {
  let events
  try {
    events = parseEvents(source, { maxDepth: limits.maxDepth })
  } catch (error) {
    // A quoted scalar's continuation line no deeper than its key: go-yaml (kubectl, Pulumi) reads it.
    events = eventsReadLikeGoYaml(source, error, limits.maxDepth, budget)
    if (events === undefined) return { documents: [], errors: [], syntaxError: syntaxError(error, base, lines), nextIndex: index }
  }
  return new DocumentComposer(source, base, lines, limits, index).compose(events)
}

function syntaxError(error: unknown, base: number, lines: LineIndex): YamlError {
  if (error instanceof YAMLException && error.mark !== undefined) {
    return { message: error.reason, ...lines.at(base + error.mark.position) }
  }
  // The parser recurses; maxDepth keeps it far from the stack limit, but never let a RangeError out.
  const message =
    error instanceof RangeError ? 'YAML nesting too deep to parse' : `YAML parser failed: ${String(error)}`
  return { message, ...lines.at(base) }
}

const MARKER = /^(?:---|\.\.\.)(?=[ \t]|$)/

/** [start, end) offsets of the parts between document markers (`---` and `...` at column 1). */
function documentChunks(text: string): [number, number][] {
  const starts = [0]
  let lineStart = 0
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline < 0 ? text.length : newline
    // Only a line that starts with '-' or '.' can be a marker: the others are not cut out to be tested.
    const first = text.charCodeAt(lineStart)
    if (lineStart > 0 && (first === 0x2d || first === 0x2e)) {
      const line = text.slice(lineStart, lineEnd).replace(/\r$/, '')
      if (MARKER.test(line)) starts.push(line.startsWith('...') ? lineEnd : lineStart)
    }
    lineStart = lineEnd + 1
  }
  return starts.map((start, i) => [start, starts[i + 1] ?? text.length])
}
