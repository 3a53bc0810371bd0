import { endOfString } from './json-text.js'
import { CLOSE_BRACE, CLOSE_BRACKET, OPEN_BRACE, OPEN_BRACKET, QUOTE, SLASH, STAR } from './char-codes.js'
/** Deepest JSON nesting we read; deeper input gets a located error instead of risking the stack. */
export const MAX_JSON_DEPTH = 512

/**
 * Offset of the first `{` or `[` that opens a level deeper than `limit`, or -1. A linear scan that
 * skips strings and comments, so it is safe on any input (JSON.parse itself is not recursive, but
 * the position parser and every walk over the value are).
 */
export function findExcessiveNesting(text: string, limit = MAX_JSON_DEPTH): number {
  if (text.length <= limit) return -1
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === QUOTE) {
      i = endOfString(text, i)
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (++depth > limit) return i
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth--
    } else if (code === SLASH) {
      i = endOfComment(text, i)
    }
  }
  return -1
}

function endOfComment(text: string, slash: number): number {
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
