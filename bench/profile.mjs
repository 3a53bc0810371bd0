// Profiles one gate run with --cpu-prof and summarizes it: where the time goes by phase (inclusive
// time of the pipeline's functions) and the top functions by self time. This is how bench/RESULTS.md
// explains a missed target.
//   node bench/profile.mjs DIR [--dist dist] [--top 25]
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

// The pipeline's phases by the functions that run them (bundling keeps the names).
const PHASES = [
  ['list the files', 'list'],
  ['claim (read 4 KiB heads)', 'readHead'],
  ['ARM reader', 'readArmFiles'],
  ['  read + decode', 'readText'],
  ['  structure scan + JSON.parse', 'parseJsonDocument'],
  ['  evaluate + adapt to the model', 'readTemplate'],
  ['    locate (positions)', 'locate'],
  ['Bicep reader', 'readBicep'],
  ['Terraform: HCL parse + copy (tree-sitter)', 'parseHclFile'],
  ['Terraform: evaluate', 'evaluateRoot'],
  ['Kubernetes reader', 'readKubernetes'],
  ['  positioned YAML parse', 'parseYaml'],
  ['policy', 'evaluatePolicy'],
  ['JSON report: build', 'buildJsonReport'],
  ['JSON report: write', 'writeOutput']
]

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dist: { type: 'string', default: 'dist' }, top: { type: 'string', default: '25' } }
})
const root = resolve(import.meta.dirname, '..')
const dir = resolve(positionals[0] ?? '.')
const profiles = join(root, 'bench', 'out', 'profiles')
rmSync(profiles, { recursive: true, force: true })
mkdirSync(profiles, { recursive: true })
const cli = join(resolve(root, values.dist), 'cli.js')
const run = spawnSync(
  process.execPath,
  ['--cpu-prof', '--cpu-prof-dir', profiles, cli, 'scan', dir, '--format', 'json', '--output', join(profiles, 'report.json'), '--fail-on', 'never'],
  { encoding: 'utf8' }
)
if (run.status !== 0) throw new Error(run.stderr)
const file = readdirSync(profiles).find(name => name.endsWith('.cpuprofile'))
console.log(summarize(JSON.parse(readFileSync(join(profiles, file), 'utf8')), Number(values.top)))
console.log(`\nprofile: ${join('bench', 'out', 'profiles', file)} (open in Chrome DevTools or VS Code)`)

function summarize(profile, top) {
  const byId = new Map(profile.nodes.map(node => [node.id, node]))
  const parent = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const self = new Map()
  const inclusive = new Map()
  let total = 0
  for (let i = 0; i < profile.samples.length; i++) {
    const micros = profile.timeDeltas[i] ?? 0
    total += micros
    const leaf = byId.get(profile.samples[i]).callFrame
    const key = `${leaf.functionName || '(anonymous)'} ${leaf.url.split('/').slice(-2).join('/')}:${leaf.lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + micros)
    const seen = new Set()
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const name = byId.get(id).callFrame.functionName
      if (seen.has(name)) continue
      seen.add(name)
      inclusive.set(name, (inclusive.get(name) ?? 0) + micros)
    }
  }
  const ms = micros => `${(micros / 1000).toFixed(0).padStart(6)} ms`
  const lines = [`sampled ${ms(total).trim()} on the main thread`, '', 'by phase (inclusive; async continuations of a reader may be missed)']
  for (const [label, name] of PHASES) lines.push(`${ms(inclusive.get(name) ?? 0)}  ${label}`)
  lines.push(`${ms(self.get('(garbage collector) :0') ?? 0)}  garbage collection (all phases)`, '', `top ${top} functions by self time`)
  for (const [key, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    lines.push(`${ms(micros)}  ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${key}`)
  }
  return lines.join('\n')
}
