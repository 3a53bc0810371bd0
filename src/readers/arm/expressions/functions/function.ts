import { derived, typeName, Unresolved, type ArmValue } from '../values.js'

/**
 * The arguments of a call, each evaluated on first use (so `if`, `and`, `or` and `coalesce` can
 * short-circuit) and at most once. One object per call: a closure per argument cost two objects each.
 */
export interface Arguments {
  readonly length: number
  /** The value of the argument at `index` (from 0, below `length`). */
  value(index: number): ArmValue
}

/** The values of the arguments from `start` on, all evaluated in order. */
export function argumentValues(args: Arguments, start = 0): ArmValue[] {
  const values: ArmValue[] = []
  for (let i = start; i < args.length; i++) values.push(args.value(i))
  return values
}

/** What a function may ask of the template it is evaluated in. */
export interface FunctionEnv {
  /** The current index of a copy loop (the innermost resource loop when unnamed). */
  copyIndex(loopName: string | undefined): ArmValue
  /** The resource group the template's functions resolve to, when a nested deployment names it. */
  readonly resourceGroup: string | undefined
  /**
   * Without `resourceGroup`: true when that group is named by a value that was not evaluated (an inner-scope
   * template deployed into a `resourceGroup` that could not be), false when it is the group the deployment is
   * run against (the root template's, which only the deployment knows).
   */
  readonly resourceGroupUnknown: boolean
  /**
   * `deployment().properties.templateLink.uri`: the URL the template being deployed is read from, when the reader
   * gives it one (readers/arm/template/artifacts-location.ts); undefined in an inline template, which has no link.
   */
  readonly templateUri?: string | undefined
}

/** An ARM template function. It never throws: bad input gives an Unresolved value saying why. */
export type ArmFunction = (args: Arguments, env: FunctionEnv) => ArmValue

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
    for (let i = 0; i < args.length; i++) {
      const value = args.value(i)
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
