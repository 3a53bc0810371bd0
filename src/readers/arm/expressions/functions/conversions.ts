import { isArmArray, Unresolved, type ArmValue } from '../values.js'
import { isInteger, mismatch, strict, type ArmFunction } from './function.js'
import { parseJsonText, toText } from './text.js'

const toInt = (value: ArmValue): ArmValue => {
  if (isInteger(value)) return value
  if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)) return Number(value)
  return mismatch('int', 'an int or an integer string', value)
}

const arithmetic = (name: string, apply: (a: number, b: number) => number | undefined) =>
  strict(name, [2, 2], ([a = null, b = null]) => {
    if (!isInteger(a) || !isInteger(b)) return new Unresolved(`${name}() expects two ints`)
    return apply(a, b) ?? new Unresolved(`${name}() cannot divide by zero`)
  })

const extreme = (name: string, pick: (...values: number[]) => number) =>
  strict(name, [1, Infinity], values => {
    const numbers = values.length === 1 && isArmArray(values[0]) ? values[0] : values
    return numbers.length > 0 && numbers.every(isInteger) ? pick(...(numbers as number[])) : mismatch(name, 'ints', values[0])
  })

export const CONVERSION_FUNCTIONS: Readonly<Record<string, ArmFunction>> = {
  string: strict('string', [1, 1], ([value = null]) => toText(value)),
  json: strict('json', [1, 1], ([value = null]) => (typeof value === 'string' ? parseJsonText(value) : mismatch('json', 'a string', value))),
  int: strict('int', [1, 1], ([value = null]) => toInt(value)),
  add: arithmetic('add', (a, b) => a + b),
  sub: arithmetic('sub', (a, b) => a - b),
  mul: arithmetic('mul', (a, b) => a * b),
  div: arithmetic('div', (a, b) => (b === 0 ? undefined : Math.trunc(a / b))),
  mod: arithmetic('mod', (a, b) => (b === 0 ? undefined : a % b)),
  min: extreme('min', Math.min),
  max: extreme('max', Math.max)
}
