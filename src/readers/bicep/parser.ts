import type { Program, Statement } from './ast.js'
import { spanOf, SyntaxFailure, tokenSpan } from './token-cursor.js'
import { type Comment, tokenizeBicep } from './tokenizer.js'
import { DeclarationParser } from './declaration-parser.js'

/** A lexical or syntax error, located at the token where it was found. */
export interface BicepSyntaxError {
  readonly message: string
  readonly line: number
  readonly column: number
}

/** A parsed file: the statements that parsed, the errors, and the comments (for inline exemptions). */
export interface ParsedBicep {
  readonly program: Program
  /** Lexical and syntax errors, in source order. */
  readonly errors: readonly BicepSyntaxError[]
  readonly comments: readonly Comment[]
}

/**
 * Parses a `.bicep` or `.bicepparam` file. Never throws for bad input: each statement that does
 * not parse becomes one located error, and parsing resumes at the next top-level statement.
 */
export function parseBicep(text: string): ParsedBicep {
  const lexed = tokenizeBicep(text)
  const parser = new StatementParser(lexed.tokens)
  const program = parser.parseProgram()
  // A lexical error (an unterminated string) usually derails the parser on the same line: say it once.
  const lexicalLines = new Set(lexed.errors.map(error => error.line))
  const errors = [...lexed.errors, ...parser.errors.filter(error => !lexicalLines.has(error.line))]
  errors.sort((a, b) => a.line - b.line || a.column - b.column)
  return { program, errors, comments: lexed.comments }
}

const STATEMENT_KEYWORDS = new Set([
  'targetScope',
  'metadata',
  'param',
  'var',
  'resource',
  'module',
  'output',
  'type',
  'func',
  'import',
  'extension',
  'provider',
  'using',
  'extends',
  'assert'
])

const DECLARATION_EXPECTED =
  'a declaration (param, var, resource, module, output, type, func, import, metadata, targetScope)'

class StatementParser extends DeclarationParser {
  readonly errors: BicepSyntaxError[] = []

  parseProgram(): Program {
    const statements: Statement[] = []
    for (;;) {
      this.skipNewlines()
      if (this.current.kind === 'eof') return { statements }
      const start = this.position
      try {
        const statement = this.parseStatement()
        if (!this.atLineEnd()) this.fail('end of line after the declaration')
        statements.push(statement)
      } catch (error) {
        if (!(error instanceof SyntaxFailure)) throw error
        this.errors.push({ message: error.message, line: error.token.line, column: error.token.column })
        this.recover(start)
      }
    }
  }

  /**
   * Resumes at the next line that starts, at column 1, with a declaration keyword or a decorator
   * (the failing token itself, when it is one: an unclosed brace runs into the next declaration).
   */
  private recover(start: number): void {
    this.resetNesting()
    if (this.position > start && this.atStatementStart()) return
    for (;;) {
      while (!this.atLineEnd()) this.advance()
      this.skipNewlines()
      if (this.current.kind === 'eof' || this.atStatementStart()) return
    }
  }

  private atStatementStart(): boolean {
    const token = this.current
    if (token.column !== 1) return false
    return this.isSymbol('@') || (token.kind === 'identifier' && STATEMENT_KEYWORDS.has(token.text))
  }

  private parseStatement(): Statement {
    const decorators = this.parseDecorators()
    const keyword = this.current
    if (keyword.kind !== 'identifier') return this.fail(DECLARATION_EXPECTED)
    switch (keyword.text) {
      case 'targetScope':
        this.advance()
        this.expectSymbol('=', "after 'targetScope'")
        return { kind: 'targetScope', value: this.parseExpression(), span: spanOf(keyword, this.previous) }
      case 'metadata':
      case 'assert': {
        this.advance()
        const name = this.expectIdentifier(`a ${keyword.text} name`)
        this.expectSymbol('=', `after the ${keyword.text} name`)
        const value = this.parseExpression()
        return { kind: keyword.text, decorators, name: name.text, nameSpan: tokenSpan(name), value, span: spanOf(keyword, this.previous) }
      }
      case 'param':
        return this.parseParameter(decorators)
      case 'var': {
        this.advance()
        const name = this.expectIdentifier('a variable name')
        const type = this.isSymbol('=') ? undefined : this.parseType()
        this.expectSymbol('=', 'after the variable name')
        const value = this.parseExpression()
        return { kind: 'var', decorators, name: name.text, nameSpan: tokenSpan(name), type, value, span: spanOf(keyword, this.previous) }
      }
      case 'resource':
        return this.parseResource(decorators)
      case 'module':
        return this.parseModule(decorators)
      case 'output': {
        this.advance()
        const name = this.expectIdentifier('an output name')
        const type = this.parseType()
        this.expectSymbol('=', 'after the output type')
        const value = this.parseExpression()
        return { kind: 'output', decorators, name: name.text, nameSpan: tokenSpan(name), type, value, span: spanOf(keyword, this.previous) }
      }
      case 'type': {
        this.advance()
        const name = this.expectIdentifier('a type name')
        this.expectSymbol('=', 'after the type name')
        const type = this.parseType()
        return { kind: 'type', decorators, name: name.text, nameSpan: tokenSpan(name), type, span: spanOf(keyword, this.previous) }
      }
      case 'func':
        return this.parseFunction(decorators)
      case 'import':
        return this.parseImport(decorators)
      case 'extension':
      case 'provider':
        return this.parseExtension()
      case 'using':
        return this.parseUsing()
      case 'extends': {
        this.advance()
        const path = this.expectPlainString("a parameter file path after 'extends'")
        return { kind: 'extends', path: path.value, span: spanOf(keyword, this.previous) }
      }
    }
    return this.fail(DECLARATION_EXPECTED)
  }
}
