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

  it('splits a report into one piece per resource', () => {
    const report = { schemaVersion: 1, resources: [{ name: 'a' }, { name: 'b' }], findings: [] }
    expect([...jsonPieces(report)]).toEqual([
      '{\n',
      '  "schemaVersion": 1',
      ',\n  "resources": [\n',
      '    {\n      "name": "a"\n    }',
      ',\n    {\n      "name": "b"\n    }',
      '\n  ]',
      ',\n  "findings": []',
      '\n}'
    ])
  })
})
