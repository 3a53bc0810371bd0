/**
 * A repository checked out into a subfolder of the workspace (`actions/checkout` with `path: src`), through
 * src/main.ts with the real pipeline: GitHub lists the pull request's files relative to the repository's root,
 * so the report, the scope, the annotations and the outside-`path` warning name files that way too
 * (src/action/repository-checkout.ts). The report named `src/infra/main.bicep`, no finding matched the pull
 * request's `infra/main.bicep`, and the step passed. @actions/core is the typed fixture; GitHub is faked one
 * level up.
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '../support/core.js'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { GitHubClient } from '../../src/github/client.js'
import { actionFolders } from '../support/action-folders.js'
import { bicepVm } from '../support/manifests.js'

const inputs = new Map<string, string>()
const log: string[] = []
const record =
  (name: string) =>
  (...args: unknown[]): void => {
    log.push(`${name} ${args.map(arg => (typeof arg === 'string' ? arg.split('\n', 1)[0] : JSON.stringify(arg))).join(' ')}`)
  }
core.getInput.mockImplementation((name: string) => inputs.get(name) ?? '')
for (const name of ['info', 'warning', 'error', 'notice', 'setOutput', 'setFailed'] as const) core[name].mockImplementation(record(name))

const event = JSON.parse(readFileSync(new URL('../fixtures/action/events/pull_request.synchronize.json', import.meta.url), 'utf8'))
const context = { eventName: 'pull_request', payload: event as object, serverUrl: 'https://github.com', runId: 1, actor: 'mara-ops' }
const client = { fake: 'client' } as unknown as GitHubClient
type Listed = { files: { path: string; status: string; patch: string }[]; complete: boolean }
const listPullRequestFiles = jest.fn(async (): Promise<Listed> => ({ files: [], complete: true }))

jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('@actions/github', () => ({ context }))
jest.unstable_mockModule('../../src/github/event.js', () => ({ readRunEvent: () => context }))
jest.unstable_mockModule('../../src/github/client.js', () => ({ createGitHubClient: () => client }))
jest.unstable_mockModule('../../src/github/api/pull-request-files.js', () => ({ listPullRequestFiles }))
const { run } = await import('../../src/main.js')

const VM = bicepVm('vm-web-01')
const action = actionFolders('subfolder')

beforeEach(() => {
  // What actions/checkout with `path: src` leaves: the repository, with its `.git` folder, in src/.
  mkdirSync(join(action.workspace, 'src', '.git'), { recursive: true })
  mkdirSync(join(action.workspace, 'src', 'infra'))
  writeFileSync(join(action.workspace, 'src', 'infra', 'main.bicep'), VM)
  inputs.clear()
  inputs.set('as-of', '2026-11-24').set('github-token', 'ghs_test').set('job-summary', 'false').set('comment', 'none').set('path', 'src')
  log.length = 0
})

const changes = (...files: { path: string; status: string; patch: string }[]): void => {
  listPullRequestFiles.mockResolvedValue({ files, complete: true })
}
const added = (path: string, text: string) => ({
  path,
  status: 'added',
  patch: `@@ -0,0 +1,${text.split('\n').length - 1} @@\n${text.replace(/\n$/, '').split('\n').map(line => `+${line}`).join('\n')}`
})
const verdictLines = () => log.filter(line => /^(error|warning|notice|setOutput verdict|setOutput errors|setFailed) /.test(line))
const ANNOTATION = JSON.stringify({ title: 'reboot-plan-required: vm-web-01', file: 'infra/main.bicep', startLine: 1, endLine: 1 })
const FINDING = "VM 'vm-web-01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition but no reboot plan: " +
  'no maintenance configuration is assigned to it.'

describe('main.ts on a repository checked out into a subfolder', () => {
  it('counts the finding on the file the pull request adds, and annotates it where GitHub shows it', async () => {
    changes(added('infra/main.bicep', VM))
    await run()
    const [finding] = action.reported().findings
    expect(action.reported().findings.map(finding => [finding.ruleId, finding.file, finding.startLine])).toEqual([
      ['reboot-plan-required', 'infra/main.bicep', 1]
    ])
    expect(finding?.message.startsWith(FINDING)).toBe(true)
    expect(verdictLines()).toEqual([
      "error 1 error finding reaches fail-on 'error'; counted: findings on the 1 file the pull request changes and the files they " +
        'use. The annotations show each VM and the reboot plan it needs. {}',
      `error ${finding?.message.split('\n', 1)[0]} ${ANNOTATION}`,
      'setOutput verdict fail',
      'setOutput errors 1'
    ])
    expect(process.exitCode).toBe(1)
  })

  it('names the configuration in the repository\'s terms, so a change to it counts every finding', async () => {
    mkdirSync(join(action.workspace, 'src', '.github'))
    writeFileSync(join(action.workspace, 'src', '.github', 'hotpatch-reboot-gate.yml'), 'fail-on: error\n')
    inputs.set('config', 'src/.github/hotpatch-reboot-gate.yml')
    changes(added('.github/hotpatch-reboot-gate.yml', 'fail-on: error\n'))
    await run()
    expect(log).toContain(
      "info Counted for the verdict: every finding (the pull request changes .github/hotpatch-reboot-gate.yml, the gate's configuration)."
    )
    expect(log).toContain('setOutput verdict fail')
    expect(action.reported().configuration).toEqual({ file: '.github/hotpatch-reboot-gate.yml' })
  })

  it('reads the repository\'s own default configuration when the workspace holds none and `config` is empty', async () => {
    mkdirSync(join(action.workspace, 'src', '.github'))
    writeFileSync(join(action.workspace, 'src', '.github', 'hotpatch-reboot-gate.yml'), 'fail-on: never\n')
    changes(added('infra/main.bicep', VM))
    await run()
    expect(log).toContain(`info Policy configuration: .github/hotpatch-reboot-gate.yml`)
    expect(action.reported().configuration).toEqual({ file: '.github/hotpatch-reboot-gate.yml' })
    expect(log).toContain('setOutput verdict pass')
  })

  it('warns about a changed manifest outside `path` in the repository\'s terms, naming `path` as written', async () => {
    inputs.set('path', 'src/infra')
    changes(added('legacy/vm.bicep', VM), added('infra/main.bicep', VM))
    await run()
    expect(verdictLines().filter(line => line.startsWith('warning '))).toEqual([
      'warning The pull request changes 1 manifest outside `path` (src/infra), which the gate does not check: legacy/vm.bicep. ' +
        'Add their folder to `path` if they should be checked.'
    ])
    expect(log).toContain('setOutput verdict fail')
  })
})
