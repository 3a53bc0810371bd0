import { type Attribute, type BinaryOperator, type Block, type Body, type Expression, SPLAT_ELEMENT } from './ast.js'
import { unescapeQuoted } from './convert-template.js'
import { isDigit, isIdentifierStart, LEFT_TO_TREE_SITTER } from './fast-scanner.js'
import { HclTerms } from './fast-terms.js'
import { AMPERSAND, BANG, CLOSE_BRACE, CLOSE_BRACKET, COLON, DOT, EQUALS, GREATER, LESS, MINUS, OPEN_BRACE, OPEN_BRACKET, PERCENT, PIPE, PLUS, QUESTION, QUOTE, SLASH, STAR } from './fast-characters.js'

/**
 * A recursive-descent parser for the common part of HCL, straight from the text to the evaluator's tree:
 * what tree-sitter's parse, the copy of its tree and the conversion gave (0.75 of the 1.0 ms a `.tf` file
 * cost on the mixed bench tree), in one pass. It accepts only syntax it reads exactly as the grammar
 * (tree-sitter-hcl 1.2), its scanner and the converters do, node positions included, and gives undefined
 * for anything else: template directives and strip markers, objects inside interpolations, tfvars written
 * as one object, deep nesting, non-ASCII names, any syntax error. The caller then parses with tree-sitter,
 * which also describes the errors. The tests (hcl-fast*.test.ts) check that both give the same file.
 */
export interface FastHclFile {
  readonly body: Body
  /** Start and end offsets of every comment. */
  readonly comments: readonly number[]
  readonly position: (offset: number) => { readonly line: number; readonly column: number }
}

/** Longest chain of `.name` / `[key]` read; longer ones are left to tree-sitter (200 there). */
const MAX_TRAVERSALS = 64

/** The precedence of each binary operator (the grammar's PREC table; all left-associative). */
const PRECEDENCE: Readonly<Record<string, number>> = {
  '*': 6, '/': 6, '%': 6, '+': 5, '-': 5, '>': 4, '>=': 4, '<': 4, '<=': 4, '==': 3, '!=': 3, '&&': 2, '||': 1
}

export function fastParseHcl(text: string, emptyBody: Body): FastHclFile | undefined {
  const parser = new FastHclParser(text, emptyBody)
  try {
    const body = parser.document()
    return { body, comments: parser.comments, position: offset => parser.position(offset) }
  } catch (error) {
    if (error === LEFT_TO_TREE_SITTER) return undefined
    throw error
  }
}

class FastHclParser extends HclTerms {
  constructor(
    source: string,
    private readonly emptyBody: Body
  ) {
    super(source)
  }

  document(): Body {
    this.skip()
    if (this.at >= this.source.length) return this.emptyBody
    const body = this.body()
    if (this.at < this.source.length) this.fail()
    return body
  }

  /** Attributes and blocks up to a `}` or the end (the caller checks which). */
  private body(): Body {
    const attributes = new Map<string, Attribute>()
    const blocks: Block[] = []
    for (;;) {
      this.skip()
      const start = this.at
      if (!isIdentifierStart(this.code())) return { attributes, blocks }
      const name = this.name()
      this.skip()
      if (this.code() === EQUALS) {
        const next = this.code(this.at + 1)
        if (next === EQUALS || next === GREATER) this.fail()
        this.at++
        const attribute: Attribute = { name, expression: this.expression(false), pos: this.position(start) }
        if (!attributes.has(name)) attributes.set(name, attribute)
      } else blocks.push(this.block(name, start))
    }
  }

  private block(type: string, start: number): Block {
    const labels: string[] = []
    for (;;) {
      this.skip()
      const code = this.code()
      if (code === QUOTE) labels.push(this.label())
      else if (isIdentifierStart(code)) labels.push(this.name())
      else break
    }
    if (this.code() !== OPEN_BRACE) this.fail()
    this.enter()
    this.at++
    this.skip()
    const body = this.code() === CLOSE_BRACE ? this.emptyBody : this.body()
    if (this.code() !== CLOSE_BRACE) this.fail()
    this.at++
    this.depth--
    return { type, labels, body, pos: this.position(start), end: this.position(this.at) }
  }

