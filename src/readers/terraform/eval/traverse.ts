import { asNumber, asString, formatNumber } from './coerce.js'
import { describeValue, failure, isLazy, isList, isMissing, isObject, unknown, type Value } from './value.js'

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
