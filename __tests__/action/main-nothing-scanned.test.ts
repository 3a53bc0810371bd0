/**
 * Issue 14, "fail closed on nothing", through src/main.ts with the real pipeline: a `path` that holds no
 * manifest (an empty folder, a misspelled path, a README) fails the step with one located nothing-scanned
 * error, even when the pull request changes only a README (`scope: changed`); `allow-empty: true` makes it a
 * notice and the step passes. @actions/core is the typed fixture; GitHub is faked one level up.
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '../support/core.js'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { GitHubClient } from '../../src/github/client.js'
import { actionFolders } from '../support/action-folders.js'

const inputs = new Map<string, string>()
const log: string[] = []
const record =
  (name: string) =>
  (...args: unknown[]): void => {
    log.push(`${name} ${args.map(arg => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ')}`)
  }
core.getInput.mockImplementation((name: string) => inputs.get(name) ?? '')
for (const name of ['info', 'warning', 'error', 'notice', 'setOutput', 'setFailed'] as const) core[name].mockImplementation(record(name))

const event = JSON.parse(readFileSync(new URL('../fixtures/action/events/pull_request.synchronize.json', import.meta.url), 'utf8'))
const context = { eventName: 'pull_request', payload: event as object, serverUrl: 'https://github.com', runId: 1, actor: 'mara-ops' }
const client = { fake: 'client' } as unknown as GitHubClient
const listPullRequestFiles = jest.fn(async () => ({
  files: [{ path: 'README.md', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' }],
  complete: true
}))
const publishPullRequestConversation = jest.fn(async () => ({ notices: [] }))

jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('@actions/github', () => ({ context }))
jest.unstable_mockModule('../../src/github/event.js', () => ({ readRunEvent: () => context }))
jest.unstable_mockModule('../../src/github/client.js', () => ({ createGitHubClient: () => client }))
jest.unstable_mockModule('../../src/github/api/pull-request-files.js', () => ({ listPullRequestFiles }))
jest.unstable_mockModule('../../src/github/conversation.js', () => ({ publishPullRequestConversation }))
const { run } = await import('../../src/main.js')

const FORMATS = 'ARM, Bicep, Terraform, plan/what-if JSON, Kubernetes, Pulumi YAML'
const ACCEPT = 'Set `allow-empty: true` if that is expected.'
const action = actionFolders('nothing')

beforeEach(() => {
  mkdirSync(join(action.workspace, 'infra'))
  writeFileSync(join(action.workspace, 'README.md'), '# Infrastructure\n')
  inputs.clear()
  // scope: changed, and the pull request changes only README.md: the finding still counts.
  inputs.set('as-of', '2026-11-24').set('github-token', 'ghs_test').set('job-summary', 'false').set('comment', 'none')
  log.length = 0
})

const annotation = (file: string): string =>
  JSON.stringify({ title: `nothing-scanned: ${file}`, file, startLine: 1, endLine: 1 })
// The verdict's own ::error comes first; the step fails through the exit code, not a second ::error. The job
// summary is off: the annotations alone show the findings.
const FAILED =
  "error 1 error finding reaches fail-on 'error'; counted: findings on the 1 file the pull request changes and the " +
  'files they use. The annotations show each VM and the reboot plan it needs. {}'

describe('main.ts on a path with nothing to read', () => {
  it.each([
    ['an empty folder', 'infra', `holds no manifest the gate reads (${FORMATS}): nothing was checked. ${ACCEPT}`],
    ['a misspelled path', 'infrx', `does not exist in the workspace: nothing was checked. Check the path. ${ACCEPT}`],
    ['a file that is not a manifest', 'README.md', `holds no manifest the gate reads (${FORMATS}): nothing was checked. ${ACCEPT}`]
  ])('%s fails the step with one located error, though the pull request changes only a README', async (_name, path, tail) => {
    inputs.set('path', path)
    await run()
    const message = `path \`${path}\` (the \`path\` input) ${tail}`
    expect(log.filter(line => /^(error|notice|setOutput verdict|setFailed) /.test(line))).toEqual([
      FAILED,
      `error ${message}\nhttps://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules/nothing-scanned.md ${annotation(path)}`,
      'setOutput verdict fail'
    ])
    expect(process.exitCode).toBe(1)
    expect(action.reported().findings.map(finding => [finding.ruleId, finding.severity, finding.file, finding.message])).toEqual([
      ['nothing-scanned', 'error', path, message]
    ])
  })

  it('with fail-on never, says that nothing-scanned alone fails the step: no finding reaches never', async () => {
    inputs.set('path', 'infra').set('fail-on', 'never')
    await run()
    expect(log.filter(line => /^(error|setOutput verdict) /.test(line)).map(line => line.split('\n', 1)[0])).toEqual([
      'error A `path` holds no manifest the gate reads (rule nothing-scanned), which fails the step whatever fail-on says ' +
        "('never'); counted: findings on the 1 file the pull request changes and the files they use. The annotations name the path. {}",
      `error path \`infra\` (the \`path\` input) holds no manifest the gate reads (${FORMATS}): nothing was checked. ${ACCEPT}`,
      'setOutput verdict fail'
    ])
    expect(process.exitCode).toBe(1)
  })

  it('names the configuration whose include/exclude globs left nothing', async () => {
    mkdirSync(join(action.workspace, '.github'))
    writeFileSync(join(action.workspace, '.github', 'hotpatch-reboot-gate.yml'), 'include:\n  - "modules/**"\n')
    writeFileSync(join(action.workspace, 'infra', 'main.bicep'), "param location string = 'westeurope'\n")
    inputs.set('path', 'infra')
    await run()
    expect(action.reported().findings.map(finding => finding.message)).toEqual([
      'path `infra` (the `path` input, after the include/exclude globs of .github/hotpatch-reboot-gate.yml) holds no ' +
        `manifest the gate reads (${FORMATS}): nothing was checked. ${ACCEPT}`
    ])
  })

  it('allow-empty: true reports a notice and passes', async () => {
    inputs.set('path', 'infrx infra').set('allow-empty', 'true')
    await run()
    expect(log.filter(line => /^(error|notice|setOutput verdict|setFailed) /.test(line)).map(line => line.split('\n')[0])).toEqual([
      // In the report's order: by file.
      'notice path `infra` (the `path` input) holds no manifest the gate reads: nothing was checked, as `allow-empty: true` allows.',
      'notice path `infrx` (the `path` input) does not exist in the workspace: nothing was checked, as `allow-empty: true` allows.',
      'setOutput verdict pass'
    ])
  })

  it('a folder with a manifest passes without a word about it', async () => {
    writeFileSync(join(action.workspace, 'infra', 'main.bicep'), "param location string = 'westeurope'\n")
    inputs.set('path', 'infra')
    await run()
    expect(log.filter(line => /^(error|notice|setOutput verdict|setFailed) /.test(line))).toEqual(['setOutput verdict pass'])
    expect(action.reported().findings).toEqual([])
  })
})
