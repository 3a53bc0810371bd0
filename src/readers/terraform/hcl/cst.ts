import type { Point, Tree } from 'web-tree-sitter'
import { LineIndex } from '../../../yaml/line-index.js'

/**
 * A plain copy of tree-sitter's concrete tree. Every property of a web-tree-sitter node is a call
 * into wasm; copying the tree once with a cursor (a few calls per node) and converting the copy
 * halves the reader's cost over the bare parse.
 */
export class CstNode {
  readonly children: CstNode[] = []
  private start: Point | undefined
  private end: Point | undefined

  constructor(
    private readonly source: string,
    private readonly point: (offset: number) => Point,
    readonly type: string,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
    readonly startIndex: number,
    readonly endIndex: number
  ) {}

  /** Computed on first use: the positions of most nodes (punctuation, inner tokens) are never asked for. */
  get startPosition(): Point {
    return (this.start ??= this.point(this.startIndex))
  }

  get endPosition(): Point {
    return (this.end ??= this.point(this.endIndex))
  }

  get namedChildren(): CstNode[] {
    return this.children.filter(child => child.isNamed)
  }

  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex)
  }
}

/** 0-based row and column (UTF-16 units, as tree-sitter's web binding counts them) of text offsets. */
function pointFinder(source: string): (offset: number) => Point {
  const lines = new LineIndex(source)
  return offset => {
    const { line, column } = lines.at(offset)
    return { row: line - 1, column: column - 1 }
  }
}

/** Copies a parsed tree (iteratively: error trees can be arbitrarily deep), with its comments. */
export function copyTree(tree: Tree, source: string, named: readonly boolean[]): { root: CstNode; comments: CstNode[] } {
  const types = tree.language.types
  const point = pointFinder(source)
  const withErrors = tree.rootNode.hasError
  const comments: CstNode[] = []
  const cursor = tree.walk()
  const make = (): CstNode => {
    const typeId = cursor.nodeTypeId
    const start = cursor.startIndex
    const end = cursor.endIndex
    const node = new CstNode(source, point, types[typeId] ?? 'ERROR', named[typeId] ?? true, withErrors && cursor.nodeIsMissing, start, end)
    if (node.type === 'comment') comments.push(node)
    return node
  }
  try {
    const root = make()
    const stack: CstNode[] = [root]
    for (;;) {
      if (cursor.gotoFirstChild()) {
        const node = make()
        ;(stack.at(-1) as CstNode).children.push(node)
        stack.push(node)
        continue
      }
      for (;;) {
        if (cursor.gotoNextSibling()) {
          stack.pop()
          const node = make()
          ;(stack.at(-1) as CstNode).children.push(node)
          stack.push(node)
          break
        }
        if (!cursor.gotoParent()) return { root, comments }
        stack.pop()
      }
    }
  } finally {
    cursor.delete()
  }
}
