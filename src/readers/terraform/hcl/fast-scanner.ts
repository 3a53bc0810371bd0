import { LineIndex } from '../../../yaml/line-index.js'
import type { Position } from './ast.js'
import { COLON, CR, DOT, HASH, LF, MINUS, PLUS, SLASH, SPACE, STAR, TAB, UNDERSCORE } from './fast-characters.js'

/**
 * Thrown (one shared instance: no stack is captured per file) when the text uses syntax the fast parser
 * leaves to tree-sitter; caught in `fastParseHcl`, never seen by a caller.
 */
export const LEFT_TO_TREE_SITTER = new Error('syntax left to tree-sitter')

/** Names the grammar also has as keywords: in a name's place they are left to tree-sitter's lexer. */
const KEYWORDS = new Set(['true', 'false', 'null', 'for', 'in', 'if', 'else', 'endif', 'endfor'])

/** ASCII letters and `_`: the identifier starts the fast parser reads (others are left to tree-sitter). */
export function isIdentifierStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === UNDERSCORE
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isIdentifierPart(code: number): boolean {
  return isIdentifierStart(code) || isDigit(code) || code === MINUS
}

/**
 * The character level of the fast HCL parser: the cursor, whitespace and comments (tree-sitter's extras),
 * identifiers and numbers as the grammar's tokens match them (longest match), and positions. Anything
 * outside plain ASCII syntax (other whitespace, non-ASCII names, lone carriage returns) is left to tree-sitter.
 */
export class HclScanner {
  /** The cursor: a UTF-16 offset into the source. */
  at = 0
  /** Start and end offsets of every comment, in document order. */
  readonly comments: number[] = []
  private lines: LineIndex | undefined

  constructor(readonly source: string) {}

  fail(): never {
    throw LEFT_TO_TREE_SITTER
  }

  code(offset: number = this.at): number {
    return this.source.charCodeAt(offset)
  }

  /** 1-based line and column of an offset, as the copied tree gives them. */
  position(offset: number): Position {
    this.lines ??= new LineIndex(this.source)
    return this.lines.lineAndColumn(offset)
  }

  /** Skips whitespace and comments; the cursor is then at a token or at the end. */
  skip(): void {
    const source = this.source
    for (;;) {
      const code = source.charCodeAt(this.at)
      if (code === SPACE || code === LF || code === TAB) this.at++
      else if (code === CR) {
        if (source.charCodeAt(this.at + 1) !== LF) this.fail()
        this.at += 2
      } else if (code === HASH || (code === SLASH && source.charCodeAt(this.at + 1) === SLASH)) this.lineComment()
      else if (code === SLASH && source.charCodeAt(this.at + 1) === STAR) this.blockComment()
      else return
    }
  }

  private lineComment(): void {
    const start = this.at
    let end = this.source.indexOf('\n', start)
    if (end < 0) end = this.source.length
    // The comment token stops at a line feed; other line ends inside it are left to tree-sitter.
    for (let i = start; i < end; i++) {
      const code = this.source.charCodeAt(i)
      if ((code === CR && i !== end - 1) || code === 0x2028 || code === 0x2029 || code === 0x85) this.fail()
    }
    this.comments.push(start, end)
    this.at = end
  }

  private blockComment(): void {
    const start = this.at
    const close = this.source.indexOf('*/', start + 2)
    if (close < 0) this.fail()
    this.comments.push(start, close + 2)
    this.at = close + 2
  }

  /**
   * An identifier at the cursor (ASCII letters, digits, `_`, `-` and `::`, as the grammar's token, longest
   * match). Fails on a non-ASCII character right after it (tree-sitter's token may go on).
   */
  identifier(): string {
    const source = this.source
    const start = this.at
    if (!isIdentifierStart(source.charCodeAt(start))) this.fail()
    let at = start + 1
    for (;;) {
      const code = source.charCodeAt(at)
      if (isIdentifierPart(code)) at++
      else if (code === COLON && source.charCodeAt(at + 1) === COLON) at += 2
      else if (code > 127) this.fail()
      else break
    }
    this.at = at
    return source.slice(start, at)
  }

  /** An identifier in a name's place (attribute, block, label, attribute access, `for` variable): never a keyword. */
  name(): string {
    const name = this.identifier()
    if (KEYWORDS.has(name)) this.fail()
    return name
  }

  /** Whether the cursor is at the keyword `word`, as a whole identifier token (the cursor does not move). */
  atKeyword(word: string): boolean {
    const source = this.source
    if (!source.startsWith(word, this.at)) return false
    const next = source.charCodeAt(this.at + word.length)
    return !(isIdentifierPart(next) || next === COLON || next > 127)
  }

  /**
   * A number: `[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?`, HCL's NumericLit (tree-sitter's token wants a fraction
   * before an exponent; the tree-sitter path reads `1e3` too: exponent-numbers.ts). Hex numbers and a number run
   * into a name or a `.` are left to tree-sitter.
   */
  number(): number {
    const source = this.source
    const start = this.at
    let at = start
    while (isDigit(source.charCodeAt(at))) at++
    if (source.charCodeAt(at) === DOT && isDigit(source.charCodeAt(at + 1))) {
      at++
      while (isDigit(source.charCodeAt(at))) at++
    }
    const e = source.charCodeAt(at)
    if (e === 101 || e === 69) {
      let digits = at + 1
      const sign = source.charCodeAt(digits)
      if (sign === PLUS || sign === MINUS) digits++
      if (isDigit(source.charCodeAt(digits))) {
        at = digits
        while (isDigit(source.charCodeAt(at))) at++
      }
    }
    const next = source.charCodeAt(at)
    // `1.5.3` / `1.x` may be lexed differently; a name run into a number is a syntax error.
    if (isIdentifierPart(next) || (next === DOT && source.charCodeAt(at + 1) !== DOT) || next > 127) this.fail()
    this.at = at
    return Number(source.slice(start, at))
  }
}
