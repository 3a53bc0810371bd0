/**
 * src/readers/terraform/hcl/cst.ts: the copy of tree-sitter's tree through the binding's direct cursor
 * calls (wasm-cursor.ts) is the copy through the public cursor API, node for node, on every fixture
 * `.tf` file and on broken text (missing nodes, error trees, a deep nesting); both have every node of
 * tree-sitter's tree, with its type, offsets and children as tree-sitter gives them.
 */
import { describe, expect, it } from '@jest/globals'
import { fixtureTfFiles } from './tf-fixtures.js'
import { readFileSync } from 'node:fs'
import type { Node } from 'web-tree-sitter'
import { copyTree, type CstNode, type CstTree } from '../../../src/readers/terraform/hcl/cst.js'
import { hclParser } from '../../../src/readers/terraform/hcl/parser.js'


/** Every field of every node in preorder, with its child count and the positions the reader asks for (no recursion: the trees nest deep). */
function dump(tree: CstTree): string {
  const rows: unknown[] = []
  const stack: CstNode[] = [0]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const children = tree.children(node)
    rows.push([
      tree.type(node),
      tree.isNamed(node),
      tree.isMissing(node),
      tree.startIndex(node),
      tree.endIndex(node),
      tree.position(node),
      tree.endPosition(node),
      children.length
    ])
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as CstNode)
  }
  // One string: comparing it is much faster than a deep equality of 100,000 rows.
  return JSON.stringify(rows)
}

/** The same rows from tree-sitter's own nodes, without positions (the copy computes its own columns). */
function dumpTreeSitter(root: Node): string {
  const rows: unknown[] = []
  const stack: Node[] = [root]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const children = node.children.filter((child): child is Node => child !== null)
    rows.push([
      node.type,
      node.isNamed,
      node.isMissing,
      node.startIndex,
      node.endIndex,
      null,
      null,
      children.length
    ])
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node)
  }
  return JSON.stringify(rows)
}

/** The copy's rows without positions, to compare with tree-sitter's. */
function withoutPositions(dumped: string): string {
  return JSON.stringify((JSON.parse(dumped) as unknown[][]).map(row => [...row.slice(0, 5), null, null, row[7]]))
}

async function bothCopies(text: string): Promise<{ direct: string; plain: string; comments: [number, number] }> {
  const { parser, named, cursor } = await hclParser()
  const tree = parser.parse(text)
  if (!tree) throw new Error('not parsed')
  try {
    const direct = copyTree(tree, text, named, cursor)
    const plain = copyTree(tree, text, named)
    expect(direct.count).toBe(tree.rootNode.descendantCount)
    expect(withoutPositions(dump(direct))).toBe(dumpTreeSitter(tree.rootNode))
    expect(direct.comments.every(comment => direct.type(comment) === 'comment')).toBe(true)
    return { direct: dump(direct), plain: dump(plain), comments: [direct.comments.length, plain.comments.length] }
  } finally {
    tree.delete()
  }
}

describe('copyTree', () => {
  it('has the direct cursor calls with the pinned web-tree-sitter', async () => {
    expect((await hclParser()).cursor).toBeDefined()
  })

  it('copies every fixture file as the public cursor API does', async () => {
    const files = fixtureTfFiles()
    expect(files.length).toBeGreaterThan(50)
    for (const file of files) {
      const { direct, plain, comments } = await bothCopies(readFileSync(file, 'utf8'))
      expect(direct).toBe(plain)
      expect(comments[0]).toBe(comments[1])
    }
  })

  it('copies broken text, missing nodes and a deep nesting the same way', async () => {
    const texts = [
      'resource "a" "b" {\n  x = [1, 2\n}\n',
      'variable "v" {\n  default = "unterminated\n}\n# comment\n',
      'locals {\n  a = (1 + \n}\n',
      `a = ${'['.repeat(3000)}${']'.repeat(3000)}\n`,
      'é = "ü" // comment\n'
    ]
    for (const text of texts) {
      const { direct, plain, comments } = await bothCopies(text)
      expect(direct).toBe(plain)
      expect(comments[0]).toBe(comments[1])
    }
  })
})
