import { asNumber, asString, formatNumber } from './coerce.js'
import type { Expression, IndexExpression } from '../hcl/ast.js'
import { describeValue, failure, isLazy, isList, isMissing, isObject, isUnknown, unknown, type Value } from './value.js'

/** `value.name`. */
export function traverseAttribute(target: Value, name: string): Value {
  if (isMissing(target)) return target
  if (isLazy(target)) return target.attribute(name)
  if (isObject(target)) {
    if (target.entries.has(name)) return target.entries.get(name) as Value
    if (target.partial !== undefined) return unknown(target.partial)
    return failure(`this object has no attribute "${name}"`)
  }
  if (target === null) return failure(`cannot read "${name}" from a null value`)
  return failure(`cannot read "${name}" from ${describeValue(target)}`)
}

/** `value[key]`: a list position or a map key. */
export function traverseIndex(target: Value, key: Value): Value {
  if (isMissing(target)) return target
  if (isMissing(key)) return key
  if (isList(target)) {
    const index = asNumber(key)
    if (typeof index !== 'number') return index
    if (!Number.isInteger(index) || index < 0 || index >= target.length) {
      return failure(`index ${formatNumber(index)} is out of range for a list of ${target.length}`)
    }
    return target[index] as Value
  }
  const name = asString(key)
  if (typeof name !== 'string') return name
  if (isLazy(target) || isObject(target)) {
    const found = traverseAttribute(target, name)
    return isObject(target) && !target.entries.has(name) && target.partial === undefined
      ? failure(`no key "${name}" in this map`)
      : found
  }
  if (target === null) return failure(`cannot index a null value with "${name}"`)
  return failure(`cannot index ${describeValue(target)}`)
}

/**
 * `vm[count.index]` or `vm[each.key]` written in a resource whose `count` or `for_each` is the one of `vm` (the same
 * key), or `vm[0]` of a `vm` counted 0 or 1, neither count known: the instance of `vm` that stands for every one
 * (the same iteration, or the only one). Only as written, a resource's own name indexed by its own loop variable: a
 * value computed of either is neither. Undefined otherwise.
 */
export function pairedInstance(written: IndexExpression, target: Value, key: Value): Value | undefined {
  const instances = isUnknown(target) ? target.instances : undefined
  if (instances === undefined || !namesResource(written.target)) return undefined
  if (written.key.kind === 'literal') return written.key.value === 0 && instances.atMostOne ? instances.instance : undefined
  const variable = written.key.kind === 'getattr' && written.key.target.kind === 'variable' ? `${written.key.target.name}.${written.key.name}` : ''
  const loopVariable = variable === 'count.index' || variable === 'each.key'
  return loopVariable && isUnknown(key) && key.indexOf === instances.loop ? instances.instance : undefined
}

/** `azurerm_x.name`: a resource's own name (not a variable, local or output holding something computed). */
export const namesResource = (expression: Expression): boolean =>
  expression.kind === 'getattr' && expression.target.kind === 'variable' && /^[a-z][a-z0-9]*_[a-z0-9_]+$/.test(expression.target.name)
