import type { Expression, TemplatePart } from './ast.js'
import { commonIndent, literalText, unescapeQuoted } from './convert-template.js'
import { HclScanner } from './fast-scanner.js'
import { BACKSLASH, CLOSE_BRACE, CR, DOLLAR, FF, LF, LOWER_N, LOWER_R, LOWER_T, LOWER_U, MINUS, OPEN_BRACE, PERCENT, QUOTE, SPACE, TAB, TILDE, UNDERSCORE, UPPER_U, VT } from './fast-characters.js'

/** Nesting the fast parser reads; deeper text is left to tree-sitter (which gives up at 1000 nodes). */
const MAX_DEPTH = 64

/** `${ expression }` inside a template: where it starts and ends, and its expression. */
interface Interpolation {
  readonly start: number
  readonly end: number
  readonly expression: Expression
}

/** How a template's text is read (convert-template.ts): escapes in quoted strings, `<<-` indentation. */
interface TextMode {
  readonly escapes: boolean
  readonly dedent: number
}

const QUOTED_TEXT: TextMode = { escapes: true, dedent: 0 }

/**
 * Quoted strings, templates and heredocs of the fast HCL parser, read as tree-sitter-hcl's external
 * scanner (src/scanner.c) reads them and built as convert-expression.ts / convert-template.ts build them
 * (their text is cut from the source with the same helpers).
 */
export abstract class HclTemplates extends HclScanner {
  protected depth = 0
  /** Inside `${ }`: a `{` there is left to tree-sitter (its scanner may end the interpolation at the `}`). */
  protected interpolations = 0

  protected abstract expression(noConditional: boolean): Expression

  protected enter(): void {
    if (++this.depth > MAX_DEPTH) this.fail()
  }

  /**
   * A quoted string from its `"`: where it closes and its interpolations. Escapes, `$${` and `%%{` as the
   * grammar's scanner reads them; a line end, a directive (`%{`), a strip marker or a bad escape fails.
   */
  protected quoted(allowInterpolation: boolean): { close: number; interpolations: Interpolation[] } {
    const source = this.source
    const interpolations: Interpolation[] = []
    let at = this.at + 1
    for (;;) {
      const code = source.charCodeAt(at)
      if (code === QUOTE) break
      if (code === BACKSLASH) at = this.escape(at)
      else if (code === DOLLAR || code === PERCENT) at = this.templateSign(at, allowInterpolation, interpolations)
      else if (code === LF || code === CR || Number.isNaN(code)) this.fail()
      else at++
    }
    this.at = at + 1
    return { close: at, interpolations }
  }

  /**
   * A `$` or `%` in a template's text: `${` starts an interpolation (read into `interpolations`), `$${` and
   * `%%{` are escapes, a directive (`%{`) or a third `$` / `%` fails. The offset after it.
   */
  private templateSign(at: number, allowInterpolation: boolean, interpolations: Interpolation[]): number {
    const source = this.source
    const code = source.charCodeAt(at)
    const next = source.charCodeAt(at + 1)
    if (next === OPEN_BRACE) {
      if (code === PERCENT || !allowInterpolation) this.fail()
      this.at = at + 2
      interpolations.push(this.interpolation(at))
      return this.at
    }
    if (next !== code) return at + 1
    const third = source.charCodeAt(at + 2)
    if (third === code) this.fail()
    return at + (third === OPEN_BRACE ? 3 : 2)
  }

