// npm run bench: the gate against the floor (read every file + the bare parser) at three sizes, a
// stand-in for a large public samples tree (bench/quickstarts.mjs, 4,000 files) and one for a Kubernetes
// provider repository (bench/operator.mjs, 2,000 files: CRDs beside examples), cold start against
// bare node (bench/cold-start.mjs), and a peer (Spectral) on the same ARM files. Ratios are measured
// in one run on one machine; nothing here is asserted by a unit test.
// The ARM trees are also scanned at growing sizes for peak memory alone (bench/memory-growth.mjs).
//   node bench/run.mjs [--sizes 100,1000,10000] [--mix arm,all,quickstarts,operator] [--quickstarts-files 4000] [--operator-files 2000]
//                      [--growth-sizes 10000,20000,40000] [--no-growth] [--no-peer] [--runs N] [--cold-runs N] [--dist DIR]
import { build } from 'esbuild'
import { cpus, loadavg, totalmem } from 'node:os'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { measureColdStart, printColdStart } from './cold-start.mjs'
import { generate } from './generate.mjs'
import { measureMemoryGrowth, printMemoryGrowth } from './memory-growth.mjs'
import { measure, measureInTurns } from './measure.mjs'
import { ensureSpectral, spectralArgs } from './peer.mjs'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    mix: { type: 'string', default: 'arm,all,quickstarts,operator' },
    'quickstarts-files': { type: 'string', default: '4000' },
    'operator-files': { type: 'string', default: '2000' },
    'cold-runs': { type: 'string', default: '15' },
    'growth-sizes': { type: 'string', default: '10000,20000,40000' },
    growth: { type: 'boolean', default: true },
    peer: { type: 'boolean', default: true },
    runs: { type: 'string', default: '3' },
    dist: { type: 'string', default: 'dist' }
  },
  allowNegative: true
})
const root = resolve(import.meta.dirname, '..')
const out = join(root, 'bench', 'out')
const dist = resolve(root, values.dist)
const cli = join(dist, 'cli.js')
const sizes = values.sizes.split(',').map(Number)
const mixes = values.mix.split(',')
const runs = Number(values.runs)
if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`node esbuild.config.mjs\` first`)
mkdirSync(out, { recursive: true })

