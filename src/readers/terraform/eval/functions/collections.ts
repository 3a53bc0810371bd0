import {
  asList,
  asNumber,
  asObject,
  asString,
  checkedList,
  compareKeys,
  MAX_COLLECTION_SIZE,
  valuesEqual
} from '../coerce.js'
import { failure, isList, isObject, isUnknown, objectValue, unknown, type Value } from '../value.js'
import type { FunctionTable } from './table.js'

const listFunction =
  (transform: (items: readonly Value[], rest: readonly Value[]) => Value) =>
  ([list, ...rest]: readonly Value[]): Value => {
    const items = asList(list ?? null)
    return isList(items) ? transform(items, rest) : items
  }

export const collectionFunctions: FunctionTable = {
  length: { arity: [1, 1], call: ([value]) => length(value ?? null) },
  concat: { arity: [0, Infinity], call: concat },
  contains: { arity: [2, 2], call: listFunction((items, [value]) => contains(items, value ?? null)) },
  distinct: { arity: [1, 1], call: listFunction(distinct) },
  toset: { arity: [1, 1], call: listFunction(distinct) },
  tolist: { arity: [1, 1], call: listFunction(items => items) },
  element: { arity: [2, 2], call: listFunction(element) },
  index: { arity: [2, 2], call: listFunction(indexOf) },
  flatten: { arity: [1, 1], call: listFunction(items => flatten(items, 0)) },
  compact: { arity: [1, 1], call: listFunction(items => items.filter(item => item !== null && item !== '')) },
  reverse: { arity: [1, 1], call: listFunction(items => [...items].reverse()) },
  slice: { arity: [3, 3], call: listFunction(slice) },
  sort: { arity: [1, 1], call: listFunction(sortStrings) },
  one: { arity: [1, 1], call: listFunction(one) },
  sum: { arity: [1, 1], call: listFunction(sum) },
  alltrue: { arity: [1, 1], call: listFunction(items => items.every(item => item === true || item === 'true')) },
  anytrue: { arity: [1, 1], call: listFunction(items => items.some(item => item === true || item === 'true')) },
  coalescelist: { arity: [1, Infinity], call: args => args.find(arg => isList(arg) && arg.length > 0) ?? [] },
  keys: { arity: [1, 1], call: ([value]) => mapFunction(value ?? null, entries => [...entries.keys()].sort(compareKeys)) },
  values: { arity: [1, 1], call: ([value]) => mapFunction(value ?? null, entries => sortedValues(entries)) },
  tomap: { arity: [1, 1], call: ([value]) => asObject(value ?? null) },
  lookup: { arity: [2, 3], seesMissing: true, call: lookup },
  merge: { arity: [0, Infinity], seesMissing: true, call: merge },
  zipmap: { arity: [2, 2], call: zipmap },
  range: { arity: [1, 3], call: range }
}

function length(value: Value): Value {
  if (typeof value === 'string') return [...value].length
  if (isList(value)) return value.length
  if (isObject(value)) return value.partial === undefined ? value.entries.size : unknown(value.partial)
  return failure('length() needs a string, list or map')
}

function concat(args: readonly Value[]): Value {
  const result: Value[] = []
  for (const arg of args) {
    const items = asList(arg)
    if (!isList(items)) return items
    result.push(...items)
    if (result.length > MAX_COLLECTION_SIZE) return checkedList(result)
  }
  return result
}

function contains(items: readonly Value[], value: Value): Value {
  let undecided: Value | undefined
  for (const item of items) {
    const equal = valuesEqual(item, value)
    if (equal === true) return true
    if (equal !== false) undecided ??= equal
  }
  return undecided ?? false
}

function distinct(items: readonly Value[]): Value {
  const result: Value[] = []
  for (const item of items) {
    const seen = contains(result, item)
    if (seen === false) result.push(item)
    else if (seen !== true) return seen
  }
  return result
}

function element(items: readonly Value[], [position]: readonly Value[]): Value {
  const index = asNumber(position ?? null)
  if (typeof index !== 'number') return index
  if (items.length === 0) return failure('element() of an empty list')
  return items[((Math.trunc(index) % items.length) + items.length) % items.length] as Value
}

function indexOf(items: readonly Value[], [value]: readonly Value[]): Value {
  for (let i = 0; i < items.length; i++) {
    const equal = valuesEqual(items[i] as Value, value ?? null)
    if (equal === true) return i
    if (equal !== false) return equal
  }
  return failure('index(): the value is not in the list')
}

