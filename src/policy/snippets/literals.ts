/**
 * Names and values from a manifest, written into a suggested fix as literals of the fix's language, so
 * that any name — a quote, a line break, `${` — yields a snippet that parses and means that name.
 *
 * Every character no output shows as it is (unsafe-characters.ts: C0 and C1 controls, DEL, U+2028 and U+2029,
 * bidirectional controls) is written as an escape, in strings and comments alike: a Markdown code block and the
 * terminal make U+2028 a line break, drop U+0085 and show U+202E as U+FFFD, so a snippet holding one as it is
 * would be shown as another snippet, which breaks where it is pasted (a string or a `//` comment cut in two) or
 * names another VM.
 */
import { BIDI_CONTROL, CONTROL_CHARACTER, LINE_SEPARATOR } from '../../unsafe-characters.js'

/** What every literal and comment escapes (a tab and a line feed too: a string or a comment is one line). */
const ESCAPED = new RegExp(`[\\t\\n]|${CONTROL_CHARACTER.source}|${LINE_SEPARATOR.source}|${BIDI_CONTROL.source}`, 'g')

const hex = (character: string): string => (character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')

/** JSON's escape of a character (`\n`, `\u0000`); `\uXXXX` for those JSON.stringify leaves as they are (U+2028, U+0085). */
const jsonEscape = (character: string): string => {
  const written = JSON.stringify(character).slice(1, -1)
  return written === character ? `\\u${hex(character)}` : written
}

/** A line comment's text: the escaped characters shown as JSON escapes, so the comment stays one line as shown. */
export function commentText(text: string): string {
  return text.replace(ESCAPED, jsonEscape)
}

/** A JSON string (YAML's double-quoted syntax too) with every escaped character as an escape: JSON.stringify leaves U+2028, C1 and bidirectional controls. */
export function jsonString(text: string): string {
  return JSON.stringify(text).replace(ESCAPED, jsonEscape)
}

/** A Bicep string: `'`, `\` and `${` escaped, line breaks as `\n`. */
export function bicepString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\$\{/g, '\\${')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(ESCAPED, character => `\\u{${(character.codePointAt(0) ?? 0).toString(16)}}`)
  return `'${escaped}'`
}

/** An HCL quoted string: `"` and `\` escaped, `${` and `%{` doubled so they are not templates. */
export function hclString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    // A replacement function: in a replacement string `$$` is one `$`, which undid the escape.
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, '%%{')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(ESCAPED, character => `\\u${hex(character)}`)
  return `"${escaped}"`
}

/** A JSON string whose value ARM takes literally: a leading `[` would start an expression, `[[` escapes it. */
export function armLiteral(text: string): string {
  return jsonString(text.startsWith('[') ? `[${text}` : text)
}

/** A string literal inside an ARM expression: `'` doubled. */
export function armExpressionString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`
}

/** A YAML double-quoted scalar (JSON's string syntax is YAML's double-quoted syntax). */
export function yamlString(text: string): string {
  return jsonString(text)
}

/** A Pulumi YAML string: `${` is interpolation there and `$$` a literal `$`, so each `$` is doubled. */
export function pulumiString(text: string): string {
  return jsonString(text.replace(/\$/g, () => '$$'))
}
