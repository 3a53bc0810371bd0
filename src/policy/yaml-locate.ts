import { EVENT_ID, getScalarValue, parseEvents, type Event } from 'js-yaml'

/** A 1-based position in a YAML text. */
export interface YamlPosition {
  readonly line: number
  readonly column: number
}

type Segment = string | number

interface Frame {
  readonly kind: 'mapping' | 'sequence'
  readonly path: string
  /** Mappings alternate key and value; `key` holds the last key read. */
  expectingKey: boolean
  key: string
  index: number
  /** The key's offset: a mapping value is reported at its key's line. */
  keyOffset: number
  /** A collection used as a mapping key: when it ends, its mapping still waits for the value. */
  readonly isKey: boolean
}

/**
 * Where the value at `path` (e.g. `['families', 2, 'kb']`) is written: the line of its key for a mapping
 * value, the item itself for a sequence item. Undefined when the path is not in the text. The walk is
 * iterative over js-yaml's event stream, whose depth js-yaml already bounds.
 */
export function locateYamlPath(text: string, path: readonly Segment[]): YamlPosition | undefined {
  const wanted = pathKey(path)
  if (wanted === '') return { line: 1, column: 1 }
  let events: Event[]
  try {
    events = parseEvents(text, {})
  } catch {
    return undefined
  }
  const stack: Frame[] = []
  for (const event of events) {
    if (event.type === EVENT_ID.POP) {
      const closed = stack.pop()
      if (closed !== undefined && !closed.isKey) advance(stack.at(-1))
      continue
    }
    if (event.type === EVENT_ID.DOCUMENT) continue
    const frame = stack.at(-1)
    const start = event.type === EVENT_ID.SCALAR ? event.valueStart : 'start' in event ? event.start : event.anchorStart
    let path = ''
    if (frame?.kind === 'mapping' && frame.expectingKey) {
      // Keys are scalars in the files we read; a complex key is walked but never matches a path.
      frame.key = event.type === EVENT_ID.SCALAR ? getScalarValue(text, event) : '\u0000'
      frame.keyOffset = start
      frame.expectingKey = false
      if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
        stack.push(open(event.type, '\u0000', true))
      }
      continue
    }
    if (frame !== undefined) {
      path = `${frame.path}/${frame.kind === 'mapping' ? escape(frame.key) : String(frame.index)}`
      if (path === wanted) return positionOf(text, frame.kind === 'mapping' ? frame.keyOffset : start)
    }
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) stack.push(open(event.type, path))
    else advance(frame)
  }
  return undefined
}

/** The JSON-pointer-like key of a path (ajv's `instancePath` form). */
export const pathKey = (path: readonly Segment[]): string => path.map(s => `/${escape(String(s))}`).join('')

const escape = (segment: string): string => segment.replaceAll('~', '~0').replaceAll('/', '~1')

function open(type: typeof EVENT_ID.MAPPING | typeof EVENT_ID.SEQUENCE, path: string, isKey = false): Frame {
  const kind = type === EVENT_ID.MAPPING ? 'mapping' : 'sequence'
  return { kind, path, expectingKey: true, key: '', index: 0, keyOffset: 0, isKey }
}

/** After a value ends: a mapping waits for its next key, a sequence moves to its next item. */
function advance(frame: Frame | undefined): void {
  if (frame?.kind === 'mapping') frame.expectingKey = true
  else if (frame) frame.index += 1
}

function positionOf(text: string, offset: number): YamlPosition {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}
