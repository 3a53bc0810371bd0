/**
 * The HCL syntax tree the Terraform reader evaluates: plain objects converted from tree-sitter's
 * concrete tree, so the wasm tree can be freed right after parsing and evaluation never touches it.
 */

/** 1-based line and column (UTF-16 code units, as the editor shows them). */
export interface Position {
  readonly line: number
  readonly column: number
}

export type Expression =
  | LiteralExpression
  | TemplateExpression
  | TupleExpression
  | ObjectExpression
  | VariableExpression
  | CallExpression
  | GetAttrExpression
  | IndexExpression
  | SplatExpression
  | ForExpression
  | ConditionalExpression
  | UnaryExpression
  | BinaryExpression
  | InvalidExpression

interface Node {
  readonly pos: Position
}

export interface LiteralExpression extends Node {
  readonly kind: 'literal'
  readonly value: null | boolean | number | string
}

/** A quoted string or heredoc with interpolations or directives. */
export interface TemplateExpression extends Node {
  readonly kind: 'template'
  readonly parts: readonly TemplatePart[]
}

export type TemplatePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'interpolation'; readonly expression: Expression }
  | {
      readonly kind: 'if'
      readonly condition: Expression
      readonly then: readonly TemplatePart[]
      readonly else: readonly TemplatePart[]
    }
  | {
      readonly kind: 'for'
      readonly keyName: string | undefined
      readonly valueName: string
      readonly collection: Expression
      readonly body: readonly TemplatePart[]
    }

export interface TupleExpression extends Node {
  readonly kind: 'tuple'
  readonly items: readonly Expression[]
}

export interface ObjectItem {
  /** A bare identifier key (`name = ...`) is a literal name, never a variable reference. */
  readonly key: Expression
  readonly value: Expression
}

export interface ObjectExpression extends Node {
  readonly kind: 'object'
  readonly items: readonly ObjectItem[]
}

export interface VariableExpression extends Node {
  readonly kind: 'variable'
  readonly name: string
}

export interface CallExpression extends Node {
  readonly kind: 'call'
  readonly name: string
  readonly args: readonly Expression[]
  /** `f(list...)`: the last argument is expanded into separate arguments. */
  readonly expandFinal: boolean
}

export interface GetAttrExpression extends Node {
  readonly kind: 'getattr'
  readonly target: Expression
  readonly name: string
}

export interface IndexExpression extends Node {
  readonly kind: 'index'
  readonly target: Expression
  readonly key: Expression
}

/** `list[*].a.b` / `list.*.a`: `each` is applied to every element (as the variable `splat`). */
export interface SplatExpression extends Node {
  readonly kind: 'splat'
  readonly target: Expression
  readonly each: Expression
}

export interface ForExpression extends Node {
  readonly kind: 'for'
  readonly keyName: string | undefined
  readonly valueName: string
  readonly collection: Expression
  /** Present for object `for` expressions (`{ for k, v in x : k => v }`). */
  readonly keyExpression: Expression | undefined
  readonly valueExpression: Expression
  readonly condition: Expression | undefined
  /** `...` after the value: group values with the same key into lists. */
  readonly grouping: boolean
}

export interface ConditionalExpression extends Node {
  readonly kind: 'conditional'
  readonly condition: Expression
  readonly then: Expression
  readonly else: Expression
}

export interface UnaryExpression extends Node {
  readonly kind: 'unary'
  readonly operator: '-' | '!'
  readonly operand: Expression
}

export type BinaryOperator = '*' | '/' | '%' | '+' | '-' | '>' | '>=' | '<' | '<=' | '==' | '!=' | '&&' | '||'

export interface BinaryExpression extends Node {
  readonly kind: 'binary'
  readonly operator: BinaryOperator
  readonly left: Expression
  readonly right: Expression
}

/** A piece of syntax we could not read (too deeply nested); evaluates to an error. */
export interface InvalidExpression extends Node {
  readonly kind: 'invalid'
  readonly reason: string
}

export interface Attribute {
  readonly name: string
  readonly expression: Expression
  readonly pos: Position
  /** The file it is written in, when an override file merged it into a block of another (config/overrides.ts). */
  readonly file?: string
}

export interface Block {
  readonly type: string
  readonly labels: readonly string[]
  readonly body: Body
  readonly pos: Position
  readonly end: Position
  /** The file it is written in, when an override file merged it into a block of another (config/overrides.ts). */
  readonly file?: string
}

export interface Body {
  /** Attributes by name; a duplicate keeps the first (Terraform rejects duplicates). */
  readonly attributes: ReadonlyMap<string, Attribute>
  readonly blocks: readonly Block[]
}

/** The name of the variable a splat's `each` expression refers to for the current element. */
export const SPLAT_ELEMENT = '\u0000splat'
