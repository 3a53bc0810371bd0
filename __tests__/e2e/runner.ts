/**
 * A stand-in for the Actions runner: one job folder (`work/<repo>` checkout, `_temp`, the event file)
 * reused by every run of a scenario, as re-runs on the runner see the same paths. Each run checks out
 * a commit, writes the event payload, gives the step fresh GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files
 * and runs dist/index.js as a child process with the runner's environment: INPUT_* with the hyphens
 * kept (only an env object can carry them), GITHUB_* variables, and nothing from the test's own env
 * but PATH. The child must end by itself; past the time limit it is killed and the run says so.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { JsonReport } from '../../src/report/json-report.js'
import { distPath, parseOutputs, runDist, withInputs } from '../support/run-dist.js'
import { REPO, REPOSITORY } from './pull-request.js'
import { checkOut, type Tree } from './repository.js'
import { childTimingsEnvironment } from '../support/child-timings.js'

export const DIST = distPath('index.js')

/** Kill switch for one run; the longest scenario (200 findings, spaced writes) takes about 30 s. */
const LIMIT_MS = 120_000

/** The inputs a workflow step passes (action.yml's defaults, with the workflow's `with:` values). */
const DEFAULT_INPUTS: Readonly<Record<string, string>> = {
  path: '.',
  'fail-on': '',
  'as-of': '',
  config: '',
  scope: 'changed',
  comment: 'both',
  annotations: 'true',
  'job-summary': 'true',
  'sarif-file': '',
  'report-file': '',
  'github-token': 'write-token'
}

export interface ActionRun {
  readonly code: number | null
  readonly killed: boolean
  /** Recorded for the report, never asserted (speed is measured by `npm run bench`). */
  readonly durationMs: number
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  /** The job summary the step wrote. */
  readonly summary: string
  readonly report: JsonReport | undefined
}

export interface RunOptions {
  readonly tree: Tree
  readonly event: Record<string, unknown>
  readonly apiUrl: string
  readonly inputs?: Readonly<Record<string, string>>
  /** GITHUB_EVENT_NAME; `pull_request` unless said. */
  readonly eventName?: string
}

export class Runner {
  readonly root = mkdtempSync(join(tmpdir(), 'hrg-e2e-'))
  readonly workspace = join(this.root, 'work', REPO, REPO)
  readonly temp = join(this.root, 'work', '_temp')
  private attempt = 0

  /** The JSON report's path when the `report-file` input is empty. */
  get reportPath(): string {
    return join(this.temp, 'hotpatch-reboot-gate-report.json')
  }

  async run(options: RunOptions): Promise<ActionRun> {
    this.attempt++
    checkOut(this.workspace, options.tree)
    const commands = join(this.temp, '_runner_file_commands')
    mkdirSync(commands, { recursive: true })
    const outputPath = join(commands, `set_output_${this.attempt}`)
    const summaryPath = join(commands, `step_summary_${this.attempt}`)
    writeFileSync(outputPath, '')
    writeFileSync(summaryPath, '')
    const eventPath = join(this.root, 'work', '_temp', '_github_workflow', 'event.json')
    mkdirSync(join(eventPath, '..'), { recursive: true })
    writeFileSync(eventPath, JSON.stringify(options.event, null, 2))
    rmSync(this.reportPath, { force: true })

    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      ...childTimingsEnvironment(),
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: this.workspace,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_OUTPUT: outputPath,
      RUNNER_TEMP: this.temp,
      RUNNER_OS: 'Linux',
      GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_REPOSITORY_OWNER: REPOSITORY.split('/')[0],
      GITHUB_ACTOR: 'octocat',
      GITHUB_WORKFLOW: 'infrastructure',
      GITHUB_JOB: 'reboot-gate',
      // The merge commit GitHub tests, not the pull request's head.
      GITHUB_SHA: '3e1f5a7c9b2d4f6e8a0c1e3f5a7b9d1f3e5a7c9b',
      GITHUB_REF: 'refs/pull/117/merge',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: options.apiUrl,
      GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
      GITHUB_RUN_ID: '11873456210',
      GITHUB_RUN_ATTEMPT: String(this.attempt)
    }
    const started = Date.now()
    const child = await runDist('index.js', {
      cwd: this.workspace,
      env: withInputs(env, { ...DEFAULT_INPUTS, ...options.inputs }),
      limitMs: LIMIT_MS
    })
    return {
      ...child,
      durationMs: Date.now() - started,
      outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
      summary: readFileSync(summaryPath, 'utf8'),
      report: existsSync(this.reportPath)
        ? (JSON.parse(readFileSync(this.reportPath, 'utf8')) as JsonReport)
        : undefined
    }
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true })
  }
}

/** The workflow-command lines of one kind on stdout (`::error ...`, `::warning ...`). */
export const commands = (stdout: string, kind: 'error' | 'warning' | 'notice'): string[] =>
  stdout.split('\n').filter(line => line.startsWith(`::${kind}`))

/** A Node.js stack frame (`    at fn (file.js:1:2)`) anywhere in the text. */
export const STACK_FRAME = /^\s+at .+(?::\d+:\d+\)?)$/m
