import type { Tree } from 'web-tree-sitter'
import { LineIndex } from '../../../yaml/line-index.js'
import type { Position } from './ast.js'
import { startWasmWalk, type WasmCursorCalls } from './wasm-cursor.js'

/** A node of a copied tree: its index in the tree's arrays (the root is 0). */
export type CstNode = number

/** No node (no first child, no next sibling). */
const NONE = -1
/** Words per node in `CstTree.nodes`: type and flags, start, end, first child, next sibling. */
const STRIDE = 5
const NAMED = 1 << 16
const MISSING = 1 << 17
const TYPE_MASK = 0xffff

/**
 * A plain copy of tree-sitter's concrete tree, as numbers. Every property of a web-tree-sitter node is a
 * call into wasm: the tree is copied once with a cursor (a few calls per node) and converted from the
 * copy. The copy is one Int32Array per file (five words a node, children as first-child/next-sibling
 * links) rather than an object and a children array per node: on the 2,204 `.tf` files of the mixed
 * bench tree (482,000 nodes) the objects were 75 MB of the scan's allocations. Node accessors take the
 * node's index; the child lists the converters ask for are built on demand (short-lived arrays).
 */
export class CstTree {
  readonly lines: LineIndex
  private readonly commentTypes: Uint8Array

  constructor(
    readonly source: string,
    private readonly types: readonly string[],
    private readonly nodes: Int32Array,
    readonly count: number,
    readonly comments: readonly CstNode[]
  ) {
    this.lines = new LineIndex(source)
    this.commentTypes = commentTypesOf(types)
  }

  type(node: CstNode): string {
    return this.types[(this.nodes[node * STRIDE] as number) & TYPE_MASK] ?? 'ERROR'
  }

  isNamed(node: CstNode): boolean {
    return ((this.nodes[node * STRIDE] as number) & NAMED) !== 0
  }

  /** A node the parser inserted (always false in a tree without errors: it is not asked then). */
  isMissing(node: CstNode): boolean {
    return ((this.nodes[node * STRIDE] as number) & MISSING) !== 0
  }

  /** Start and end offsets (UTF-16 code units). */
  startIndex(node: CstNode): number {
    return this.nodes[node * STRIDE + 1] as number
  }

  endIndex(node: CstNode): number {
    return this.nodes[node * STRIDE + 2] as number
  }

  text(node: CstNode): string {
    return this.source.slice(this.startIndex(node), this.endIndex(node))
  }

  /** 1-based line and column where the node starts / ends. */
  position(node: CstNode): Position {
    return this.lines.lineAndColumn(this.startIndex(node))
  }

  endPosition(node: CstNode): Position {
    return this.lines.lineAndColumn(this.endIndex(node))
  }

  /** Every child, comments included. */
  children(node: CstNode): CstNode[] {
    const children: CstNode[] = []
    for (let child = this.firstChild(node); child !== NONE; child = this.nextSibling(child)) children.push(child)
    return children
  }

  /** Children without comments (comments are extras and may appear anywhere). */
  childrenOf(node: CstNode): CstNode[] {
    const children: CstNode[] = []
    for (let child = this.firstChild(node); child !== NONE; child = this.nextSibling(child)) {
      if (!this.isComment(child)) children.push(child)
    }
    return children
  }

  /** Named children without comments. */
  namedChildrenOf(node: CstNode): CstNode[] {
    const children: CstNode[] = []
    for (let child = this.firstChild(node); child !== NONE; child = this.nextSibling(child)) {
      if (this.isNamed(child) && !this.isComment(child)) children.push(child)
    }
    return children
  }

  /** The first named child that is not a comment. */
  firstNamedChild(node: CstNode): CstNode | undefined {
    for (let child = this.firstChild(node); child !== NONE; child = this.nextSibling(child)) {
      if (this.isNamed(child) && !this.isComment(child)) return child
    }
    return undefined
  }

  private isComment(node: CstNode): boolean {
    return this.commentTypes[(this.nodes[node * STRIDE] as number) & TYPE_MASK] === 1
  }

  private firstChild(node: CstNode): CstNode {
    return this.nodes[node * STRIDE + 3] as number
  }

  private nextSibling(node: CstNode): CstNode {
    return this.nodes[node * STRIDE + 4] as number
  }
}

const commentTypeCache = new WeakMap<readonly string[], Uint8Array>()

/** By type id, 1 for the types named `comment` (a grammar may give one name several ids). */
function commentTypesOf(types: readonly string[]): Uint8Array {
  let known = commentTypeCache.get(types)
  if (known === undefined) {
    known = new Uint8Array(TYPE_MASK + 1)
    types.forEach((type, id) => {
      if (type === 'comment' && id <= TYPE_MASK) (known as Uint8Array)[id] = 1
    })
    commentTypeCache.set(types, known)
  }
  return known
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
export function copyTree(tree: Tree, source: string, named: readonly boolean[], calls?: WasmCursorCalls): CstTree {
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
    return copyWith(walk, tree.language.types, source, named, withErrors)
  } finally {
    // The walk may have grown the cursor's stack: the JS cursor must free what it points at now.
    direct?.end()
    cursor.delete()
  }
}

function copyWith(walk: TreeWalk, types: readonly string[], source: string, named: readonly boolean[], withErrors: boolean): CstTree {
  const commentTypes = commentTypesOf(types)
  const comments: CstNode[] = []
  // About one node per three characters of configuration; grown by doubling when a file has more.
  let nodes = new Int32Array(STRIDE * Math.max(64, (source.length >> 2) + 16))
  let count = 0
  const make = (): CstNode => {
    if ((count + 1) * STRIDE > nodes.length) {
      const grown = new Int32Array(nodes.length * 2)
      grown.set(nodes)
      nodes = grown
    }
    const node = count++
    const typeId = walk.typeId()
    const at = node * STRIDE
    nodes[at] = (typeId & TYPE_MASK) | ((named[typeId] ?? true) ? NAMED : 0) | (withErrors && walk.isMissing() ? MISSING : 0)
    nodes[at + 1] = walk.startIndex()
    nodes[at + 2] = walk.endIndex()
    nodes[at + 3] = NONE
    nodes[at + 4] = NONE
    if (commentTypes[typeId & TYPE_MASK] === 1) comments.push(node)
    return node
  }
  // The open nodes from the root down, and the last child each has so far (for the sibling links).
  const stack: CstNode[] = [make()]
  const lastChild: CstNode[] = [NONE]
  const adopt = (child: CstNode): void => {
    const depth = stack.length - 1
    const previous = lastChild[depth] as number
    if (previous === NONE) nodes[(stack[depth] as number) * STRIDE + 3] = child
    else nodes[previous * STRIDE + 4] = child
    lastChild[depth] = child
    stack.push(child)
    lastChild.push(NONE)
  }
  for (;;) {
    if (walk.gotoFirstChild()) {
      adopt(make())
      continue
    }
    for (;;) {
      if (walk.gotoNextSibling()) {
        stack.pop()
        lastChild.pop()
        adopt(make())
        break
      }
      if (!walk.gotoParent()) return new CstTree(source, types, nodes, count, comments)
      stack.pop()
      lastChild.pop()
    }
  }
}
