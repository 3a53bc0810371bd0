import type { Expression, ObjectItem, TemplatePart } from './ast.js'
import { literalText, unescapeQuoted } from './convert-template.js'
import { HclScanner, isDigit, isIdentifierStart } from './fast-scanner.js'

/** Nesting the fast parser reads; deeper text is left to tree-sitter (which gives up at 1000 nodes). */
const MAX_DEPTH = 64

/** `${ expression }` inside a quoted string: where it starts and ends, and its expression. */
interface Interpolation {
  readonly start: number
  readonly end: number
  readonly expression: Expression
}

const QUOTED_TEXT = { escapes: true, dedent: 0 } as const

/**
 * The terms of the fast HCL parser (fast-parser.ts): literals, quoted strings and templates, tuples,
 * objects, `for` expressions, calls and variables, each built as the converters (convert-expression.ts,
 * convert-template.ts) build them from tree-sitter's nodes.
 */
export abstract class HclTerms extends HclScanner {
  protected depth = 0
  /** Inside `${ }`: a `{` there is left to tree-sitter (its scanner may end the interpolation at the `}`). */
  private interpolations = 0

  protected abstract expression(noConditional: boolean): Expression

  protected enter(): void {
    if (++this.depth > MAX_DEPTH) this.fail()
  }

