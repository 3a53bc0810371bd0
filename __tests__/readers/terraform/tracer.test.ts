/**
 * Unit tests for the Tracer (src/readers/terraform/eval/budget.ts): hops go to the innermost capture,
 * a capture without hops gives an empty list, at most 16 are kept, and a throwing evaluation leaves
 * the stack as it was.
 */
import { describe, expect, it } from '@jest/globals'
import { type Hop, Tracer } from '../../../src/readers/terraform/eval/budget.js'

const hop = (name: string): Hop => ({ kind: 'local', name, location: { file: 'main.tf', line: 1, column: 1 } })

describe('Tracer', () => {
  it('records hops into the innermost capture only, and none outside a capture', () => {
    const tracer = new Tracer()
    tracer.record(hop('ignored'))
    const outer = tracer.capture(() => {
      tracer.record(hop('a'))
      const inner = tracer.capture(() => {
        tracer.recordAll([hop('b'), hop('c')])
        return 2
      })
      tracer.record(hop('d'))
      return inner
    })
    expect(outer.result.result).toBe(2)
    expect(outer.result.hops.map(h => h.name)).toEqual(['b', 'c'])
    expect(outer.hops.map(h => h.name)).toEqual(['a', 'd'])
  })

  it('gives an empty list to a capture that recorded nothing, also after one that did', () => {
    const tracer = new Tracer()
    expect(tracer.capture(() => tracer.record(hop('a'))).hops.map(h => h.name)).toEqual(['a'])
    expect(tracer.capture(() => 1).hops).toEqual([])
    expect(tracer.capture(() => tracer.capture(() => 1).hops.length).hops).toEqual([])
  })

  it('keeps the first 16 hops of a capture', () => {
    const tracer = new Tracer()
    const names = Array.from({ length: 20 }, (_, i) => `h${i}`)
    const { hops } = tracer.capture(() => tracer.recordAll(names.map(hop)))
    expect(hops.map(h => h.name)).toEqual(names.slice(0, 16))
  })

  it('unwinds a capture whose evaluation throws', () => {
    const tracer = new Tracer()
    const outer = tracer.capture(() => {
      expect(() =>
        tracer.capture(() => {
          tracer.record(hop('lost'))
          throw new Error('boom')
        })
      ).toThrow('boom')
      tracer.record(hop('kept'))
    })
    expect(outer.hops.map(h => h.name)).toEqual(['kept'])
  })
})
