/**
 * Integration test for dist/index.js: runs the bundled action as a child process the way the
 * runner does (INPUT_* variables with hyphens kept, GITHUB_* files that already exist, a
 * pull_request event payload) against a copy of a fixture repository, and reads back what a
 * workflow would see: annotation commands on stdout, the outputs file, the job summary, the JSON
 * report and the exit code. `npm test` bundles dist/ before jest runs.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { childTimingsEnvironment } from '../support/child-timings.js'
import { parseOutputs, requireDist, runDist, withInputs } from '../support/run-dist.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'action')

interface ActionRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  readonly summary: string
}

let temp: string
let paths: { workspace: string; runnerTemp: string; summary: string; output: string }

/** The runner passes every input, with action.yml's defaults for those the workflow leaves out. */
const DEFAULT_INPUTS: Record<string, string> = {
  path: '.',
  'fail-on': 'error',
  'as-of': '',
  config: '',
  scope: 'changed',
  comment: 'both',
  annotations: 'true',
  'job-summary': 'true',
  'sarif-file': '',
  'report-file': '',
  'github-token': 'ghs_0000000000000000000000000000000000fake'
}

async function runAction(inputs: Record<string, string>, apiUrl: string): Promise<ActionRun> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    ...childTimingsEnvironment(),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: paths.workspace,
    GITHUB_STEP_SUMMARY: paths.summary,
    GITHUB_OUTPUT: paths.output,
    RUNNER_TEMP: paths.runnerTemp,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(FIXTURES, 'events', 'pull_request.synchronize.json'),
    GITHUB_REPOSITORY: 'contoso/platform-infra',
    GITHUB_SHA: '9c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: apiUrl,
    GITHUB_RUN_ID: '1234567',
    GITHUB_RUN_ATTEMPT: '1'
  }
  const run = await runDist('index.js', { cwd: paths.workspace, env: withInputs(env, { ...DEFAULT_INPUTS, ...inputs }) })
  return {
    code: run.code,
    stdout: run.stdout,
    stderr: run.stderr,
    outputs: parseOutputs(readFileSync(paths.output, 'utf8')),
    summary: readFileSync(paths.summary, 'utf8')
  }
}

const commands = (stdout: string, kind: string): string[] => stdout.split('\n').filter(line => line.startsWith(`::${kind}`))

/** A TCP port on 127.0.0.1 that nothing listens on: every API call is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>(resolve => server.close(() => resolve()))
  return port
}

beforeAll(() => {
  requireDist('index.js')
})

beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'hrg-dist-'))
  paths = {
    workspace: join(temp, 'work', 'platform-infra'),
    runnerTemp: join(temp, '_temp'),
    summary: join(temp, '_temp', '_runner_file_commands', 'step_summary'),
    output: join(temp, '_temp', '_runner_file_commands', 'set_output')
  }
  cpSync(join(FIXTURES, 'repo'), paths.workspace, { recursive: true })
  mkdirSync(join(paths.runnerTemp, '_runner_file_commands'), { recursive: true })
  writeFileSync(paths.summary, '')
  writeFileSync(paths.output, '')
})

afterEach(() => {
  rmSync(temp, { recursive: true, force: true })
})

/** A stand-in for api.github.com: lists the pull request's files, refuses everything else as a read-only token would. */
async function startApi(files: object[]): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = []
  const server: Server = createServer((request: IncomingMessage, response) => {
    requests.push(`${request.method ?? ''} ${request.url ?? ''}`)
    const listing = request.method === 'GET' && request.url === '/repos/contoso/platform-infra/pulls/42/files?per_page=100'
    response.writeHead(listing ? 200 : 403, { 'content-type': 'application/json; charset=utf-8' })
    response.end(
      JSON.stringify(
        listing
          ? files
          : {
              message: 'Resource not accessible by integration',
              documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
              status: '403'
            }
      )
    )
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>(resolve => server.close(() => resolve()))
  }
}

