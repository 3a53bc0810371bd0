/**
 * src/yaml/lazy-nodes.ts: a node computes its line and column on first use. On every YAML fixture, each
 * node's start and end are the line and column of its offsets counted independently here, the same
 * object whenever asked, and a plain scalar's offsets span its text.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseYaml, type YamlNode, type YamlPosition } from '../../src/yaml/index.js'

const FIXTURES = join(import.meta.dirname, '../fixtures')

function yamlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return yamlFiles(path)
    return /\.ya?ml$/.test(entry.name) ? [path] : []
  })
}

/** Line and column of every offset by counting line breaks (`\n`, `\r\n`, a lone `\r`); a leading BOM takes no column. */
function naivePositions(text: string): (offset: number) => YamlPosition {
  const lines: number[] = []
  const columns: number[] = []
  let line = 1
  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0
  for (let i = 0; i <= text.length; i++) {
    lines.push(line)
    columns.push(Math.max(i - lineStart, 0) + 1)
    const code = text.charCodeAt(i)
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++
      lineStart = i + 1
    }
  }
  return offset => ({ offset, line: lines[offset] ?? NaN, column: columns[offset] ?? NaN })
}

function nodesOf(roots: readonly YamlNode[]): YamlNode[] {
  const seen = new Set<YamlNode>()
  const pending = [...roots]
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (seen.has(node)) continue
    seen.add(node)
    if (node.kind === 'seq') pending.push(...node.items)
    if (node.kind === 'map') for (const entry of node.entries) pending.push(entry.keyNode, entry.value)
  }
  return [...seen]
}

describe('lazy node positions', () => {
  const files = yamlFiles(FIXTURES)

  it('are the positions of the node offsets, computed once, on every fixture', () => {
    expect(files.length).toBeGreaterThan(50)
    let checked = 0
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      const parsed = parseYaml(text)
      const naivePosition = naivePositions(text)
      const nodes = nodesOf(parsed.documents.flatMap(document => (document.root ? [document.root] : [])))
      // One assertion per file over all its nodes: ~6 expect() calls per node cost ~2 s of CPU on ~10,000 nodes.
      const positions = nodes.map(node => [node.start, node.end] as const)
      expect({ file, positions }).toEqual({
        file,
        positions: positions.map(([start, end]) => [naivePosition(start.offset), naivePosition(end.offset)])
      })
      expect({
        file,
        reversed: positions.filter(([start, end]) => start.offset > end.offset),
        recomputed: nodes.filter((node, i) => node.start !== positions[i]?.[0] || node.end !== positions[i]?.[1]),
        plainTextsElsewhere: nodes.flatMap(node =>
          node.kind === 'scalar' && node.style === 'plain' && !node.text.includes('\n') && node.text !== '' &&
          text.slice(node.start.offset, node.end.offset) !== node.text
            ? [node.text]
            : []
        )
      }).toEqual({ file, reversed: [], recomputed: [], plainTextsElsewhere: [] })
      checked += nodes.length
    }
    expect(checked).toBeGreaterThan(5000)
  })

  it('keep a scalar without a tag free of a tag property, and a tagged one with it', () => {
    const root = parseYaml('a: !!str 1\nb: 2\n').documents[0]?.root
    expect(root?.kind).toBe('map')
    if (root?.kind !== 'map') return
    expect(root.byKey.get('a')?.value).toMatchObject({ kind: 'scalar', value: '1', tag: 'tag:yaml.org,2002:str' })
    expect('tag' in (root.byKey.get('b')?.value ?? {})).toBe(false)
    expect(root.value).toEqual({ a: '1', b: 2 })
    expect(root.value).toBe(root.value)
  })
})
