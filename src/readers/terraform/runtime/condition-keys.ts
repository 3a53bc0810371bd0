import type { ConditionKeys } from '../../../model/deployment-condition.js'
import type { Sourced } from '../../../model/source.js'
import { syntaxKey } from '../../shared/syntax-key.js'
import type { Expression } from '../hcl/ast.js'

/*
 * Condition keys (model/deployment-condition.ts) of Terraform: the `count` or `for_each` of a resource or module
 * call, as written, in the module instance that evaluates it (ModuleInstance.conditionScope: the root, its var file
 * and the module path with its instance keys). Two of one key have the same instances: whether there is one, and,
 * index by index, which (`vm[count.index]`, `vm[each.key]`: eval/traverse.ts `pairedInstance`).
 */

export function expansionKey(scope: string, meta: 'count' | 'for_each', expression: Expression): string | undefined {
  const text = syntaxKey(expression, 'pos')
  return text === undefined ? undefined : `${scope}|${meta}|${text}`
}

/** Whether a `count` can only be 0 or 1 (`var.create ? 1 : 0`): its one instance, if there is one, is `[0]`. */
export function atMostOne(expression: Expression, depth = 0): boolean {
  if (expression.kind === 'literal') return expression.value === 0 || expression.value === 1
  if (expression.kind !== 'conditional' || depth > 16) return false
  return atMostOne(expression.then, depth + 1) && atMostOne(expression.else, depth + 1)
}

/** A condition as the model combines it (`deployed`), with the keys of it that could not be evaluated. */
export interface KeyedDeployed {
  readonly deployed: Sourced<boolean> | undefined
  /** When `deployed` is unresolved: its keys; undefined when one has none. */
  readonly conditionKeys?: ConditionKeys
}

/** An expanded instance's own condition, keyed (expansion.ts sets the key of an undecided one). */
export const keyedOf = (instance: { readonly deployed: Sourced<boolean>; readonly conditionKey?: string }): KeyedDeployed =>
  ({ deployed: instance.deployed, ...(instance.conditionKey !== undefined && { conditionKeys: [instance.conditionKey] }) })

/**
 * The keys of an instance inside `outer` (the module calls on the way) whose own `count` or `for_each` is `own`. None
 * when one condition is known false: the combination keeps an unresolved one, but this one is never deployed.
 */
export function combinedKeys(outer: KeyedDeployed | undefined, own: KeyedDeployed): ConditionKeys | undefined {
  if (outer?.deployed?.value === false || own.deployed?.value === false) return undefined
  const keys: string[] = []
  for (const part of [outer, own]) {
    if (part?.deployed?.origin !== 'unresolved') continue
    if (part.conditionKeys === undefined) return undefined
    for (const key of part.conditionKeys) if (!keys.includes(key)) keys.push(key)
  }
  return keys
}
