import type {
  ConditionalBody,
  Decorator,
  Expression,
  ExtensionStatement,
  FunctionDeclaration,
  FunctionParameter,
  ImportedSymbol,
  ImportStatement,
  ModuleDeclaration,
  ParameterDeclaration,
  Program,
  ResourceDeclaration,
  Span,
  Statement
} from './ast.js'
import { spanOf, SyntaxFailure } from './token-cursor.js'
import { type Comment, tokenizeBicep, type Token } from './tokenizer.js'
import { TypeParser } from './type-parser.js'

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

class StatementParser extends TypeParser {
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
        return { kind: keyword.text, decorators, ...this.named(name), value, span: spanOf(keyword, this.previous) }
      }
      case 'param':
        return this.parseParameter(decorators)
      case 'var': {
        this.advance()
        const name = this.expectIdentifier('a variable name')
        const type = this.isSymbol('=') ? undefined : this.parseType()
        this.expectSymbol('=', 'after the variable name')
        const value = this.parseExpression()
        return { kind: 'var', decorators, ...this.named(name), type, value, span: spanOf(keyword, this.previous) }
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
        return { kind: 'output', decorators, ...this.named(name), type, value, span: spanOf(keyword, this.previous) }
      }
      case 'type': {
        this.advance()
        const name = this.expectIdentifier('a type name')
        this.expectSymbol('=', 'after the type name')
        const type = this.parseType()
        return { kind: 'type', decorators, ...this.named(name), type, span: spanOf(keyword, this.previous) }
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

  /** A declaration's name and where it is written. */
  private named(name: Token): { name: string; nameSpan: Span } {
    return { name: name.text, nameSpan: spanOf(name, name) }
  }

  /** `param name type [= default]`; in a parameter file `param name = value`. */
  private parseParameter(decorators: readonly Decorator[]): ParameterDeclaration {
    const keyword = this.advance()
    const name = this.expectIdentifier('a parameter name')
    const type = this.isSymbol('=') ? undefined : this.parseType()
    const value = this.accept('=') ? this.parseExpression() : undefined
    return { kind: 'param', decorators, ...this.named(name), type, value, span: spanOf(keyword, this.previous) }
  }

  private parseResource(decorators: readonly Decorator[]): ResourceDeclaration {
    const keyword = this.advance()
    const name = this.expectIdentifier('a resource symbol name')
    const type = this.expectPlainString("a resource type string like 'Microsoft.Compute/virtualMachines@2024-07-01'")
    const existing = this.acceptWord('existing')
    this.expectSymbol('=', existing ? "after 'existing'" : 'after the resource type')
    const value = this.parseDeclarationBody()
    return {
      kind: 'resource',
      decorators,
      ...this.named(name),
      typeReference: type.value,
      typeSpan: spanOf(type, type),
      existing,
      value,
      span: spanOf(keyword, this.previous)
    }
  }

  protected parseNestedResource(decorators: readonly Decorator[]): ResourceDeclaration {
    return this.parseResource(decorators)
  }

  private parseModule(decorators: readonly Decorator[]): ModuleDeclaration {
    const keyword = this.advance()
    const name = this.expectIdentifier('a module symbol name')
    const path = this.expectPlainString('a module path string')
    this.expectSymbol('=', 'after the module path')
    const value = this.parseDeclarationBody()
    const span = spanOf(keyword, this.previous)
    const pathSpan = spanOf(path, path)
    return { kind: 'module', decorators, ...this.named(name), path: path.value, pathSpan, value, span }
  }

  /** What follows `=` in a resource or module: `{...}`, `if (c) {...}` or `[for ...: ...]`. */
  private parseDeclarationBody(): Expression | ConditionalBody {
    if (this.isWord('if')) return this.parseConditionalBody(true)
    if (this.isSymbol('{')) return this.parseObject(true)
    if (this.isSymbol('[') && this.isWord('for', this.firstAfterNewlines(1))) return this.parseArray()
    return this.fail("'{', 'if (...)' or '[for ...]' after '='")
  }

  private firstAfterNewlines(ahead: number): Token {
    while (this.peek(ahead).kind === 'newline') ahead++
    return this.peek(ahead)
  }

  private parseFunction(decorators: readonly Decorator[]): FunctionDeclaration {
    const keyword = this.advance()
    const name = this.expectIdentifier('a function name')
    this.expectSymbol('(', 'after the function name')
    const parameters: FunctionParameter[] = []
    this.skipNewlines()
    while (!this.isSymbol(')')) {
      const parameter = this.expectIdentifier('a function parameter name')
      const type = this.parseType()
      parameters.push({ name: parameter.text, type, span: spanOf(parameter, type.span) })
      this.skipNewlines()
      if (!this.accept(',') && !this.isSymbol(')')) this.fail("',' or ')' in the function parameters")
      this.skipNewlines()
    }
    this.advance()
    const returnType = this.parseType()
    this.expectSymbol('=>', 'after the function return type')
    this.skipNewlines()
    const body = this.parseExpression()
    const span = spanOf(keyword, this.previous)
    return { kind: 'func', decorators, ...this.named(name), parameters, returnType, body, span }
  }

  /** `import {a, b as c} from 'x'`, `import * as ns from 'x'`, legacy `import 'az@1.0.0' as az`. */
  private parseImport(decorators: readonly Decorator[]): ImportStatement {
    const keyword = this.advance()
    if (this.current.kind === 'string') {
      const provider = this.advance().value
      if (this.acceptWord('with')) this.parseObject(false)
      const wildcardAlias = this.acceptWord('as') ? this.expectIdentifier("an alias after 'as'").text : undefined
      return { kind: 'import', decorators, symbols: [], provider, wildcardAlias, span: spanOf(keyword, this.previous) }
    }
    const symbols: ImportedSymbol[] = []
    let wildcardAlias: string | undefined
    if (this.accept('*')) {
      this.expectWord('as', "after 'import *'")
      wildcardAlias = this.expectIdentifier("a namespace name after 'as'").text
    } else {
      const open = this.expectSymbol('{', "'{', '*' or a provider string after 'import'")
      this.skipNewlines()
      while (!this.isSymbol('}')) {
        if (this.current.kind === 'eof') this.fail(`'}' to close the import list opened at line ${open.line}`)
        const name = this.expectIdentifier('an imported symbol name')
        const alias = this.acceptWord('as') ? this.expectIdentifier("an alias after 'as'").text : undefined
        symbols.push({ name: name.text, alias, span: spanOf(name, this.previous) })
        this.parseSeparator('}', 'imported symbol')
      }
      this.advance()
    }
    this.expectWord('from', 'after the imported symbols')
    const from = this.expectPlainString("a file or registry reference after 'from'").value
    return { kind: 'import', decorators, from, symbols, wildcardAlias, span: spanOf(keyword, this.previous) }
  }

  /** `extension name`, `extension 'br:...' with {...} as alias`; `provider` is the older keyword. */
  private parseExtension(): ExtensionStatement {
    const keyword = this.advance()
    const what = `an extension name or reference after '${keyword.text}'`
    const specification = this.current.kind === 'identifier' ? this.advance().text : this.expectPlainString(what).value
    const config = this.acceptWord('with') ? this.parseObject(false) : undefined
    const alias = this.acceptWord('as') ? this.expectIdentifier("an alias after 'as'").text : undefined
    return { kind: 'extension', specification, config, alias, span: spanOf(keyword, this.previous) }
  }

  /** `using './main.bicep'`, `using none` (optionally `with {...}` for deployment stacks). */
  private parseUsing(): Statement {
    const keyword = this.advance()
    const target = this.current
    if (!this.acceptWord('none')) this.expectPlainString("a template path or 'none' after 'using'")
    if (this.acceptWord('with')) this.parseObject(false)
    const path = target.kind === 'string' ? target.value : undefined
    return { kind: 'using', path, pathSpan: spanOf(target, target), span: spanOf(keyword, this.previous) }
  }
}
