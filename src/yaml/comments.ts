import type { YamlParseResult } from './parse.js'
import { offsetOf } from './lazy-nodes.js'
import type { YamlNode } from './nodes.js'

/** A `# <marker> text` comment: where its `#` is, and the text after the marker (trimmed). */
export interface MarkedComment {
  readonly line: number
  readonly column: number
  readonly text: string
}

/**
 * Finds comments that start with `marker` (`# hotpatch-reboot-gate-exempt reason...`). js-yaml
 * drops comments, so the text is scanned; a `#` counts only where YAML starts a comment (line start
 * or after whitespace) and outside every scalar of the parsed documents (a `#` inside a quoted or
 * block scalar is text).
 */
export function findMarkedComments(parsed: YamlParseResult, marker: string): MarkedComment[] {
  const text = parsed.lines.text
  // Most texts hold no marker: the native search passes them, where the pattern (a look-behind at every `#`) took longer.
  if (!text.includes(marker)) return []
  const pattern = new RegExp(`(?<=^|[ \\t])#[ \\t]*${escapeRegExp(marker)}(?=[ \\t:]|$)(.*)$`, 'gm')
  const found: MarkedComment[] = []
  let spans: [number, number][] | undefined
  for (const match of text.matchAll(pattern)) {
    spans ??= scalarSpans(parsed)
    if (insideSpan(spans, match.index)) continue
    const position = parsed.lines.at(match.index)
    const rest = (match[1] ?? '').replace(/\r$/, '').replace(/^:/, '')
    found.push({ line: position.line, column: position.column, text: rest.trim() })
  }
  return found
}

const HASH = 0x23
const SPACE = 0x20
const TAB = 0x09

/**
 * Whether an offset of the parsed text lies in a comment: after a `#` of its line that starts one (at the line's
 * start or after whitespace, outside every scalar), by the rule `findMarkedComments` follows. In text that did not
 * parse the scalars are not known: only a line whose first character but blanks is `#` is a comment there. Each
 * line is looked at once, however many offsets of it are asked about.
 */
export function inComment(parsed: YamlParseResult): (offset: number) => boolean {
  const text = parsed.lines.text
  const broken = parsed.errors.length > 0
  let spans: [number, number][] | undefined
  /** Per line asked about, where its comment starts (the text's length when it has none). */
  const commentStart = new Map<number, number>()
  const startOfComment = (line: number): number => {
    const lineStart = parsed.lines.lineStart(line)
    const lineEnd = parsed.lines.lineStart(line + 1)
    // Character by character within the line: an indexOf would run on past it to the next `#` of the text.
    for (let at = lineStart; at < lineEnd; at++) {
      const code = text.charCodeAt(at)
      if (broken && code !== HASH && code !== SPACE && code !== TAB) break
      if (code !== HASH) continue
      const before = at === lineStart ? SPACE : text.charCodeAt(at - 1)
      if (before !== SPACE && before !== TAB) continue
      if (broken) return at
      spans ??= scalarSpans(parsed)
      if (!insideSpan(spans, at)) return at
    }
    return text.length
  }
  return offset => {
    const line = parsed.lines.at(offset).line
    let start = commentStart.get(line)
    if (start === undefined) commentStart.set(line, (start = startOfComment(line)))
    return start < offset
  }
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Sorted [start, end) offsets of every scalar (keys too), walked iteratively; shared nodes once. */
function scalarSpans(parsed: YamlParseResult): [number, number][] {
  const spans: [number, number][] = []
  const seen = new Set<YamlNode>()
  const pending: YamlNode[] = parsed.documents.flatMap(document => (document.root ? [document.root] : []))
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (seen.has(node)) continue
    seen.add(node)
    if (node.kind === 'scalar') spans.push([offsetOf(node, 'start'), offsetOf(node, 'end')])
    else if (node.kind === 'seq') for (const item of node.items) pending.push(item)
    else for (const entry of node.entries) pending.push(entry.keyNode, entry.value)
  }
  return spans.sort((a, b) => a[0] - b[0])
}

function insideSpan(spans: readonly [number, number][], offset: number): boolean {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [start, end] = spans[middle] as [number, number]
    if (offset < start) high = middle - 1
    else if (offset >= end) low = middle + 1
    else return true
  }
  return false
}
