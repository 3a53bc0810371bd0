/** The Bicep syntax tree's statements: declarations start at their keyword, decorators kept apart. */
import type { ConditionalBody, Expression, Node, Span } from './ast-expressions.js'
import type { TypeNode } from './ast-types.js'

/** `@description('...')`, `@sys.batchSize(1)` */
export interface Decorator extends Node {
  readonly namespace?: string
  readonly name: string
  readonly args: readonly Expression[]
}

export type Statement =
  | TargetScopeStatement
  | MetadataStatement
  | ParameterDeclaration
  | VariableDeclaration
  | ResourceDeclaration
  | ModuleDeclaration
  | OutputDeclaration
  | TypeDeclaration
  | FunctionDeclaration
  | ImportStatement
  | ExtensionStatement
  | UsingStatement
  | ExtendsStatement
  | AssertStatement

/** Declarations start at their keyword; their decorators are kept apart. */
interface Declaration extends Node {
  readonly decorators: readonly Decorator[]
  readonly name: string
  readonly nameSpan: Span
}

export interface TargetScopeStatement extends Node {
  readonly kind: 'targetScope'
  readonly value: Expression
}

export interface MetadataStatement extends Declaration {
  readonly kind: 'metadata'
  readonly value: Expression
}

/** `param name type = default` in a template; `param name = value` in a parameter file. */
export interface ParameterDeclaration extends Declaration {
  readonly kind: 'param'
  readonly type?: TypeNode
  readonly value?: Expression
}

export interface VariableDeclaration extends Declaration {
  readonly kind: 'var'
  readonly type?: TypeNode
  readonly value: Expression
}

export interface ResourceDeclaration extends Declaration {
  readonly kind: 'resource'
  /** `Microsoft.Compute/virtualMachines@2024-07-01`, or a child's relative `extensions@2024-07-01`. */
  readonly typeReference: string
  readonly typeSpan: Span
  readonly existing: boolean
  /** An object, `if (c) {...}`, or `[for ...: ...]`. */
  readonly value: Expression | ConditionalBody
}

export interface ModuleDeclaration extends Declaration {
  readonly kind: 'module'
  readonly path: string
  readonly pathSpan: Span
  readonly value: Expression | ConditionalBody
}

export interface OutputDeclaration extends Declaration {
  readonly kind: 'output'
  readonly type: TypeNode
  readonly value: Expression
}

export interface TypeDeclaration extends Declaration {
  readonly kind: 'type'
  readonly type: TypeNode
}

export interface FunctionParameter extends Node {
  readonly name: string
  readonly type: TypeNode
}

export interface FunctionDeclaration extends Declaration {
  readonly kind: 'func'
  readonly parameters: readonly FunctionParameter[]
  readonly returnType: TypeNode
  readonly body: Expression
}

export interface ImportedSymbol extends Node {
  readonly name: string
  /** `import { x as y }`: the local name. */
  readonly alias?: string
}

/**
 * `import { a, b as c } from 'file.bicep'`, `import * as ns from 'file.bicep'`, or the legacy
 * provider import `import 'az@1.0.0' as az` (no `from`).
 */
export interface ImportStatement extends Node {
  readonly kind: 'import'
  readonly decorators: readonly Decorator[]
  readonly from?: string
  readonly symbols: readonly ImportedSymbol[]
  readonly wildcardAlias?: string
  readonly provider?: string
}

/** `extension microsoftGraphV1`, `extension 'br:...' with {...} as alias`, and the older `provider`. */
export interface ExtensionStatement extends Node {
  readonly kind: 'extension'
  readonly specification: string
  readonly config?: Expression
  readonly alias?: string
}

/** `using './main.bicep'` (undefined path for `using none`). */
export interface UsingStatement extends Node {
  readonly kind: 'using'
  readonly path?: string
  readonly pathSpan: Span
}

export interface ExtendsStatement extends Node {
  readonly kind: 'extends'
  readonly path: string
}

export interface AssertStatement extends Declaration {
  readonly kind: 'assert'
  readonly value: Expression
}

export interface Program {
  readonly statements: readonly Statement[]
}
