/**
 * Runs dist/index.js as a child process the way the runner does (INPUT_* with hyphens, GITHUB_* files,
 * a pull_request event), against a copy of the fault scenario's repository, and reads back what a
 * workflow sees: annotations on stdout, the outputs file, the job summary, the JSON report, the exit
 * code, and how long it took. The child must end by itself; past `limitMs` it is killed and reported.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { JsonReport } from '../../src/report/json-report.js'
import { writeFiles } from '../hostile/support.js'
import { EVENT_PATH, REPOSITORY_FILES } from './scenario.js'
import { childTimingsEnvironment } from '../support/child-timings.js'

export const DIST = fileURLToPath(new URL('../../dist/index.js', import.meta.url))

export interface ActionRun {
  readonly code: number | null
  /** True when the child had to be killed at the time limit. */
  readonly killed: boolean
  readonly durationMs: number
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  readonly summary: string
  readonly report: JsonReport | undefined
}

interface ChildRun {
  readonly code: number | null
  readonly killed: boolean
  readonly stdout: string
  readonly stderr: string
}

export async function runAction(apiUrl: string, inputs: Record<string, string>, limitMs: number): Promise<ActionRun> {
  const temp = mkdtempSync(join(tmpdir(), 'hrg-faults-'))
  try {
    const workspace = join(temp, 'work', 'platform-infra')
    const commands = join(temp, '_temp', '_runner_file_commands')
    writeFiles(workspace, REPOSITORY_FILES)
    mkdirSync(commands, { recursive: true })
    const summaryPath = join(commands, 'step_summary')
    const outputPath = join(commands, 'set_output')
    writeFileSync(summaryPath, '')
    writeFileSync(outputPath, '')
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      ...childTimingsEnvironment(),
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_OUTPUT: outputPath,
      RUNNER_TEMP: join(temp, '_temp'),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: fileURLToPath(EVENT_PATH),
      GITHUB_REPOSITORY: 'contoso/platform-infra',
      GITHUB_ACTOR: 'octocat',
      GITHUB_SHA: '9c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: apiUrl,
      GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
      GITHUB_RUN_ID: '1234567',
      GITHUB_RUN_ATTEMPT: '1'
    }
    const all: Record<string, string> = { ...DEFAULT_INPUTS, ...inputs }
    for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value
    const started = Date.now()
    const child = await new Promise<ChildRun>((resolve, reject) => {
      const process_ = spawn(process.execPath, [DIST], { cwd: workspace, env })
      let stdout = ''
      let stderr = ''
      let killed = false
      const timer = setTimeout(() => {
        killed = true
        process_.kill('SIGKILL')
      }, limitMs)
      process_.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
      process_.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      process_.on('error', reject)
      process_.on('close', code => {
        clearTimeout(timer)
        resolve({ code, killed, stdout, stderr })
      })
    })
    const reportPath = join(temp, '_temp', 'hotpatch-reboot-gate-report.json')
    return {
      ...child,
      durationMs: Date.now() - started,
      outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
      summary: readFileSync(summaryPath, 'utf8'),
      report: existsSync(reportPath) ? (JSON.parse(readFileSync(reportPath, 'utf8')) as JsonReport) : undefined
    }
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

const DEFAULT_INPUTS: Record<string, string> = {
  path: '.',
  'fail-on': 'error',
  'as-of': '2025-11-03',
  config: '',
  scope: 'changed',
  comment: 'both',
  annotations: 'true',
  'job-summary': 'true',
  'sarif-file': '',
  'report-file': '',
  'github-token': 'write-token'
}

/** Reads GITHUB_OUTPUT's `name<<delimiter` / value / `delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
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