// The floor uses the project's own bare parsers (JSON.parse, js-yaml, tree-sitter HCL, the Bicep
// tokenizer), bundled like the gate so both pay the same module-loading cost.
await build({
  entryPoints: [join(root, 'bench', 'floor.ts')],
  outfile: join(out, 'floor.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning'
})

const node = process.execPath
const load = loadavg().map(value => value.toFixed(2)).join(' ')
const results = {
  machine: `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${process.platform}`,
  date: new Date().toISOString().slice(0, 10),
  loadAverageAtStart: load,
  runs,
  scans: [],
  coldStart: {},
  memoryGrowth: [],
  peer: []
}
console.log(`machine: ${results.machine}\ndate: ${results.date}, load average at start: ${load}, median of ${runs} runs (floor and gate in turns)`)

const MIX_TITLES = {
  arm: 'ARM templates only: the gate against reading + JSON.parse of the same files',
  all: 'Mixed repository (ARM, Bicep with modules, Terraform folders, Kubernetes multi-document YAML): the gate against reading + the bare parser of each file',
  operator:
    'A Kubernetes provider repository (bench/operator.mjs, a Crossplane provider\'s shape: CustomResourceDefinitions of 60-250 KB beside examples that share a label, Go sources, docs): the gate against reading + the bare parser',
  quickstarts:
    "A large public samples tree (bench/quickstarts.mjs, the quickstart templates' shape: a folder per sample with README, metadata, template, parameters, Bicep, prereqs, nested and linked templates, scripts, images; about one sample in five with a VM): the gate against reading + the bare parser"
}
const HEADER =
  'files   MiB    floor s  gate s  gate/floor   floor CPU s  gate CPU s  CPU ratio   floor RSS  gate RSS   gate ms/file'

for (const mix of mixes) {
  console.log(`\n${MIX_TITLES[mix] ?? mix}`)
  console.log(HEADER)
  const rows = []
  // The stand-ins for real trees have one size each (the samples tree's is the real one's, about 4,000
  // files); the synthetic mixes three.
  const single = { quickstarts: values['quickstarts-files'], operator: values['operator-files'] }[mix]
  for (const size of single !== undefined ? [Number(single)] : sizes) {
    const dir = join(out, `${mix}-${size}`)
    rmSync(dir, { recursive: true, force: true })
    const generated = generate(dir, size, { mix })
    const report = join(out, `report-${mix}-${size}.json`)
    // A tree with Terraform gets a second floor: the gate reads most .tf files with its own fast HCL
    // parser, so the floor with tree-sitter alone would flatter it (bench/floor.ts --hcl fast).
    const withTerraform = mix === 'all'
    const [floor, gate, fastHclFloor] = measureInTurns(
      [
        { command: node, args: [join(out, 'floor.mjs'), dir] },
        { command: node, args: [cli, 'scan', dir, '--format', 'json', '--output', report, '--fail-on', 'never'] },
        ...(withTerraform ? [{ command: node, args: [join(out, 'floor.mjs'), dir, '--hcl', 'fast'] }] : [])
      ],
      { runs }
    )
    if (gate.status !== 0) throw new Error(`gate failed on ${dir}: ${gate.stderr.slice(-2000)}`)
    if (floor.status !== 0) throw new Error(`floor failed on ${dir}: ${floor.stderr.slice(-2000)}`)
    const written = JSON.parse(readFileSync(report, 'utf8'))
    // parseErrors also carries located notices (e.g. "built by bicep ... read as ARM JSON"): counted apart.
    const notices = written.parseErrors.filter(error => error.severity === 'notice').length
    const summary = { ...written.summary, parseErrors: written.parseErrors.length - notices, readNotices: notices }
    const row = {
      mix,
      files: generated.files,
      mib: generated.bytes / 1048576,
      floor: floor.seconds,
      gate: gate.seconds,
      floorCpu: floor.cpuSeconds,
      gateCpu: gate.cpuSeconds,
      floorRss: floor.rssMiB,
      ...(fastHclFloor ? { fastHclFloor: fastHclFloor.seconds, fastHclFloorCpu: fastHclFloor.cpuSeconds } : {}),
      gateRss: gate.rssMiB,
      parsed: floor.stdout.trim(),
      summary
    }
    rows.push(row)
    results.scans.push(row)
    console.log(
      [
        String(row.files).padEnd(7),
        row.mib.toFixed(1).padStart(5),
        row.floor.toFixed(2).padStart(8),
        row.gate.toFixed(2).padStart(7),
        `${(row.gate / row.floor).toFixed(2)}×`.padStart(10),
        row.floorCpu.toFixed(2).padStart(12),
        row.gateCpu.toFixed(2).padStart(11),
        `${(row.gateCpu / row.floorCpu).toFixed(2)}×`.padStart(10),
        `${row.floorRss.toFixed(0)} MB`.padStart(10),
        `${row.gateRss.toFixed(0)} MB`.padStart(9),
        ((row.gate * 1000) / row.files).toFixed(3).padStart(14)
      ].join(' ')
    )
  }
  for (const row of rows) console.log(`  ${row.files} files: ${row.parsed}; ${describeSummary(row.summary)}`)
  for (const row of rows.filter(row => row.fastHclFloor !== undefined))
    console.log(
      `  ${row.files} files, floor with the gate's own HCL parser (fast path, tree-sitter for the rest): ` +
        `${row.fastHclFloor.toFixed(2)} s, ${row.fastHclFloorCpu.toFixed(2)} s CPU; gate/that floor ${(row.gate / row.fastHclFloor).toFixed(2)}×`
    )
  // Per-file cost between consecutive sizes: start-up is paid once, so this is what must stay flat.
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]]
    const marginal = ((b.gate - a.gate) * 1000) / (b.files - a.files)
    console.log(`  time per added file from ${a.files} to ${b.files} files: ${marginal.toFixed(3)} ms`)
  }
}

// Peak memory at growing sizes: the target is a ceiling at every size, not at one.
const growthTargets = []
if (values.growth && mixes.includes('arm')) {
  results.memoryGrowth = measureMemoryGrowth({ node, cli, out, sizes: values['growth-sizes'].split(',').map(Number) })
  growthTargets.push(...printMemoryGrowth(results.memoryGrowth, verdict))
}

// Cold start: the action and the CLI on a one-file repository, against `node -e 0`.
const coldRuns = Number(values['cold-runs'])
const cold = measureColdStart({ dist, out: join(out, 'cold-start'), runs: coldRuns })
results.coldStart = { runs: coldRuns, rows: cold }
const coldExtra = printColdStart(cold, coldRuns)

