// Spectral as the peer: installed on demand into bench/out/peer (never a project dependency).
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

const SPECTRAL_VERSION = '6.16.3'

export function ensureSpectral(out) {
  const prefix = join(out, 'peer')
  const bin = join(prefix, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js')
  if (!existsSync(bin)) {
    console.log(`installing @stoplight/spectral-cli@${SPECTRAL_VERSION} into ${prefix} for the peer comparison`)
    execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--silent', `@stoplight/spectral-cli@${SPECTRAL_VERSION}`], { stdio: 'inherit' })
  }
  return bin
}

/** Lints every JSON file below `dir` (the files the gate reads there) and writes the results as JSON to `report`. */
export function spectralArgs(dir, report) {
  const ruleset = resolve(import.meta.dirname, 'peer', '.spectral.yaml')
  return ['lint', `${dir}/**/*.json`, '--ruleset', ruleset, '--format', 'json', '--quiet', '--fail-severity', 'error', '--output', report]
}
