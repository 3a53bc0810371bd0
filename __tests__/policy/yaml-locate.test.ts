/** Unit tests for src/policy/yaml-locate.ts */
import { describe, expect, it } from '@jest/globals'
import { locateYamlPath } from '../../src/policy/yaml-locate.js'

const TEXT = `id: x
families:
  - os: A
    kb: KB1
  - os: B
    kb: KB2
flow: { a: 1, b: [10, 20] }
? [complex, key]
: value
after: 1
`

describe('locateYamlPath', () => {
  it.each<[(string | number)[], { line: number; column: number } | undefined]>([
    [[], { line: 1, column: 1 }],
    [['id'], { line: 1, column: 1 }],
    [['families'], { line: 2, column: 1 }],
    [['families', 1], { line: 5, column: 5 }],
    [['families', 1, 'kb'], { line: 6, column: 5 }],
    [['flow', 'b', 1], { line: 7, column: 23 }],
    [['after'], { line: 10, column: 1 }],
    [['families', 2], undefined],
    [['missing'], undefined]
  ])('%j', (path, position) => {
    expect(locateYamlPath(TEXT, path)).toEqual(position)
  })

  it('gives up quietly on text that does not parse', () => {
    expect(locateYamlPath('a: [1\nb: 2', ['b'])).toBeUndefined()
  })

  it('stays within js-yaml depth limits on deep nesting instead of overflowing', () => {
    expect(locateYamlPath(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, [0])).toBeUndefined()
  })
})
