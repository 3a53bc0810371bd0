import { MAX_VALUE_DEPTH, toText, valuesEqual } from './conversions.js'
import {
  badArgument,
  type Builtin,
  fitsString,
  itemsArg,
  MAX_ARRAY_LENGTH,
  numberArg,
  strict,
  stringArg
} from './function-support.js'
import {
  arr,
  bool,
  computed,
  derive,
  firstUnresolved,
  nil,
  num,
  obj,
  propertiesOf,
  type Property,
  str,
  unknown,
  type Value
} from './values.js'

const sizeOf = (value: Value): number | undefined =>
  value.kind === 'string' ? value.value.length : value.kind === 'array' ? value.items.length : undefined

/** `first`, `last`: an element keeps its own provenance, seen through the collection's. */
const pick = (choose: (count: number) => number): Builtin =>
  strict((args, site) => {
    const value = args[0] as Value
    if (value.kind === 'array') {
      const item = value.items[choose(value.items.length)]
      return item === undefined ? nil(value.prov) : { ...item, prov: derive(value.prov, item.prov) }
    }
    if (value.kind === 'string') {
      const char = value.value[choose(value.value.length)]
      return str(char ?? '', computed(args))
    }
    return badArgument(site, args, 0, 'an array or a string')
  })

/** `take`, `skip` */
const slice = (part: (count: number, n: number) => [number, number]): Builtin =>
  strict((args, site) => {
    const value = args[0] as Value
    const n = numberArg(args, 1)
    const size = sizeOf(value)
    if (size === undefined) return badArgument(site, args, 0, 'an array or a string')
    if (n === undefined) return badArgument(site, args, 1, 'an integer')
    const [from, to] = part(size, Math.max(0, n))
    if (value.kind === 'string') return str(value.value.slice(from, to), computed(args))
    return arr((value as { items: readonly Value[] }).items.slice(from, to), value.prov)
  })

/** `indexOf`, `lastIndexOf`: strings compare case-insensitively, as in ARM. */
const findIndex = (last: boolean): Builtin =>
  strict((args, site) => {
    const [container, item] = args as [Value, Value]
    if (container.kind === 'string' && item.kind === 'string') {
      const [text, part] = [container.value.toLowerCase(), item.value.toLowerCase()]
      return num(last ? text.lastIndexOf(part) : text.indexOf(part), computed(args))
    }
    if (container.kind !== 'array') return badArgument(site, args, 0, 'an array or a string')
    const indexes = container.items.map((candidate, i) => (valuesEqual(candidate, item) === true ? i : -1))
    const found = indexes.filter(i => i >= 0)
    return num((last ? found[found.length - 1] : found[0]) ?? -1, computed(args))
  })

/**
 * ARM's `union`: objects merge deeply (later wins), arrays concatenate without duplicates. An argument that is
 * not known beside known objects (`union(baseTags, { PatchGroup: 'B' })`, `baseTags` without a value) is an
 * object that may hold any key: the result is incomplete, with only the keys of the arguments after it (it may
 * replace an earlier one, never a later one); a later object value is still merged into what it may hold there.
 */