if (values.peer && mixes.includes('arm')) {
  const spectral = ensureSpectral(out)
  console.log('\nPeer: Spectral with a one-rule ruleset checking the same ARM condition (bench/peer/.spectral.yaml), same files')
  console.log('files   gate s   spectral s   spectral/gate   spectral RSS   spectral results   gate: affected VMs')
  for (const size of sizes) {
    const dir = join(out, `arm-${size}`)
    const gate = results.scans.find(row => row.mix === 'arm' && row.files === size)
    if (gate === undefined) continue
    const reportFile = join(out, `spectral-${size}.json`)
    const peer = measure(node, [spectral, ...spectralArgs(dir, reportFile)], { runs: 1 })
    // Exit status 1 means "results found"; anything else (or no report) is a failed run, not a time.
    if (peer.status !== 0 && peer.status !== 1) throw new Error(`spectral failed on ${dir}: ${peer.stderr.slice(-2000)}`)
    const found = JSON.parse(readFileSync(reportFile, 'utf8')).length
    // Spectral sees no reboot plans: its results are the gate's affected VMs, with a plan or without.
    const affected = Object.entries(gate.summary.verdicts ?? {})
      .filter(([verdict]) => verdict.startsWith('affected-'))
      .reduce((sum, [, count]) => sum + count, 0)
    results.peer.push({ files: size, gate: gate.gate, spectral: peer.seconds, spectralRss: peer.rssMiB, results: found, gateAffected: affected })
    console.log(
      `${String(size).padEnd(7)} ${gate.gate.toFixed(2).padStart(6)}   ${peer.seconds.toFixed(2).padStart(10)}   ${`${(peer.seconds / gate.gate).toFixed(1)}×`.padStart(13)}   ${`${peer.rssMiB.toFixed(0)} MB`.padStart(12)}   ${String(found).padStart(16)}   ${String(affected).padStart(18)}`
    )
  }
}

// The issue's targets, checked on this run's numbers.
console.log('\nTargets')
const largest = Math.max(...sizes)
for (const row of results.scans.filter(scan => scan.files === largest || scan.mix === 'quickstarts')) {
  console.log(`  ${row.mix} ${row.files} files: gate/floor ${(row.gate / row.floor).toFixed(2)}× (target ≤ 2×) ${verdict(row.gate / row.floor <= 2)}`)
  if (row.fastHclFloor !== undefined) {
    const ratio = row.gate / row.fastHclFloor
    console.log(`  ${row.mix} ${row.files} files: gate/floor with the gate's own HCL parser ${ratio.toFixed(2)}× (target ≤ 2×) ${verdict(ratio <= 2)}`)
  }
  console.log(`  ${row.mix} ${row.files} files: gate peak RSS ${row.gateRss.toFixed(0)} MB (target ≤ 150 MB) ${verdict(row.gateRss <= 150)}`)
}
for (const line of growthTargets) console.log(line)
for (const { name, extraSeconds, extraCpuMs } of coldExtra) {
  console.log(
    `  cold start ${name}: +${ms(extraSeconds)} wall (+${extraCpuMs.toFixed(0)} ms CPU) over bare node (target ≤ 150 ms) ${verdict(extraSeconds <= 0.15)}`
  )
}
const peerLargest = results.peer.find(peer => peer.files === largest)
if (peerLargest) {
  const ratio = peerLargest.spectral / peerLargest.gate
  console.log(`  Spectral on ${largest} ARM files: ${ratio.toFixed(1)}× the gate's time (target ≥ 20×) ${verdict(ratio >= 20)}`)
}

writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2))
console.log(`\nwrote ${join('bench', 'out', 'results.json')}`)

function ms(seconds) {
  return `${Math.round(seconds * 1000)} ms`
}

function verdict(met) {
  return met ? 'met' : 'MISSED'
}

function describeSummary(summary) {
  const verdicts = Object.entries(summary.verdicts ?? {})
    .filter(([, count]) => count > 0)
    .map(([name, count]) => `${count} ${name}`)
    .join(', ')
  return `gate: ${summary.resources ?? '?'} VMs (${verdicts}), ${summary.parseErrors ?? 0} parse errors, ${summary.readNotices ?? 0} reader notices`
}
