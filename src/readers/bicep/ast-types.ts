/** The Bicep syntax tree's type expressions (`param x Type`, `type t = ...`). */
import type { Node } from './ast-expressions.js'
import type { Decorator } from './ast-statements.js'

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
