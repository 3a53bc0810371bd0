import type {
  ArrayExpression,
  BinaryOperator,
  Expression,
  ForExpression,
  InterpolatedString,
  ObjectExpression
} from './ast.js'
import { spanOf, TokenCursor, tokenSpan } from './token-cursor.js'
import type { Token } from './tokenizer.js'

/** Binding strength of the binary operators (Bicep's table; `??` binds loosest). */
const PRECEDENCE: Readonly<Record<string, number>> = {
  '??': 1,
  '||': 2,
  '&&': 3,
  '==': 4,
  '!=': 4,
  '=~': 4,
  '!~': 4,
  '<': 5,
  '<=': 5,
  '>': 5,
  '>=': 5,
  '+': 6,
  '-': 6,
  '*': 7,
  '/': 7,
  '%': 7
}

/**
 * Operators that may continue an expression on the next line (the formatter breaks long ternaries
 * and conditions before them). No array item or object property can start with one, so reading
 * past the newline never swallows the next item. `+`, `-` and `!` can start an item: never.
 */
const CONTINUATIONS = new Set(['??', '||', '&&', '==', '!=', '=~', '!~', '<', '<=', '>', '>=', '*', '/', '%', '?'])

/**
 * Expressions: precedence climbing over a recursive descent for the primaries. Objects, arrays,
 * loops and decorators are read by CollectionParser, the next class down.
 */
export abstract class ExpressionParser extends TokenCursor {
  /** `{ ... }` and `[ ... ]` (collection-parser.ts): properties, items, loops. */
  protected abstract parseObject(withResources: boolean): ObjectExpression
  protected abstract parseArray(): ArrayExpression | ForExpression

  protected parseExpression(): Expression {
    this.enter()
    const condition = this.parseBinary(1)
    let result = condition
    if (this.continuesWith('?')) {
      this.skipNewlines()
      this.advance()
      this.skipNewlines()
      const whenTrue = this.parseExpression()
      if (this.peekPastNewlines().text === ':') this.skipNewlines()
      this.expectSymbol(':', "between the branches of a '? :' expression")
      this.skipNewlines()
      const whenFalse = this.parseExpression()
      result = { kind: 'ternary', condition, whenTrue, whenFalse, span: spanOf(condition.span, whenFalse.span) }
    }
    this.leave()
    return result
  }

  /** Whether the next operator is `symbol`, on this line or (for a continuation operator) the next. */
  private continuesWith(symbol: string): boolean {
    if (this.isSymbol(symbol)) return true
    if (this.current.kind !== 'newline' || !CONTINUATIONS.has(symbol)) return false
    return this.isSymbol(symbol, this.peekPastNewlines())
  }

  private binaryOperatorAhead(): Token | undefined {
    const token = this.current.kind === 'newline' ? this.peekPastNewlines() : this.current
    if (token.kind !== 'symbol' || PRECEDENCE[token.text] === undefined) return undefined
    return token === this.current || CONTINUATIONS.has(token.text) ? token : undefined
  }

  private parseBinary(minimum: number): Expression {
    let left = this.parseUnary()
    for (;;) {
      const operator = this.binaryOperatorAhead()
      const precedence = operator === undefined ? 0 : (PRECEDENCE[operator.text] as number)
      if (operator === undefined || precedence < minimum) return left
      this.skipNewlines()
      this.advance()
      this.skipNewlines()
      const right = this.parseBinary(precedence + 1)
      const span = spanOf(left.span, right.span)
      left = { kind: 'binary', operator: operator.text as BinaryOperator, left, right, span }
    }
  }

  private parseUnary(): Expression {
    if (!this.isSymbol('!') && !this.isSymbol('-')) return this.parsePostfix()
    this.enter()
    const operator = this.advance()
    const operand = this.parseUnary()
    this.leave()
    return { kind: 'unary', operator: operator.text as '!' | '-', operand, span: spanOf(operator, operand.span) }
  }

