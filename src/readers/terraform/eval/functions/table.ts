import type { Value } from '../value.js'

/** A Terraform function: argument count bounds and its implementation over evaluated arguments. */
export interface TerraformFunction {
  readonly arity: readonly [min: number, max: number]
  /** Whether unknown/failed arguments are passed in (`try`, `can`, `merge`, ...) instead of short-circuiting. */
  readonly seesMissing?: boolean
  call(args: readonly Value[]): Value
}

export type FunctionTable = Readonly<Record<string, TerraformFunction>>
