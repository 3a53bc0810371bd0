import type { Hop } from '../eval/budget.js'
import type { Evaluator } from '../eval/evaluator.js'
import { failure, PENDING, type Value } from '../eval/value.js'

/** A memoized evaluation with the hops it went through (replayed on every later access). */
export interface Memo {
  readonly value: Value
  readonly hops: readonly Hop[]
}

export type Memos = Map<string, Memo | typeof PENDING>

/**
 * Computes once per key; a key reached again while it is being computed is a reference cycle.
 * The hops are recorded into the caller's trace on every access, so provenance does not depend
 * on which reference happened to be evaluated first.
 */
export function memoizedMemo(memos: Memos, key: string, shown: string, evaluator: Evaluator, compute: () => Memo): Value {
  const known = memos.get(key)
  if (known === PENDING) return failure(`${shown} refers to itself`)
  if (known) {
    evaluator.tracer.recordAll(known.hops)
    return known.value
  }
  memos.set(key, PENDING)
  const memo = compute()
  memos.set(key, memo)
  evaluator.tracer.recordAll(memo.hops)
  return memo.value
}

/** Evaluates once per key, capturing the hops of the evaluation (after `hop`, when given). */
export function memoized(
  memos: Memos,
  key: string,
  shown: string,
  evaluator: Evaluator,
  evaluate: () => Value,
  hop?: Hop
): Value {
  return memoizedMemo(memos, key, shown, evaluator, () => {
    const { result, hops } = evaluator.tracer.capture(evaluate)
    return { value: result, hops: hop ? [hop, ...hops] : hops }
  })
}
