import type { LoadedFile } from './function-support.js'
import type { Value } from './values.js'

/** Nested evaluations (expressions, symbol chains, function calls) followed before giving up. */
export const MAX_EVALUATION_DEPTH = 400
/** Items a `[for ...]` expression produces at most. */
export const MAX_LOOP_ITEMS = 10_000

/** Shared limits of one evaluation, so hostile templates end in unresolved values, not hangs. */
export interface EvaluationBudget {
  steps: number
  depth: number
}

/** What an expression can see beyond its local names: the template it is written in. */
export interface EvaluationScope {
  readonly file: string
  readonly resourceGroup: string | undefined
  readonly budget: EvaluationBudget
  /** A declared symbol's value; undefined when nothing has that name. */
  symbol(name: string): Value | undefined
  /** A user-defined (or imported) function's result; undefined when there is no such function. */
  callFunction(name: string, args: readonly Value[]): Value | undefined
  /** A file the template loads at compile time, relative to its own. */
  loadFile(reference: string): LoadedFile
}
