import type { Point, Tree } from 'web-tree-sitter'
import { LineIndex } from '../../../yaml/line-index.js'
import { startWasmWalk, type WasmCursorCalls } from './wasm-cursor.js'

/** What every node of one copied tree shares: the text and its line index. */
interface CopiedFile {
  readonly source: string
  readonly point: (offset: number) => Point
}

/** The children of a leaf (most nodes): one shared empty array instead of one each. */
const NO_CHILDREN: CstNode[] = []

/**
 * A plain copy of tree-sitter's concrete tree. Every property of a web-tree-sitter node is a call
 * into wasm; copying the tree once with a cursor (a few calls per node) and converting the copy
 * halves the reader's cost over the bare parse.
 */
export class CstNode {
  /** Never mutated once copied (a leaf's is shared). */
  children: CstNode[] = NO_CHILDREN
  private start: Point | undefined
  private end: Point | undefined

  constructor(
    private readonly file: CopiedFile,
    readonly type: string,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
    readonly startIndex: number,
    readonly endIndex: number
  ) {}

  /** Computed on first use: the positions of most nodes (punctuation, inner tokens) are never asked for. */
  get startPosition(): Point {
    return (this.start ??= this.file.point(this.startIndex))
  }

  get endPosition(): Point {
    return (this.end ??= this.file.point(this.endIndex))
  }

  get namedChildren(): CstNode[] {
    return this.children.filter(child => child.isNamed)
  }

  get text(): string {
    return this.file.source.slice(this.startIndex, this.endIndex)
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

/** The position of a node's next move: to its first child, its next sibling, or its parent. */
interface TreeWalk {
  readonly typeId: () => number
  readonly startIndex: () => number
  readonly endIndex: () => number
  readonly isMissing: () => boolean
  readonly gotoFirstChild: () => boolean
  readonly gotoNextSibling: () => boolean
  readonly gotoParent: () => boolean
}

/**
 * Copies a parsed tree (iteratively: error trees can be arbitrarily deep), with its comments. With the
 * binding's direct cursor calls (wasm-cursor.ts) when the parser has them, else the public cursor API:
 * the same nodes either way.
 */
export function copyTree(
  tree: Tree,
  source: string,
  named: readonly boolean[],
  calls?: WasmCursorCalls
): { root: CstNode; comments: CstNode[] } {
  const withErrors = tree.rootNode.hasError
  const cursor = tree.walk()
  const direct = calls === undefined ? undefined : startWasmWalk(calls, tree, cursor)
  try {
    const walk: TreeWalk =
      calls !== undefined && direct !== undefined
        ? {
            typeId: () => calls.typeId(direct.tree),
            startIndex: () => calls.startIndex(direct.tree),
            endIndex: () => calls.endIndex(direct.tree),
            isMissing: () => calls.isMissing(direct.tree) === 1,
            gotoFirstChild: () => calls.gotoFirstChild(direct.tree) === 1,
            gotoNextSibling: () => calls.gotoNextSibling(direct.tree) === 1,
            gotoParent: () => calls.gotoParent(direct.tree) === 1
          }
        : {
            typeId: () => cursor.nodeTypeId,
            startIndex: () => cursor.startIndex,
            endIndex: () => cursor.endIndex,
            isMissing: () => cursor.nodeIsMissing,
            gotoFirstChild: () => cursor.gotoFirstChild(),
            gotoNextSibling: () => cursor.gotoNextSibling(),
            gotoParent: () => cursor.gotoParent()
          }
    return copyWith(walk, tree.language.types, { source, point: pointFinder(source) }, named, withErrors)
  } finally {
    // The walk may have grown the cursor's stack: the JS cursor must free what it points at now.
    direct?.end()
    cursor.delete()
  }
}

function copyWith(
  walk: TreeWalk,
  types: readonly string[],
  file: CopiedFile,
  named: readonly boolean[],
  withErrors: boolean
): { root: CstNode; comments: CstNode[] } {
  const comments: CstNode[] = []
  const make = (): CstNode => {
    const typeId = walk.typeId()
    const node = new CstNode(file, types[typeId] ?? 'ERROR', named[typeId] ?? true, withErrors && walk.isMissing(), walk.startIndex(), walk.endIndex())
    if (node.type === 'comment') comments.push(node)
    return node
  }
  const adopt = (parent: CstNode, child: CstNode): void => {
    if (parent.children === NO_CHILDREN) parent.children = [child]
    else parent.children.push(child)
  }
  const root = make()
  const stack: CstNode[] = [root]
  for (;;) {
    if (walk.gotoFirstChild()) {
      const node = make()
      adopt(stack.at(-1) as CstNode, node)
      stack.push(node)
      continue
    }
    for (;;) {
      if (walk.gotoNextSibling()) {
        stack.pop()
        const node = make()
        adopt(stack.at(-1) as CstNode, node)
        stack.push(node)
        break
      }
      if (!walk.gotoParent()) return { root, comments }
      stack.pop()
    }
  }
}
