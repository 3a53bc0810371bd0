/**
 * LinePositions (the JSON readers' lazy line index) gives the positions the YAML LineIndex gives, for
 * any text (any mix of `\n`, `\r\n`, lone `\r`, a byte-order mark) and offsets asked in any order.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { isDeepStrictEqual } from 'node:util'
import { LinePositions } from '../../../src/readers/shared/json/line-positions.js'
import { LineIndex } from '../../../src/yaml/line-index.js'

const pieces = fc.constantFrom('a', 'bc', ' ', '\n', '\r', '\r\n', '\n\r', '"x"', '\ufeff')

describe('LinePositions', () => {
  it('answers as LineIndex does, whatever the order of the offsets asked', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.array(fc.integer({ min: -3, max: 90 }), { maxLength: 30 }), (parts, offsets) => {
        const text = parts.join('')
        const lazy = new LinePositions(text)
        const eager = new LineIndex(text)
        // One expect per run over the offsets answered differently (isDeepStrictEqual is the stricter test): an
        // expect per offset costs a stack trace.
        const got: { offset: number; position: object }[] = []
        const want: { offset: number; position: object }[] = []
        for (const offset of offsets) {
          const { line, column } = eager.at(offset)
          const position = lazy.at(offset)
          if (isDeepStrictEqual(position, { line, column })) continue
          got.push({ offset, position })
          want.push({ offset, position: { line, column } })
        }
        expect(got).toEqual(want)
      }),
      { numRuns: 500, seed: 18 }
    )
  })

  it('counts \\r\\n as one break and a lone \\r as one, after a byte-order mark that takes no column', () => {
    const positions = new LinePositions('\ufeffab\r\ncd\ref\ngh')
    expect([0, 1, 3, 5, 7, 8, 10, 13, 99].map(offset => positions.at(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 3 },
      { line: 3, column: 1 },
      { line: 3, column: 3 },
      { line: 4, column: 3 },
      { line: 4, column: 3 }
    ])
  })
})
