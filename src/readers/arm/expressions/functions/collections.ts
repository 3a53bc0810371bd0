import {
  createArmObject,
  derived,
  findKey,
  getMember,
  isArmArray,
  isArmObject,
  Unresolved,
  type ArmObject,
  type ArmValue
} from '../values.js'
import { argumentValues, isInteger, mismatch, strict, wrongArity, type ArmFunction, type Arguments, type KnownValue } from './function.js'
import { arrayIncludes, intersect, mergeObjects, unionArrays } from './set-operations.js'

/**
 * ARM `union`. Not strict: an argument not known beside known objects (`union(parameters('baseTags'),
 * createObject('PatchGroup', 'B'))`) leaves the members written after it known (a PartialArmObject).
 */
const union: ArmFunction = args => {
  if (args.length < 1) return wrongArity('union', 1, Infinity, args.length)
  const values = argumentValues(args)
  const missing = values.find(value => value instanceof Unresolved)
  const known = values.filter(value => !(value instanceof Unresolved))
  if (missing instanceof Unresolved) {
    return known.length > 0 && known.every(isArmObject) ? mergeObjects(values as readonly (ArmObject | Unresolved)[], 'deep') : derived(missing)
  }
  if (values.every(isArmObject)) return mergeObjects(values, 'deep')
  if (values.every(isArmArray)) return unionArrays(values)
  return new Unresolved('union() expects all objects or all arrays')
}

/** ARM caps `range()` like copy loops; larger counts are refused rather than allocated. */
const MAX_RANGE = 10_000

/** A one-argument function over strings and arrays (`first`, `length`, ...). */
const sequenceFunction = (name: string, body: (value: string | readonly ArmValue[]) => ArmValue) =>
  strict(name, [1, 1], ([value]) =>
    typeof value === 'string' || isArmArray(value) ? body(value) : mismatch(name, 'a string or an array', value)
  )

const sliceFunction = (name: string, part: 'take' | 'skip') =>
  strict(name, [2, 2], ([value, count]) => {
    if (!isInteger(count)) return mismatch(name, 'an int count', count)
    const n = Math.max(0, count)
    if (typeof value !== 'string' && !isArmArray(value)) return mismatch(name, 'a string or an array', value)
    return part === 'take' ? value.slice(0, n) : value.slice(n)
  })

/** `indexOf` / `lastIndexOf`: strings case-insensitively, arrays by deep equality. */
const positionFunction = (name: string, from: 'first' | 'last') =>
  strict(name, [2, 2], ([container, item = null]) => {
    if (typeof container === 'string') {
      if (typeof item !== 'string') return mismatch(name, 'a string to find', item)
      const [text, find] = [container.toLowerCase(), item.toLowerCase()]
      return from === 'first' ? text.indexOf(find) : text.lastIndexOf(find)
    }
    if (!isArmArray(container)) return mismatch(name, 'a string or an array', container)
    const indexes = container.map((_, i) => i)
    for (const i of from === 'first' ? indexes : indexes.reverse()) {
      const found = arrayIncludes([container[i] as ArmValue], item)
      if (found !== false) return found instanceof Unresolved ? found : i
    }
    return -1
  })

function contains([container, find = null]: readonly KnownValue[]): ArmValue {
  if (isArmArray(container)) return arrayIncludes(container, find)
  if (isArmObject(container)) return typeof find === 'string' ? findKey(container, find) !== undefined : mismatch('contains', 'a string key', find)
  if (typeof container !== 'string') return mismatch('contains', 'an array, an object or a string', container)
  // Strings compare case-sensitively, object keys case-insensitively (as ARM documents).
  return typeof find === 'string' || typeof find === 'number' ? container.includes(String(find)) : mismatch('contains', 'a string to find', find)
}

function createObject(args: Arguments): ArmValue {
  if (args.length % 2 !== 0) return new Unresolved('createObject() expects key/value pairs')
  const entries: Array<readonly [string, ArmValue]> = []
  for (let i = 0; i < args.length; i += 2) {
    const key = args.value(i)
    if (key instanceof Unresolved) return derived(key)
    if (typeof key !== 'string') return mismatch('createObject', 'string keys', key)
    entries.push([key, args.value(i + 1)])
  }
  return createArmObject(entries)
}

/** Bicep's `.?` compiles to `tryGet`: a missing property or index gives null instead of an error. */
function tryGet(args: Arguments): ArmValue {
  if (args.length < 2) return wrongArity('tryGet', 2, Infinity, args.length)
  let current = args.value(0)
  for (let i = 1; i < args.length; i++) {
    const key = args.value(i)
    if (current instanceof Unresolved) return derived(current)
    if (key instanceof Unresolved) return derived(key)
    if (isArmObject(current) && typeof key === 'string') current = getMember(current, key) ?? null
    else if (isArmArray(current) && isInteger(key)) current = current[key] ?? null
    else return null
  }
  return current
}

export const COLLECTION_FUNCTIONS: Readonly<Record<string, ArmFunction>> = {
  createarray: args => argumentValues(args),
  createobject: createObject,
  array: strict('array', [1, 1], ([value = null]) => (isArmArray(value) ? value : [value])),
  union,
  shallowmerge: strict('shallowMerge', [1, 1], ([values]) =>
    isArmArray(values) && values.every(isArmObject)
      ? mergeObjects(values, 'shallow')
      : mismatch('shallowMerge', 'an array of objects', values)
  ),
  intersection: strict('intersection', [2, Infinity], intersect),
  contains: strict('contains', [2, 2], contains),
  empty: strict('empty', [1, 1], ([value]) => {
    if (value === null || value === undefined) return true
    if (typeof value === 'string' || isArmArray(value)) return value.length === 0
    return isArmObject(value) ? Object.keys(value).length === 0 : mismatch('empty', 'an array, an object or a string', value)
  }),
  length: strict('length', [1, 1], ([value]) => {
    if (typeof value === 'string' || isArmArray(value)) return value.length
    return isArmObject(value) ? Object.keys(value).length : mismatch('length', 'an array, an object or a string', value)
  }),
  first: sequenceFunction('first', value => (value.length === 0 ? (typeof value === 'string' ? '' : null) : (value[0] as ArmValue))),
  last: sequenceFunction('last', value =>
    value.length === 0 ? (typeof value === 'string' ? '' : null) : (value[value.length - 1] as ArmValue)
  ),
  take: sliceFunction('take', 'take'),
  skip: sliceFunction('skip', 'skip'),
  indexof: positionFunction('indexOf', 'first'),
  lastindexof: positionFunction('lastIndexOf', 'last'),
  range: strict('range', [2, 2], ([start, count]) => {
    if (!isInteger(start) || !isInteger(count)) return new Unresolved('range() expects int arguments')
    if ((count) < 0 || (count) > MAX_RANGE) return new Unresolved(`range() count must be 0 to ${MAX_RANGE}`)
    return Array.from({ length: count }, (_, i) => (start) + i)
  }),
  items: strict('items', [1, 1], ([value]) =>
    isArmObject(value)
      ? Object.keys(value)
          .sort((a, b) => a.localeCompare(b))
          .map(key => createArmObject([['key', key], ['value', value[key] as ArmValue]]))
      : mismatch('items', 'an object', value)
  ),
  objectkeys: strict('objectKeys', [1, 1], ([value]) =>
    isArmObject(value) ? Object.keys(value) : mismatch('objectKeys', 'an object', value)
  ),
  tryget: tryGet
}
