import { parseEvents, YAMLException } from 'js-yaml'
import { DocumentComposer } from './compose.js'
import { DEFAULT_YAML_LIMITS, type YamlLimits } from './limits.js'
import { LineIndex } from './line-index.js'
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
 */
export function parseYaml(text: string, limits: Partial<YamlLimits> = {}): YamlParseResult {
  const effective: YamlLimits = { ...DEFAULT_YAML_LIMITS, ...limits }
  const lines = new LineIndex(text)
  const whole = parseChunk(text, 0, lines, effective, 0)
  if (whole.syntaxError === undefined) return { documents: whole.documents, errors: whole.errors, lines }

  const documents: YamlDocument[] = []
  const errors: YamlError[] = []
  const chunks = documentChunks(text)
  if (chunks.length < 2) return { documents: whole.documents, errors: [...whole.errors, whole.syntaxError], lines }
  let index = 0
  for (const [start, end] of chunks) {
    const part = parseChunk(text.slice(start, end), start, lines, effective, index)
    documents.push(...part.documents)
    errors.push(...part.errors)
    if (part.syntaxError !== undefined) errors.push(part.syntaxError)
    // A broken part counts as one document so later indexes stay close to the file's.
    index = part.syntaxError === undefined ? part.nextIndex : part.nextIndex + 1
  }
  return { documents, errors, lines }
}

interface ChunkResult {
  readonly documents: YamlDocument[]
  readonly errors: YamlError[]
  readonly syntaxError?: YamlError
  readonly nextIndex: number
}

function parseChunk(source: string, base: number, lines: LineIndex, limits: YamlLimits, index: number): ChunkResult {
  let events
  try {
    events = parseEvents(source, { maxDepth: limits.maxDepth })
  } catch (error) {
    return { documents: [], errors: [], syntaxError: syntaxError(error, base, lines), nextIndex: index }
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
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '')
    if (lineStart > 0 && MARKER.test(line)) starts.push(line.startsWith('...') ? lineEnd : lineStart)
    lineStart = lineEnd + 1
  }
  return starts.map((start, i) => [start, starts[i + 1] ?? text.length])
}
