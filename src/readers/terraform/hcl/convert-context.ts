import type { CstNode as Node } from './cst.js'
import type { Position } from './ast.js'

/**
 * Nesting deeper than this (in tree-sitter nodes) is not converted: a hostile file with 100,000
 * nested brackets gives a located error instead of a stack overflow. Real configurations stay far
 * below it (the deepest `merge()` bodies seen are ~150 nodes).
 */
export const MAX_NODE_DEPTH = 1000

/** State shared by the converters while one file is converted. */
export class ConvertContext {
  depth = 0
  /** Where conversion first gave up because of nesting depth. */
  tooDeep: Position | undefined

  constructor(readonly source: string) {}

  /** Runs `convert` one level deeper, or returns `fallback` when the depth limit is reached. */
  nested<T>(node: Node, convert: () => T, fallback: (pos: Position) => T): T {
    if (this.depth >= MAX_NODE_DEPTH) {
      const pos = positionOf(node)
      this.tooDeep ??= pos
      return fallback(pos)
    }
    this.depth++
    try {
      return convert()
    } finally {
      this.depth--
    }
  }
}

/** Where a node starts (a tree-sitter node or its copy), 1-based. */
export const positionOf = (node: Pick<Node, 'startPosition'>): Position => ({
  line: node.startPosition.row + 1,
  column: node.startPosition.column + 1
})

export const endPositionOf = (node: Pick<Node, 'endPosition'>): Position => ({
  line: node.endPosition.row + 1,
  column: node.endPosition.column + 1
})

/** Children without comments (comments are extras and may appear anywhere). */
export const childrenOf = (node: Node): Node[] => node.children.filter(child => child.type !== 'comment')

export const namedChildrenOf = (node: Node): Node[] => node.namedChildren.filter(child => child.type !== 'comment')
