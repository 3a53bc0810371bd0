/**
 * The Bicep lexer: source text to tokens, with 1-based positions on every token. Newlines are
 * tokens (they separate statements, object properties and array items); comments and
 * `#disable-next-line` pragmas are kept aside. Strings with `${}` holes become a head token, the
 * hole's tokens, middle tokens and a tail token, as in the Bicep compiler's own lexer.
 *
 * It never throws: bad input (an unterminated string or comment, an unknown escape or character)
 * becomes a located error and lexing goes on.
 */

import {
  type Comment,
  isDigit,
  isIdentifierPart,
  isIdentifierStart,
  type LexicalError,
  PlainToken,
  readEscape,
  StringToken,
  symbolLength,
  type Token,
  type TokenizeResult,
  type TokenKind
} from './tokens.js'

export type { Comment, LexicalError, Token, TokenizeResult, TokenKind } from './tokens.js'

/** Tokenizes Bicep (`.bicep` and `.bicepparam`) source text. */
export function tokenizeBicep(text: string): TokenizeResult {
  return new Lexer(text).run()
}

/** An open `${` hole: the braces opened inside it, and where its string started (for errors). */
interface Hole {
  braces: number
  readonly line: number
  readonly column: number
  /** In a `$'''` string: the number of `$` that open a hole (its prefix's). */
  readonly multiline?: number
}

class Lexer {
  private pos = 0
  private line = 1
  private lineStart = 0
  private readonly holes: Hole[] = []
  /**
   * Sized up front at one token per 5 characters (the generated and quickstart trees average 5.3): grown
   * by push, the list's copies were a twentieth of the Bicep reader's allocation. `count` is its length.
   */
  private readonly tokens: Token[]
  private count = 0
  private readonly comments: Comment[] = []
  private readonly errors: LexicalError[] = []

  constructor(private readonly text: string) {
    // Past ~100,000 slots V8 would make a pre-sized array a dictionary: a large file grows the rest by push.
    this.tokens = new Array<Token>(Math.min(Math.ceil(text.length / 5) + 1, 50_000))
  }

