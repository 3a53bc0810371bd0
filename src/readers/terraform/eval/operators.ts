import type { BinaryOperator } from '../hcl/ast.js'
import { asBool, asNumber, valuesEqual } from './coerce.js'
import { failure, isMissing, type Value } from './value.js'

export function unaryOperation(operator: '-' | '!', operand: Value): Value {
  if (operator === '!') {
    const bool = asBool(operand)
    return typeof bool === 'boolean' ? !bool : bool
  }
  const number = asNumber(operand)
  return typeof number === 'number' ? -number : number
}

/**
 * `&&` and `||` short-circuit on a known deciding operand even when the other is unknown
 * (`false && unknown` is false), which keeps conditions like `var.enabled && local.x` decidable.
 */
export function binaryOperation(operator: BinaryOperator, left: Value, right: Value): Value {
  switch (operator) {
    case '&&':
    case '||':
      return logical(operator, left, right)
    case '==':
    case '!=': {
      const equal = valuesEqual(left, right)
      return typeof equal === 'boolean' ? (operator === '==') === equal : equal
    }
    default:
      return arithmetic(operator, left, right)
  }
}

function logical(operator: '&&' | '||', left: Value, right: Value): Value {
  const a = asBool(left)
  const b = asBool(right)
  const decisive = operator === '||'
  if (a === decisive || b === decisive) return decisive
  if (typeof a !== 'boolean') return a
  if (typeof b !== 'boolean') return b
  return operator === '&&' ? a && b : a || b
}

function arithmetic(operator: Exclude<BinaryOperator, '&&' | '||' | '==' | '!='>, left: Value, right: Value): Value {
  const a = asNumber(left)
  const b = asNumber(right)
  if (typeof a !== 'number') return a
  if (typeof b !== 'number') return b
  switch (operator) {
    case '+':
      return a + b
    case '-':
      return a - b
    case '*':
      return a * b
    case '/':
      return b === 0 ? failure('division by zero') : a / b
    case '%':
      return b === 0 ? failure('division by zero') : a % b
    case '>':
      return a > b
    case '>=':
      return a >= b
    case '<':
      return a < b
    case '<=':
      return a <= b
  }
}

export const isTruthyKnown = (value: Value): value is boolean => typeof value === 'boolean' && !isMissing(value)
