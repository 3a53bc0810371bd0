import type { CstNode as Node, CstTree } from './cst.js'
import type { Position } from './ast.js'

/**
 * Nesting deeper than this (in tree-sitter nodes) is not converted: a hostile file with 100,000
 * nested brackets gives a located error instead of a stack overflow. Real configurations stay far
 * below it (the deepest `merge()` bodies seen are ~150 nodes).
 */
export const MAX_NODE_DEPTH = 1000

/** State shared by the converters while one file is converted: its copied tree, and the nesting. */
export class ConvertContext {
  depth = 0
  /** Where conversion first gave up because of nesting depth. */
  tooDeep: Position | undefined
  readonly source: string

  constructor(readonly tree: CstTree) {
    this.source = tree.source
  }

  /**
   * Enters one level of nesting: true when the caller may convert `node` (and must call `leave()` after),
   * false at the depth limit (the first such place is kept in `tooDeep`). A pair of calls rather than a
   * callback: conversion runs for every expression node, and two closures per node were a tenth of the
   * converter's allocations.
   */
  enter(node: Node): boolean {
    if (this.depth >= MAX_NODE_DEPTH) {
      this.tooDeep ??= this.tree.position(node)
      return false
    }
    this.depth++
    return true
  }

  leave(): void {
    this.depth--
  }
}

/** Where a tree-sitter node starts, 1-based. */
export const positionOf = (node: { readonly startPosition: { readonly row: number; readonly column: number } }): Position => ({
  line: node.startPosition.row + 1,
  column: node.startPosition.column + 1
})
