/**
 * Unit tests for src/yaml: hostile inputs give located errors, never a hang or a stack overflow.
 */
import { describe, expect, it } from '@jest/globals'
import { parseYaml } from '../../src/yaml/index.js'

/** The classic "billion laughs": nine levels of nine aliases each, 9^9 nodes once expanded. */
const aliasBomb = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((name, i) => {
    const previous = 'abcdefghi'[i] as string
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`
  })
].join('\n')

describe('aliases', () => {
  it('rejects an alias bomb at the alias that breaks the expansion budget', () => {
    const parsed = parseYaml(aliasBomb)
    expect(parsed.documents).toEqual([])
    expect(parsed.errors).toEqual([
      { message: 'aliases expand to more than 10000 nodes (alias bomb); not read', line: 5, column: 8, offset: 174 }
    ])
  })

  it('rejects more than 100 aliases in one document', () => {
    const text = `x: &x 1\nlist: [${Array(101).fill('*x').join(', ')}]\n`
    expect(parseYaml(text).errors).toEqual([
      { message: 'aliases exceeded maxAliases (100)', line: 2, column: 408, offset: 415 }
    ])
  })

  it('shares the anchored node and keeps the other documents of the file', () => {
    const parsed = parseYaml('x: &x {a: 1}\ny: *x\n---\nz: *x\n---\nok: true\n')
    const first = parsed.documents[0]?.root
    expect(first?.value).toEqual({ x: { a: 1 }, y: { a: 1 } })
    expect(parsed.documents.map(d => d.index)).toEqual([0, 2])
    // Anchors do not cross documents.
    expect(parsed.errors).toEqual([{ message: 'unidentified alias "x"', line: 4, column: 4, offset: 26 }])
  })

  it('rejects an alias inside the node it names', () => {
    expect(parseYaml('a: &a [1, *a]\n').errors).toEqual([
      { message: 'alias *a refers to a node that contains it', line: 1, column: 11, offset: 10 }
    ])
  })

  it('counts nesting through aliases against the depth limit', () => {
    const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth)
    const text = `a: &a ${nested(150)}\nb: [${'['.repeat(60)}*a${']'.repeat(60)}]\n`
    expect(parseYaml(text).errors).toEqual([
      { message: 'nesting exceeded maxDepth (200) through alias *a', line: 2, column: 65, offset: 371 }
    ])
  })
})

describe('nesting', () => {
  it('gives a located error for 100,000 nested flow sequences', () => {
    expect(parseYaml('['.repeat(100_000)).errors).toEqual([
      { message: 'nesting exceeded maxDepth (200)', line: 1, column: 200, offset: 199 }
    ])
  })

  it('gives a located error for 100,000 nested block sequences', () => {
    expect(parseYaml(`${'- '.repeat(100_000)}x\n`).errors).toEqual([
      { message: 'nesting exceeded maxDepth (200)', line: 1, column: 401, offset: 400 }
    ])
  })

  it('gives a located error for deeply indented block mappings', () => {
    const text = Array.from({ length: 1_000 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n')
    expect(parseYaml(text).errors).toEqual([
      { message: 'nesting exceeded maxDepth (200)', line: 200, column: 200, offset: 20497 }
    ])
  })

  it('reads nesting up to the limit', () => {
    const depth = 199
    const parsed = parseYaml('['.repeat(depth) + ']'.repeat(depth))
    expect(parsed.errors).toEqual([])
    expect(parsed.documents).toHaveLength(1)
  })
})

describe('merge keys', () => {
  it('rejects a merge fan-out over the budget', () => {
    const map = `{${Array.from({ length: 100 }, (_, i) => `k${i}: ${i}`).join(', ')}}`
    const text = `out:\n  <<:\n${Array(101).fill(`    - ${map}`).join('\n')}\n`
    const [error] = parseYaml(text).errors
    expect(error).toMatchObject({ message: 'merge keys exceeded maxMergeKeys (10000)', line: 103, column: 7 })
  })

  it('takes tighter limits from the caller', () => {
    expect(parseYaml('a: &a 1\nb: [*a, *a]\n', { maxAliases: 1 }).errors).toEqual([
      { message: 'aliases exceeded maxAliases (1)', line: 2, column: 9, offset: 16 }
    ])
  })
})
