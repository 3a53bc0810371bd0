/**
 * A compact encoding of what a scan worker sends back (plain data: objects, arrays, strings, numbers,
 * booleans, null, undefined). Structured cloning a unit's model resources wrote every property name and
 * every string in full (a file path for each of 130,000 locations) and made a separate string of each
 * on the scan's thread; this codec writes each distinct string once, each key as a string number, and
 * the rest into one transferable buffer of integers (ARM 10k: decoding takes 0.26-0.36 s where the
 * deserialization took 0.67-0.77 s, and the model takes 28 MB of heap instead of 59). The decoded
 * value is the structured clone's: the same keys in the same order, the same values, and an object or array reached twice is
 * one object, as in the worker. Equal strings come back as one string (no one can tell).
 * A value it cannot encode exactly (a Map, a Date, a class instance, a sparse array) is not encoded: the
 * caller sends it by structured clone instead.
 */

export interface Encoded {
  readonly strings: readonly string[]
  /** Tags, small integers and indices. */
  readonly data: Int32Array<ArrayBuffer>
  /** Numbers that are not small integers (and -0), in order of appearance. */
  readonly numbers: readonly number[]
}

const UNDEFINED = 0
const NULL = 1
const TRUE = 2
const FALSE = 3
const NUMBER = 4
const STRING = 5
const ARRAY = 6
const OBJECT = 7
const SEEN = 8
const FLOAT = 9

/** The encoding of `value`, or undefined when it holds something the codec does not carry exactly. */
export function encode(value: unknown): Encoded | undefined {
  const strings: string[] = []
  const stringIndex = new Map<string, number>()
  const seen = new Map<object, number>()
  const numbers: number[] = []
  let data = new Int32Array(4096)
  let length = 0
  const push = (x: number): void => {
    if (length === data.length) {
      const grown = new Int32Array(data.length * 2)
      grown.set(data)
      data = grown
    }
    data[length++] = x
  }
  const stringNumber = (text: string): number => {
    let index = stringIndex.get(text)
    if (index === undefined) {
      index = strings.length
      strings.push(text)
      stringIndex.set(text, index)
    }
    return index
  }
  const write = (item: unknown): boolean => {
    switch (typeof item) {
      case 'undefined':
        push(UNDEFINED)
        return true
      case 'boolean':
        push(item ? TRUE : FALSE)
        return true
      case 'number':
        if ((item | 0) === item && !Object.is(item, -0)) {
          push(NUMBER)
          push(item)
        } else {
          push(FLOAT)
          numbers.push(item)
        }
        return true
      case 'string':
        push(STRING)
        push(stringNumber(item))
        return true
      case 'object':
        break
      default:
        return false
    }
    if (item === null) {
      push(NULL)
      return true
    }
    const known = seen.get(item)
    if (known !== undefined) {
      push(SEEN)
      push(known)
      return true
    }
    seen.set(item, seen.size)
    if (Array.isArray(item)) {
      if (Object.getPrototypeOf(item) !== Array.prototype) return false
      push(ARRAY)
      push(item.length)
      for (let i = 0; i < item.length; i++) {
        const element: unknown = item[i]
        // A hole is not undefined to `in`: leave sparse arrays to the structured clone.
        if (element === undefined && !(i in item)) return false
        if (!write(element)) return false
      }
      return true
    }
    const prototype: unknown = Object.getPrototypeOf(item)
    if (prototype !== Object.prototype && prototype !== null) return false
    push(OBJECT)
    // The key count goes here once the keys are counted: a for-in walk needs no array of keys.
    const countAt = length
    push(0)
    let count = 0
    const record = item as Record<string, unknown>
    for (const key in record) {
      push(stringNumber(key))
      if (!write(record[key])) return false
      count++
    }
    data[countAt] = count
    return true
  }
  if (!write(value)) return undefined
  return { strings, data: data.slice(0, length), numbers }
}

/** The value `encode` encoded. */
export function decode(encoded: Encoded): unknown {
  const { strings, data, numbers } = encoded
  let float = 0
  const seen: unknown[] = []
  let at = 0
  const read = (): unknown => {
    const tag = data[at++]
    switch (tag) {
      case UNDEFINED:
        return undefined
      case NULL:
        return null
      case TRUE:
        return true
      case FALSE:
        return false
      case NUMBER:
        return data[at++]
      case STRING:
        return strings[data[at++] as number]
      case ARRAY: {
        const length = data[at++] as number
        const array: unknown[] = new Array<unknown>(length)
        seen.push(array)
        for (let i = 0; i < length; i++) array[i] = read()
        return array
      }
      case OBJECT: {
        const count = data[at++] as number
        const object: Record<string, unknown> = {}
        seen.push(object)
        for (let i = 0; i < count; i++) {
          const key = strings[data[at++] as number] as string
          object[key] = read()
        }
        return object
      }
      case SEEN:
        return seen[data[at++] as number]
      case FLOAT:
        return numbers[float++]
      default:
        throw new Error(`scan result encoding: unknown tag ${String(tag)} at ${at - 1}`)
    }
  }
  return read()
}
