/**
 * Unit tests for src/main.ts: the order of the action's steps, its verdict and how it fails, with
 * @actions/core, @actions/github, the scan and the pull request conversation mocked.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '../support/core.js'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { GitHubClient } from '../../src/github/client.js'
import type { ConversationInput } from '../../src/github/conversation.js'
import type { JsonReport } from '../../src/report/json-report.js'
import type { ScanResult } from '../../src/scan.js'
import { finding, parseError, report } from './report-builder.js'

// @actions/core: inputs from a map, everything else recorded in one ordered log.
const inputs = new Map<string, string>()
const log: string[] = []
const record =
  (name: string) =>
  (...args: unknown[]): void => {
    log.push(`${name} ${args.map(arg => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ')}`)
  }
const { summary } = core
summary.addRaw.mockImplementation((text: string) => {
  log.push(`summary.addRaw ${text.split('\n', 1)[0]}`)
  return summary
})
summary.write.mockImplementation(async () => {
  log.push('summary.write')
  return summary
})
core.getInput.mockImplementation((name: string) => inputs.get(name) ?? '')
core.info.mockImplementation(record('info'))
core.warning.mockImplementation(record('warning'))
core.error.mockImplementation(record('error'))
core.notice.mockImplementation(record('notice'))
core.setOutput.mockImplementation(record('setOutput'))
core.setFailed.mockImplementation(record('setFailed'))

// @actions/github: a pull_request context; the GitHub client and the file listing are faked one level up.
const context = {
  eventName: 'pull_request',
  payload: {} as object,
  serverUrl: 'https://github.com',
  runId: 1234567,
  actor: 'mara-ops'
}
const client = { fake: 'client' } as unknown as GitHubClient
const createGitHubClient = jest.fn((_token: string, _options: object) => client)
const listPullRequestFiles = jest.fn<(...args: unknown[]) => Promise<{ files: object[]; complete: boolean }>>()

const scanResult = { root: '/w', assessments: [], findings: [], model: { maintenanceConfigurations: [], maintenanceAssignments: [] } }
const scan = jest.fn(async (_options: object): Promise<ScanResult> => scanResult as unknown as ScanResult)
let scanned: JsonReport
const buildJsonReport = jest.fn((_result: object, _options: object) => scanned)
const publishPullRequestConversation = jest.fn(async (input: ConversationInput) => {
  log.push(`conversation ${input.comment}`)
  return {
    notices: ['Not commenting on pull request #42: the token cannot write to it.'],
    warnings: ['The summary comment was not posted to pull request #42: HTTP 502 after 3 attempts: Bad Gateway.']
  }
})

// The step fails through the exit code (core.ExitCode), not through core.setFailed.
jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('@actions/github', () => ({ context }))
// The action reads the event itself (src/github/event.ts) so that @actions/github loads only to converse.
jest.unstable_mockModule('../../src/github/event.js', () => ({ readRunEvent: () => context }))
jest.unstable_mockModule('../../src/github/client.js', () => ({ createGitHubClient }))
jest.unstable_mockModule('../../src/github/api/pull-request-files.js', () => ({ listPullRequestFiles }))
jest.unstable_mockModule('../../src/scan.js', () => ({ scan }))
jest.unstable_mockModule('../../src/report/build-report.js', () => ({ buildJsonReport }))
jest.unstable_mockModule('../../src/github/conversation.js', () => ({ publishPullRequestConversation }))
const { run } = await import('../../src/main.js')

const event = JSON.parse(readFileSync(new URL('../fixtures/action/events/pull_request.synchronize.json', import.meta.url), 'utf8'))
let workspace: string
let runnerTemp: string
const savedEnv = { ...process.env }

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'hrg-main-ws-'))
  runnerTemp = mkdtempSync(join(tmpdir(), 'hrg-main-tmp-'))
  process.env.GITHUB_WORKSPACE = workspace
  process.env.RUNNER_TEMP = runnerTemp
  process.env.GITHUB_REPOSITORY = 'contoso/platform-infra'
  inputs.clear()
  inputs.set('as-of', '2025-11-03').set('github-token', 'ghs_test').set('scope', 'all')
  log.length = 0
  context.eventName = 'pull_request'
  context.payload = event
  scanned = report({
    findings: [
      finding({ file: 'infra/web.json', startLine: 31, endLine: 31, resource: 'vm-web-01', resourceKey: 'k' }),
      finding({ severity: 'warning', file: 'infra/jump.bicep', startLine: 8, endLine: 8, ruleId: 'hotpatch-image-version', resource: 'vm-jump' })
    ]
  })
  listPullRequestFiles.mockResolvedValue({
    files: [{ path: 'infra/jump.bicep', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' }],
    complete: true
  })
})

afterEach(() => {
  // The action sets it when the gate fails; the test process must not exit with it.
  process.exitCode = undefined
  rmSync(workspace, { recursive: true, force: true })
  rmSync(runnerTemp, { recursive: true, force: true })
  process.env = { ...savedEnv }
})

const PULL_REQUEST = {
  owner: 'contoso',
  repo: 'platform-infra',
  number: 42,
  headSha: '9c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d',
  fromFork: false
}
const MESSAGE =
  'VM vm-app has hotpatching on and no maintenance configuration assigned.\n' +
  'https://example.test/docs/rules/reboot-plan-required.md'
const reportPath = () => join(runnerTemp, 'hotpatch-reboot-gate-report.json')
const FAILURE =
  "1 error finding reaches fail-on 'error'; counted: every finding (scope: all). " +
  'The annotations and the job summary show each VM and the reboot plan it needs.'

describe('main.ts', () => {
  it('scans, writes the report, summarises, annotates, sets outputs, comments, then fails on errors', async () => {
    await run()

    expect(scan).toHaveBeenCalledWith({
      root: workspace,
      paths: ['.'],
      request: {
        origin: 'the `path` input',
        paths: [{ path: '.', written: '.', exists: true }],
        allowEmpty: false,
        accept: 'Set `allow-empty: true` if that is expected.',
        setting: '`allow-empty: true`'
      },
      asOf: new Date('2025-11-03T00:00:00Z'),
      advisories: [expect.objectContaining({ id: 'wsus-cve-2025-59287' })],
      readLine: expect.any(Function),
      // The pipeline's report entries, made as the policy settles each VM (src/report/resource-entries.ts).
      settle: expect.any(Function)
    })
    expect(buildJsonReport).toHaveBeenCalledWith(scanResult, {
      toolVersion: '0.1.0',
      asOf: '2025-11-03',
      failOn: 'error',
      advisories: [expect.objectContaining({ id: 'wsus-cve-2025-59287' })]
    })
    expect(JSON.parse(readFileSync(reportPath(), 'utf8'))).toEqual(scanned)
    expect(log).toEqual([
      'info hotpatch-reboot-gate: 1 file, 0 VMs, 1 error, 1 warning, 0 parse errors',
      'info Counted for the verdict: every finding (scope: all).',
      // The job summary before the annotations: a warning that it failed takes its slot before the findings'.
      'summary.addRaw ## ❌ hotpatch-reboot-gate: 1 error, 1 warning',
      'summary.addRaw ',
      'summary.write',
      // The verdict's own ::error first (a plain one, as core.setFailed would write), then the findings.
      `error ${FAILURE} {}`,
      `error ${MESSAGE} {"title":"reboot-plan-required: vm-web-01","file":"infra/web.json","startLine":31,"endLine":31}`,
      `warning ${MESSAGE} {"title":"hotpatch-image-version: vm-jump","file":"infra/jump.bicep","startLine":8,"endLine":8}`,
      'setOutput verdict fail',
      'setOutput errors 1',
      'setOutput warnings 1',
      `setOutput report ${reportPath()}`,
      'setOutput sarif ',
      'conversation both',
      'notice Not commenting on pull request #42: the token cannot write to it.',
      'warning The summary comment was not posted to pull request #42: HTTP 502 after 3 attempts: Bad Gateway.'
    ])
    // Failed through the exit code alone: no second ::error after the conversation.
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(process.exitCode).toBe(1)
    expect(publishPullRequestConversation).toHaveBeenCalledWith({
      report: scanned,
      // The conversation takes the client, and the event's facts from the action, never from ambient context.
      client,
      comment: 'both',
      runUrl: 'https://github.com/contoso/platform-infra/actions/runs/1234567',
      scope: 'all',
      verdict: 'fail',
      failOn: 'error',
      pullRequest: PULL_REQUEST,
      eventName: 'pull_request',
      actor: 'mara-ops',
      serverUrl: 'https://github.com',
      log: core.debug
    })
    expect(listPullRequestFiles).not.toHaveBeenCalled()
    expect(summary.addRaw.mock.calls[1]?.[0]).toBe('\n_Counted for the verdict: every finding \\(scope: all\\)._\n')
  })

  it('passes with fail-on never and still reports every finding', async () => {
    inputs.set('fail-on', 'never')
    await run()
    expect(log.filter(line => /^(setOutput verdict|setFailed|error|warning) /.test(line)).map(l => l.split('\n')[0])).toEqual([
      'error VM vm-app has hotpatching on and no maintenance configuration assigned.',
      'warning VM vm-app has hotpatching on and no maintenance configuration assigned.',
      'setOutput verdict pass',
      'warning The summary comment was not posted to pull request #42: HTTP 502 after 3 attempts: Bad Gateway.'
    ])
    expect(process.exitCode).toBeUndefined()
  })

  it('counts only findings the pull request touches with scope changed', async () => {
    inputs.set('scope', 'changed')
    await run()
    expect(createGitHubClient).toHaveBeenCalledTimes(1)
    expect(createGitHubClient).toHaveBeenCalledWith('ghs_test', { log: core.debug })
    expect(core.setSecret).toHaveBeenCalledWith('ghs_test')
    expect(listPullRequestFiles).toHaveBeenCalledWith(client, PULL_REQUEST)
    expect(log).toContain('info Counted for the verdict: findings on the 1 file the pull request changes and the files they use.')
    expect(log.filter(line => line.startsWith('setOutput') || line.startsWith('setFailed'))).toEqual([
      'setOutput verdict pass',
      'setOutput errors 0',
      'setOutput warnings 1',
      `setOutput report ${reportPath()}`,
      'setOutput sarif '
    ])
    expect(publishPullRequestConversation).toHaveBeenCalledWith(
      expect.objectContaining({
        scope: 'changed',
        verdict: 'pass',
        changes: { files: [{ path: 'infra/jump.bicep', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' }], complete: true }
      })
    )
  })

  it('counts every finding on a push that creates the default branch, and says why in the log and the job summary', async () => {
    inputs.set('scope', 'changed')
    context.eventName = 'push'
    context.payload = {
      ref: 'refs/heads/main',
      before: '0'.repeat(40),
      after: PULL_REQUEST.headSha,
      created: true,
      repository: { name: 'platform-infra', owner: { login: 'contoso' }, default_branch: 'main' }
    }
    await run()
    const why = 'the push creates the default branch main, which has no base to compare it with'
    expect(log).toContain(`info Counted for the verdict: every finding (${why}).`)
    expect(summary.addRaw.mock.calls[1]?.[0]).toBe(`\n_Counted for the verdict: every finding \\(${why}\\)._\n`)
    expect(log).toContain('setOutput verdict fail')
    // Nothing to list: no client, no request.
    expect(createGitHubClient).not.toHaveBeenCalled()
  })

  it('warns once about the manifests the change set changes outside `path`, naming ten and counting the rest', async () => {
    mkdirSync(join(workspace, 'infra'))
    // No conversation: this test is about the scan's warning, not about comments.
    inputs.set('scope', 'changed').set('path', 'infra').set('comment', 'none')
    const outside = Array.from({ length: 12 }, (_, index) => ({ path: `legacy/vm-${index + 10}.bicep`, status: 'added', patch: '+a' }))
    listPullRequestFiles.mockResolvedValue({
      files: [{ path: 'infra/jump.bicep', status: 'modified', patch: '+b' }, { path: 'README.md', status: 'modified', patch: '+c' }, ...outside],
      complete: true
    })
    await run()
    const named = outside.slice(0, 10).map(file => file.path).join(', ')
    expect(log.filter(line => line.startsWith('warning ') && !line.includes('{'))).toEqual([
      `warning The pull request changes 12 manifests outside \`path\` (infra), which the gate does not check: ${named} and 2 more. ` +
        'Add their folder to `path` if they should be checked.'
    ])
  })

  it('does not warn when the changed manifests are below `path`, or `path` is the workspace', async () => {
    mkdirSync(join(workspace, 'infra'))
    inputs.set('scope', 'changed').set('path', 'infra')
    await run()
    inputs.set('path', '.')
    listPullRequestFiles.mockResolvedValue({ files: [{ path: 'legacy/vm.bicep', status: 'added', patch: '+a' }], complete: true })
    await run()
    expect(log.filter(line => line.includes('outside'))).toEqual([])
  })

  it('counts every finding when GitHub cut the file list, and tells the conversation so', async () => {
    inputs.set('scope', 'changed')
    listPullRequestFiles.mockResolvedValue({ files: [{ path: 'infra/jump.bicep', status: 'modified', patch: '' }], complete: false })
    await run()
    expect(log).toContain('info Counted for the verdict: every finding (the pull request changes too many files to list).')
    expect(log).toContain('setOutput verdict fail')
    expect(publishPullRequestConversation).toHaveBeenCalledWith(expect.objectContaining({ scope: 'all', verdict: 'fail' }))
  })

  it('counts every finding when the changed files cannot be listed, with one warning', async () => {
    inputs.set('scope', 'changed')
    listPullRequestFiles.mockRejectedValue(new Error('connect ECONNREFUSED 127.0.0.1:9\n    at TCPConnectWrap'))
    await run()
    expect(log).toContain('warning Could not list the files of pull request #42, so every finding counts: connect ECONNREFUSED 127.0.0.1:9')
    expect(log).toContain('setOutput verdict fail')
  })

  it('keeps every finding and the verdict when the conversation fails', async () => {
    publishPullRequestConversation.mockRejectedValueOnce(new Error('Resource not accessible by integration\n{"status":403}'))
    await run()
    const tail = log.slice(log.indexOf('setOutput sarif '))
    expect(tail).toEqual([
      'setOutput sarif ',
      'warning Could not comment on the pull request; the findings are in the annotations and the job summary: Resource not accessible by integration'
    ])
    expect(process.exitCode).toBe(1)
  })

  it('produces annotations, the summary and the report file before it calls the conversation', async () => {
    publishPullRequestConversation.mockImplementationOnce(async () => {
      expect(existsSync(reportPath())).toBe(true)
      expect(core.error).toHaveBeenCalled()
      expect(summary.write).toHaveBeenCalled()
      return { notices: [], warnings: [] }
    })
    await run()
    expect(publishPullRequestConversation).toHaveBeenCalledTimes(1)
  })

  it('does not talk to the pull request with comment none, outside pull requests, or without a token', async () => {
    inputs.set('comment', 'none')
    await run()
    context.eventName = 'push'
    inputs.set('comment', 'both')
    await run()
    context.eventName = 'pull_request'
    inputs.set('github-token', '')
    await run()
    expect(publishPullRequestConversation).not.toHaveBeenCalled()
    expect(log).toContain('info No github-token: nothing is posted to the pull request.')
  })

  it('leaves out annotations and the job summary when asked, and points overflow at the report', async () => {
    inputs.set('annotations', 'false').set('job-summary', 'false')
    publishPullRequestConversation.mockResolvedValueOnce({ notices: [], warnings: [] })
    await run()
    // The failing verdict's ::error is the only one: the step's reason must show whatever the inputs, and it
    // points at the report file, the one place that shows the findings.
    expect(core.error.mock.calls).toEqual([
      [
        "1 error finding reaches fail-on 'error'; counted: every finding (scope: all). " +
          `The report file ${reportPath()} shows each VM and the reboot plan it needs.`
      ]
    ])
    expect(core.warning).not.toHaveBeenCalled()
    expect(process.exitCode).toBe(1)
    expect(summary.write).not.toHaveBeenCalled()
    expect(log).toContain('setOutput verdict fail')
  })

  it('puts the verdict first, then findings up to GitHub\'s ten errors, then where the rest are', async () => {
    scanned = report({ findings: Array.from({ length: 11 }, (_, i) => finding({ startLine: i + 1, endLine: i + 1 })) })
    inputs.set('comment', 'none')
    await run()
    const failure = "11 error findings reach fail-on 'error'; counted: every finding (scope: all). " +
      'The annotations and the job summary show each VM and the reboot plan it needs.'
    const at = (line: number) => [MESSAGE, { title: 'reboot-plan-required: vm-app', file: 'infra/vm.json', startLine: line, endLine: line }]
    // The exact ordered ::error commands: 1 verdict + 8 findings + 1 overflow = GitHub's 10, nothing after.
    expect(core.error.mock.calls).toEqual([
      [failure, {}],
      ...[1, 2, 3, 4, 5, 6, 7, 8].map(at),
      ['3 more errors are in the job summary', { title: 'hotpatch-reboot-gate' }]
    ])
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(process.exitCode).toBe(1)
    core.error.mockClear()
    inputs.set('job-summary', 'false')
    await run()
    expect(core.error.mock.calls).toHaveLength(10)
    expect(core.error.mock.calls[9]).toEqual([`3 more errors are in the report file ${reportPath()}`, { title: 'hotpatch-reboot-gate' }])
  })

  it('keeps a notice slot for the conversation: 8 notice findings, the overflow line, then the fork notice', async () => {
    const notices = Array.from({ length: 11 }, (_, i) => finding({ severity: 'notice', startLine: i + 1, endLine: i + 1 }))
    scanned = report({ findings: notices })
    const fork =
      'Not commenting on pull request #42: the pull request comes from a fork, and GitHub gives such runs a read-only token. ' +
      'The verdict is unaffected: the findings are in the annotations and the job summary.'
    publishPullRequestConversation.mockResolvedValueOnce({ notices: [fork], warnings: [] })
    await run()
    const at = (line: number) => [MESSAGE, { title: 'reboot-plan-required: vm-app', file: 'infra/vm.json', startLine: line, endLine: line }]
    // GitHub shows ten notices per step: 8 findings + the overflow line + the conversation's notice, in that order.
    expect(core.notice.mock.calls).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7, 8].map(at),
      ['3 more notices are in the job summary', { title: 'hotpatch-reboot-gate' }],
      [fork]
    ])
  })

  it('counts the warnings written before the findings, and folds the conversation\'s extra warnings into its slot', async () => {
    inputs.set('scope', 'changed').set('path', 'infra')
    mkdirSync(join(workspace, 'infra'))
    listPullRequestFiles.mockResolvedValue({ files: [{ path: 'legacy/vm.bicep', status: 'added', patch: '+a' }], complete: true })
    summary.write.mockRejectedValueOnce(new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY.'))
    scanned = report({ findings: Array.from({ length: 12 }, (_, i) => finding({ severity: 'warning', startLine: i + 1, endLine: i + 1 })) })
    publishPullRequestConversation.mockResolvedValueOnce({ notices: [], warnings: ['w1', 'w2', 'w3'] })
    await run()
    const warnings = core.warning.mock.calls.map(([message, properties]) => (properties === undefined ? String(message).slice(0, 40) : `${properties.startLine ?? properties.title}`))
    // 2 of the action's own, 6 findings and the overflow line (7 slots, one kept), the conversation's three in one.
    expect(warnings).toEqual([
      'The pull request changes 1 manifest outs',
      'Could not write the job summary: Unable ',
      '1', '2', '3', '4', '5', '6',
      'hotpatch-reboot-gate',
      'w1\nw2\nw3'
    ])
    // The job summary was not written: the overflow line points at the report file instead.
    expect(core.warning.mock.calls[8]).toEqual([`6 more warnings are in the report file ${reportPath()}`, { title: 'hotpatch-reboot-gate' }])
  })

  it('points the overflow line at the report file when the job summary shows only its first 500 VMs', async () => {
    const vms = Array.from({ length: 501 }, (_, i) => ({
      file: 'infra/vm.json', startLine: i + 1, name: `vm-${i}`, type: 'Microsoft.Compute/virtualMachines', format: 'arm',
      verdict: 'affected-no-plan' as const, reasons: [], related: [], key: `k${i}`, evidence: []
    }))
    const findings = vms.map(vm => finding({ startLine: vm.startLine, endLine: vm.startLine, resource: vm.name, resourceKey: vm.key }))
    scanned = { ...report({ findings }), resources: vms }
    inputs.set('comment', 'none')
    await run()
    expect(log).toContain('summary.write')
    expect(core.error.mock.calls.at(-1)).toEqual([`493 more errors are in the report file ${reportPath()}`, { title: 'hotpatch-reboot-gate' }])
    // 500 VMs fit: the job summary has them all.
    core.error.mockClear()
    scanned = { ...report({ findings: findings.slice(0, 500) }), resources: vms.slice(0, 500) }
    await run()
    expect(core.error.mock.calls.at(-1)).toEqual(['492 more errors are in the job summary', { title: 'hotpatch-reboot-gate' }])
  })

  it('warns and goes on when the job summary cannot be written', async () => {
    summary.write.mockRejectedValueOnce(new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY.'))
    await run()
    expect(log).toContain('warning Could not write the job summary: Unable to find environment variable for $GITHUB_STEP_SUMMARY.')
    expect(log).toContain('setOutput verdict fail')
  })

  it('writes the SARIF log when sarif-file is set', async () => {
    inputs.set('sarif-file', 'results/gate.sarif')
    await run()
    const sarif = JSON.parse(readFileSync(join(workspace, 'results', 'gate.sarif'), 'utf8'))
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['reboot-plan-required', 'hotpatch-image-version'])
    expect(log).toContain(`setOutput sarif ${join(workspace, 'results', 'gate.sarif')}`)
  })

  it('annotates parse errors without failing the step on them', async () => {
    scanned = report({ parseErrors: [parseError()] })
    await run()
    expect(log).toContain(`error expected ',' or '}' after a property value {"title":"Cannot read manifest","file":"infra/broken.json","startLine":3,"startColumn":5}`)
    expect(core.setFailed).not.toHaveBeenCalled()
  })

  it('applies the policy configuration: its file selection, its settings, and its fail-on unless the input sets one', async () => {
    mkdirSync(join(workspace, '.github'))
    writeFileSync(join(workspace, '.github', 'hotpatch-reboot-gate.yml'), 'fail-on: never\nexclude: [legacy/**]\n')
    await run()
    expect(log[0]).toBe('info Policy configuration: .github/hotpatch-reboot-gate.yml')
    const options = scan.mock.calls[0]?.[0] as { configuration: { file: string; failOn: string }; select: (path: string) => boolean }
    expect([options.configuration.file, options.configuration.failOn]).toEqual(['.github/hotpatch-reboot-gate.yml', 'never'])
    expect([options.select('infra/web.json'), options.select('legacy/old.json')]).toEqual([true, false])
    expect(log).toContain('setOutput verdict pass')
    log.length = 0
    inputs.set('fail-on', 'error')
    await run()
    expect(log).toContain('setOutput verdict fail')
  })

  it('tells the report which exemptions the pull request adds or changes, from its diff', async () => {
    inputs.set('scope', 'changed')
    const exemption = (file: string, line: number, source: string) => ({
      source,
      location: { file, line, column: 1 },
      resource: 'vm-jump',
      rule: '*',
      expires: '2026-01-31'
    })
    scan.mockResolvedValueOnce({
      ...scanResult,
      exemptions: [exemption('infra/jump.bicep', 1, 'inline'), exemption('infra/web.bicep', 3, 'inline')]
    } as unknown as ScanResult)
    await run()
    expect(buildJsonReport).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({
        exemptionChanges: new Map([
          ['infra/jump.bicep:1', 'changed'],
          ['infra/web.bicep:3', 'unchanged']
        ])
      })
    )
    expect(listPullRequestFiles).toHaveBeenCalledTimes(1)
  })

  it('fails with the located message of an invalid policy configuration and does not scan', async () => {
    mkdirSync(join(workspace, '.github'))
    writeFileSync(join(workspace, '.github', 'hotpatch-reboot-gate.yml'), 'fail-on: sometimes\n')
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      '.github/hotpatch-reboot-gate.yml:1:1: fail-on must be one of error, warning, never, got "sometimes"'
    )
    expect(scan).not.toHaveBeenCalled()
  })

  it('fails with the message of a configuration error and does not scan', async () => {
    inputs.set('fail-on', 'critical')
    await run()
    expect(core.setFailed).toHaveBeenCalledWith("Invalid value 'critical' for input 'fail-on': expected one of error, warning, never.")
    expect(scan).not.toHaveBeenCalled()
  })

  it('fails with an internal error for anything else, including non-Error throws', async () => {
    scan.mockRejectedValueOnce(new TypeError("Cannot read properties of undefined (reading 'sku')"))
    await run()
    scan.mockRejectedValueOnce('reader crashed')
    await run()
    expect(core.setFailed.mock.calls).toEqual([
      ["internal error: Cannot read properties of undefined (reading 'sku')"],
      ['internal error: reader crashed']
    ])
  })
})