  /** A quoted block label: no interpolation or escape of one (tree-sitter reads those differently there). */
  private label(): string {
    const open = this.at
    const { close, interpolations } = this.quoted(false)
    const raw = this.source.slice(open + 1, close)
    if (interpolations.length > 0 || /[$%][{$%]/.test(raw)) this.fail()
    return unescapeQuoted(raw)
  }

  /** An expression; `noConditional` where a `?` would be read differently by tree-sitter (a `for` collection, an object key). */
  protected expression(noConditional: boolean): Expression {
    this.enter()
    this.skip()
    const start = this.at
    const condition = this.binary(0)
    this.skip()
    if (this.code() !== QUESTION) {
      this.depth--
      return condition
    }
    if (noConditional) this.fail()
    this.at++
    const then = this.expression(false)
    this.skip()
    if (this.code() !== COLON) this.fail()
    this.at++
    const otherwise = this.expression(false)
    this.depth--
    return { kind: 'conditional', condition, then, else: otherwise, pos: this.position(start) }
  }

  /** Binary operations by precedence climbing: left-associative at each level, as the grammar's `prec.left`. */
  private binary(minimum: number): Expression {
    this.skip()
    const start = this.at
    let left = this.unary()
    for (;;) {
      this.skip()
      const operator = this.operator()
      if (operator === undefined) return left
      const precedence = PRECEDENCE[operator] as number
      if (precedence < minimum) return left
      this.at += operator.length
      this.enter()
      const right = this.binary(precedence + 1)
      this.depth--
      left = { kind: 'binary', operator, left, right, pos: this.position(start) }
    }
  }

  private operator(): BinaryOperator | undefined {
    const code = this.code()
    const next = this.code(this.at + 1)
    switch (code) {
      case STAR:
      case PERCENT:
      case PLUS:
      case MINUS:
        return String.fromCharCode(code) as BinaryOperator
      case SLASH:
        return next === SLASH || next === STAR ? undefined : '/'
      case GREATER:
        return next === EQUALS ? '>=' : '>'
      case LESS:
        if (next === LESS) this.fail()
        return next === EQUALS ? '<=' : '<'
      case EQUALS:
        return next === EQUALS ? '==' : undefined
      case BANG:
        return next === EQUALS ? '!=' : undefined
      case AMPERSAND:
        return next === AMPERSAND ? '&&' : this.fail()
      case PIPE:
        return next === PIPE ? '||' : this.fail()
      default:
        return undefined
    }
  }

  private unary(): Expression {
    this.skip()
    const code = this.code()
    if (code !== MINUS && code !== BANG) return this.postfix()
    if (code === BANG && this.code(this.at + 1) === EQUALS) this.fail()
    const start = this.at
    this.at++
    this.enter()
    const operand = this.unary()
    this.depth--
    return { kind: 'unary', operator: code === BANG ? '!' : '-', operand, pos: this.position(start) }
  }

  /** A term and its `.name`, `.0`, `[key]`, `.*` and `[*]` traversals. */
  private postfix(): Expression {
    let current = this.primary()
    for (let count = 0; ; count++) {
      if (count > MAX_TRAVERSALS) this.fail()
      this.skip()
      const start = this.at
      const code = this.code()
      const next = this.code(start + 1)
      if (code === DOT && next === STAR) {
        this.at += 2
        current = this.splat(current, start)
      } else if (code === OPEN_BRACKET && next === STAR && this.code(start + 2) === CLOSE_BRACKET) {
        this.at += 3
        current = this.splat(current, start)
      } else if ((code === DOT && next !== DOT) || code === OPEN_BRACKET) current = this.traversal(current)
      else return current
    }
  }

  /** One `.name`, `.0` or `[key]` applied to `target`; fails on anything else. */
  private traversal(target: Expression): Expression {
    const start = this.at
    const pos = this.position(start)
    if (this.code() === OPEN_BRACKET) {
      this.at++
      const key = this.expression(false)
      this.skip()
      if (this.code() !== CLOSE_BRACKET) this.fail()
      this.at++
      return { kind: 'index', target, key, pos }
    }
    this.at++
    if (isDigit(this.code())) {
      const digits = this.at
      while (isDigit(this.code())) this.at++
      // `.0.1` may be lexed as a number by tree-sitter; a name right after the digits is a syntax error.
      const after = this.code()
      if ((after === DOT && isDigit(this.code(this.at + 1))) || after > 127 || isIdentifierStart(after) || after === MINUS) this.fail()
      return { kind: 'index', target, key: { kind: 'literal', value: Number(this.source.slice(digits, this.at)), pos }, pos }
    }
    return { kind: 'getattr', target, name: this.name(), pos }
  }

  /** `.*` / `[*]` (already read) and the traversals it applies to each element (the grammar's `prec.right`). */
  private splat(target: Expression, start: number): Expression {
    const pos = this.position(start)
    let each: Expression = { kind: 'variable', name: SPLAT_ELEMENT, pos }
    for (let count = 0; ; count++) {
      if (count > MAX_TRAVERSALS) this.fail()
      this.skip()
      const code = this.code()
      const next = this.code(this.at + 1)
      if (code === DOT && next === STAR) break
      if (code === OPEN_BRACKET && next === STAR) break
      if ((code !== DOT || next === DOT) && code !== OPEN_BRACKET) break
      each = this.traversal(each)
    }
    return { kind: 'splat', target, each, pos }
  }
}
