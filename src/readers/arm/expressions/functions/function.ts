import { derived, typeName, Unresolved, type ArmValue } from '../values.js'

/** An argument evaluated on demand, so `if`, `and`, `or` and `coalesce` can short-circuit. */
type Thunk = () => ArmValue

/** What a function may ask of the template it is evaluated in. */
export interface FunctionEnv {
  /** The current index of a copy loop (the innermost resource loop when unnamed). */
  copyIndex(loopName: string | undefined): ArmValue
  /** The resource group the template deploys to, when a nested deployment names it. */
  readonly resourceGroup: string | undefined
}

/** An ARM template function. It never throws: bad input gives an Unresolved value saying why. */
export type ArmFunction = (args: readonly Thunk[], env: FunctionEnv) => ArmValue

/** A known value (containers may still hold unresolved members). */
export type KnownValue = Exclude<ArmValue, Unresolved>

/**
 * A function that needs all its arguments: they are evaluated first and an unresolved one makes
 * the result unresolved for the same reason; the argument count is checked.
 */
export function strict(
  name: string,
  arity: readonly [min: number, max: number],
  body: (values: readonly KnownValue[], env: FunctionEnv) => ArmValue
): ArmFunction {
  return (args, env) => {
    const [min, max] = arity
    if (args.length < min || args.length > max) return wrongArity(name, min, max, args.length)
    const values: KnownValue[] = []
    for (const arg of args) {
      const value = arg()
      if (value instanceof Unresolved) return derived(value)
      values.push(value)
    }
    return body(values, env)
  }
}

export const wrongArity = (name: string, min: number, max: number, count: number): Unresolved => {
  const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`
  return new Unresolved(`${name}() expects ${expected} argument${expected === '1' ? '' : 's'}, got ${count}`)
}

export const mismatch = (name: string, expected: string, value: ArmValue | undefined): Unresolved =>
  new Unresolved(`${name}() expects ${expected}, got ${value === undefined ? 'nothing' : typeName(value)}`)

/** A value only the deployment knows (`reference()`, `newGuid()`): unresolved whatever the arguments. */
export const runtimeOnly =
  (reason: string): ArmFunction =>
  () =>
    new Unresolved(reason)

export const isInteger = (value: ArmValue | undefined): value is number => typeof value === 'number' && Number.isInteger(value)
