import type { Value } from './values.js'

/** Loop variables and lambda parameters, innermost first. */
export type Locals = { readonly name: string; readonly value: Value; readonly next: Locals } | undefined

/** The locals with one more name bound (innermost first). */
export const bind = (locals: Locals, name: string, value: Value): Locals => ({ name, value, next: locals })

/** The value bound to `name`, innermost first; undefined when it is not a local. */
export function lookupLocal(locals: Locals, name: string): Value | undefined {
  for (let scope = locals; scope !== undefined; scope = scope.next) if (scope.name === name) return scope.value
  return undefined
}