function union(values: readonly Value[], depth = 0): Value {
  if (depth > MAX_VALUE_DEPTH) return unknown(`value nested deeper than ${MAX_VALUE_DEPTH} levels`, computed(values))
  const missing = firstUnresolved(values)
  const known = missing === undefined ? values : values.filter(value => value.kind !== 'unresolved' && value.kind !== 'record')
  if (missing !== undefined && (known.length === 0 || !known.every(value => value.kind === 'object'))) return missing
  if (known.every(value => value.kind === 'array')) {
    const items: Value[] = []
    for (const value of values as readonly { items: readonly Value[] }[]) {
      for (const item of value.items) if (!items.some(seen => valuesEqual(seen, item) === true)) items.push(item)
    }
    return arr(items, computed(values))
  }
  if (!known.every(value => value.kind === 'object')) {
    return unknown('union() needs all objects or all arrays', computed(values))
  }
  const merged = new Map<string, Property>()
  let incomplete: string | undefined
  // The last part that may hold any key (not known, or an incomplete object): it may replace every key before it.
  let unknownPart: Value | undefined
  for (const value of values) {
    const unknownHere = value.kind === 'object' ? (value.incomplete === undefined ? undefined : unknown(value.incomplete, value.prov)) : firstUnresolved([value])
    if (unknownHere?.kind === 'unresolved') {
      incomplete ??= unknownHere.reason
      unknownPart = unknownHere
      merged.clear()
    }
    if (value.kind !== 'object') continue
    for (const property of propertiesOf(value)) {
      const key = property.key.toLowerCase()
      // An object merges into an earlier object, or into what a value not known (the unknown part's) may hold there.
      const earlier = merged.get(key)?.value ?? unknownPart
      const deep = property.value.kind === 'object' && (earlier?.kind === 'object' || earlier?.kind === 'unresolved' || earlier?.kind === 'record')
      merged.set(key, deep && earlier !== undefined ? { ...property, value: union([earlier, property.value], depth + 1) } : property)
    }
  }
  return obj(merged.values(), computed(values), incomplete)
}