function flatten(items: readonly Value[], depth: number): Value {
  if (depth > 32) return failure('flatten(): lists nested too deeply')
  const result: Value[] = []
  for (const item of items) {
    if (!isList(item)) {
      if (isUnknown(item)) return item
      result.push(item)
      continue
    }
    const inner = flatten(item, depth + 1)
    if (!isList(inner)) return inner
    result.push(...inner)
    if (result.length > MAX_COLLECTION_SIZE) return checkedList(result)
  }
  return result
}

function slice(items: readonly Value[], [start, end]: readonly Value[]): Value {
  const from = asNumber(start ?? null)
  if (typeof from !== 'number') return from
  const to = asNumber(end ?? null)
  if (typeof to !== 'number') return to
  if (from < 0 || to > items.length || from > to) return failure('slice() indexes are out of range')
  return items.slice(from, to)
}

function sortStrings(items: readonly Value[]): Value {
  const strings: string[] = []
  for (const item of items) {
    const text = asString(item)
    if (typeof text !== 'string') return text
    strings.push(text)
  }
  return strings.sort(compareKeys)
}

function one(items: readonly Value[]): Value {
  if (items.length > 1) return failure('one() needs a list of zero or one element')
  return items[0] ?? null
}

function sum(items: readonly Value[]): Value {
  let total = 0
  for (const item of items) {
    const number = asNumber(item)
    if (typeof number !== 'number') return number
    total += number
  }
  return total
}

function mapFunction(value: Value, transform: (entries: ReadonlyMap<string, Value>) => Value): Value {
  const object = asObject(value)
  if (!isObject(object)) return object
  if (object.partial !== undefined) return unknown(object.partial)
  return transform(object.entries)
}

const sortedValues = (entries: ReadonlyMap<string, Value>): Value[] =>
  [...entries.keys()].sort(compareKeys).map(key => entries.get(key) as Value)

function lookup([map, key, fallback]: readonly Value[]): Value {
  const object = asObject(map ?? null)
  if (!isObject(object)) return object
  const name = asString(key ?? null)
  if (typeof name !== 'string') return name
  if (object.entries.has(name)) return object.entries.get(name) as Value
  if (object.partial !== undefined) return unknown(object.partial)
  return fallback === undefined ? failure(`lookup(): no key "${name}" and no default`) : fallback
}

/**
 * Later arguments win; unknown arguments make the result partial (their keys are not known). An unknown
 * argument may hold any key, so only the keys of the arguments after it are certain: the earlier ones are
 * dropped (a partial object's absent key reads as unknown), never kept as if it could not replace them.
 */
function merge(args: readonly Value[]): Value {
  const entries = new Map<string, Value>()
  let partial: string | undefined
  for (const arg of args) {
    if (arg === null) continue
    if (isUnknown(arg)) {
      partial ??= arg.reason
      entries.clear()
      continue
    }
    const object = asObject(arg)
    if (!isObject(object)) return object
    if (object.partial !== undefined) {
      partial ??= object.partial
      entries.clear()
      // A key not known (`{ (var.k) = "x", b = 2 }`) may be any of the object's own, written after it: none is certain.
      if ((object.unknownKeyed?.length ?? 0) > 0) continue
    }
    for (const [key, item] of object.entries) entries.set(key, item)
  }
  return objectValue(entries, partial)
}

function zipmap([keys, values]: readonly Value[]): Value {
  const names = asList(keys ?? null)
  if (!isList(names)) return names
  const items = asList(values ?? null)
  if (!isList(items)) return items
  if (names.length !== items.length) return failure('zipmap() needs lists of the same length')
  const entries = new Map<string, Value>()
  for (let i = 0; i < names.length; i++) {
    const name = asString(names[i] as Value)
    if (typeof name !== 'string') return name
    entries.set(name, items[i] as Value)
  }
  return objectValue(entries)
}

function range(args: readonly Value[]): Value {
  const numbers: number[] = []
  for (const arg of args) {
    const number = asNumber(arg)
    if (typeof number !== 'number') return number
    numbers.push(number)
  }
  const [start, end, step] = numbers.length === 1 ? [0, numbers[0] ?? 0, 1] : [numbers[0] ?? 0, numbers[1] ?? 0, numbers[2] ?? 1]
  if (step === 0) return failure('range() step must not be zero')
  const count = Math.ceil((end - start) / step)
  if (count > MAX_COLLECTION_SIZE) return failure(`range() of more than ${MAX_COLLECTION_SIZE} numbers`)
  return Array.from({ length: Math.max(0, count) }, (_, i) => start + i * step)
}
