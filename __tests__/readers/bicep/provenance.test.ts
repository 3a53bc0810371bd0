/**
 * src/readers/bicep/values.ts `derive`: the origin and name of the more telling provenance, and the
 * places of both (outer first, each once, at most MAX_VIA: the ends of a long chain). A list is reused
 * only when the other is empty and it is already in that form.
 */
import { describe, expect, it } from '@jest/globals'
import type { SourceLocation } from '../../../src/model/source.js'
import { derive, MAX_VIA, type Provenance } from '../../../src/readers/bicep/values.js'

const at = (line: number): SourceLocation => ({ file: 'main.bicep', line, column: 1 })
const lines = (via: readonly SourceLocation[]): number[] => via.map(place => place.line)

describe('derive', () => {
  it('keeps the more telling origin, its name (else the other one), and chains the places outer first', () => {
    const parameter: Provenance = { origin: 'parameter-file', detail: 'size', via: [at(3)] }
    const variable: Provenance = { origin: 'variable', detail: 'vmSize', via: [at(7), at(3)] }
    expect(derive(variable, parameter)).toEqual({ origin: 'parameter-file', detail: 'size', via: [at(7), at(3)] })
    expect(derive({ origin: 'expression', via: [] }, { origin: 'literal', via: [at(2)] })).toEqual({ origin: 'expression', via: [at(2)] })
    expect(derive({ origin: 'literal', detail: 'outer', via: [] }, { origin: 'literal', via: [] })).toEqual({
      origin: 'literal',
      detail: 'outer',
      via: []
    })
  })

  it('reuses a merged list when the other one is empty', () => {
    const via = [at(1), at(2)]
    expect(derive({ origin: 'variable', via }, { origin: 'literal', via: [] }).via).toBe(via)
    expect(derive({ origin: 'literal', via: [] }, { origin: 'variable', via }).via).toBe(via)
  })

  it('still removes repeated places and shortens a long chain when the other list is empty', () => {
    const repeated = [at(1), at(2), at(1)]
    expect(lines(derive({ origin: 'variable', via: repeated }, { origin: 'literal', via: [] }).via)).toEqual([1, 2])
    expect(lines(derive({ origin: 'literal', via: [] }, { origin: 'variable', via: repeated }).via)).toEqual([1, 2])
    const long = Array.from({ length: MAX_VIA + 4 }, (_, i) => at(i + 1))
    const kept = lines(derive({ origin: 'literal', via: [] }, { origin: 'variable', via: long }).via)
    expect(kept).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 13, 14, 15, 16, 17, 18, 19, 20])
  })
})