/** Array and object functions, by lower-cased name (the lambda ones are in lambda-functions.ts). */
export const collectionFunctions: Readonly<Record<string, Builtin>> = {
  first: pick(() => 0),
  last: pick(count => count - 1),
  take: slice((count, n) => [0, Math.min(n, count)]),
  skip: slice((count, n) => [Math.min(n, count), count]),
  indexof: findIndex(false),
  lastindexof: findIndex(true),
  any: args => args[0] ?? nil(),

  concat: strict((args, site) => {
    if (args.length > 0 && args.every(arg => arg.kind === 'array')) {
      const items = args.flatMap(arg => (arg as { items: readonly Value[] }).items)
      const prov = computed(args)
      return items.length > MAX_ARRAY_LENGTH ? unknown('concat() result too long', prov) : arr(items, prov)
    }
    let text = ''
    for (const [position, arg] of args.entries()) {
      const piece = arg.kind === 'array' || arg.kind === 'object' ? undefined : toText(arg)
      if (piece === undefined || 'missing' in piece) return badArgument(site, args, position, 'a string')
      text += piece.text
      if (!fitsString(text.length)) return unknown('concat() result too long', computed(args))
    }
    return str(text, computed(args))
  }),

  contains: strict((args, site) => {
    const [container, item] = args as [Value, Value]
    if (container.kind === 'string' && item.kind !== 'array' && item.kind !== 'object') {
      const text = toText(item)
      return 'missing' in text ? text.missing : bool(container.value.includes(text.text), computed(args))
    }
    if (container.kind === 'array') {
      const matches = container.items.map(candidate => valuesEqual(candidate, item))
      const prov = computed(args)
      if (matches.includes(true)) return bool(true, prov)
      return matches.includes(undefined) ? unknown('contains() compared unresolved items', prov) : bool(false, prov)
    }
    if (container.kind === 'object' && item.kind === 'string') {
      const prov = computed(args)
      if (container.properties.has(item.value.toLowerCase())) return bool(true, prov)
      return container.incomplete !== undefined ? unknown(container.incomplete, prov) : bool(false, prov)
    }
    return badArgument(site, args, 0, 'a string, an array or an object')
  }),

  empty: strict(args => {
    const value = args[0] as Value
    if (value.kind === 'object' && value.incomplete !== undefined && value.properties.size === 0) {
      return unknown(value.incomplete, computed(args))
    }
    const size = value.kind === 'object' ? value.properties.size : sizeOf(value)
    return bool(value.kind === 'null' || size === 0, computed(args))
  }),

  length: strict((args, site) => {
    const value = args[0] as Value
    const prov = computed(args)
    if (value.kind === 'object') {
      return value.incomplete !== undefined ? unknown(value.incomplete, prov) : num(value.properties.size, prov)
    }
    const size = sizeOf(value)
    return size === undefined ? badArgument(site, args, 0, 'an array, a string or an object') : num(size, prov)
  }),

  // Not strict: an argument that is not known beside known objects leaves the keys written after it known.
  union: args => union(args),

  coalesce: args => {
    for (const arg of args) {
      if (arg.kind === 'null') continue
      return firstUnresolved([arg]) ?? arg
    }
    return nil(computed(args))
  },

  array: strict(args => {
    const value = args[0] as Value
    return value.kind === 'array' ? value : arr([value], computed(args))
  }),

  items: strict((args, site) => {
    const value = args[0] as Value
    if (value.kind !== 'object') return badArgument(site, args, 0, 'an object')
    if (value.incomplete !== undefined) return unknown(value.incomplete, computed(args))
    const entries = propertiesOf(value).sort((a, b) => a.key.toLowerCase().localeCompare(b.key.toLowerCase()))
    const prov = computed(args)
    const pairs = entries.map(entry =>
      obj(
        [
          { key: 'key', value: str(entry.key, prov), at: entry.at },
          { key: 'value', value: entry.value, at: entry.at }
        ],
        prov
      )
    )
    return arr(pairs, prov)
  }),

  objectkeys: strict((args, site) => {
    const value = args[0] as Value
    if (value.kind !== 'object') return badArgument(site, args, 0, 'an object')
    if (value.incomplete !== undefined) return unknown(value.incomplete, computed(args))
    return arr([...value.properties.values()].map(entry => str(entry.key, computed(args))), computed(args))
  }),

  flatten: strict((args, site) => {
    const items = itemsArg(args, 0)
    if (items === undefined || !items.every(item => item.kind === 'array')) {
      return badArgument(site, args, 0, 'an array of arrays')
    }
    return arr(items.flatMap(item => (item as { items: readonly Value[] }).items), computed(args))
  }),

  join: strict((args, site) => {
    const items = itemsArg(args, 0)
    const delimiter = stringArg(args, 1)
    if (items === undefined || !items.every(item => item.kind === 'string')) {
      return badArgument(site, args, 0, 'an array of strings')
    }
    if (delimiter === undefined) return badArgument(site, args, 1, 'a string')
    const text = items.map(item => (item as { value: string }).value).join(delimiter)
    return fitsString(text.length) ? str(text, computed(args)) : unknown('join() result too long', computed(args))
  }),

  min: strict((args, site) => extreme(args, site, Math.min)),
  max: strict((args, site) => extreme(args, site, Math.max)),

  range: strict((args, site) => {
    const [start, count] = [numberArg(args, 0), numberArg(args, 1)]
    if (start === undefined) return badArgument(site, args, 0, 'an integer')
    if (count === undefined || count < 0) return badArgument(site, args, 1, 'a non-negative integer')
    const prov = computed(args)
    if (count > MAX_ARRAY_LENGTH) return unknown(`range() of ${count} items is more than the 10,000 read`, prov)
    return arr(Array.from({ length: count }, (_, i) => num(start + i, prov)), prov)
  }),

  shallowmerge: strict((args, site) => {
    const items = itemsArg(args, 0)
    if (items === undefined || !items.every(item => item.kind === 'object')) {
      return badArgument(site, args, 0, 'an array of objects')
    }
    return obj(items.flatMap(propertiesOf), computed(args))
  })
}

function extreme(args: readonly Value[], site: Parameters<Builtin>[1], choose: (...values: number[]) => number): Value {
  const values = args.length === 1 && args[0]?.kind === 'array' ? args[0].items : args
  if (values.length === 0 || !values.every(value => value.kind === 'number')) {
    return badArgument(site, args, 0, 'integers')
  }
  return num(choose(...values.map(value => (value as { value: number }).value)), computed(args))
}
