import type { ObjectTypeProperty, TypeNode } from './ast.js'
import { CollectionParser } from './collection-parser.js'
import { spanOf, tokenSpan } from './token-cursor.js'

/**
 * Type expressions: `string`, `'a' | 'b'`, `string[]?`, `{ name: string? }`, `[int, string]`,
 * `resource 'T@v'`, `resourceInput<'T@v'>.properties.x` (also `sys.resourceInput<...>`), `ns.myType`, `tagMap.*`,
 * `maybeTags!`, `(…)`.
 */
export abstract class TypeParser extends CollectionParser {
  /** A union may start with `|` (the formatter puts each member of a long union on its own line). */
  protected parseType(): TypeNode {
    this.enter()
    if (this.isSymbol('|', this.peekPastNewlines()) && this.current.kind !== 'eof') {
      this.skipNewlines()
      this.advance()
      this.skipNewlines()
    }
    const members = [this.parsePostfixType()]
    while (this.isSymbol('|') || (this.current.kind === 'newline' && this.isSymbol('|', this.peekPastNewlines()))) {
      this.skipNewlines()
      this.advance()
      this.skipNewlines()
      members.push(this.parsePostfixType())
    }
    this.leave()
    const first = members[0] as TypeNode
    if (members.length === 1) return first
    const last = members[members.length - 1] as TypeNode
    return { kind: 'unionType', members, span: spanOf(first.span, last.span) }
  }

  private parsePostfixType(): TypeNode {
    let type = this.parsePrimaryType()
    for (;;) {
      if (this.isSymbol('?')) {
        this.advance()
        type = { kind: 'nullableType', base: type, span: spanOf(type.span, this.previous) }
      } else if (this.isSymbol('[') && this.isSymbol(']', this.peek(1))) {
        this.advance()
        this.advance()
        type = { kind: 'arrayType', element: type, span: spanOf(type.span, this.previous) }
      } else if (this.isSymbol('[')) {
        this.advance()
        const member = this.isSymbol('*') ? this.advance() : this.current.kind === 'number' ? this.advance() : undefined
        if (member === undefined) this.fail("']', '*' or an index in the type")
        this.expectSymbol(']', 'to close the type index')
        type = { kind: 'typeMemberAccess', base: type, member: member.text, span: spanOf(type.span, this.previous) }
      } else if (this.isSymbol('!')) {
        // `maybeTags!`: the type without null.
        this.advance()
        const span = spanOf(type.span, this.previous)
        type = type.kind === 'nullableType' ? { ...type.base, span } : { ...type, span }
      } else if (this.isSymbol('.')) {
        this.advance()
        // `tagMap.*`: the type of an object type's additional properties.
        const member = this.isSymbol('*') ? this.advance() : this.expectIdentifier("a property name after '.' in the type")
        if (type.kind === 'typeName' && this.isSymbol('<')) {
          // `sys.resourceInput<'T@v'>`: a type function of a namespace (`sys` is the built-in one).
          type = this.parseGenericType(type.name === 'sys' ? member.text : `${type.name}.${member.text}`, type.span)
        } else {
          type = { kind: 'typeMemberAccess', base: type, member: member.text, span: spanOf(type.span, member) }
        }
      } else {
        return type
      }
    }
  }

  private parsePrimaryType(): TypeNode {
    const token = this.current
    const span = tokenSpan(token)
    if (token.kind === 'identifier') {
      this.advance()
      if (token.text === 'resource' && this.current.kind === 'string') {
        const reference = this.advance()
        return { kind: 'resourceType', typeReference: reference.value, span: spanOf(token, reference) }
      }
      if (token.text === 'true' || token.text === 'false') {
        return { kind: 'literalType', value: token.text === 'true', span }
      }
      if (token.text === 'null') return { kind: 'literalType', value: null, span }
      if (this.isSymbol('<')) return this.parseGenericType(token.text, span)
      return { kind: 'typeName', name: token.text, span }
    }
    if (token.kind === 'string') {
      this.advance()
      return { kind: 'literalType', value: token.value, span }
    }
    if (token.kind === 'number') {
      this.advance()
      return { kind: 'literalType', value: Number(token.text), span }
    }
    if (this.isSymbol('!') && (this.isWord('true', this.peek(1)) || this.isWord('false', this.peek(1)))) {
      this.advance()
      const literal = this.advance()
      return { kind: 'literalType', value: literal.text !== 'true', span: spanOf(token, literal) }
    }
    if (this.isSymbol('-') && this.peek(1).kind === 'number') {
      this.advance()
      const number = this.advance()
      return { kind: 'literalType', value: -Number(number.text), span: spanOf(token, number) }
    }
    if (this.isSymbol('{')) return this.parseObjectType()
    if (this.isSymbol('[')) return this.parseTupleType()
    if (this.isSymbol('(')) {
      this.advance()
      this.skipNewlines()
      const inner = this.parseType()
      this.skipNewlines()
      this.expectSymbol(')', 'to close the parenthesized type')
      return inner
    }
    return this.fail('a type')
  }

  private parseGenericType(name: string, start: TypeNode['span']): TypeNode {
    this.advance()
    const args: TypeNode[] = []
    // Line breaks may surround the arguments (`resourceInput<\n  'T@v'\n>`).
    this.skipNewlines()
    while (!this.isSymbol('>')) {
      args.push(this.parseType())
      this.skipNewlines()
      if (!this.accept(',') && !this.isSymbol('>')) this.fail(`',' or '>' in the arguments of ${name}<...>`)
      this.skipNewlines()
    }
    this.advance()
    return { kind: 'genericType', name, args, span: spanOf(start, this.previous) }
  }

  private parseObjectType(): TypeNode {
    const open = this.advance()
    this.enter()
    const properties: ObjectTypeProperty[] = []
    this.skipNewlines()
    while (!this.isSymbol('}')) {
      if (this.current.kind === 'eof') this.fail(`'}' to close the object type opened at line ${open.line}`)
      const decorators = this.parseDecorators()
      const start = this.current
      const name = this.parseTypePropertyName()
      this.expectSymbol(':', 'after the property name')
      const type = this.parseType()
      properties.push({ decorators, name, type, span: spanOf(start, type.span) })
      this.parseSeparator('}', 'property type')
    }
    this.advance()
    this.leave()
    return { kind: 'objectType', properties, span: spanOf(open, this.previous) }
  }

  private parseTypePropertyName(): string {
    if (this.accept('*')) return '*'
    const start = this.current
    const key = this.parsePropertyKey()
    return key.kind === 'string' ? key.value : this.fail('a property name without interpolation', start)
  }

  private parseTupleType(): TypeNode {
    const open = this.advance()
    this.enter()
    const items: TypeNode[] = []
    this.skipNewlines()
    while (!this.isSymbol(']')) {
      if (this.current.kind === 'eof') this.fail(`']' to close the tuple type opened at line ${open.line}`)
      this.parseDecorators()
      items.push(this.parseType())
      this.parseSeparator(']', 'tuple item type')
    }
    this.advance()
    this.leave()
    return { kind: 'tupleType', items, span: spanOf(open, this.previous) }
  }
}
