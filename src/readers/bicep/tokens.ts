/**
 * The Bicep lexer's vocabulary: the tokens, comments and errors it produces (tokenizer.ts), and the
 * character classes and symbol table it reads them with.
 */

export type TokenKind =
  | 'identifier'
  | 'number'
  /** A string without holes: `'abc'`, `'''abc'''` or `$'''abc'''`. */
  | 'string'
  /** `'abc${` */
  | 'stringHead'
  /** `}abc${` */
  | 'stringMiddle'
  /** `}abc'` */
  | 'stringTail'
  | 'symbol'
  | 'newline'
  | 'eof'

export interface Token {
  readonly kind: TokenKind
  /** The source text of the token. */
  readonly text: string
  /** Decoded content for string tokens (escapes applied, quotes and `${`/`}` removed); `text` otherwise. */
  readonly value: string
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
}

/**
 * A token that is not a string: four fields, the rest derived. Tokens are the Bicep reader's most
 * numerous objects (one per ~5 bytes of source, a quarter of them newlines): seven fields each were a
 * fifth of the reader's allocation. Such a token never spans lines, and its value is its text (a newline's
 * is `\n`, whichever line break it is).
 */
export class PlainToken implements Token {
  constructor(
    readonly kind: TokenKind,
    readonly text: string,
    readonly line: number,
    readonly column: number
  ) {}

  get value(): string {
    return this.kind === 'newline' ? '\n' : this.text
  }

  get endLine(): number {
    return this.line
  }

  /** A newline ends one column on, even a `\r\n`; the others end where their text does. */
  get endColumn(): number {
    return this.column + (this.kind === 'newline' ? 1 : this.text.length)
  }
}

/** A string token or piece: its decoded value and its end kept (a `'''` string spans lines). */
export class StringToken implements Token {
  constructor(
    readonly kind: TokenKind,
    readonly text: string,
    readonly value: string,
    readonly line: number,
    readonly column: number,
    readonly endLine: number,
    readonly endColumn: number
  ) {}
}

export interface Comment {
  /** The text after `//`, inside `/* *\/`, or after `#` for a pragma. */
  readonly text: string
  readonly line: number
  readonly column: number
  readonly style: 'line' | 'block' | 'pragma'
}

export interface LexicalError {
  readonly message: string
  readonly line: number
  readonly column: number
}

export interface TokenizeResult {
  readonly tokens: readonly Token[]
  readonly comments: readonly Comment[]
  readonly errors: readonly LexicalError[]
}

/** One-character symbols, by character code. */
const SINGLE = new Uint8Array(128)
for (const symbol of '{}[](),:?.=!<>+-*/%|@^') SINGLE[symbol.charCodeAt(0)] = 1

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', "'": "'", n: '\n', r: '\r', t: '\t', $: '$' }

/**
 * The escape sequence at `pos` (its backslash) of a single-line string: what it stands for and its length; an
 * unknown one stands for its character, with an error (the lexer goes on).
 */
export function readEscape(text: string, pos: number): { readonly value: string; readonly length: number; readonly error?: string } {
  const next = text[pos + 1]
  const simple = next === undefined ? undefined : ESCAPES[next]
  if (simple !== undefined) return { value: simple, length: 2 }
  if (next === 'u' && text[pos + 2] === '{') {
    const close = text.indexOf('}', pos + 3)
    const hex = close < 0 ? '' : text.slice(pos + 3, close)
    const code = /^[0-9a-fA-F]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN
    if (code <= 0x10ffff) return { value: String.fromCodePoint(code), length: close + 1 - pos }
  }
  const error = `unknown escape sequence '\\${next ?? ''}': expected one of \\\\ \\' \\n \\r \\t \\$ \\u{...}`
  return { value: next ?? '', length: next === undefined || next === '\n' || next === '\r' ? 1 : 2, error }
}

export const isDigit = (c: number): boolean => c >= 48 && c <= 57
export const isIdentifierStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
export const isIdentifierPart = (c: number): boolean => isIdentifierStart(c) || isDigit(c)

/** Length of the symbol at `start`: `...`, the two-character operators, else 1 (0 for no symbol). */
export function symbolLength(text: string, start: number): number {
  const c = text.charCodeAt(start)
  const next = text.charCodeAt(start + 1)
  switch (c) {
    case 46: // .
      return next === 46 && text.charCodeAt(start + 2) === 46 ? 3 : 1
    case 63: // ?
    case 58: // :
    case 124: // |
      return next === c ? 2 : 1
    case 38: // &
      return next === 38 ? 2 : 0
    case 61: // = (==, =~, =>)
      return next === 61 || next === 126 || next === 62 ? 2 : 1
    case 33: // ! (!=, !~)
      return next === 61 || next === 126 ? 2 : 1
    case 60: // <
    case 62: // >
      return next === 61 ? 2 : 1
    default:
      return c < 128 && SINGLE[c] === 1 ? 1 : 0
  }
}