  protected primary(): Expression {
    this.skip()
    const start = this.at
    const code = this.code()
    if (code === 34) return this.string()
    if (isDigit(code)) return { kind: 'literal', value: this.number(), pos: this.position(start) }
    if (code === 91) return this.tuple()
    if (code === 123) {
      if (this.interpolations > 0) this.fail()
      return this.object()
    }
    if (code === 40) {
      this.at++
      const inner = this.expression(false)
      this.skip()
      if (this.code() !== 41) this.fail()
      this.at++
      return inner
    }
    if (!isIdentifierStart(code)) this.fail()
    const name = this.identifier()
    if (name === 'true' || name === 'false') return { kind: 'literal', value: name === 'true', pos: this.position(start) }
    if (name === 'null') return { kind: 'literal', value: null, pos: this.position(start) }
    if (name === 'for' || name === 'in' || name === 'if' || name === 'else' || name === 'endif' || name === 'endfor') this.fail()
    this.skip()
    if (this.code() === 40) return this.call(name, start)
    return { kind: 'variable', name, pos: this.position(start) }
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
      if (code === 34) break
      if (code === 92) at = this.escape(at)
      else if (code === 36 || code === 37) {
        const next = source.charCodeAt(at + 1)
        if (next === 123) {
          if (code === 37 || !allowInterpolation) this.fail()
          this.at = at + 2
          interpolations.push(this.interpolation(at))
          at = this.at
        } else if (next === code) {
          const third = source.charCodeAt(at + 2)
          if (third === code) this.fail()
          at += third === 123 ? 3 : 2
        } else at++
      } else if (code === 10 || code === 13 || Number.isNaN(code)) this.fail()
      else at++
    }
    this.at = at + 1
    return { close: at, interpolations }
  }

  /** `\n`, `\r`, `\t`, `\"`, `\\`, `\uXXXX`, `\UXXXXXXXX` (the scanner's escapes); the offset after it. */
  private escape(at: number): number {
    const letter = this.source.charCodeAt(at + 1)
    if (letter === 110 || letter === 114 || letter === 116 || letter === 34 || letter === 92) return at + 2
    const digits = letter === 117 ? 4 : letter === 85 ? 8 : 0
    if (digits === 0) this.fail()
    for (let i = 0; i < digits; i++) {
      if (!/[0-9a-fA-F]/.test(this.source.charAt(at + 2 + i))) this.fail()
    }
    return at + 2 + digits
  }

  private interpolation(start: number): Interpolation {
    this.skip()
    if (this.code() === 126 || this.code() === 125) this.fail()
    this.interpolations++
    const expression = this.expression(false)
    this.interpolations--
    this.skip()
    if (this.code() !== 125) this.fail()
    this.at++
    return { start, end: this.at, expression }
  }

  /** A string literal, or a template when it has interpolations (convert-expression.ts `literal`, convert-template.ts). */
  private string(): Expression {
    const open = this.at
    const { close, interpolations } = this.quoted(true)
    const source = this.source
    const pos = this.position(open)
    if (interpolations.length === 0) {
      const raw = source.slice(open + 1, close).replaceAll('$${', '${').replaceAll('%%{', '%{')
      return { kind: 'literal', value: unescapeQuoted(raw), pos }
    }
    const parts: TemplatePart[] = []
    let cursor = open + 1
    for (const { start, end, expression } of interpolations) {
      const text = literalText(source, cursor, start, QUOTED_TEXT)
      if (text !== '') parts.push({ kind: 'text', text })
      parts.push({ kind: 'interpolation', expression })
      cursor = end
    }
    const text = literalText(source, cursor, close, QUOTED_TEXT)
    if (text !== '') parts.push({ kind: 'text', text })
    return { kind: 'template', parts, pos }
  }

  /** `[a, b,]` or `[for ...]`. */
  private tuple(): Expression {
    const start = this.at
    this.at++
    this.skip()
    if (this.atKeyword('for')) return this.forExpression(start, false)
    const items: Expression[] = []
    while (this.code() !== 93) {
      items.push(this.expression(false))
      this.skip()
      if (this.code() === 44) {
        this.at++
        this.skip()
      } else if (this.code() !== 93) this.fail()
    }
    this.at++
    return { kind: 'tuple', items, pos: this.position(start) }
  }

  /** `{ key = value, key: value }` (commas optional) or `{for ...}`. */
  private object(): Expression {
    const start = this.at
    this.at++
    this.skip()
    if (this.atKeyword('for')) return this.forExpression(start, true)
    const items: ObjectItem[] = []
    while (this.code() !== 125) {
      const keyStart = this.at
      const key = this.expression(true)
      this.skip()
      const separator = this.code()
      const next = this.code(this.at + 1)
      if (!(separator === 58 || (separator === 61 && next !== 61 && next !== 62))) this.fail()
      this.at++
      const value = this.expression(false)
      // `{ name = 1 }` names the key literally (a bare identifier; `(name)` is evaluated).
      const literalKey = key.kind === 'variable' && this.code(keyStart) !== 40
      items.push({ key: literalKey ? { kind: 'literal', value: key.name, pos: key.pos } : key, value })
      this.skip()
      if (this.code() === 44) {
        this.at++
        this.skip()
      }
    }
    this.at++
    return { kind: 'object', items, pos: this.position(start) }
  }

  /** `[for k, v in c : value if cond]` / `{for k, v in c : key => value... if cond}`, after the `for`. */
  private forExpression(start: number, isObject: boolean): Expression {
    this.at += 3
    this.skip()
    const first = this.name()
    this.skip()
    let second: string | undefined
    if (this.code() === 44) {
      this.at++
      this.skip()
      second = this.name()
      this.skip()
    }
    if (!this.atKeyword('in')) this.fail()
    this.at += 2
    const collection = this.expression(true)
    this.skip()
    if (this.code() !== 58) this.fail()
    this.at++
    let keyExpression: Expression | undefined
    if (isObject) {
      keyExpression = this.expression(false)
      this.skip()
      if (this.code() !== 61 || this.code(this.at + 1) !== 62) this.fail()
      this.at += 2
    }
    const valueExpression = this.expression(false)
    this.skip()
    let grouping = false
    if (isObject && this.source.startsWith('...', this.at)) {
      grouping = true
      this.at += 3
      this.skip()
    }
    let condition: Expression | undefined
    if (this.atKeyword('if')) {
      this.at += 2
      condition = this.expression(false)
      this.skip()
    }
    if (this.code() !== (isObject ? 125 : 93)) this.fail()
    this.at++
    const keyName = second !== undefined ? first : undefined
    const valueName = second ?? first
    return { kind: 'for', keyName, valueName, collection, keyExpression, valueExpression, condition, grouping, pos: this.position(start) }
  }

  /** `name(a, b, list...)`, at the `(`. */
  private call(name: string, start: number): Expression {
    this.at++
    this.skip()
    const args: Expression[] = []
    let expandFinal = false
    while (this.code() !== 41) {
      args.push(this.expression(false))
      this.skip()
      if (this.source.startsWith('...', this.at)) {
        expandFinal = true
        this.at += 3
        this.skip()
        if (this.code() !== 41) this.fail()
      } else if (this.code() === 44) {
        this.at++
        this.skip()
      } else if (this.code() !== 41) this.fail()
    }
    this.at++
    return { kind: 'call', name, args, expandFinal, pos: this.position(start) }
  }
}
