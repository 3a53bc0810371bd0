import type { Expression, ObjectItem } from './ast.js'
import { isDigit, isIdentifierStart } from './fast-scanner.js'
import { HclTemplates } from './fast-templates.js'
import { CLOSE_BRACE, CLOSE_BRACKET, CLOSE_PAREN, COLON, COMMA, EQUALS, GREATER, LESS, OPEN_BRACE, OPEN_BRACKET, OPEN_PAREN, QUOTE } from './fast-characters.js'

/**
 * The terms of the fast HCL parser (fast-parser.ts): literals, tuples, objects, `for` expressions, calls and variables, each built as the converters (convert-expression.ts,
 * convert-template.ts) build them from tree-sitter's nodes.
 */
export abstract class HclTerms extends HclTemplates {
  protected primary(): Expression {
    this.skip()
    const start = this.at
    const code = this.code()
    if (code === QUOTE) return this.string()
    if (code === LESS && this.code(start + 1) === LESS) return this.heredoc()
    if (isDigit(code)) return { kind: 'literal', value: this.number(), pos: this.position(start) }
    if (code === OPEN_BRACKET) return this.tuple()
    if (code === OPEN_BRACE) {
      if (this.interpolations > 0) this.fail()
      return this.object()
    }
    if (code === OPEN_PAREN) {
      this.at++
      const inner = this.expression(false)
      this.skip()
      if (this.code() !== CLOSE_PAREN) this.fail()
      this.at++
      return inner
    }
    if (!isIdentifierStart(code)) this.fail()
    const name = this.identifier()
    if (name === 'true' || name === 'false') return { kind: 'literal', value: name === 'true', pos: this.position(start) }
    if (name === 'null') return { kind: 'literal', value: null, pos: this.position(start) }
    if (name === 'for' || name === 'in' || name === 'if' || name === 'else' || name === 'endif' || name === 'endfor') this.fail()
    this.skip()
    if (this.code() === OPEN_PAREN) return this.call(name, start)
    return { kind: 'variable', name, pos: this.position(start) }
  }

  /** `[a, b,]` or `[for ...]`. */
  private tuple(): Expression {
    const start = this.at
    this.at++
    this.skip()
    if (this.atKeyword('for')) return this.forExpression(start, false)
    const items: Expression[] = []
    while (this.code() !== CLOSE_BRACKET) {
      items.push(this.expression(false))
      this.skip()
      if (this.code() === COMMA) {
        this.at++
        this.skip()
      } else if (this.code() !== CLOSE_BRACKET) this.fail()
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
    while (this.code() !== CLOSE_BRACE) {
      const keyStart = this.at
      const key = this.expression(true)
      this.skip()
      const separator = this.code()
      const next = this.code(this.at + 1)
      if (!(separator === COLON || (separator === EQUALS && next !== EQUALS && next !== GREATER))) this.fail()
      this.at++
      const value = this.expression(false)
      // `{ name = 1 }` names the key literally (a bare identifier; `(name)` is evaluated).
      const literalKey = key.kind === 'variable' && this.code(keyStart) !== OPEN_PAREN
      items.push({ key: literalKey ? { kind: 'literal', value: key.name, pos: key.pos } : key, value })
      this.skip()
      if (this.code() === COMMA) {
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
    if (this.code() === COMMA) {
      this.at++
      this.skip()
      second = this.name()
      this.skip()
    }
    if (!this.atKeyword('in')) this.fail()
    this.at += 2
    const collection = this.expression(true)
    this.skip()
    if (this.code() !== COLON) this.fail()
    this.at++
    let keyExpression: Expression | undefined
    if (isObject) {
      keyExpression = this.expression(false)
      this.skip()
      if (this.code() !== EQUALS || this.code(this.at + 1) !== GREATER) this.fail()
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
    while (this.code() !== CLOSE_PAREN) {
      args.push(this.expression(false))
      this.skip()
      if (this.source.startsWith('...', this.at)) {
        expandFinal = true
        this.at += 3
        this.skip()
        if (this.code() !== CLOSE_PAREN) this.fail()
      } else if (this.code() === COMMA) {
        this.at++
        this.skip()
      } else if (this.code() !== CLOSE_PAREN) this.fail()
    }
    this.at++
    return { kind: 'call', name, args, expandFinal, pos: this.position(start) }
  }
}
