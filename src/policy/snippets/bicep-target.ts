import { bicepString } from './literals.js'
import { identifierOf } from './window.js'

/** How a Bicep snippet refers to the resource it plans for. */
export interface BicepTarget {
  /** Its symbol, a loop instance (`vms[0]`), or an `existing` declaration of the snippet's own. */
  readonly target: string
  /** The identifier the snippet's own symbols start with. */
  readonly base: string
  /** The `existing` declaration to write first, or ''. */
  readonly existing: string
  /** Where the resource's properties are written, for the prerequisite's comment. */
  readonly declared: string
}

/** A Bicep identifier, and one indexed by a known loop index (`vms[0]`). */
const IDENTIFIER = /^[A-Za-z_]\w*$/
const LOOP_INSTANCE = /^([A-Za-z_]\w*)\[\d+\]$/

/**
 * The resource as the snippet names it. By its symbol when it is an identifier; a loop's instance by its index, which
 * is an expression Bicep reads (`scope: vms[0]`) and, unlike an `existing` declaration of its name, makes the
 * assignment wait for the loop's VM. Otherwise (a symbol that is no identifier) it is declared `existing` under a
 * symbol of the snippet's own, ending in `suffix` so that it never collides with a keyword (`resource`, `module`).
 */
export function bicepTarget(handle: string | undefined, name: string, suffix: string, typeAtVersion: string): BicepTarget {
  if (handle !== undefined && IDENTIFIER.test(handle)) return { target: handle, base: identifierOf(handle), existing: '', declared: handle }
  const instance = handle === undefined ? null : LOOP_INSTANCE.exec(handle)
  if (handle !== undefined && instance !== null) {
    return { target: handle, base: identifierOf(name), existing: '', declared: `${instance[1] as string} (the loop's body)` }
  }
  const target = `${identifierOf(name)}${suffix}`
  const existing = `resource ${target} '${typeAtVersion}' existing = {\n  name: ${bicepString(name)}\n}\n\n`
  return { target, base: identifierOf(name), existing, declared: target }
}
