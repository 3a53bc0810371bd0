// Bundles the action and the CLI into dist/. Deterministic: the same sources give the same bytes.
import { build } from 'esbuild'
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'

const banner =
  "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);"

// Chunk names carry content hashes: clear the old ones, or dist/ collects every past build.
rmSync('dist/chunks', { recursive: true, force: true })

await build({
  // scan-worker: the entry of the scan's worker threads (src/scan/pool.ts starts it from next to the bundle).
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', post: 'src/post.ts', 'scan-worker': 'src/scan/scan-worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // jsonc-parser's UMD "main" cannot be bundled; its ESM "module" entry can.
  mainFields: ['module', 'main'],
  banner: { js: banner },
  loader: { '.yml': 'text' },
  legalComments: 'none',
  minify: false,
  sourcemap: false,
  logLevel: 'warning'
})

// The Terraform reader loads these two WebAssembly files at run time, from next to the bundle.
mkdirSync('dist/wasm', { recursive: true })
copyFileSync('node_modules/web-tree-sitter/web-tree-sitter.wasm', 'dist/wasm/web-tree-sitter.wasm')
copyFileSync(
  'node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
  'dist/wasm/tree-sitter-terraform.wasm'
)