  /**
   * A heredoc from its `<<` / `<<-`. It closes at the first line (outside interpolations) that holds the
   * marker alone, indented or not, as the scanner finds it; a line starting with the marker and more text,
   * an unterminated heredoc or anything but blanks after the opening marker fails. Its text is cut as
   * convert-template.ts cuts it: from the line after the opening marker to the start of the closing line.
   */
  protected heredoc(): Expression {
    const source = this.source
    const open = this.at
    if (this.interpolations > 0) this.fail()
    const strip = source.charCodeAt(open + 2) === MINUS
    let at = open + (strip ? 3 : 2)
    const markerStart = at
    while (isMarkerCharacter(source.charCodeAt(at))) at++
    if (at === markerStart || source.charCodeAt(at) > 127) this.fail()
    const marker = source.slice(markerStart, at)
    while (isBlank(source.charCodeAt(at))) at++
    if (source.charCodeAt(at) !== LF) this.fail()
    const start = at + 1
    const interpolations: Interpolation[] = []
    let lineStart = true
    for (at = start; ; at++) {
      const code = source.charCodeAt(at)
      if (code === LF) lineStart = true
      else if (isBlank(code)) continue
      else if (Number.isNaN(code) || (code > 127 && /\s/.test(source.charAt(at)))) this.fail()
      else if (lineStart && source.startsWith(marker, at)) {
        let after = at + marker.length
        while (isBlank(source.charCodeAt(after))) after++
        if (source.charCodeAt(after) !== LF) this.fail()
        break
      } else {
        lineStart = false
        if (code === DOLLAR || code === PERCENT) at = this.templateSign(at, true, interpolations) - 1
      }
    }
    const end = source.lastIndexOf('\n', at - 1) + 1
    const mode = { escapes: false, dedent: strip ? commonIndent(source.slice(start, end)) : 0 }
    this.at = at + marker.length
    return { kind: 'template', parts: this.parts(start, end, interpolations, mode), pos: this.position(open) }
  }

  /** The text and interpolation parts of a template's content, as convert-template.ts `partsBetween`. */
  private parts(start: number, end: number, interpolations: readonly Interpolation[], mode: TextMode): TemplatePart[] {
    const parts: TemplatePart[] = []
    let cursor = start
    for (const { start: from, end: to, expression } of interpolations) {
      const text = literalText(this.source, cursor, from, mode)
      if (text !== '') parts.push({ kind: 'text', text })
      parts.push({ kind: 'interpolation', expression })
      cursor = to
    }
    const text = literalText(this.source, cursor, end, mode)
    if (text !== '') parts.push({ kind: 'text', text })
    return parts
  }

  /** `\n`, `\r`, `\t`, `\"`, `\\`, `\uXXXX`, `\UXXXXXXXX` (the scanner's escapes); the offset after it. */
  private escape(at: number): number {
    const letter = this.source.charCodeAt(at + 1)
    if (letter === LOWER_N || letter === LOWER_R || letter === LOWER_T || letter === QUOTE || letter === BACKSLASH) return at + 2
    const digits = letter === LOWER_U ? 4 : letter === UPPER_U ? 8 : 0
    if (digits === 0) this.fail()
    for (let i = 0; i < digits; i++) {
      if (!/[0-9a-fA-F]/.test(this.source.charAt(at + 2 + i))) this.fail()
    }
    return at + 2 + digits
  }

  private interpolation(start: number): Interpolation {
    this.skip()
    if (this.code() === TILDE || this.code() === CLOSE_BRACE) this.fail()
    this.interpolations++
    const expression = this.expression(false)
    this.interpolations--
    this.skip()
    if (this.code() !== CLOSE_BRACE) this.fail()
    this.at++
    return { start, end: this.at, expression }
  }

  /** A string literal, or a template when it has interpolations (convert-expression.ts `literal`, convert-template.ts). */
  protected string(): Expression {
    const open = this.at
    const { close, interpolations } = this.quoted(true)
    const source = this.source
    const pos = this.position(open)
    if (interpolations.length === 0) {
      const raw = source.slice(open + 1, close).replaceAll('$${', '${').replaceAll('%%{', '%{')
      return { kind: 'literal', value: unescapeQuoted(raw), pos }
    }
    return { kind: 'template', parts: this.parts(open + 1, close, interpolations, QUOTED_TEXT), pos }
  }
}

/** The heredoc marker's characters (the scanner's `iswalnum`, `_`, `-`; ASCII here). */
function isMarkerCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === UNDERSCORE || code === MINUS
}

/** White space other than a line feed (the scanner's `iswspace` on ASCII). */
function isBlank(code: number): boolean {
  return code === SPACE || code === TAB || code === CR || code === VT || code === FF
}
