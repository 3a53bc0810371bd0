/**
 * The Bicep syntax tree's expressions, and the span every node carries (1-based lines and
 * columns); the file is known to whoever holds the tree. Statements and types are in
 * ast-statements.ts and ast-types.ts; ast.ts is the one place importers name.
 */
import type { ResourceDeclaration } from './ast-statements.js'

export interface Span {
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
}

export interface Node {
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

/** `a[i]`, `a[?i]` when `safe`, `a[^i]` (the i-th from the end) when `fromEnd`. */
export interface IndexExpression extends Node {
  readonly kind: 'index'
  readonly object: Expression
  readonly index: Expression
  readonly safe: boolean
  readonly fromEnd: boolean
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
