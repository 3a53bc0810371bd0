// The floor the gate is measured against: read every file the gate would read and run only the bare
// parser on it: JSON.parse, js-yaml's loadAll, the tree-sitter HCL parser (parseHcl), the Bicep
// tokenizer. Bundled by bench/run.mjs like the gate, so both pay for loading their code.
// With --hcl fast, .tf and .tfvars go through the gate's own fast HCL parser first and tree-sitter only
// for what it leaves (src/readers/terraform/hcl/fast-parser.ts), as the gate reads them: the second floor
// the bench reports for trees with Terraform, so that a faster parser is not counted as a faster gate.
// Usage: node bench/out/floor.mjs DIR [--hcl fast]   (prints the file count and what each parser saw)
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadAll } from 'js-yaml'
import { tokenizeBicep } from '../src/readers/bicep/tokenizer.js'
import { fastParseHcl } from '../src/readers/terraform/hcl/fast-parser.js'
import { parseHcl } from '../src/readers/terraform/hcl/parser.js'

// The folders the gate's workspace skips.
const SKIP = new Set(['.git', 'node_modules', '.terraform', '.venv', 'dist', 'bin', 'obj'])

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!SKIP.has(entry.name)) yield* files(path)
    } else if (entry.isFile()) yield path
  }
}

type Parse = (text: string) => unknown
const yaml: Parse = text => loadAll(text, null, { maxAliases: 100 })
const fastHcl = process.argv.slice(3).join(' ') === '--hcl fast'
const EMPTY_BODY = { attributes: new Map(), blocks: [] }
const hcl: Parse = fastHcl ? text => fastParseHcl(text, EMPTY_BODY) ?? parseHcl(text) : text => parseHcl(text)
const parsers: Record<string, Parse> = {
  json: text => JSON.parse(text) as unknown,
  yaml,
  yml: yaml,
  tf: hcl,
  tfvars: hcl,
  bicep: text => tokenizeBicep(text),
  bicepparam: text => tokenizeBicep(text)
}

const counts = new Map<string, number>()
for (const path of files(process.argv[2] ?? '.')) {
  const extension = path.slice(path.lastIndexOf('.') + 1)
  const parse = parsers[extension]
  const text = readFileSync(path, 'utf8')
  const parsed = parse?.(text)
  if (parsed instanceof Promise) await parsed
  counts.set(extension, (counts.get(extension) ?? 0) + 1)
}
console.log([...counts].map(([extension, count]) => `${count} .${extension}`).join(', '))
