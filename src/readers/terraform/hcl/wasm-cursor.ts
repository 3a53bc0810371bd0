import type { Tree } from 'web-tree-sitter'

/**
 * A tree walk that calls web-tree-sitter's wasm cursor functions directly. Each TreeCursor method of the
 * JS binding first copies the cursor's four words into the binding's transfer buffer (four `setValue`
 * calls, each a string test and a DataView store) and a move copies them back: on the 2,204 `.tf` files
 * of the mixed bench tree (482,000 nodes) that marshalling was most of the 260 ms the copy took. The wasm
 * functions read the cursor from the transfer buffer and a move writes it back there, so a walk that
 * makes no other call into the binding can leave it there: one copy in, one copy out (~110 ms).
 *
 * It relies on the binding's internals (web-tree-sitter 0.27: the module object `Parser.init` is given
 * becomes the Emscripten module, the cursor's `handles`, the tree's address at `[0]`); `wasmCursorCalls`
 * checks each and gives undefined when one is missing, and the copy then walks with the public API.
 */
export interface WasmCursorCalls {
  /** The cursor's node: type id, start and end (UTF-16 code units), whether the parser inserted it. */
  readonly typeId: (tree: number) => number
  readonly startIndex: (tree: number) => number
  readonly endIndex: (tree: number) => number
  readonly isMissing: (tree: number) => number
  /** Moves: 1 when the cursor moved. */
  readonly gotoFirstChild: (tree: number) => number
  readonly gotoNextSibling: (tree: number) => number
  readonly gotoParent: (tree: number) => number
  /** The transfer buffer's address and a view of the wasm memory (replaced when the memory grows). */
  readonly transfer: number
  readonly view: () => DataView
}

type WasmFunction = (...args: number[]) => number

const CURSOR_FUNCTIONS = {
  typeId: '_ts_tree_cursor_current_node_type_id_wasm',
  startIndex: '_ts_tree_cursor_start_index_wasm',
  endIndex: '_ts_tree_cursor_end_index_wasm',
  isMissing: '_ts_tree_cursor_current_node_is_missing_wasm',
  gotoFirstChild: '_ts_tree_cursor_goto_first_child_wasm',
  gotoNextSibling: '_ts_tree_cursor_goto_next_sibling_wasm',
  gotoParent: '_ts_tree_cursor_goto_parent_wasm'
} as const

/** The direct calls of an initialised binding module (the object given to `Parser.init`), if it has them all. */
export function wasmCursorCalls(module: Record<string, unknown>): WasmCursorCalls | undefined {
  const init = module['_ts_init']
  if (typeof init !== 'function' || !(module['HEAP_DATA_VIEW'] instanceof DataView)) return undefined
  const calls: Partial<Record<keyof typeof CURSOR_FUNCTIONS, WasmFunction>> = {}
  for (const [key, name] of Object.entries(CURSOR_FUNCTIONS) as [keyof typeof CURSOR_FUNCTIONS, string][]) {
    const call = module[name]
    if (typeof call !== 'function') return undefined
    calls[key] = call as WasmFunction
  }
  const { typeId, startIndex, endIndex, isMissing, gotoFirstChild, gotoNextSibling, gotoParent } = calls
  if (!typeId || !startIndex || !endIndex || !isMissing || !gotoFirstChild || !gotoNextSibling || !gotoParent) return undefined
  // `ts_init` only writes the language versions into the transfer buffer and returns its (fixed) address.
  const transfer = (init as WasmFunction)()
  return { typeId, startIndex, endIndex, isMissing, gotoFirstChild, gotoNextSibling, gotoParent, transfer, view: () => module['HEAP_DATA_VIEW'] as DataView }
}

/** The cursor state a walk moves in the transfer buffer, and the tree's address the calls take. */
export interface WasmWalk {
  readonly tree: number
  /** Writes the moved cursor back into the JS cursor (so that deleting it frees what the walk allocated). */
  readonly end: () => void
}

/**
 * Starts a direct walk at the cursor's node: its state goes into the transfer buffer. Undefined when the
 * cursor or the tree does not look as expected (walk with the public API then).
 */
export function startWasmWalk(calls: WasmCursorCalls, tree: Tree, cursor: object): WasmWalk | undefined {
  const address = (tree as unknown as Record<number, unknown>)[0]
  const handles = (cursor as { readonly handles?: unknown }).handles
  if (typeof address !== 'number' || !Array.isArray(handles) || handles.length !== 4) return undefined
  const words = handles as number[]
  const view = calls.view()
  for (let i = 0; i < 4; i++) view.setInt32(calls.transfer + 4 * i, words[i] as number, true)
  return {
    tree: address,
    end: () => {
      const after = calls.view()
      for (let i = 0; i < 4; i++) words[i] = after.getInt32(calls.transfer + 4 * i, true)
    }
  }
}
