// Bundles the action and the CLI into dist/. Deterministic: the same sources give the same bytes.
//   node esbuild.config.mjs [--outdir DIR] [--metafile FILE]
// --metafile writes esbuild's account of every output's inputs and imports (for
// __tests__/ship/bundle-graph.test.ts: what each entry point loads at start).
import { build } from 'esbuild'
import { load } from 'js-yaml'
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { isDeepStrictEqual, parseArgs } from 'node:util'

const banner =
  "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);"

/**
 * @actions/core imports its OIDC client (for `getIDToken`, which this project never calls) at the top
 * of core.js, and with it @actions/http-client, which evaluates undici (770 KB) on every start. This
 * plugin puts a stand-in there whose `getIDToken` imports the real client on first use: the bundle
 * keeps the same behaviour, and the HTTP stack moves to a chunk of its own that no start loads.
 */
const lazyOidcClient = {
  name: 'lazy-actions-core-oidc',
  setup(build) {
    build.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, args =>
      /[\\/]node_modules[\\/]@actions[\\/]core[\\/]lib[\\/]core\.js$/.test(args.importer)
        ? { path: resolve(args.resolveDir, 'oidc-utils.js'), namespace: 'lazy-oidc' }
        : undefined
    )
    build.onLoad({ filter: /.*/, namespace: 'lazy-oidc' }, args => ({
      contents: `export class OidcClient {
  static async getIDToken(audience) {
    const { OidcClient: Client } = await import(${JSON.stringify(args.path)})
    return Client.getIDToken(audience)
  }
}
`,
      resolveDir: dirname(args.path),
      loader: 'js'
    }))
  }
}

/**
 * The readers the registry imports on first use (src/readers/lazy-reader.ts) share code with the readers a
 * scan loads at start (model, workspace, shared reader code). esbuild gives every set of entry points that
 * reach a module a chunk of its own, so those shared modules came out as ~16 small chunks that every start
 * loads one by one. Each lazily imported reader here also imports the registry (already loaded when a reader
 * is imported: the import adds nothing at run time), so the start's reader code is reached by the same
 * entries and stays in one chunk.
 */
const LAZY_READERS = /[\\/]src[\\/]readers[\\/](?:bicep[\\/]bicep|kubernetes[\\/]kubernetes|pulumi[\\/]pulumi|terraform[\\/]terraform|terraform[\\/]plan[\\/]terraform-plan)-reader\.ts$/
const lazyReadersBesideTheRegistry = {
  name: 'lazy-readers-beside-the-registry',
  setup(build) {
    build.onLoad({ filter: LAZY_READERS }, args => ({
      contents: `${readFileSync(args.path, 'utf8')}\nimport ${JSON.stringify(resolve('src/readers/registry.ts'))}\n`,
      resolveDir: dirname(args.path),
      loader: 'ts'
    }))
  }
}

const { values: options } = parseArgs({
  options: { outdir: { type: 'string', default: 'dist' }, metafile: { type: 'string' } }
})
const outdir = options.outdir

/**
 * The shipped advisories (src/policy/advisories/*.yml) are parsed here, at build time, and their data
 * registered with their text (src/policy/read-advisory.ts): a start then reads JSON instead of running
 * js-yaml's first, unoptimized parse (5-20 ms). The module's default export is still the text, as the
 * `text` loader (and the tests' yml transform) give. A YAML value JSON cannot carry fails the build.
 */
const prebuiltAdvisories = {
  name: 'prebuilt-advisories',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]policy[\\/]advisories[\\/][^\\/]+\.yml$/ }, args => {
      const text = readFileSync(args.path, 'utf8')
      const data = load(text, { filename: relative(process.cwd(), args.path), maxAliases: 0 })
      const json = JSON.stringify(data)
      if (!isDeepStrictEqual(JSON.parse(json), data)) throw new Error(`${args.path}: its data does not survive JSON`)
      const register = resolve('src/policy/read-advisory.ts')
      return {
        contents: `import { registerShippedAdvisory } from ${JSON.stringify(register)}
const text = ${JSON.stringify(text)}
registerShippedAdvisory(text, ${JSON.stringify(json)})
export default text
`,
        resolveDir: dirname(args.path),
        loader: 'js'
      }
    })
  }
}

// Chunk names carry content hashes: clear the old ones, or dist/ collects every past build.
rmSync(join(outdir, 'chunks'), { recursive: true, force: true })

const { metafile } = await build({
  // scan-worker: the entry of the scan's worker threads (src/scan/pool.ts starts it from next to the bundle).
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', post: 'src/post.ts', 'scan-worker': 'src/scan/scan-worker.ts' },
  outdir,
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
  logLevel: 'warning',
  plugins: [lazyOidcClient, prebuiltAdvisories, lazyReadersBesideTheRegistry],
  metafile: options.metafile !== undefined
})
if (options.metafile !== undefined) writeFileSync(options.metafile, JSON.stringify(metafile, null, 1))

// The Terraform reader loads these two WebAssembly files at run time, from next to the bundle.
mkdirSync(join(outdir, 'wasm'), { recursive: true })
copyFileSync('node_modules/web-tree-sitter/web-tree-sitter.wasm', join(outdir, 'wasm/web-tree-sitter.wasm'))
copyFileSync(
  'node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
  join(outdir, 'wasm/tree-sitter-terraform.wasm')
)
