// Scanning JSON text without parsing it: where a string or a literal ends, and a key compared in place.
// Shared by the ARM reader's member index and the nesting check.

import { BACKSLASH, CLOSE_BRACE, CLOSE_BRACKET, COMMA, QUOTE } from './char-codes.js'

/** Index of the quote closing the string that opens at `quote` (an escaped quote does not close it). */
export function endOfString(text: string, quote: number): number {
  for (let end = text.indexOf('"', quote + 1); end >= 0; end = text.indexOf('"', end + 1)) {
    let backslashes = 0
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++
    if (backslashes % 2 === 0) return end
  }
  return text.length
}

/** The end of a number, `true`, `false` or `null`. */
export function endOfLiteral(text: string, position: number): number {
  for (;;) {
    const code = text.charCodeAt(position)
    if (Number.isNaN(code) || code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || code <= 0x20) return position
    position++
  }
}

/**
 * Whether the key whose opening quote is at `quote` is `name`, compared in the text (nothing is
 * allocated); a key written with an escape (`"a\u0062"`) is compared unescaped.
 */
export function isKey(text: string, quote: number, name: string): boolean {
  let position = quote + 1
  for (let i = 0; i < name.length; i++, position++) {
    const code = text.charCodeAt(position)
    if (code === BACKSLASH) return keyOf(text, quote) === name
    if (code === QUOTE || code !== name.charCodeAt(i)) return false
  }
  return text.charCodeAt(position) === QUOTE
}

/** A key's value, unescaped. */
function keyOf(text: string, quote: number): string {
  return JSON.parse(text.slice(quote, endOfString(text, quote) + 1)) as string
}
