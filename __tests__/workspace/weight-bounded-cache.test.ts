import { describe, expect, it } from '@jest/globals'
import { WeightBoundedCache } from '../../src/workspace/weight-bounded-cache.js'

/** The keys a cache still holds, of those given. */
const held = (cache: WeightBoundedCache<string, string>, keys: readonly string[]): string[] => keys.filter(key => cache.has(key))

describe('WeightBoundedCache', () => {
  it('never evicts on add: a value heavier than the budget is held until trim', () => {
    const cache = new WeightBoundedCache<string, string>(10)
    cache.add('a', 'A', 8)
    cache.add('b', 'B', 8)
    expect(held(cache, ['a', 'b'])).toEqual(['a', 'b'])
    cache.trim()
    expect(held(cache, ['a', 'b'])).toEqual(['b'])
  })

  it('trims the least recently used first: a get makes a value the most recent', () => {
    const cache = new WeightBoundedCache<string, string>(6)
    cache.add('a', 'A', 3)
    cache.add('b', 'B', 3)
    cache.add('c', 'C', 3)
    expect(cache.get('a')).toBe('A')
    cache.trim()
    expect(held(cache, ['a', 'b', 'c'])).toEqual(['a', 'c'])
  })

  it('never trims the value it is told to keep, even past the budget', () => {
    const cache = new WeightBoundedCache<string, string>(4)
    cache.add('a', 'A', 3)
    cache.add('big', 'BIG', 9)
    cache.trim('big')
    expect(held(cache, ['a', 'big'])).toEqual(['big'])
  })

  it('take hands a value out and frees its weight; add under a held key replaces it', () => {
    const cache = new WeightBoundedCache<string, string>(6)
    cache.add('a', 'A', 5)
    expect(cache.take('a')).toBe('A')
    expect(cache.take('a')).toBeUndefined()
    cache.add('b', 'B', 5)
    cache.add('b', 'B2', 1)
    cache.add('c', 'C', 5)
    cache.trim()
    // 1 + 5 is within 6: the replaced value's weight is no longer counted.
    expect([cache.get('b'), cache.get('c')]).toEqual(['B2', 'C'])
  })

  it('clear drops every value and its weight', () => {
    const cache = new WeightBoundedCache<string, string>(5)
    cache.add('a', 'A', 5)
    cache.clear()
    cache.add('b', 'B', 5)
    cache.trim()
    expect([cache.get('a'), cache.get('b')]).toEqual([undefined, 'B'])
  })
})