  private parsePostfix(): Expression {
    let expression = this.parsePrimary()
    for (;;) {
      if (this.isSymbol('.')) {
        this.advance()
        const safe = this.accept('?')
        const name = this.expectIdentifier("a property name after '.'")
        if (!safe && this.isSymbol('(')) {
          const args = this.parseArguments()
          const span = spanOf(expression.span, this.previous)
          expression = { kind: 'call', namespace: expression, name: name.text, args, span }
        } else {
          const span = spanOf(expression.span, name)
          expression = { kind: 'member', object: expression, property: name.text, safe, span }
        }
      } else if (this.isSymbol('[')) {
        this.advance()
        this.skipNewlines()
        const safe = this.accept('?')
        const fromEnd = this.accept('^')
        const index = this.parseExpression()
        this.skipNewlines()
        this.expectSymbol(']', 'to close the index')
        expression = { kind: 'index', object: expression, index, safe, fromEnd, span: spanOf(expression.span, this.previous) }
      } else if (this.isSymbol('::')) {
        this.advance()
        const name = this.expectIdentifier("a child resource name after '::'")
        const span = spanOf(expression.span, name)
        expression = { kind: 'resourceAccess', object: expression, name: name.text, span }
      } else if (this.isSymbol('!')) {
        const bang = this.advance()
        expression = { kind: 'nonNull', expression, span: spanOf(expression.span, bang) }
      } else {
        return expression
      }
    }
  }

  private parsePrimary(): Expression {
    const token = this.current
    switch (token.kind) {
      case 'number':
        this.advance()
        return { kind: 'number', value: Number(token.text), span: tokenSpan(token) }
      case 'string':
        this.advance()
        return { kind: 'string', value: token.value, span: tokenSpan(token) }
      case 'stringHead':
        return this.parseInterpolation()
      case 'identifier':
        return this.parseWord(token)
      case 'symbol':
        if (token.text === '{') return this.parseObject(false)
        if (token.text === '[') return this.parseArray()
        if (token.text === '(') return this.isLambdaAhead() ? this.parseLambda() : this.parseParenthesized()
    }
    return this.fail('an expression')
  }

  private parseWord(token: Token): Expression {
    const span = tokenSpan(token)
    this.advance()
    if (token.text === 'true' || token.text === 'false') return { kind: 'boolean', value: token.text === 'true', span }
    if (token.text === 'null') return { kind: 'null', span }
    if (this.isSymbol('=>')) {
      this.advance()
      this.skipNewlines()
      const body = this.parseExpression()
      return { kind: 'lambda', parameters: [token.text], body, span: spanOf(token, body.span) }
    }
    if (this.isSymbol('(')) {
      const args = this.parseArguments()
      return { kind: 'call', name: token.text, args, span: spanOf(token, this.previous) }
    }
    return { kind: 'identifier', name: token.text, span }
  }

  protected parseArguments(): Expression[] {
    const open = this.advance()
    const args: Expression[] = []
    this.skipNewlines()
    while (!this.isSymbol(')')) {
      if (this.current.kind === 'eof') this.fail(`')' to close the argument list opened at line ${open.line}`)
      args.push(this.parseExpression())
      this.skipNewlines()
      if (this.isSymbol(',')) {
        this.advance()
        this.skipNewlines()
      } else if (!this.isSymbol(')')) this.fail("',' or ')' in the argument list")
    }
    this.advance()
    return args
  }

  protected parseInterpolation(): InterpolatedString {
    const head = this.advance()
    const segments = [head.value]
    const expressions: Expression[] = []
    for (;;) {
      expressions.push(this.parseExpression())
      const piece = this.current
      if (piece.kind !== 'stringMiddle' && piece.kind !== 'stringTail') this.fail("'}' to close the '${' in the string")
      this.advance()
      segments.push(piece.value)
      if (piece.kind === 'stringTail') {
        return { kind: 'interpolation', segments, expressions, span: spanOf(head, piece) }
      }
    }
  }

  /** `(`, then only names and commas, then `) =>`: a lambda's parameter list. */
  private isLambdaAhead(): boolean {
    for (let ahead = 1; ; ahead++) {
      const token = this.peek(ahead)
      if (token.kind === 'newline' || token.kind === 'identifier' || this.isSymbol(',', token)) continue
      return this.isSymbol(')', token) && this.isSymbol('=>', this.peek(ahead + 1))
    }
  }

  private parseLambda(): Expression {
    const open = this.advance()
    const parameters: string[] = []
    this.skipNewlines()
    while (!this.isSymbol(')')) {
      parameters.push(this.expectIdentifier('a lambda parameter name').text)
      this.skipNewlines()
      if (this.isSymbol(',')) this.advance()
      this.skipNewlines()
    }
    this.advance()
    this.expectSymbol('=>', 'after the lambda parameters')
    this.skipNewlines()
    const body = this.parseExpression()
    return { kind: 'lambda', parameters, body, span: spanOf(open, body.span) }
  }

  private parseParenthesized(): Expression {
    const open = this.advance()
    this.skipNewlines()
    const inner = this.parseExpression()
    this.skipNewlines()
    this.expectSymbol(')', `to close the '(' at line ${open.line} column ${open.column}`)
    return inner
  }
}
