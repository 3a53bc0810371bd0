import { failure, firstMissing, unknown, type Value } from '../value.js'
import { collectionFunctions } from './collections.js'
import { dateFunctions } from './dates.js'
import { miscFunctions } from './misc.js'
import { stringFunctions } from './strings.js'
import type { TerraformFunction } from './table.js'

const FUNCTIONS: ReadonlyMap<string, TerraformFunction> = new Map(
  Object.entries({ ...stringFunctions, ...collectionFunctions, ...miscFunctions, ...dateFunctions })
)

/**
 * Calls a Terraform function. Functions the scanner does not implement (and provider functions,
 * `provider::x::f`) give an unknown value naming the function, never a guess.
 */
export function callFunction(name: string, args: readonly Value[]): Value {
  const fn = FUNCTIONS.get(name)
  if (!fn) return unknown(`function ${name}() is not evaluated by the scanner`)
  const [min, max] = fn.arity
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`
    return failure(`${name}() takes ${expected} argument${min === 1 && max === 1 ? '' : 's'}, not ${args.length}`)
  }
  if (!fn.seesMissing) {
    const missing = firstMissing(args)
    if (missing) return missing
  }
  return fn.call(args)
}

/** Names of the implemented functions (documentation and tests). */
export const implementedFunctions = (): string[] => [...FUNCTIONS.keys()].sort()
