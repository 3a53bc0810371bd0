/**
 * The Bicep syntax tree. Every node carries the span it was parsed from (1-based lines and
 * columns); the file is known to whoever holds the tree.
 */

export interface Span {
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
}

interface Node {
  readonly span: Span
}

// ---------------------------------------------------------------------------------------------
// Expressions

export type Expression =
  | StringLiteral
  | InterpolatedString
  | NumberLiteral
  | BooleanLiteral
  | NullLiteral
  | Identifier
  | ObjectExpression
  | ArrayExpression
  | ForExpression
  | UnaryExpression
  | BinaryExpression
  | TernaryExpression
  | MemberExpression
  | IndexExpression
  | NonNullExpression
  | ResourceAccessExpression
  | CallExpression
  | LambdaExpression

export interface StringLiteral extends Node {
  readonly kind: 'string'
  readonly value: string
}

/** `'a${x}b${y}c'`: `segments` are the text around the holes, one more than `expressions`. */
export interface InterpolatedString extends Node {
  readonly kind: 'interpolation'
  readonly segments: readonly string[]
  readonly expressions: readonly Expression[]
}

export interface NumberLiteral extends Node {
  readonly kind: 'number'
  readonly value: number
}

export interface BooleanLiteral extends Node {
  readonly kind: 'boolean'
  readonly value: boolean
}

export interface NullLiteral extends Node {
  readonly kind: 'null'
}

export interface Identifier extends Node {
  readonly kind: 'identifier'
  readonly name: string
}

export interface ObjectExpression extends Node {
  readonly kind: 'object'
  /** Properties, spreads, and (in resource bodies) nested child resources, in source order. */
  readonly members: readonly ObjectMember[]
}

export type ObjectMember = ObjectProperty | SpreadElement | ResourceDeclaration

export interface ObjectProperty extends Node {
  readonly kind: 'property'
  /** A plain name or a quoted key is a StringLiteral; `'${x}'` keys are interpolations. */
  readonly key: StringLiteral | InterpolatedString
  readonly value: Expression
}

export interface SpreadElement extends Node {
  readonly kind: 'spread'
  readonly expression: Expression
}

export interface ArrayExpression extends Node {
  readonly kind: 'array'
  readonly items: readonly (Expression | SpreadElement)[]
}

/** `[for item in iterable: body]`, `[for (item, index) in iterable: body]`. */
export interface ForExpression extends Node {
  readonly kind: 'for'
  readonly item: string
  readonly index?: string
  readonly iterable: Expression
  readonly body: Expression | ConditionalBody
}

/** `if (condition) { ... }`: the body of a conditional resource or module. */
export interface ConditionalBody extends Node {
  readonly kind: 'if'
  readonly condition: Expression
  readonly body: Expression
}

export interface UnaryExpression extends Node {
  readonly kind: 'unary'
  readonly operator: '!' | '-'
  readonly operand: Expression
}

export type BinaryOperator =
  | '??'
  | '||'
  | '&&'
  | '=='
  | '!='
  | '=~'
  | '!~'
  | '<'
  | '<='
  | '>'
  | '>='
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'

export interface BinaryExpression extends Node {
  readonly kind: 'binary'
  readonly operator: BinaryOperator
  readonly left: Expression
  readonly right: Expression
}

export interface TernaryExpression extends Node {
  readonly kind: 'ternary'
  readonly condition: Expression
  readonly whenTrue: Expression
  readonly whenFalse: Expression
}

/** `a.b`, or `a.?b` when `safe`. */
export interface MemberExpression extends Node {
  readonly kind: 'member'
  readonly object: Expression
  readonly property: string
  readonly safe: boolean
}

/** `a[i]`, or `a[?i]` when `safe`. */
export interface IndexExpression extends Node {
  readonly kind: 'index'
  readonly object: Expression
  readonly index: Expression
  readonly safe: boolean
}

/** `a!` */
export interface NonNullExpression extends Node {
  readonly kind: 'nonNull'
  readonly expression: Expression
}

/** `parent::child` */
export interface ResourceAccessExpression extends Node {
  readonly kind: 'resourceAccess'
  readonly object: Expression
  readonly name: string
}

/** `f(x)`, or `ns.f(x)` (`sys.concat`, `az.resourceGroup`, `kv.getSecret`) with a namespace. */
export interface CallExpression extends Node {
  readonly kind: 'call'
  readonly namespace?: Expression
  readonly name: string
  readonly args: readonly Expression[]
}

/** `x => body`, `(a, b) => body` */
export interface LambdaExpression extends Node {
  readonly kind: 'lambda'
  readonly parameters: readonly string[]
  readonly body: Expression
}

// ---------------------------------------------------------------------------------------------
// Types

export type TypeNode =
  | TypeName
  | LiteralType
  | ObjectType
  | TupleType
  | ArrayType
  | UnionType
  | NullableType
  | ResourceType
  | GenericType
  | TypeMemberAccess

/** `string`, `myType`, `ns.myType` */
export interface TypeName extends Node {
  readonly kind: 'typeName'
  readonly name: string
}

/** `'Windows'`, `3`, `-1`, `true` used as a type. */
export interface LiteralType extends Node {
  readonly kind: 'literalType'
  readonly value: string | number | boolean | null
}

export interface ObjectType extends Node {
  readonly kind: 'objectType'
  readonly properties: readonly ObjectTypeProperty[]
}

export interface ObjectTypeProperty extends Node {
  readonly decorators: readonly Decorator[]
  /** `*` for the additional-properties type. */
  readonly name: string
  readonly type: TypeNode
}

export interface TupleType extends Node {
  readonly kind: 'tupleType'
  readonly items: readonly TypeNode[]
}

export interface ArrayType extends Node {
  readonly kind: 'arrayType'
  readonly element: TypeNode
}

export interface UnionType extends Node {
  readonly kind: 'unionType'
  readonly members: readonly TypeNode[]
}

export interface NullableType extends Node {
  readonly kind: 'nullableType'
  readonly base: TypeNode
}

/** `resource 'Microsoft.Storage/storageAccounts@2023-01-01'` */
export interface ResourceType extends Node {
  readonly kind: 'resourceType'
  readonly typeReference: string
}

/** `resourceInput<'Microsoft.Compute/virtualMachines@2024-07-01'>` */
export interface GenericType extends Node {
  readonly kind: 'genericType'
  readonly name: string
  readonly args: readonly TypeNode[]
}

/** `t.properties`, `t[*]`, `t[0]` */
export interface TypeMemberAccess extends Node {
  readonly kind: 'typeMemberAccess'
  readonly base: TypeNode
  readonly member: string
}

// ---------------------------------------------------------------------------------------------
// Statements

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
