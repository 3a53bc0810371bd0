/**
 * src/readers/bicep/values.ts `derive`: the origin and name of the more telling provenance, and the
 * places of both (outer first, each once, at most MAX_VIA: the ends of a long chain). A list is reused
 * only when the other is empty and it is already in that form.
 */
import { describe, expect, it } from '@jest/globals'
import type { SourceLocation } from '../../../src/model/source.js'
import { computed, derive, MAX_VIA, type Provenance, str, withProvenance } from '../../../src/readers/bicep/values.js'

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

  it('gives back the inner provenance itself when the outer one adds no place, no better origin and no name', () => {
    const inner: Provenance = { origin: 'default', detail: 'size', via: [at(4)] }
    expect(derive({ origin: 'literal', via: [] }, inner)).toBe(inner)
    expect(derive({ origin: 'variable', detail: 'other', via: [] }, inner)).toBe(inner)
    const value = str('Standard_D2s_v5', inner)
    expect(withProvenance(value, { origin: 'literal', via: [] })).toBe(value)
    // Anything the outer one adds makes a new provenance (and a new value): a place, a name, a better origin.
    expect(derive({ origin: 'literal', via: [at(9)] }, inner)).toEqual({ origin: 'default', detail: 'size', via: [at(9), at(4)] })
    const unnamed: Provenance = { origin: 'literal', via: [] }
    expect(derive({ origin: 'literal', detail: 'outer', via: [] }, unnamed)).toEqual({ origin: 'literal', detail: 'outer', via: [] })
    expect(derive({ origin: 'parameter-file', via: [] }, inner)).toEqual({ origin: 'parameter-file', detail: 'size', via: [at(4)] })
    const seen = withProvenance(value, { origin: 'variable', detail: 'vmSize', via: [at(2)] })
    expect(seen).not.toBe(value)
    expect(seen).toEqual({ kind: 'string', value: 'Standard_D2s_v5', prov: { origin: 'default', detail: 'size', via: [at(2), at(4)] } })
    // A list with a place twice is merged, not given back as it is.
    expect(derive({ origin: 'literal', via: [] }, { origin: 'literal', via: [at(1), at(1)] }).via).toEqual([at(1)])
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

describe('computed', () => {
  const at = (line: number): SourceLocation => ({ file: 'main.bicep', line, column: 1 })

  it('is an expression through no place when no input went through one', () => {
    expect(computed([str('a'), str('b')])).toEqual({ origin: 'expression', via: [] })
  })

  it('keeps the places of the one input that has some, and merges those of several, each once', () => {
    const one = str('a', { origin: 'default', detail: 'p', via: [at(1), at(2)] })
    const other = str('b', { origin: 'variable', via: [at(2), at(3)] })
    expect(computed([str('x'), one])).toEqual({ origin: 'expression', via: [at(1), at(2)] })
    expect(computed([one, str('x'), other])).toEqual({ origin: 'expression', via: [at(1), at(2), at(3)] })
  })

  it('merges a single list that names a place twice', () => {
    const twice = str('a', { origin: 'variable', via: [at(1), at(1)] })
    expect(computed([twice])).toEqual({ origin: 'expression', via: [at(1)] })
  })
})
