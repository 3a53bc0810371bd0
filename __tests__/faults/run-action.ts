/**
 * Runs dist/index.js as a child process the way the runner does (INPUT_* with hyphens, GITHUB_* files,
 * a pull_request event), against a copy of the fault scenario's repository, and reads back what a
 * workflow sees: annotations on stdout, the outputs file, the job summary, the JSON report, the exit
 * code, and how long it took. The child is spawned by __tests__/support/run-dist.ts, the one harness for
 * dist/; it must end by itself: past `limitMs` it is killed and reported.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { JsonReport } from '../../src/report/json-report.js'
import { writeFiles } from '../hostile/support.js'
import { EVENT_PATH, REPOSITORY_FILES } from './scenario.js'
import { childTimingsEnvironment } from '../support/child-timings.js'
import { distPath, parseOutputs, runDist, withInputs } from '../support/run-dist.js'

export const DIST = distPath('index.js')

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
    const started = Date.now()
    const child = await runDist('index.js', {
      cwd: workspace,
      env: withInputs(env, { ...DEFAULT_INPUTS, ...inputs }),
      limitMs
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
