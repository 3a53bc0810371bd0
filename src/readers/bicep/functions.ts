import { collectionFunctions } from './collection-functions.js'
import { deploymentFunctions } from './deployment-functions.js'
import { lambdaFunctions } from './lambda-functions.js'
import { loadFunctions } from './load-functions.js'
import type { Builtin, CallSite } from './function-support.js'
import { stringFunctions } from './string-functions.js'
import { computed, unknown, type Value } from './values.js'

/** Bicep's built-in functions by lower-cased name (the `sys` and `az` namespaces). */
const BUILTINS: ReadonlyMap<string, Builtin> = new Map(
  Object.entries({ ...stringFunctions, ...collectionFunctions, ...lambdaFunctions, ...deploymentFunctions, ...loadFunctions })
)

/** Calls a built-in function; one we do not evaluate gives an unresolved value saying so. */
export function callBuiltin(args: readonly Value[], site: CallSite): Value {
  const key = site.name.toLowerCase()
  const builtin = BUILTINS.get(key)
  if (builtin !== undefined) return builtin(args, site)
  if (key.startsWith('list')) return unknown(`${site.name}() is only known at deployment`, computed(args))
  if (key.startsWith('load')) return unknown(`${site.name}() is not evaluated (of the functions that load files, only loadJsonContent, loadYamlContent and loadTextContent are)`, computed(args))
  return unknown(`function ${site.name}() is not evaluated`, computed(args))
}