describe('dist/index.js', () => {
  it('annotates, summarises, writes both reports and fails when the API is unreachable', async () => {
    const port = await closedPort()
    const result = await runAction(
      { path: 'infra', 'as-of': '2025-11-03', comment: 'none', 'sarif-file': 'gate.sarif' },
      `http://127.0.0.1:${port}`
    )

    expect(result.stderr).toBe('')
    expect(commands(result.stdout, 'error')).toEqual([FAILURE, ...ANNOTATIONS])
    expect(commands(result.stdout, 'warning')).toEqual([
      `::warning::Could not list the files of pull request #42, so every finding counts: could not reach 127.0.0.1:${port} after 3 attempts: ECONNREFUSED`
    ])
    const reportPath = join(paths.runnerTemp, 'hotpatch-reboot-gate-report.json')
    const sarifPath = join(paths.workspace, 'gate.sarif')
    expect(result.outputs).toEqual({ verdict: 'fail', errors: '2', warnings: '0', report: reportPath, sarif: sarifPath })

    const summary = result.summary.trimEnd().split('\n')
    expect(summary[0]).toBe('## ❌ hotpatch-reboot-gate: 2 errors')
    expect(summary).toContain(
      '| **vm-shop-web-01**<br>`infra/arm/web.json:10` | ❌ affected, no reboot plan | no maintenance assignment reaches it | add fix 1 below (json) |'
    )
    expect(summary).toContain(
      '- `infra/arm/cache.json:25:1` parse error: invalid JSON: expected a property name in double quotes, found the end of the file'
    )
    expect(summary.at(-1)).toBe('_Counted for the verdict: every finding \\(the changed files could not be listed\\)._')

    const report = JSON.parse(readFileSync(reportPath, 'utf8'))
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'report.schema.json'), 'utf8'))
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema)
    expect(validate(report) ? [] : validate.errors).toEqual([])
    expect(report.asOf).toBe('2025-11-03')
    expect(report.resources.map((r: { file: string; name: string; verdict: string }) => `${r.file} ${r.name}: ${r.verdict}`)).toEqual([
      'infra/arm/web.json vm-shop-web-01: affected-no-plan',
      'infra/terraform/reporting.tf vm-shop-rpt-01: not-affected'
    ])
    expect(report.findings.map((f: { ruleId: string; file: string; startLine: number }) => `${f.ruleId} ${f.file}:${f.startLine}`)).toEqual([
      'unreadable-manifest infra/arm/cache.json:25',
      'reboot-plan-required infra/arm/web.json:10'
    ])
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'))
    expect(sarif.runs[0].results.map((r: { ruleId: string; level: string }) => `${r.ruleId} ${r.level}`)).toEqual([
      'unreadable-manifest error',
      'reboot-plan-required error'
    ])
    expect(result.code).toBe(1)
  })

  it('counts only the changed files with scope changed, and survives a token that cannot comment', async () => {
    const api = await startApi([
      {
        sha: 'b6e1f0c2a9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4',
        filename: 'infra/terraform/reporting.tf',
        status: 'modified',
        additions: 1,
        deletions: 1,
        changes: 2,
        patch: '@@ -3,7 +3,7 @@ resource "azurerm_windows_virtual_machine" "reporting" {\n   name = "vm-shop-rpt-01"\n-  size = "Standard_E4s_v5"\n+  size = "Standard_E2s_v5"'
      }
    ])
    try {
      const result = await runAction({ path: 'infra', 'as-of': '2025-11-03' }, api.url)
      expect(result.stderr).toBe('')
      expect(api.requests[0]).toBe('GET /repos/contoso/platform-infra/pulls/42/files?per_page=100')
      expect(api.requests.filter(request => request.includes('/pulls/42/files'))).toHaveLength(1)
      // Every finding is still annotated; only the verdict is scoped.
      expect(commands(result.stdout, 'error')).toEqual(ANNOTATIONS)
      expect(commands(result.stdout, 'warning')).toEqual([])
      expect(result.stdout).toContain(
        'Counted for the verdict: findings on the 1 file the pull request changes and the files they use.'
      )
      expect(result.stdout).not.toContain('internal error')
      expect(result.outputs).toMatchObject({ verdict: 'pass', errors: '0', warnings: '0' })
      expect(result.code).toBe(0)
    } finally {
      await api.close()
    }
  })

  it('fails with the input error and writes nothing for an invalid input', async () => {
    const result = await runAction({ 'fail-on': 'sometimes' }, 'http://127.0.0.1:9')
    expect(result.stdout).toBe("::error::Invalid value 'sometimes' for input 'fail-on': expected one of error, warning, never.\n")
    expect(result.outputs).toEqual({})
    expect(result.summary).toBe('')
    expect(existsSync(join(paths.runnerTemp, 'hotpatch-reboot-gate-report.json'))).toBe(false)
    expect(result.code).toBe(1)
  })
})

/** The annotation lines the runner turns into annotations on the pull request's files. */
const ANNOTATIONS = [
  // A truncated template that declares a VM fails closed (issue 16): its VM was never read.
  '::error title=unreadable-manifest%3A infra/arm/cache.json,file=infra/arm/cache.json,line=25,endLine=25::' +
    'Could not read infra/arm/cache.json, which may declare VMs or their maintenance, or the values they are deployed ' +
    'with: invalid JSON: expected a property name in double quotes, found the end of the file. What it holds was not ' +
    'all read (a verdict may rest on what the reader recovered, or on defaults it would have replaced), so the gate ' +
    'cannot pass it. Fix the file, or exclude it in the configuration if it is not deployed.' +
    '%0Ahttps://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules/unreadable-manifest.md',
  '::error title=reboot-plan-required%3A vm-shop-web-01,file=infra/arm/web.json,line=10,endLine=10::' +
    "VM 'vm-shop-web-01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition but no reboot plan: " +
    'no maintenance configuration is assigned to it. Windows Server 2025 hotpatch machines that installed KB5070881 ' +
    '(the CVE-2025-59287 out-of-band update) take a reboot-requiring update every month until the January 2026 baseline. ' +
    'Hotpatch machines still restart for every baseline update (January, April, July, October); the next baseline is ' +
    'January 2026 (Patch Tuesday 2026-01-13). A reboot plan is an InGuestPatch maintenance configuration assigned to ' +
    "the VM that allows reboots (rebootSetting IfRequired or Always) and opens between a baseline's release and the " +
    "next one's, with patchMode AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule true on the VM. Add " +
    'one: the suggested fix shows ' +
    'how in ARM template JSON.%0Ahttps://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules/reboot-plan-required.md',
  '::error title=Cannot read manifest,file=infra/arm/cache.json,line=25,col=1::' +
    'invalid JSON: expected a property name in double quotes, found the end of the file'
]

const FAILURE =
  "::error::2 error findings reach fail-on 'error'; counted: every finding (the changed files could not be listed). " +
  'The annotations and the job summary show each VM and the reboot plan it needs.'
