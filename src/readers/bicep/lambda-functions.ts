import { badArgument, type Builtin, itemsArg, lambdaArg, strict } from './function-support.js'
import { arr, computed, firstUnresolved, num, obj, propertiesOf, unknown, type Value } from './values.js'

/** Calls a lambda argument for each item; the result is unresolved as soon as one call is. */
function mapItems(args: readonly Value[], site: Parameters<Builtin>[1], position: number): Value[] | Value {
  const items = itemsArg(args, 0)
  const lambda = lambdaArg(args, position)
  if (items === undefined) return badArgument(site, args, 0, 'an array')
  if (lambda === undefined) return badArgument(site, args, position, 'a lambda')
  return items.map((item, index) => lambda.invoke([item, num(index)]))
}

/** The functions that take a lambda (`filter`, `map`, `reduce`, `toObject`, `mapValues`), by lower-cased name. */
export const lambdaFunctions: Readonly<Record<string, Builtin>> = {
  filter: strict((args, site) => {
    const results = mapItems(args, site, 1)
    if (!Array.isArray(results)) return results
    const missing = firstUnresolved(results)
    if (missing !== undefined) return missing
    const items = (args[0] as { items: readonly Value[] }).items
    return arr(items.filter((_, i) => results[i]?.kind === 'boolean' && results[i].value), computed(args))
  }),

  map: strict((args, site) => {
    const results = mapItems(args, site, 1)
    return Array.isArray(results) ? (firstUnresolved(results) ?? arr(results, computed(args))) : results
  }),

  reduce: strict((args, site) => {
    const items = itemsArg(args, 0)
    const lambda = lambdaArg(args, 2)
    if (items === undefined) return badArgument(site, args, 0, 'an array')
    if (lambda === undefined) return badArgument(site, args, 2, 'a lambda')
    let accumulator = args[1] as Value
    for (const [index, item] of items.entries()) {
      accumulator = lambda.invoke([accumulator, item, num(index)])
      if (accumulator.kind === 'unresolved') return accumulator
    }
    return accumulator
  }),

  toobject: strict((args, site) => {
    const keys = mapItems(args, site, 1)
    if (!Array.isArray(keys)) return keys
    const values = args.length > 2 ? mapItems(args, site, 2) : [...(itemsArg(args, 0) ?? [])]
    if (!Array.isArray(values)) return values
    const missing = firstUnresolved([...keys, ...values])
    if (missing !== undefined) return missing
    if (!keys.every(key => key.kind === 'string')) return unknown('toObject() keys must be strings', computed(args))
    const at = site.at
    const properties = keys.map((key, i) => ({ key: (key as { value: string }).value, value: values[i] as Value, at }))
    return obj(properties, computed(args))
  }),

  mapvalues: strict((args, site) => {
    const object = args[0]
    const lambda = lambdaArg(args, 1)
    if (object?.kind !== 'object') return badArgument(site, args, 0, 'an object')
    if (lambda === undefined) return badArgument(site, args, 1, 'a lambda')
    const mapped = propertiesOf(object).map(property => ({ ...property, value: lambda.invoke([property.value]) }))
    return firstUnresolved(mapped.map(property => property.value)) ?? obj(mapped, computed(args), object.incomplete)
  })
}
