// Runs npm scripts side by side (`node scripts/run-parallel.mjs static jest`), prints each
// one's output whole and in the order named once all have ended, and fails when any of them failed.
// The type-check and the linter are single-threaded: beside jest's workers they fill the second core.
import { spawn } from 'node:child_process'

const names = process.argv.slice(2)
const started = Date.now()
const runs = names.map(
  name =>
    new Promise(resolve => {
      const child = spawn('npm', ['run', '-s', name], { stdio: ['ignore', 'pipe', 'pipe'] })
      const output = []
      child.stdout.on('data', chunk => output.push(chunk))
      child.stderr.on('data', chunk => output.push(chunk))
      child.on('error', error => resolve({ name, code: 1, output: [Buffer.from(String(error))] }))
      child.on('close', code => resolve({ name, code: code ?? 1, output, seconds: (Date.now() - started) / 1000 }))
    })
)

let failed = false
for (const { name, code, output, seconds } of await Promise.all(runs)) {
  process.stdout.write(Buffer.concat(output))
  console.log(`${name}: ${code === 0 ? 'passed' : `failed (exit ${code})`} after ${seconds?.toFixed(1) ?? '?'} s`)
  if (code !== 0) failed = true
}
process.exit(failed ? 1 : 0)
