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
  ResourceDeclaration,
  Statement
} from './ast.js'
import { spanOf, tokenSpan } from './token-cursor.js'
import type { Token } from './tokenizer.js'
import { TypeParser } from './type-parser.js'

/**
 * The statements that take more than a line of the statement switch (parser.ts): parameters,
 * resources, modules, functions, imports, extensions and `using`. Each starts at its keyword.
 */
export abstract class DeclarationParser extends TypeParser {
  /** `param name type [= default]`; in a parameter file `param name = value`. */
  protected parseParameter(decorators: readonly Decorator[]): ParameterDeclaration {
    const keyword = this.advance()
    const name = this.expectIdentifier('a parameter name')
    const type = this.isSymbol('=') ? undefined : this.parseType()
    const value = this.accept('=') ? this.parseExpression() : undefined
    return { kind: 'param', decorators, name: name.text, nameSpan: tokenSpan(name), type, value, span: spanOf(keyword, this.previous) }
  }

  protected parseResource(decorators: readonly Decorator[]): ResourceDeclaration {
    const keyword = this.advance()
    const name = this.expectIdentifier('a resource symbol name')
    const type = this.expectPlainString("a resource type string like 'Microsoft.Compute/virtualMachines@2024-07-01'")
    const existing = this.acceptWord('existing')
    this.expectSymbol('=', existing ? "after 'existing'" : 'after the resource type')
    const value = this.parseDeclarationBody()
    return {
      kind: 'resource',
      decorators,
      name: name.text, nameSpan: tokenSpan(name),
      typeReference: type.value,
      typeSpan: tokenSpan(type),
      existing,
      value,
      span: spanOf(keyword, this.previous)
    }
  }

  protected parseNestedResource(decorators: readonly Decorator[]): ResourceDeclaration {
    return this.parseResource(decorators)
  }

  protected parseModule(decorators: readonly Decorator[]): ModuleDeclaration {
    const keyword = this.advance()
    const name = this.expectIdentifier('a module symbol name')
    const path = this.expectPlainString('a module path string')
    this.expectSymbol('=', 'after the module path')
    const value = this.parseDeclarationBody()
    const span = spanOf(keyword, this.previous)
    const pathSpan = tokenSpan(path)
    return { kind: 'module', decorators, name: name.text, nameSpan: tokenSpan(name), path: path.value, pathSpan, value, span }
  }

  /**
   * What follows `=` in a resource or module: `{...}`, `if (c) {...}` or `[for ...: ...]`. Line breaks may
   * come before `if` only, as Bicep's own parser takes them (`bicep format` breaks long declarations there).
   */
  protected parseDeclarationBody(): Expression | ConditionalBody {
    if (this.isWord('if', this.peekPastNewlines())) {
      this.skipNewlines()
      return this.parseConditionalBody(true)
    }
    if (this.isSymbol('{')) return this.parseObject(true)
    if (this.isSymbol('[') && this.isWord('for', this.firstAfterNewlines(1))) return this.parseArray()
    return this.fail("'{', 'if (...)' or '[for ...]' after '='")
  }

  private firstAfterNewlines(ahead: number): Token {
    while (this.peek(ahead).kind === 'newline') ahead++
    return this.peek(ahead)
  }

  protected parseFunction(decorators: readonly Decorator[]): FunctionDeclaration {
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
    return { kind: 'func', decorators, name: name.text, nameSpan: tokenSpan(name), parameters, returnType, body, span }
  }

  /** `import {a, b as c} from 'x'`, `import * as ns from 'x'`, legacy `import 'az@1.0.0' as az`. */
  protected parseImport(decorators: readonly Decorator[]): ImportStatement {
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
        // A name that is not an identifier is imported as a string, and then needs an alias: `'my-type' as myType`.
        const next: Token = this.current
        const quoted = next.kind === 'string' ? this.advance() : undefined
        const name = quoted ?? this.expectIdentifier('an imported symbol name')
        const alias =
          quoted !== undefined || this.isWord('as')
            ? (this.expectWord('as', 'after a quoted imported name'), this.expectIdentifier("an alias after 'as'").text)
            : undefined
        symbols.push({ name: name.value, alias, span: spanOf(name, this.previous) })
        this.parseSeparator('}', 'imported symbol')
      }
      this.advance()
    }
    this.expectWord('from', 'after the imported symbols')
    const from = this.expectPlainString("a file or registry reference after 'from'").value
    return { kind: 'import', decorators, from, symbols, wildcardAlias, span: spanOf(keyword, this.previous) }
  }

  /** `extension name`, `extension 'br:...' with {...} as alias`; `provider` is the older keyword. */
  protected parseExtension(): ExtensionStatement {
    const keyword = this.advance()
    const what = `an extension name or reference after '${keyword.text}'`
    const specification = this.current.kind === 'identifier' ? this.advance().text : this.expectPlainString(what).value
    const config = this.acceptWord('with') ? this.parseObject(false) : undefined
    const alias = this.acceptWord('as') ? this.expectIdentifier("an alias after 'as'").text : undefined
    return { kind: 'extension', specification, config, alias, span: spanOf(keyword, this.previous) }
  }

  /** `using './main.bicep'`, `using none` (optionally `with {...}` for deployment stacks). */
  protected parseUsing(): Statement {
    const keyword = this.advance()
    const target = this.current
    if (!this.acceptWord('none')) this.expectPlainString("a template path or 'none' after 'using'")
    if (this.acceptWord('with')) this.parseObject(false)
    const path = target.kind === 'string' ? target.value : undefined
    return { kind: 'using', path, pathSpan: tokenSpan(target), span: spanOf(keyword, this.previous) }
  }
}
