import { ExpressionSyntaxError, tokenize, type Token } from './tokenizer.js'

/** The syntax tree of one ARM expression. */
export type Expression =
  | { readonly kind: 'literal'; readonly value: string | number | boolean | null }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Expression[] }
  | { readonly kind: 'member'; readonly target: Expression; readonly name: string }
  | { readonly kind: 'index'; readonly target: Expression; readonly index: Expression }

/** Deeper nesting is refused with a syntax error rather than risking the stack. */
export const MAX_EXPRESSION_DEPTH = 64

const BARE_LITERALS = new Map<string, boolean | null>([
  ['true', true],
  ['false', false],
  ['null', null]
])

/** Parses the text between the brackets of `[...]`; throws ExpressionSyntaxError with an offset. */
export function parseExpression(text: string): Expression {
  const parser = new Parser(tokenize(text))
  const expression = parser.expression(0)
  parser.expectEnd()
  return expression
}

class Parser {
  private position = 0

  constructor(private readonly tokens: readonly Token[]) {}

  expression(depth: number): Expression {
    this.limitDepth(depth)
    let expression = this.primary(depth)
    // Each `.name` or `[index]` wraps the expression once more, and evaluation recurses through it.
    for (let level = depth + 1; ; level++) {
      if (this.peekIs('.') || this.peekIs('[')) this.limitDepth(level)
      if (this.accept('.')) {
        expression = { kind: 'member', target: expression, name: this.identifier('a property name') }
      } else if (this.accept('[')) {
        expression = { kind: 'index', target: expression, index: this.expression(level + 1) }
        this.expect(']')
      } else {
        return expression
      }
    }
  }

  expectEnd(): void {
    const token = this.peek()
    if (token.kind !== 'end') throw new ExpressionSyntaxError(`unexpected ${describe(token)}`, token.offset)
  }

  private limitDepth(depth: number): void {
    if (depth > MAX_EXPRESSION_DEPTH) {
      throw new ExpressionSyntaxError(`expression nested deeper than ${MAX_EXPRESSION_DEPTH} levels`, this.peek().offset)
    }
  }

  private primary(depth: number): Expression {
    const token = this.next()
    if (token.kind === 'string') return { kind: 'literal', value: token.text }
    if (token.kind === 'number') return { kind: 'literal', value: token.value }
    if (token.kind !== 'identifier') {
      throw new ExpressionSyntaxError(`expected a function call or a literal, found ${describe(token)}`, token.offset)
    }
    let name = token.text
    if (this.peekIs('.') && this.peekIs('(', 2)) {
      this.position++
      name = `${name}.${this.identifier('a function name')}`
    }
    if (!this.accept('(')) {
      const literal = BARE_LITERALS.get(name.toLowerCase())
      if (literal !== undefined) return { kind: 'literal', value: literal }
      throw new ExpressionSyntaxError(`expected '(' after '${name}'`, this.peek().offset)
    }
    return { kind: 'call', name, args: this.arguments(depth) }
  }

  private arguments(depth: number): Expression[] {
    const args: Expression[] = []
    if (this.accept(')')) return args
    for (;;) {
      args.push(this.expression(depth + 1))
      if (this.accept(')')) return args
      this.expect(',', "',' or ')'")
    }
  }

  private identifier(what: string): string {
    const token = this.next()
    if (token.kind !== 'identifier') throw new ExpressionSyntaxError(`expected ${what}, found ${describe(token)}`, token.offset)
    return token.text
  }

  private expect(text: string, what = `'${text}'`): void {
    const token = this.peek()
    if (!this.accept(text)) throw new ExpressionSyntaxError(`expected ${what}, found ${describe(token)}`, token.offset)
  }

  private accept(text: string): boolean {
    if (!this.peekIs(text)) return false
    this.position++
    return true
  }

  private peekIs(text: string, ahead = 0): boolean {
    const token = this.tokens[this.position + ahead]
    return token?.kind === 'punctuation' && token.text === text
  }

  private peek(): Token {
    return this.tokens[this.position] ?? (this.tokens[this.tokens.length - 1] as Token)
  }

  private next(): Token {
    const token = this.peek()
    if (token.kind !== 'end') this.position++
    return token
  }
}

function describe(token: Token): string {
  switch (token.kind) {
    case 'end':
      return 'the end of the expression'
    case 'number':
      return `number ${token.value}`
    case 'string':
      return `string '${token.text}'`
    default:
      return `'${token.text}'`
  }
}
