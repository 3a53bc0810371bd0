import { MAX_JSON_DEPTH } from '../../shared/json/nesting.js'

/**
 * Where every object and array of a JSON text starts and ends, numbered in document order. One linear
 * pass (the same one that refuses excessive nesting) records it; positions are then found by skipping
 * whole containers, without building a parse tree for every file.
 */
export interface JsonStructure {
  /** Offset of container k's `{` or `[`. */
  readonly starts: readonly number[]
  /** Offset of container k's closing `}` or `]`. */
  readonly ends: readonly number[]
  /** Number of the first container after container k and everything inside it. */
  readonly nexts: readonly number[]
}

export type StructureScan = { readonly tooDeep: number } | { readonly tooDeep: -1; readonly structure: JsonStructure }

/**
 * Scans a text for its containers, skipping strings and comments. `tooDeep` is the offset of the first
 * `{` or `[` that opens a level deeper than `limit` (as `findExcessiveNesting` reports it), or -1.
 * Unbalanced input (only seen on texts that do not parse) leaves unclosed containers ending at the end.
 */
export function scanStructure(text: string, limit = MAX_JSON_DEPTH): StructureScan {
  const structure = { starts: [] as number[], ends: [] as number[], nexts: [] as number[] }
  const open: number[] = []
  const tooDeep = recordContainers(text, limit, structure, open)
  if (tooDeep >= 0) return { tooDeep }
  const { starts, ends, nexts } = structure
  for (let unclosed = open.pop(); unclosed !== undefined; unclosed = open.pop()) {
    ends[unclosed] = text.length - 1
    nexts[unclosed] = starts.length
  }
  return { tooDeep: -1, structure }
}

/**
 * The scanning loop, alone in its function: V8 compiles a long loop while it runs (on-stack
 * replacement), before the code after it ever ran, and that code then deoptimized on every later
 * file. Containers still open at the end are left on `open`.
 */
function recordContainers(
  text: string,
  limit: number,
  { starts, ends, nexts }: { starts: number[]; ends: number[]; nexts: number[] },
  open: number[]
): number {
  let count = 0
  // Counted as findExcessiveNesting counts it (stray closing brackets lower it), so both refuse the same texts.
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === QUOTE) {
      i = endOfString(text, i)
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (++depth > limit) return i
      starts.push(i)
      ends.push(-1)
      nexts.push(-1)
      open.push(count++)
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth--
      // A stray closing bracket (invalid JSON) closes nothing.
      const closed = open.pop()
      if (closed !== undefined) {
        ends[closed] = i
        nexts[closed] = count
      }
    } else if (code === SLASH) {
      i = endOfComment(text, i)
    }
  }
  return -1
}

export const QUOTE = 0x22
const BACKSLASH = 0x5c
const SLASH = 0x2f
const STAR = 0x2a
export const OPEN_BRACE = 0x7b
export const OPEN_BRACKET = 0x5b
export const CLOSE_BRACE = 0x7d
export const CLOSE_BRACKET = 0x5d

/** Index of the quote closing the string that opens at `quote` (an escaped quote does not close it). */
export function endOfString(text: string, quote: number): number {
  for (let end = text.indexOf('"', quote + 1); end >= 0; end = text.indexOf('"', end + 1)) {
    let backslashes = 0
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++
    if (backslashes % 2 === 0) return end
  }
  return text.length
}

/** Index of the last character of the comment that starts at `slash` (`slash` itself when none does). */
export function endOfComment(text: string, slash: number): number {
  const next = text.charCodeAt(slash + 1)
  if (next === SLASH) {
    const end = text.indexOf('\n', slash)
    return end < 0 ? text.length : end
  }
  if (next === STAR) {
    const end = text.indexOf('*/', slash + 2)
    return end < 0 ? text.length : end + 1
  }
  return slash
}
