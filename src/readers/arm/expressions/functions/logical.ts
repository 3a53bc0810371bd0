import { deepEquals, derived, Unresolved, type ArmValue } from '../values.js'
import { mismatch, strict, wrongArity, type ArmFunction } from './function.js'

/** `if` evaluates only the chosen branch, so an unresolved branch not taken does not matter. */
const ifFunction: ArmFunction = args => {
  if (args.length !== 3) return wrongArity('if', 3, 3, args.length)
  const decided = args.value(0)
  if (decided instanceof Unresolved) return derived(decided)
  if (typeof decided !== 'boolean') return mismatch('if', 'a bool condition', decided)
  return args.value(decided ? 1 : 2)
}

/**
 * `and` / `or`: a known deciding operand (false for `and`, true for `or`) settles the result even
 * when another operand is unresolved; operands after it are not evaluated.
 */
const junction =
  (name: string, decisive: boolean): ArmFunction =>
  args => {
    if (args.length < 2) return wrongArity(name, 2, Infinity, args.length)
    let pending: Unresolved | undefined
    for (let i = 0; i < args.length; i++) {
      const value = args.value(i)
      if (value instanceof Unresolved) pending ??= derived(value)
      else if (typeof value !== 'boolean') return mismatch(name, 'bool arguments', value)
      else if (value === decisive) return decisive
    }
    return pending ?? !decisive
  }

/** `coalesce`: the first non-null argument; unresolved as soon as an unresolved one might be it. */
const coalesce: ArmFunction = args => {
  for (let i = 0; i < args.length; i++) {
    const value = args.value(i)
    if (value instanceof Unresolved) return derived(value)
    if (value !== null) return value
  }
  return null
}

const comparison = (name: string, test: (order: number) => boolean) =>
  strict(name, [2, 2], ([left = null, right = null]) => {
    if (typeof left === 'number' && typeof right === 'number') return test(left - right)
    if (typeof left === 'string' && typeof right === 'string') return test(left < right ? -1 : left > right ? 1 : 0)
    return new Unresolved(`${name}() expects two ints or two strings`)
  })

const toBool = (value: ArmValue): ArmValue => {
  if (typeof value === 'boolean') return value
  if (typeof value === 'number') return value !== 0
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true'
  return mismatch('bool', "a bool, an int, or 'true'/'false'", value)
}

export const LOGICAL_FUNCTIONS: Readonly<Record<string, ArmFunction>> = {
  if: ifFunction,
  and: junction('and', false),
  or: junction('or', true),
  not: strict('not', [1, 1], ([value = null]) => (typeof value === 'boolean' ? !value : mismatch('not', 'a bool', value))),
  equals: strict('equals', [2, 2], ([left = null, right = null]) => deepEquals(left, right)),
  less: comparison('less', order => order < 0),
  lessorequals: comparison('lessOrEquals', order => order <= 0),
  greater: comparison('greater', order => order > 0),
  greaterorequals: comparison('greaterOrEquals', order => order >= 0),
  coalesce,
  bool: strict('bool', [1, 1], ([value = null]) => toBool(value)),
  true: strict('true', [0, 0], () => true),
  false: strict('false', [0, 0], () => false),
  null: strict('null', [0, 0], () => null)
}