  run(): TokenizeResult {
    const text = this.text
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos)
      if (c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff) this.pos++
      else if (c === 10 || c === 13) this.newline()
      else if (c === 47 && text.charCodeAt(this.pos + 1) === 47) this.lineComment(2, 'line')
      else if (c === 47 && text.charCodeAt(this.pos + 1) === 42) this.blockComment()
      else if (c === 35 && text.slice(this.lineStart, this.pos).trim() === '') this.lineComment(1, 'pragma')
      else if (c === 39) this.stringStart()
      else if (c === 36) this.dollarString()
      else if (isDigit(c)) this.number()
      else if (isIdentifierStart(c)) this.identifier()
      else this.symbol()
    }
    if (this.holes.length > 0) this.unterminatedHoles()
    const column = this.pos - this.lineStart + 1
    const line = this.line
    this.emit(new PlainToken('eof', '', line, column))
    this.tokens.length = this.count
    return { tokens: this.tokens, comments: this.comments, errors: this.errors }
  }

  private get column(): number {
    return this.pos - this.lineStart + 1
  }

  private error(message: string, line = this.line, column = this.column): void {
    this.errors.push({ message, line, column })
  }

  /** A token from `start` to the cursor; string tokens pass their decoded `value`. */
  private push(kind: TokenKind, start: number, line: number, column: number, value?: string): void {
    const text = this.text.slice(start, this.pos)
    this.emit(value === undefined ? new PlainToken(kind, text, line, column) : new StringToken(kind, text, value, line, column, this.line, this.column))
  }

  private emit(token: Token): void {
    this.tokens[this.count++] = token
  }

  private newline(): void {
    // A hole cannot span lines: the string around it is unterminated.
    if (this.holes.length > 0) this.unterminatedHoles()
    const start = this.pos
    const line = this.line
    const column = this.column
    this.pos += this.text.charCodeAt(this.pos) === 13 && this.text.charCodeAt(this.pos + 1) === 10 ? 2 : 1
    const text = this.text.slice(start, this.pos)
    this.emit(new PlainToken('newline', text, line, column))
    this.line++
    this.lineStart = this.pos
  }

  private unterminatedHoles(): void {
    const outer = this.holes[0] as Hole
    this.error("unterminated string: expected ' before the end of the line", outer.line, outer.column)
    this.holes.length = 0
  }

  private lineComment(markerLength: number, style: 'line' | 'pragma'): void {
    const line = this.line
    const column = this.column
    let end = this.pos
    while (end < this.text.length) {
      const c = this.text.charCodeAt(end)
      if (c === 10 || c === 13) break
      end++
    }
    this.comments.push({ text: this.text.slice(this.pos + markerLength, end), line, column, style })
    this.pos = end
  }

  private blockComment(): void {
    const line = this.line
    const column = this.column
    const end = this.text.indexOf('*/', this.pos + 2)
    const stop = end < 0 ? this.text.length : end
    this.comments.push({ text: this.text.slice(this.pos + 2, stop), line, column, style: 'block' })
    this.advanceOver(stop)
    if (end < 0) this.error('unterminated comment: expected */', line, column)
    else this.pos += 2
  }

  /** Moves to `stop`, counting the lines it passes. */
  private advanceOver(stop: number): void {
    while (this.pos < stop) {
      const c = this.text.charCodeAt(this.pos)
      this.pos++
      if (c === 10 || (c === 13 && this.text.charCodeAt(this.pos) !== 10)) {
        this.line++
        this.lineStart = this.pos
      }
    }
  }

  private number(): void {
    const start = this.pos
    const column = this.column
    while (isDigit(this.text.charCodeAt(this.pos))) this.pos++
    this.push('number', start, this.line, column)
  }

  private identifier(): void {
    const start = this.pos
    const column = this.column
    while (isIdentifierPart(this.text.charCodeAt(this.pos))) this.pos++
    this.push('identifier', start, this.line, column)
  }

  private symbol(): void {
    const start = this.pos
    const column = this.column
    const text = this.text
    const hole = this.holes[this.holes.length - 1]
    if (hole !== undefined && text[start] === '}' && hole.braces === 0) {
      this.holes.pop()
      this.pos++
      if (hole.multiline === undefined) this.stringPiece(start, this.line, column, true, hole.line, hole.column)
      else this.multilineString(start, this.line, column, hole.multiline, true, hole)
      return
    }
    const length = symbolLength(text, start)
    if (length > 0) this.pos += length
    else {
      const character = String.fromCodePoint(text.codePointAt(start) as number)
      this.error(`unexpected character '${character}'`)
      this.pos += character.length
      return
    }
    if (hole !== undefined && text[start] === '{') hole.braces++
    if (hole !== undefined && text[start] === '}') hole.braces--
    this.push('symbol', start, this.line, column)
  }

  private stringStart(): void {
    const start = this.pos
    const column = this.column
    if (this.text.startsWith("'''", start)) {
      this.pos += 3
      this.multilineString(start, this.line, column, 0, false, { line: this.line, column })
      return
    }
    this.pos++
    this.stringPiece(start, this.line, column, false, this.line, column)
  }

  /**
   * Reads string text up to the closing quote (a complete string or a tail) or a `${` (a head or a
   * middle piece, opening a hole). `continued` is true after a hole's closing brace; `originLine` and
   * `originColumn` locate the quote that opened the whole string (errors name it).
   */
  private stringPiece(start: number, line: number, column: number, continued: boolean, originLine: number, originColumn: number): void {
    const text = this.text
    let value = ''
    let chunk = this.pos
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos)
      if (c === 10 || c === 13) break
      if (c === 39) {
        value += text.slice(chunk, this.pos++)
        this.push(continued ? 'stringTail' : 'string', start, line, column, value)
        return
      }
      if (c === 36 && text.charCodeAt(this.pos + 1) === 123) {
        value += text.slice(chunk, this.pos)
        this.pos += 2
        this.push(continued ? 'stringMiddle' : 'stringHead', start, line, column, value)
        this.holes.push({ braces: 0, line: originLine, column: originColumn })
        return
      }
      if (c === 92) {
        value += text.slice(chunk, this.pos) + this.escape()
        chunk = this.pos
      } else {
        this.pos++
      }
    }
    value += text.slice(chunk, this.pos)
    this.error("unterminated string: expected ' before the end of the line", originLine, originColumn)
    this.push(continued ? 'stringTail' : 'string', start, line, column, value)
  }

  private escape(): string {
    const { value, length, error } = readEscape(this.text, this.pos)
    if (error !== undefined) this.error(error)
    this.pos += length
    return value
  }

  /** `$'''`, `$$'''`...: a multi-line string whose holes open with as many `$` before `{`. */
  private dollarString(): void {
    const start = this.pos
    let run = start
    while (this.text.charCodeAt(run) === 36) run++
    if (!this.text.startsWith("'''", run)) {
      this.symbol()
      return
    }
    const { line, column } = this
    this.pos = run + 3
    this.multilineString(start, line, column, run - start, false, { line, column })
  }

  /**
   * A multi-line string piece, verbatim (no escapes), from the cursor: after the opening quotes (with
   * `continued` false), or after the `}` closing a hole. It ends at a run of three or more quotes, whose last
   * three close it (the others are text, as Bicep's lexer reads `''''abc''''`), or, in a `$'''` string
   * (`holeDollars` > 0), at a run of at least that many `$` followed by `{`, which opens a hole (extra `$` are
   * text). A line break right after the opening quotes is not part of the value.
   */
  private multilineString(start: number, line: number, column: number, holeDollars: number, continued: boolean, origin: { readonly line: number; readonly column: number }): void {
    const text = this.text
    const from = this.pos
    const value = (end: number): string => (continued ? text.slice(from, end) : text.slice(from, end).replace(/^\r?\n/, ''))
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos)
      if (c === 39 || (c === 36 && holeDollars > 0)) {
        let run = this.pos
        while (text.charCodeAt(run) === c) run++
        if (c === 39 && run - this.pos >= 3) {
          this.pos = run
          this.push(continued ? 'stringTail' : 'string', start, line, column, value(run - 3))
          return
        }
        if (c === 36 && run - this.pos >= holeDollars && text.charCodeAt(run) === 123) {
          this.pos = run + 1
          this.push(continued ? 'stringMiddle' : 'stringHead', start, line, column, value(run - holeDollars))
          this.holes.push({ braces: 0, line: origin.line, column: origin.column, multiline: holeDollars })
          return
        }
        this.pos = run
      } else {
        this.advanceOver(this.pos + 1)
      }
    }
    this.error("unterminated multi-line string: expected '''", origin.line, origin.column)
    this.push(continued ? 'stringTail' : 'string', start, line, column, value(text.length))
  }
}
