import type { Expression } from '../hcl/ast.js'
import { asBool, asNumber, asString } from './coerce.js'
import { failure, isList, isMissing, isObject, objectValue, type Value } from './value.js'

/**
 * A variable's `type` constraint, as far as it changes values: primitives convert (`"true"` to a
 * bool), and object attributes declared `optional(type, default)` get their defaults when the
 * caller leaves them out. That is how modules like AVM fill in most of their settings.
 */
export type TypeConstraint =
  | { readonly kind: 'any' }
  | { readonly kind: 'string' | 'number' | 'bool' }
  | { readonly kind: 'list' | 'set' | 'map'; readonly element: TypeConstraint }
  | { readonly kind: 'tuple'; readonly elements: readonly TypeConstraint[] }
  | { readonly kind: 'object'; readonly attributes: ReadonlyMap<string, ObjectAttributeType> }

export interface ObjectAttributeType {
  readonly type: TypeConstraint
  readonly optional: boolean
  /** The `optional(type, default)` default, still to be evaluated (it is a constant expression). */
  readonly defaultValue: Expression | undefined
}

const ANY: TypeConstraint = { kind: 'any' }
const MAX_TYPE_DEPTH = 32

/** Reads a type expression; anything unrecognised is `any` (no conversion). */
export function parseTypeConstraint(expression: Expression | undefined, depth = 0): TypeConstraint {
  if (!expression || depth > MAX_TYPE_DEPTH) return ANY
  if (expression.kind === 'variable') {
    const name = expression.name
    return name === 'string' || name === 'number' || name === 'bool' ? { kind: name } : ANY
  }
  if (expression.kind !== 'call') return ANY
  const [first] = expression.args
  switch (expression.name) {
    case 'list':
    case 'set':
    case 'map':
      return { kind: expression.name, element: parseTypeConstraint(first, depth + 1) }
    case 'tuple':
      return first?.kind === 'tuple'
        ? { kind: 'tuple', elements: first.items.map(item => parseTypeConstraint(item, depth + 1)) }
        : ANY
    case 'object':
      return first?.kind === 'object' ? objectType(first.items, depth) : ANY
    default:
      return ANY
  }
}

function objectType(items: readonly { key: Expression; value: Expression }[], depth: number): TypeConstraint {
  const attributes = new Map<string, ObjectAttributeType>()
  for (const item of items) {
    const name = item.key.kind === 'literal' ? item.key.value : item.key.kind === 'variable' ? item.key.name : undefined
    if (typeof name !== 'string') continue
    const value = item.value
    if (value.kind === 'call' && value.name === 'optional') {
      const [type, defaultValue] = value.args
      attributes.set(name, { type: parseTypeConstraint(type, depth + 1), optional: true, defaultValue })
    } else {
      attributes.set(name, { type: parseTypeConstraint(value, depth + 1), optional: false, defaultValue: undefined })
    }
  }
  return { kind: 'object', attributes }
}

/** Evaluates an `optional()` default (a constant expression). */
export type DefaultEvaluator = (expression: Expression) => Value

/** Converts a value to a type constraint the way Terraform does for variable values. */
export function convertToType(value: Value, type: TypeConstraint, evaluateDefault: DefaultEvaluator, depth = 0): Value {
  if (value === null || isMissing(value) || type.kind === 'any') return value
  if (depth > MAX_TYPE_DEPTH) return value
  switch (type.kind) {
    case 'string':
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? asString(value) : value
    case 'number':
      return typeof value === 'string' ? asNumber(value) : value
    case 'bool':
      return typeof value === 'string' ? asBool(value) : value
    case 'list':
    case 'set':
      return isList(value) ? value.map(item => convertToType(item, type.element, evaluateDefault, depth + 1)) : value
    case 'tuple':
      return isList(value)
        ? value.map((item, i) => convertToType(item, type.elements[i] ?? ANY, evaluateDefault, depth + 1))
        : value
    case 'map': {
      if (!isObject(value)) return value
      const entries = new Map<string, Value>()
      for (const [key, item] of value.entries) entries.set(key, convertToType(item, type.element, evaluateDefault, depth + 1))
      return objectValue(entries, value.partial)
    }
    case 'object':
      return isObject(value) ? convertObject(value.entries, value.partial, type.attributes, evaluateDefault, depth) : value
  }
}

function convertObject(
  given: ReadonlyMap<string, Value>,
  partial: string | undefined,
  attributes: ReadonlyMap<string, ObjectAttributeType>,
  evaluateDefault: DefaultEvaluator,
  depth: number
): Value {
  const entries = new Map<string, Value>()
  for (const [name, attribute] of attributes) {
    if (given.has(name)) {
      const item = given.get(name) as Value
      const filled = item === null && attribute.defaultValue ? evaluateDefault(attribute.defaultValue) : item
      entries.set(name, convertToType(filled, attribute.type, evaluateDefault, depth + 1))
    } else if (partial !== undefined) {
      continue
    } else if (attribute.optional) {
      const filled = attribute.defaultValue ? evaluateDefault(attribute.defaultValue) : null
      entries.set(name, convertToType(filled, attribute.type, evaluateDefault, depth + 1))
    } else {
      entries.set(name, failure(`the required attribute "${name}" is missing from the value`))
    }
  }
  return objectValue(entries, partial)
}
