/**
 * The offset locator behind JsonDocument.locate gives the positions jsonc-parser's tree gives, on any
 * JSON text JSON.parse accepts, for paths inside and outside the document.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { isDeepStrictEqual } from 'node:util'
import { parseTree, type Node } from 'jsonc-parser'
import { parseJsonDocument } from '../../../src/readers/arm/json/json-document.js'

type Segment = string | number

/** The jsonc-parser reference: the key of a property, an element's first character, the root value. */
function treeOffset(text: string, path: readonly Segment[]): number {
  let node = parseTree(text)
  for (const segment of path) {
    const next = node === undefined ? undefined : childAt(node, segment)
    if (next === undefined) break
    node = next
  }
  return node?.offset ?? 0
}

function childAt(node: Node, segment: Segment): Node | undefined {
  if (node.type === 'property') return childAt(node.children?.[1] as Node, segment)
  if (node.type === 'array') return typeof segment === 'number' ? node.children?.[segment] : undefined
  if (node.type !== 'object' || typeof segment !== 'string') return undefined
  return node.children?.findLast(property => property.children?.[0]?.value === segment)
}

/** Every path in a value, plus a step past each one that leads nowhere. */
function pathsOf(value: unknown, prefix: Segment[] = [], out: Segment[][] = []): Segment[][] {
  out.push(prefix, [...prefix, 'missing'], [...prefix, 7])
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...prefix, index], out))
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out)
  }
  return out
}

function expectSameOffsets(text: string, paths: readonly Segment[][]): void {
  const parsed = parseJsonDocument('t.json', text)
  if (!parsed.ok) throw new Error(parsed.error.message)
  const lines = text.split('\n')
  const located = paths.map(path => ({ path, ...parsed.document.locate(path) }))
  const wanted = paths.map(path => {
    const before = text.slice(0, treeOffset(text, path)).split('\n')
    return { path, file: 't.json', line: before.length, column: (before.at(-1) ?? '').length + 1 }
  })
  // One expect over the paths located differently (isDeepStrictEqual is the stricter test): an expect per path costs a stack trace.
  const differing = paths.flatMap((_, i) => (isDeepStrictEqual(located[i], wanted[i]) ? [] : [i]))
  expect(differing.map(i => located[i])).toEqual(differing.map(i => wanted[i]))
  expect(lines.length).toBeGreaterThan(0)
}

describe('JsonDocument.locate without a parse tree', () => {
  it('matches jsonc-parser on generated documents in every layout', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.constantFrom<string | number>(0, 1, 2, '\t', ' \r\n '), (value, space) => {
        const text = typeof space === 'string' && space.includes('\r') ? JSON.stringify(value, null, 2).replaceAll('\n', '\r\n') : JSON.stringify(value, null, space)
        expectSameOffsets(`\n ${text}\n`, pathsOf(value))
      }),
      { numRuns: 300 }
    )
  })

  it('matches on duplicate keys, escaped keys, brackets inside strings, and odd spacing', () => {
    const text = [
      '{ "a" : 1, "a":{"x" :[ 1 ,{"y":"}]"} , -2.5e3,true,null ] },',
      '  "k\\u0065y": { "q\\"uote": [] , "": {} },',
      '  "resources": [ "[concat(\'[\', \']\')]", { "name" : "b" } ]',
      '}'
    ].join('\n')
    const paths: Segment[][] = [
      [],
      ['a'],
      ['a', 'x'],
      ['a', 'x', 0],
      ['a', 'x', 1, 'y'],
      ['a', 'x', 2],
      ['a', 'x', 4],
      ['a', 'x', 5],
      ['a', 'x', -1],
      ['a', 'x', 0.5],
      ['key'],
      ['key', 'q"uote'],
      ['key', ''],
      ['key', '', 'deeper'],
      ['resources', 0, 'name'],
      ['resources', 1, 'name'],
      ['resources', 'name'],
      [0]
    ]
    expectSameOffsets(text, paths)
  })

  it('matches on scalar documents', () => {
    for (const text of ['"[{"', ' 42 ', '\n\nnull', '[]', '{}']) expectSameOffsets(text, [[], ['a'], [0]])
  })
})

describe('JsonDocument.locate line breaks and shared locations', () => {
  it('counts \\n, \\r\\n and a lone \\r as line breaks, as the other readers do', () => {
    const parsed = parseJsonDocument('t.json', '{\r  "a": 1,\r\n  "b":\n\r\r [ 2,\r\n    3 ]\r}')
    if (!parsed.ok) throw new Error(parsed.error.message)
    const at = (path: Segment[]) => parsed.document.locate(path)
    expect([at(['a']), at(['b']), at(['b', 0]), at(['b', 1]), at([])]).toEqual([
      { file: 't.json', line: 2, column: 3 },
      { file: 't.json', line: 3, column: 3 },
      { file: 't.json', line: 6, column: 4 },
      { file: 't.json', line: 7, column: 5 },
      { file: 't.json', line: 1, column: 1 }
    ])
  })

  it('gives one location object per member, however often and by whatever path it is asked', () => {
    const parsed = parseJsonDocument('t.json', '{ "resources": [ { "name": "a" } ] }')
    if (!parsed.ok) throw new Error(parsed.error.message)
    const first = parsed.document.locate(['resources', 0, 'name'])
    parsed.document.locate(['resources'])
    expect(parsed.document.locate(['resources', 0, 'name'])).toBe(first)
    // A path that leaves the document stops at the last member found: the same member, the same object.
    expect(parsed.document.locate(['resources', 0, 'name', 'deeper'])).toBe(first)
  })
})

describe('JsonDocument.release', () => {
  it('gives the same positions after a release, from arrays another document indexed into meanwhile', () => {
    const text = '{\n  "resources": [\n    { "name": "a", "tags": { "x": [1, 2] } }\n  ]\n}'
    const first = parseJsonDocument('a.json', text)
    const other = parseJsonDocument('b.json', `[${'\n  {"k": [0]},'.repeat(50)}\n  1\n]`)
    if (!first.ok || !other.ok) throw new Error('not parsed')
    const paths: Segment[][] = [['resources', 0, 'tags', 'x', 1], ['resources', 0, 'name'], ['resources', 1], []]
    const before = paths.map(path => ({ ...first.document.locate(path) }))
    first.document.release()
    expect(other.document.locate([49, 'k', 0])).toEqual({ file: 'b.json', line: 51, column: 10 })
    other.document.release()
    expect(paths.map(path => ({ ...first.document.locate(path) }))).toEqual(before)
    expect(before.map(({ line, column }) => `${line}:${column}`)).toEqual(['3:39', '3:7', '2:3', '1:1'])
  })
})
