/** A lexical token of the ARM expression language (the text between `[` and `]`). */
export type Token =
  | { readonly kind: 'identifier'; readonly text: string; readonly offset: number }
  | { readonly kind: 'string'; readonly text: string; readonly offset: number }
  | { readonly kind: 'number'; readonly value: number; readonly offset: number }
  | { readonly kind: 'punctuation'; readonly text: '(' | ')' | '[' | ']' | ',' | '.'; readonly offset: number }
  | { readonly kind: 'end'; readonly offset: number }

/** A syntax error at a character offset of the expression text. */
export class ExpressionSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message)
  }
}

const PUNCTUATION = new Set(['(', ')', '[', ']', ',', '.'])
const NUMBER = /-?[0-9]+(\.[0-9]+)?/y
const IDENTIFIER_PART = /[A-Za-z0-9_$]/

/** Splits expression text into tokens; string literals use `'` and escape it by doubling (`''`). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const char = text[i] as string
    if (/\s/.test(char)) {
      i++
    } else if (PUNCTUATION.has(char)) {
      tokens.push({ kind: 'punctuation', text: char as '(' | ')' | '[' | ']' | ',' | '.', offset: i })
      i++
    } else if (char === "'") {
      i = readString(text, i, tokens)
    } else if (/[0-9-]/.test(char)) {
      const number = match(NUMBER, text, i)
      if (number === undefined) throw new ExpressionSyntaxError(`expected a number after '-'`, i)
      tokens.push({ kind: 'number', value: Number(number), offset: i })
      i += number.length
    } else if (/[A-Za-z_$]/.test(char)) {
      const end = identifierEnd(text, i)
      tokens.push({ kind: 'identifier', text: text.slice(i, end), offset: i })
      i = end
    } else {
      throw new ExpressionSyntaxError(`unexpected character '${char}'`, i)
    }
  }
  tokens.push({ kind: 'end', offset: text.length })
  return tokens
}

function match(pattern: RegExp, text: string, offset: number): string | undefined {
  pattern.lastIndex = offset
  return pattern.exec(text)?.[0]
}

/** Where the identifier starting at `start` ends: a scan (a sticky pattern's match made an array per identifier). */
function identifierEnd(text: string, start: number): number {
  let end = start + 1
  while (end < text.length && IDENTIFIER_PART.test(text[end] as string)) end++
  return end
}

function readString(text: string, start: number, tokens: Token[]): number {
  let value = ''
  let i = start + 1
  for (;;) {
    const quote = text.indexOf("'", i)
    if (quote < 0) throw new ExpressionSyntaxError('unterminated string literal', start)
    value += text.slice(i, quote)
    if (text[quote + 1] !== "'") {
      tokens.push({ kind: 'string', text: value, offset: start })
      return quote + 1
    }
    value += "'"
    i = quote + 2
  }
}
