// Cold start: the action (dist/index.js) and the CLI (dist/cli.js) on a one-file repository, against
// `node -e 0`, in turns. Wall time moves with the machine's load; CPU time (perf's task-clock, in
// ms, when perf is installed; else user + system from /usr/bin/time, in 10 ms steps) much less.
//   node bench/cold-start.mjs [--dist dist] [--runs 15]
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import { generate } from './generate.mjs'
import { runOnce } from './measure.mjs'

const hasPerf = spawnSync('perf', ['stat', '-x,', '-e', 'task-clock', 'true'], { encoding: 'utf8' }).status === 0

/** One run: wall seconds and CPU milliseconds (task-clock), or undefined CPU when perf cannot say. */
function runTimed(command, args, env) {
  if (!hasPerf) {
    const run = runOnce(command, args, { env })
    return { ...run, cpuMs: run.cpuSeconds * 1000 }
  }
  const started = process.hrtime.bigint()
  const result = spawnSync('perf', ['stat', '-x,', '-e', 'task-clock', command, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const line = result.stderr.trim().split('\n').findLast(text => text.includes('task-clock')) ?? ''
  return { seconds, cpuMs: Number(line.split(',')[0]), status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/**
 * Medians over `runs` rounds of: bare node, the CLI (scan, JSON to stdout), the action on a push
 * (`comment: none`, `scope: all`: no GitHub talk) and the action on a pull request without a token
 * (it reads the event and still talks to no one).
 */
export function measureColdStart({ dist, out, runs = 15 }) {
  const one = join(out, 'one-file')
  rmSync(one, { recursive: true, force: true })
  generate(one, 1, { mix: 'arm' })
  mkdirSync(out, { recursive: true })
  // The same repository with a policy configuration file where the action looks for one: it is read and validated.
  const configured = join(out, 'one-file-configured')
  rmSync(configured, { recursive: true, force: true })
  generate(configured, 1, { mix: 'arm' })
  mkdirSync(join(configured, '.github'), { recursive: true })
  writeFileSync(join(configured, '.github', 'hotpatch-reboot-gate.yml'), CONFIGURATION)
  const summaryFile = join(out, 'step-summary.md')
  const outputFile = join(out, 'step-output.txt')
  const eventFile = join(out, 'pull-request-event.json')
  writeFileSync(eventFile, JSON.stringify(pullRequestEvent))
  const actionEnv = {
    GITHUB_WORKSPACE: one,
    'INPUT_FAIL-ON': 'never',
    INPUT_COMMENT: 'none',
    INPUT_SCOPE: 'all',
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: out,
    GITHUB_EVENT_NAME: 'push'
  }
  const node = process.execPath
  const commands = [
    { name: 'node -e 0', args: ['-e', '0'] },
    { name: 'dist/cli.js', args: [join(dist, 'cli.js'), 'scan', one, '--format', 'json', '--fail-on', 'never'] },
    { name: 'dist/index.js', args: [join(dist, 'index.js')], env: actionEnv },
    {
      name: 'dist/index.js, pull request, no token',
      args: [join(dist, 'index.js')],
      env: { ...actionEnv, INPUT_COMMENT: 'both', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile }
    },
    { name: 'dist/index.js, with a configuration file', args: [join(dist, 'index.js')], env: { ...actionEnv, GITHUB_WORKSPACE: configured } }
  ]
  const samples = commands.map(() => [])
  for (let run = 0; run < runs; run++) {
    commands.forEach(({ args, env }, i) => {
      writeFileSync(summaryFile, '')
      writeFileSync(outputFile, '')
      samples[i].push(runTimed(node, args, env))
    })
  }
  return commands.map(({ name }, i) => {
    const failed = samples[i].find(sample => sample.status !== 0)
    if (failed) throw new Error(`${name} failed: ${failed.stdout.slice(-1000)}${failed.stderr.slice(-1000)}`)
    return {
      name,
      seconds: median(samples[i].map(sample => sample.seconds)),
      cpuMs: median(samples[i].map(sample => sample.cpuMs))
    }
  })
}

/** Prints the figures; returns the extra wall and CPU time of each entry point over bare node. */
export function printColdStart(rows, runs) {
  const [bare, ...entries] = rows
  const ms = seconds => `${Math.round(seconds * 1000)} ms`
  console.log(`\nCold start on a one-file repository (median of ${runs}, in turns; CPU: ${hasPerf ? "perf's task-clock" : 'user + system'})`)
  console.log(`  ${bare.name.padEnd(40)} ${ms(bare.seconds).padStart(7)} wall  ${`${bare.cpuMs.toFixed(0)} ms`.padStart(7)} CPU`)
  for (const row of entries) {
    console.log(
      `  ${row.name.padEnd(40)} ${ms(row.seconds).padStart(7)} wall  ${`${row.cpuMs.toFixed(0)} ms`.padStart(7)} CPU` +
        `  (+${ms(row.seconds - bare.seconds)} wall, +${(row.cpuMs - bare.cpuMs).toFixed(0)} ms CPU over bare node)`
    )
  }
  return entries.map(row => ({ name: row.name, extraSeconds: row.seconds - bare.seconds, extraCpuMs: row.cpuMs - bare.cpuMs }))
}

// A policy configuration of the README's kind: settings, a declared plan, the files to scan.
const CONFIGURATION = `fail-on: error
platform-reboot: warn
unresolved: warn
reboot-plans:
  - resource: vm-sap-*
    window: Month Third Sunday 02:00/PT3H
    owner: team-sap-basis
include:
  - '**/*.json'
  - '**/*.bicep'
`

// A pull_request payload with the fields the action reads (src/github/context.ts).
const pullRequestEvent = {
  action: 'synchronize',
  number: 7,
  pull_request: {
    number: 7,
    head: { sha: 'a'.repeat(40), repo: { full_name: 'contoso/infra', fork: false } },
    base: { sha: 'b'.repeat(40), repo: { full_name: 'contoso/infra' } }
  },
  repository: { name: 'infra', owner: { login: 'contoso' } }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '15' } } })
  const root = resolve(import.meta.dirname, '..')
  const runs = Number(values.runs)
  printColdStart(measureColdStart({ dist: resolve(root, values.dist), out: join(root, 'bench', 'out', 'cold-start'), runs }), runs)
}
