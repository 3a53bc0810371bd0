/**
 * The one harness that runs the bundled entry points (dist/index.js, dist/cli.js, dist/post.js) as a
 * child process, the way the runner and a shell do: an explicit environment (nothing of the test's own
 * but what it passes), stdout and stderr collected, and a kill switch so a hung child ends the test
 * with a clear result instead of a jest timeout.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export type DistEntry = 'index.js' | 'cli.js' | 'post.js'

/** The absolute path of a bundled entry point. */
export const distPath = (entry: DistEntry): string => fileURLToPath(new URL(`../../dist/${entry}`, import.meta.url))

export interface DistRun {
  readonly code: number | null
  /** Whether the kill switch ended it. */
  readonly killed: boolean
  readonly stdout: string
  readonly stderr: string
}

export interface DistOptions {
  readonly args?: readonly string[]
  readonly cwd: string
  readonly env: NodeJS.ProcessEnv
  /** Kill switch; default two minutes (the longest e2e scenario takes about 30 s). */
  readonly limitMs?: number
}

/** Fails fast, with the fix, when dist/ has not been built (`npm test` bundles before jest runs). */
export function requireDist(entry: DistEntry): void {
  if (!existsSync(distPath(entry))) {
    throw new Error(`dist/${entry} is missing: run \`npm run bundle\` first (\`npm test\` does).`)
  }
}

export function runDist(entry: DistEntry, options: DistOptions): Promise<DistRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [distPath(entry), ...(options.args ?? [])], {
      cwd: options.cwd,
      env: options.env
    })
    let stdout = ''
    let stderr = ''
    let killed = false
    const timer = setTimeout(() => {
      killed = true
      child.kill('SIGKILL')
    }, options.limitMs ?? 120_000)
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', error => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', code => {
      clearTimeout(timer)
      resolve({ code, killed, stdout, stderr })
    })
  })
}

/**
 * The action's inputs as the runner passes them: INPUT_<NAME> with the hyphens kept (INPUT_FAIL-ON),
 * which only an env object can carry, not a shell.
 */
export function withInputs(env: NodeJS.ProcessEnv, inputs: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const withThem: NodeJS.ProcessEnv = { ...env }
  for (const [name, value] of Object.entries(inputs)) withThem[`INPUT_${name.toUpperCase()}`] = value
  return withThem
}

/** Reads GITHUB_OUTPUT's `name<<delimiter` / value / `delimiter` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([\w-]+)<<(ghadelimiter_[\w-]+)$/.exec(lines[i] as string)
    if (!match) continue
    const end = lines.indexOf(match[2] as string, i + 1)
    outputs[match[1] as string] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return outputs
}
