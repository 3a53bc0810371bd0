import type { ConditionKeys } from '../../model/deployment-condition.js'
import type { Sourced } from '../../model/source.js'
import { syntaxKey } from '../shared/syntax-key.js'
import type { Expression, ForExpression } from './ast.js'
import { lookupLocal, type Locals } from './locals.js'
import type { Expansion, LoopIdentity } from './template-context.js'

/*
 * Condition keys (model/deployment-condition.ts) of Bicep: the expression of an `if`, or the items of a loop, in the
 * template instance they are evaluated in (`scope`, TemplateInstance.conditionScope: the entry with its parameter
 * file, then each module call and its index on the way).
 */

/**
 * A loop's identity: its key says whether it has items, and which its `[?]` instance is, for every loop over these
 * items here; `item` and `index` are the names it binds.
 */
export function loopIdentity(scope: string, loop: ForExpression): LoopIdentity {
  let key: string | undefined | null = null
  const keyOf = (): string | undefined => {
    const text = syntaxKey(loop.iterable, 'span')
    return text === undefined ? undefined : `${scope}|for|${text}`
  }
  return { key: () => (key === null ? (key = keyOf()) : key), item: loop.item, index: loop.index }
}

/**
 * The key of an `if` (of a declaration, or a loop's filter). One that reads a loop variable is the loop's too: its
 * iteration, and which name stands for the item and which for the index (two loops over one iterable have one item
 * at one index, whatever else they bind).
 */
export function ifKey(scope: string, condition: Expression, expansion: Expansion): string | undefined {
  const text = syntaxKey(condition, 'span')
  if (text === undefined) return undefined
  const read = new Set<string>()
  if (!readsLocals(condition, expansion.locals, read, 0)) return undefined
  if (read.size === 0) return `${scope}|if|${text}`
  const loop = expansion.loop
  const key = loop?.key()
  if (loop === undefined || key === undefined) return undefined
  const item = read.has(loop.item) ? loop.item : ''
  const index = loop.index !== undefined && read.has(loop.index) ? loop.index : ''
  return `${key}[${String(expansion.index)}]|${item},${index}|if|${text}`
}

/** A condition that may be unresolved, and its keys, asked only when it is. */
export type KeyedCondition = readonly [Sourced<boolean> | undefined, () => ConditionKeys | string | undefined]

/** The keys of the conditions that could not be evaluated; undefined when one of them has none. */
export function unresolvedKeys(conditions: readonly KeyedCondition[]): ConditionKeys | undefined {
  const keys: string[] = []
  for (const [condition, keysOf] of conditions) {
    if (condition?.origin !== 'unresolved') continue
    const found = keysOf()
    if (found === undefined) return undefined
    for (const key of typeof found === 'string' ? [found] : found) if (!keys.includes(key)) keys.push(key)
  }
  return keys
}

/**
 * Adds to `read` the loop variables an expression names (a lambda parameter of the same name counts: as if it were
 * one). False when the expression is too deep to tell.
 */
function readsLocals(node: unknown, locals: Locals, read: Set<string>, depth: number): boolean {
  if (locals === undefined || typeof node !== 'object' || node === null) return true
  if (depth > 64) return false
  if (Array.isArray(node)) return node.every(item => readsLocals(item, locals, read, depth + 1))
  const fields = node as Readonly<Record<string, unknown>>
  if (fields.kind === 'identifier' && typeof fields.name === 'string') {
    if (lookupLocal(locals, fields.name) !== undefined) read.add(fields.name)
    return true
  }
  for (const key in fields) if (key !== 'span' && !readsLocals(fields[key], locals, read, depth + 1)) return false
  return true
}
