import type { Span } from './ast.js'
import type { Token } from './tokenizer.js'

/** Deepest nesting of expressions and types the parser follows before it reports an error. */
export const MAX_NESTING = 200

/** A syntax error at a token; the statement parser catches it and resumes at the next statement. */
export class SyntaxFailure extends Error {
  constructor(
    readonly token: Token,
    message: string
  ) {
    super(message)
  }
}

/** How a token is named in an error message. */
export function describeToken(token: Token): string {
  if (token.kind === 'eof') return 'end of file'
  if (token.kind === 'newline') return 'end of line'
  const text = token.text.length > 40 ? `${token.text.slice(0, 37)}...` : token.text
  const quoted = token.kind === 'symbol' || token.kind === 'identifier' || token.kind === 'number'
  return quoted ? `'${text}'` : `string ${text}`
}

/** The span from the start of one token or node to the end of another. */
export const spanOf = (start: Span | Token, end: Span | Token): Span => ({
  line: start.line,
  column: start.column,
  endLine: end.endLine,
  endColumn: end.endColumn
})

/**
 * The span of a node written as one token (a name, a property key, a literal): the token itself, which
 * carries its start and end. A copy per such node was a twentieth of the Bicep reader's allocation.
 */
export const tokenSpan = (token: Token): Span => token

/** Position bookkeeping shared by the expression, type and statement parsers. */
export class TokenCursor {
  private index = 0
  private nesting = 0
  /** The last token consumed: where the node being built ends. */
  protected previous: Token
  /**
   * The token at the cursor, kept in a field by `advance` rather than read through a getter: the parser
   * asks for it several times a token, mostly before V8 optimizes it (a getter is then a call each time).
   */
  protected current: Token

  constructor(private readonly tokens: readonly Token[]) {
    // The lexer always ends the list with an end-of-file token.
    this.previous = tokens[0] as Token
    this.current = tokens[0] as Token
  }

  /** Index of the current token: how far parsing got. */
  protected get position(): number {
    return this.index
  }

  protected peek(ahead: number): Token {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)] as Token
  }

  protected advance(): Token {
    const token = this.current
    if (token.kind !== 'eof') this.current = this.tokens[++this.index] as Token
    this.previous = token
    return token
  }

  protected isSymbol(text: string, token: Token = this.current): boolean {
    return token.kind === 'symbol' && token.text === text
  }

  protected isWord(text: string, token: Token = this.current): boolean {
    return token.kind === 'identifier' && token.text === text
  }

  protected atLineEnd(): boolean {
    return this.current.kind === 'newline' || this.current.kind === 'eof'
  }

  protected skipNewlines(): void {
    while (this.current.kind === 'newline') this.advance()
  }

  /** The first token from the cursor on that is not a newline. */
  protected peekPastNewlines(): Token {
    let ahead = 0
    while (this.peek(ahead).kind === 'newline') ahead++
    return this.peek(ahead)
  }

  protected fail(expected: string, token: Token = this.current): never {
    throw new SyntaxFailure(token, `expected ${expected}, found ${describeToken(token)}`)
  }

  /** Consumes the symbol if it is next. */
  protected accept(text: string): boolean {
    if (!this.isSymbol(text)) return false
    this.advance()
    return true
  }

  /** Consumes the word if it is next. */
  protected acceptWord(text: string): boolean {
    if (!this.isWord(text)) return false
    this.advance()
    return true
  }

  protected expectSymbol(text: string, context: string): Token {
    if (!this.isSymbol(text)) this.fail(`'${text}' ${context}`)
    return this.advance()
  }

  protected expectWord(text: string, context: string): Token {
    if (!this.isWord(text)) this.fail(`'${text}' ${context}`)
    return this.advance()
  }

  protected expectIdentifier(what: string): Token {
    if (this.current.kind !== 'identifier') this.fail(what)
    return this.advance()
  }

  /** A plain (not interpolated) string token. */
  protected expectPlainString(what: string): Token {
    if (this.current.kind !== 'string') this.fail(what)
    return this.advance()
  }

  /** Counts one level of nesting; past MAX_NESTING the input is rejected rather than overflowing the stack. */
  protected enter(): void {
    if (++this.nesting > MAX_NESTING) {
      throw new SyntaxFailure(this.current, `nesting is deeper than ${MAX_NESTING} levels`)
    }
  }

  protected leave(): void {
    this.nesting--
  }

  /** After a syntax error, forgets the nesting of the abandoned statement. */
  protected resetNesting(): void {
    this.nesting = 0
  }
}
