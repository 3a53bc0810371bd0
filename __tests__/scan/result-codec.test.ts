/**
 * The scan workers' result encoding (src/scan/result-codec.ts): what it decodes is what a structured
 * clone gives, and what it cannot carry exactly it refuses (the worker then sends a structured clone).
 */
import { describe, expect, it } from '@jest/globals'
import { decode, encode } from '../../src/scan/result-codec.js'

const roundTrip = (value: unknown): unknown => {
  const encoded = encode(value)
  if (encoded === undefined) throw new Error('refused')
  // Across threads the buffers are cloned (the data buffer transferred): decode from a clone, as the pool does.
  return decode(structuredClone(encoded))
}

describe('the scan result codec', () => {
  it('gives back the structured clone of plain data: keys in order, undefined values, every number', () => {
    const value = {
      b: 'text',
      a: [1, -1, 2147483647, -2147483648, 2147483648, 0.5, -0, Number.NaN, Number.POSITIVE_INFINITY, 1e300],
      2: 'an index key',
      1: { nested: [true, false, null, undefined, ''] },
      absent: undefined,
      unicode: 'é \u{1F600} \u0000'
    }
    const decoded = roundTrip(value)
    expect(decoded).toStrictEqual(structuredClone(value))
    expect(Object.keys(decoded as object)).toEqual(['1', '2', 'b', 'a', 'absent', 'unicode'])
    expect(Object.is((decoded as { a: number[] }).a[6], -0)).toBe(true)
    expect('absent' in (decoded as object)).toBe(true)
  })

  it('keeps an object or array reached twice as one, as the worker had it, and cycles', () => {
    const location = { file: 'a/main.json', line: 3, column: 5 }
    const list = [location]
    const value: Record<string, unknown> = { first: { location }, second: { location }, list, again: list }
    value.self = value
    const decoded = roundTrip(value) as { first: { location: object }; second: { location: object }; list: object[]; again: object[]; self: unknown }
    expect(decoded.first.location).toBe(decoded.second.location)
    expect(decoded.list[0]).toBe(decoded.first.location)
    expect(decoded.again).toBe(decoded.list)
    expect(decoded.self).toBe(decoded)
    expect(decoded.first.location).toEqual(location)
  })

  it('gives an object without a prototype back as a plain object, as a structured clone does', () => {
    const bare = Object.assign(Object.create(null) as object, { x: 1 })
    const decoded = roundTrip({ bare }) as { bare: object }
    expect(Object.getPrototypeOf(decoded.bare)).toBe(Object.prototype)
    expect(decoded.bare).toEqual({ x: 1 })
  })

  it.each([
    ['a Map', new Map([[1, 2]])],
    ['a Set', new Set([1])],
    ['a Date', new Date(0)],
    ['a class instance', new (class Point { x = 1 })()],
    ['a sparse array', Object.assign(new Array<number>(3), { 0: 1, 2: 3 })],
    ['a function', () => 1],
    ['a bigint', 1n],
    ['a symbol', Symbol('s')],
    ['a typed array', new Uint8Array(2)]
  ])('refuses %s, anywhere in the value', (_, inner) => {
    expect(encode({ resources: [{ value: inner }] })).toBeUndefined()
  })
})
