import type {
  ArrayExpression,
  ConditionalBody,
  Decorator,
  Expression,
  ForExpression,
  InterpolatedString,
  ObjectExpression,
  ObjectMember,
  ResourceDeclaration,
  SpreadElement,
  StringLiteral
} from './ast.js'
import { ExpressionParser } from './expression-parser.js'
import { spanOf, tokenSpan } from './token-cursor.js'
import type { Token } from './tokenizer.js'

const DECLARATIONS = new Set(['param', 'var', 'resource', 'module', 'output', 'type', 'func', 'metadata'])

/**
 * The bracketed expressions: objects (with nested child resources in a resource body), arrays,
 * `[for ...]` loops, `if (...) {...}` bodies, and the decorators that may precede their members.
 */
export abstract class CollectionParser extends ExpressionParser {
  /** Child resources nested in a resource body; the statement parser knows how to read them. */
  protected abstract parseNestedResource(decorators: readonly Decorator[]): ResourceDeclaration

  /** `{ ... }`: properties separated by newlines or commas; child resources when `withResources`. */
  protected parseObject(withResources: boolean): ObjectExpression {
    const open = this.expectSymbol('{', 'to open an object')
    this.enter()
    const members: ObjectMember[] = []
    this.skipNewlines()
    while (!this.isSymbol('}')) {
      if (this.current.kind === 'eof' || this.startsDeclaration()) {
        this.fail(`'}' to close the object opened at line ${open.line}`)
      }
      members.push(this.parseObjectMember(withResources))
      this.parseSeparator('}', 'object property')
    }
    this.advance()
    this.leave()
    return { kind: 'object', members, span: spanOf(open, this.previous) }
  }

  /**
   * A declaration keyword at column 1 followed by a name (`param x`, `resource vm`): inside an
   * object, that means the object was never closed.
   */
  private startsDeclaration(): boolean {
    const token = this.current
    if (token.column !== 1 || token.kind !== 'identifier') return false
    return DECLARATIONS.has(token.text) && this.peek(1).kind === 'identifier'
  }

  /** Between items: a comma, newlines, or the closing bracket. */
  protected parseSeparator(close: string, item: string): void {
    if (this.isSymbol(',')) {
      this.advance()
      this.skipNewlines()
    } else if (this.current.kind === 'newline') {
      this.skipNewlines()
    } else if (!this.isSymbol(close)) {
      this.fail(`a new line, ',' or '${close}' after the ${item}`)
    }
  }

  private parseObjectMember(withResources: boolean): ObjectMember {
    const start = this.current
    if (this.isSymbol('...')) return this.parseSpread()
    if (withResources && (this.isSymbol('@') || (this.isWord('resource') && this.peek(1).kind === 'identifier'))) {
      const decorators = this.parseDecorators()
      if (!this.isWord('resource')) this.fail("a nested 'resource' after its decorators")
      return this.parseNestedResource(decorators)
    }
    const key = this.parsePropertyKey()
    this.expectSymbol(':', 'after the property name')
    this.skipNewlines()
    const value = this.parseExpression()
    return { kind: 'property', key, value, span: spanOf(start, value.span) }
  }

  protected parsePropertyKey(): StringLiteral | InterpolatedString {
    const token = this.current
    if (token.kind === 'identifier' || token.kind === 'string') {
      this.advance()
      return { kind: 'string', value: token.value, span: tokenSpan(token) }
    }
    if (token.kind === 'stringHead') return this.parseInterpolation()
    return this.fail('a property name')
  }

  private parseSpread(): SpreadElement {
    const dots = this.advance()
    const expression = this.parseExpression()
    return { kind: 'spread', expression, span: spanOf(dots, expression.span) }
  }

  protected parseArray(): ArrayExpression | ForExpression {
    const open = this.advance()
    this.skipNewlines()
    if (this.isWord('for')) return this.parseFor(open)
    const items: (Expression | SpreadElement)[] = []
    while (!this.isSymbol(']')) {
      if (this.current.kind === 'eof') this.fail(`']' to close the array opened at line ${open.line}`)
      items.push(this.isSymbol('...') ? this.parseSpread() : this.parseExpression())
      this.parseSeparator(']', 'array item')
    }
    this.advance()
    return { kind: 'array', items, span: spanOf(open, this.previous) }
  }

  private parseFor(open: Token): ForExpression {
    this.advance()
    let item: string
    let index: string | undefined
    if (this.isSymbol('(')) {
      this.advance()
      item = this.expectIdentifier('a loop item name').text
      this.expectSymbol(',', 'between the loop item and index names')
      index = this.expectIdentifier('a loop index name').text
      this.expectSymbol(')', 'after the loop index name')
    } else {
      item = this.expectIdentifier("a loop item name after 'for'").text
    }
    this.expectWord('in', 'after the loop variable')
    const iterable = this.parseExpression()
    this.expectSymbol(':', 'after the loop source')
    this.skipNewlines()
    const body = this.isWord('if') ? this.parseConditionalBody(false) : this.parseExpression()
    this.skipNewlines()
    this.expectSymbol(']', `to close the loop opened at line ${open.line}`)
    const span = spanOf(open, this.previous)
    return index === undefined
      ? { kind: 'for', item, iterable, body, span }
      : { kind: 'for', item, index, iterable, body, span }
  }

  /** `if (condition) { ... }` */
  protected parseConditionalBody(withResources: boolean): ConditionalBody {
    const keyword = this.advance()
    this.expectSymbol('(', "after 'if'")
    this.skipNewlines()
    const condition = this.parseExpression()
    this.skipNewlines()
    this.expectSymbol(')', 'after the condition')
    const body = this.parseObject(withResources)
    return { kind: 'if', condition, body, span: spanOf(keyword, body.span) }
  }

  /** `@name(args)` or `@ns.name(args)` lines before a declaration or an object type property. */
  protected parseDecorators(): Decorator[] {
    const decorators: Decorator[] = []
    while (this.isSymbol('@')) {
      const at = this.advance()
      let name = this.expectIdentifier("a decorator name after '@'").text
      let namespace: string | undefined
      if (this.isSymbol('.')) {
        this.advance()
        namespace = name
        name = this.expectIdentifier("a decorator name after '.'").text
      }
      const args = this.isSymbol('(') ? this.parseArguments() : []
      const span = spanOf(at, this.previous)
      decorators.push(namespace === undefined ? { name, args, span } : { namespace, name, args, span })
      this.skipNewlines()
    }
    return decorators
  }
}
