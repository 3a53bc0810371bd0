/** jsonPieces writes exactly the text JSON.stringify(value, null, 2) writes, in pieces. */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { jsonPieces } from '../../src/report/json-pieces.js'

const joined = (value: unknown): string => [...jsonPieces(value)].join('')

describe('jsonPieces', () => {
  it('matches JSON.stringify on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), value => {
        expect(joined(value)).toBe(JSON.stringify(value, null, 2))
      }),
      { numRuns: 500 }
    )
  })

  it('matches JSON.stringify on report-shaped objects: arrays of objects, strings with line breaks and non-ASCII', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.oneof(fc.array(fc.jsonValue({ maxDepth: 3 })), fc.jsonValue({ maxDepth: 2 }))),
        value => {
          expect(joined(value)).toBe(JSON.stringify(value, null, 2))
        }
      ),
      { numRuns: 500 }
    )
  })

  it('leaves out what serializes to nothing and writes it as null in arrays, as JSON.stringify does', () => {
    const value = { a: undefined, b: [undefined, () => 1, 'x'], c: () => 2, d: [], e: {}, f: 'line\nbreak — é' }
    expect(joined(value)).toBe(JSON.stringify(value, null, 2))
    expect(joined({})).toBe('{}')
  })

  it('hands values with toJSON to JSON.stringify whole', () => {
    const value = { when: new Date(0), list: [{ toJSON: (key: string) => `item ${key}` }] }
    expect(joined(value)).toBe(JSON.stringify(value, null, 2))
    expect([...jsonPieces(value)]).toHaveLength(1)
  })

  it('matches JSON.stringify on deep values, single-element arrays and empty members', () => {
    const deep = fc.letrec(tie => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.jsonValue({ maxDepth: 1 }),
        fc.array(tie('value'), { maxLength: 1 }),
        fc.array(tie('value'), { maxLength: 40 }),
        fc.dictionary(fc.string({ maxLength: 3 }), fc.oneof(tie('value'), fc.constant(undefined)), { maxKeys: 4 })
      )
    }))
    fc.assert(
      fc.property(deep.value, value => {
        expect(joined(value)).toBe(JSON.stringify(value, null, 2))
      }),
      { numRuns: 500 }
    )
  })

  it('matches JSON.stringify on a SARIF-shaped log, opening its one run down to the results', () => {
    const result = (n: number) => ({ ruleId: 'r', message: { text: `m ${n}\n—` }, locations: [{ line: n }] })
    const log = {
      $schema: 's',
      runs: [{ tool: { driver: { rules: [{ id: 'r' }] } }, invocations: [{ notes: [1, 2] }], results: Array.from({ length: 100 }, (_, n) => result(n)) }]
    }
    const pieces = [...jsonPieces(log)]
    expect(pieces.join('')).toBe(JSON.stringify(log, null, 2))
    // The results are written a batch at a time, not as one piece.
    expect(pieces.filter(piece => piece.includes('"ruleId"')).length).toBeGreaterThan(1)
  })

  it('hands values with toJSON where it opens the value to JSON.stringify whole, with their keys', () => {
    const value = { runs: [{ results: [{ toJSON: (key: string) => `result ${key}` }, 2] }] }
    expect(joined(value)).toBe(JSON.stringify(value, null, 2))
    expect([...jsonPieces(value)]).toHaveLength(1)
    // Deeper down, JSON.stringify hands them their keys itself.
    const nested = { list: [{ when: new Date(0) }, { when: new Date(1) }] }
    expect(joined(nested)).toBe(JSON.stringify(nested, null, 2))
    expect([...jsonPieces(nested)].length).toBeGreaterThan(1)
  })

  it('writes the separator between two batches as a piece of its own, not joined to the next batch', () => {
    const list = Array.from({ length: 40 }, (_, n) => ({ n }))
    const pieces = [...jsonPieces({ list })]
    expect(pieces.join('')).toBe(JSON.stringify({ list }, null, 2))
    const separator = pieces.indexOf(',\n')
    expect(separator).toBeGreaterThan(0)
    expect(pieces[separator + 1]?.startsWith('    {\n      "n": 32\n')).toBe(true)
  })

  it('splits a report into its members and batches of resources', () => {
    const report = { schemaVersion: 1, resources: [{ name: 'a' }, { name: 'b' }], findings: [] }
    expect([...jsonPieces(report)]).toEqual([
      '{\n',
      '  "schemaVersion": 1',
      ',\n  "resources": ',
      '[\n',
      '    {\n      "name": "a"\n    },\n    {\n      "name": "b"\n    }',
      '\n  ]',
      ',\n  "findings": []',
      '\n}'
    ])
  })
})
