import {
  describeValue,
  failure,
  type Failure,
  isList,
  isLazy,
  isMissing,
  isObject,
  type ObjectValue,
  unknown,
  type Unknown,
  type Value
} from './value.js'

/** Strings longer than this are refused: doubling locals must not exhaust memory. */
export const MAX_STRING_LENGTH = 1_000_000
/** Collections longer than this are refused for the same reason. */
export const MAX_COLLECTION_SIZE = 100_000

type Missing = Unknown | Failure

const notValue = (value: Value): Missing | undefined => {
  if (isMissing(value)) return value
  if (isLazy(value)) return unknown(`${value.description} cannot be used as a value`)
  return undefined
}

/** Terraform's automatic conversion to string (numbers and bools convert, collections do not). */
export function asString(value: Value): string | Missing {
  const missing = notValue(value)
  if (missing) return missing
  if (typeof value === 'string') return value
  if (typeof value === 'number') return formatNumber(value)
  if (typeof value === 'boolean') return String(value)
  if (value === null) return failure('a null value cannot be used as a string')
  return failure(`a string is required, found ${describeValue(value)}`)
}

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? value.toFixed(0) : String(value)
}

export function asNumber(value: Value): number | Missing {
  const missing = notValue(value)
  if (missing) return missing
  if (typeof value === 'number') return value
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value)
  return failure(`a number is required, found ${describeValue(value)}`)
}

export function asBool(value: Value): boolean | Missing {
  const missing = notValue(value)
  if (missing) return missing
  if (typeof value === 'boolean') return value
  if (value === 'true' || value === 'false') return value === 'true'
  return failure(`a bool is required, found ${describeValue(value)}`)
}

/** Lists, tuples and sets (sets are lists without duplicates here). */
export function asList(value: Value): readonly Value[] | Missing {
  const missing = notValue(value)
  if (missing) return missing
  if (isList(value)) return value
  return failure(`a list is required, found ${describeValue(value)}`)
}

export function asObject(value: Value): ObjectValue | Missing {
  const missing = notValue(value)
  if (missing) return missing
  if (isObject(value)) return value
  return failure(`a map or object is required, found ${describeValue(value)}`)
}

/** Key/value pairs of a collection, as `for` expressions and `for_each` iterate them. */
export function entriesOf(value: Value): (readonly [Value, Value])[] | Missing {
  const missing = notValue(value)
  if (missing) return missing
  if (isList(value)) return value.map((item, index) => [index, item] as const)
  if (isObject(value)) {
    if (value.partial !== undefined) return unknown(value.partial)
    // Terraform iterates maps in lexical key order.
    return [...value.entries.keys()].sort(compareKeys).map(key => [key, value.entries.get(key) as Value] as const)
  }
  return failure(`a collection is required, found ${describeValue(value)}`)
}

/** Deep equality as Terraform's `==` (numbers and strings never equal each other). */
export function valuesEqual(left: Value, right: Value, depth = 0): boolean | Missing {
  const missing = notValue(left) ?? notValue(right)
  if (missing) return missing
  if (depth > 64) return failure('values nested too deeply to compare')
  if (isList(left) || isList(right)) {
    if (!isList(left) || !isList(right) || left.length !== right.length) return false
    for (let i = 0; i < left.length; i++) {
      const equal = valuesEqual(left[i] as Value, right[i] as Value, depth + 1)
      if (equal !== true) return equal
    }
    return true
  }
  if (isObject(left) || isObject(right)) {
    if (!isObject(left) || !isObject(right) || left.entries.size !== right.entries.size) return false
    for (const [key, item] of left.entries) {
      if (!right.entries.has(key)) return false
      const equal = valuesEqual(item, right.entries.get(key) as Value, depth + 1)
      if (equal !== true) return equal
    }
    return true
  }
  return left === right
}

/** Refuses results that would grow without bound. */
export function checkedString(value: string): string | Failure {
  return value.length > MAX_STRING_LENGTH ? failure(`string longer than ${MAX_STRING_LENGTH} characters`) : value
}

export function checkedList(value: readonly Value[]): readonly Value[] | Failure {
  return value.length > MAX_COLLECTION_SIZE ? failure(`collection larger than ${MAX_COLLECTION_SIZE} elements`) : value
}

/** Lexical order of map keys, as Terraform sorts them (by UTF-16 code units, like Go's byte order for ASCII). */
export const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
