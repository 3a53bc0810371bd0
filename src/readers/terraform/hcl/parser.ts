import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { Parser } from 'web-tree-sitter'
import { wasmCursorCalls, type WasmCursorCalls } from './wasm-cursor.js'

const RUNTIME_WASM = 'web-tree-sitter.wasm'
const GRAMMAR_WASM = 'tree-sitter-terraform.wasm'

/**
 * Where a wasm file is: next to the bundle (`dist/wasm/`, seen from `dist/*.js` or
 * `dist/chunks/*.js`), else in node_modules (tests run from the TypeScript sources).
 */
function locateWasm(name: string, packagePath: string): string {
  for (const relative of [`./wasm/${name}`, `../wasm/${name}`]) {
    const candidate = fileURLToPath(new URL(relative, import.meta.url))
    if (existsSync(candidate)) return candidate
  }
  return createRequire(import.meta.url).resolve(packagePath)
}

/** The parser and, by node type id, whether the type is named (so copying a tree needs no extra calls). */
export interface HclParser {
  readonly parser: Parser
  readonly named: readonly boolean[]
  /** Direct cursor calls into the binding (wasm-cursor.ts), when it has them. */
  readonly cursor?: WasmCursorCalls
}

let loading: Promise<HclParser> | undefined

/**
 * The shared parser, created once on first use: only scans that contain Terraform load tree-sitter
 * (its module is imported here, not at start-up, so the CLI and the action start without it).
 */
export function hclParser(): Promise<HclParser> {
  loading ??= (async () => {
    const { Language, Parser } = await import('web-tree-sitter')
    const runtime = locateWasm(RUNTIME_WASM, `web-tree-sitter/${RUNTIME_WASM}`)
    // The binding turns this object into its Emscripten module: the direct cursor calls are found on it.
    const binding: Record<string, unknown> = { locateFile: () => runtime }
    await Parser.init(binding)
    const language = await Language.load(locateWasm(GRAMMAR_WASM, `@tree-sitter-grammars/tree-sitter-hcl/${GRAMMAR_WASM}`))
    const parser = new Parser()
    parser.setLanguage(language)
    const named = Array.from({ length: language.nodeTypeCount }, (_, id) => language.nodeTypeIsNamed(id))
    const cursor = wasmCursorCalls(binding)
    return { parser, named, ...(cursor && { cursor }) }
  })()
  // A failed load (missing wasm) is reported by the caller; the next scan may try again.
  loading.catch(() => (loading = undefined))
  return loading
}

/**
 * Parses HCL text with tree-sitter and nothing else (the benchmark's floor for the Terraform
 * reader). Resolves to whether the text is free of syntax errors.
 */
export async function parseHcl(text: string): Promise<boolean> {
  const { parser } = await hclParser()
  const tree = parser.parse(text)
  if (!tree) return false
  try {
    return !tree.rootNode.hasError
  } finally {
    tree.delete()
  }
}
