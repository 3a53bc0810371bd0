/**
 * Value-aware scope (issue 14 item 3), end to end through dist/index.js against the fake GitHub: in each
 * format a pull request that changes only the variables file (terraform.tfvars, `*.auto.tfvars`, an ARM
 * parameter file, a `.bicepparam`, a Pulumi stack file) takes the VM's reboot plan away: the
 * maintenance configuration and assignment are `count`ed, `condition`ed or `if`ed on a value of that
 * file (Pulumi: the window's reboot setting comes from stack config). With `scope: changed` the pull
 * request fails, the finding names the line of the changed file as a related location, and its review
 * comment sits on that line. The same head reached by a README-only change passes: the finding is old
 * debt, so only the value's provenance makes it the pull request's. (That the base has its plan is
 * checked without the runner: __tests__/gate/value-scope.test.ts.)
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import type { FakeGitHub } from '../github/fake-github/server.js'
import { BASE_SHA, HEAD_SHA, describeRequest, fakeGitHub, REQUESTS, synchronizeEvent } from './pull-request.js'
import { changedFiles, commit, fixtureTree, type Tree } from './repository.js'
import { DIST, Runner } from './runner.js'

interface Case {
  /** The folder under __tests__/fixtures/value-scope/. */
  readonly folder: string
  /** The variables file the pull request changes, and the line it changes. */
  readonly file: string
  readonly from: string
  readonly to: string
  /** The related location the finding must carry: the changed line, and what it decides. */
  readonly related: { readonly file: string; readonly startLine: number; readonly role: string }
  readonly ruleId: string
}

const CASES: readonly Case[] = [
  {
    folder: 'terraform',
    file: 'terraform.tfvars',
    from: 'enable_window  = true',
    to: 'enable_window  = false',
    related: { file: 'terraform.tfvars', startLine: 3, role: 'plan-condition' },
    ruleId: 'reboot-plan-required'
  },
  {
    folder: 'terraform-auto',
    file: 'window.auto.tfvars',
    from: 'enable_window = true',
    to: 'enable_window = false',
    related: { file: 'window.auto.tfvars', startLine: 2, role: 'plan-condition' },
    ruleId: 'reboot-plan-required'
  },
  {
    folder: 'arm',
    file: 'app.parameters.json',
    from: '"value": true',
    to: '"value": false',
    related: { file: 'app.parameters.json', startLine: 6, role: 'plan-condition' },
    ruleId: 'reboot-plan-required'
  },
  {
    folder: 'bicep',
    file: 'main.bicepparam',
    from: 'param enableWindow = true',
    to: 'param enableWindow = false',
    related: { file: 'main.bicepparam', startLine: 4, role: 'plan-condition' },
    ruleId: 'reboot-plan-required'
  },
  {
    folder: 'pulumi',
    file: 'Pulumi.dev.yaml',
    from: 'app:windowReboot: IfRequired',
    to: 'app:windowReboot: NeverReboot',
    related: { file: 'Pulumi.dev.yaml', startLine: 3, role: 'plan-value' },
    ruleId: 'reboot-blocked'
  }
]

const COUNTED_ONE_FILE =
  'Counted for the verdict: findings on the 1 file the pull request changes and the files they use.'

let fake: FakeGitHub | undefined
const runner = new Runner()

beforeAll(() => {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run `npm run bundle` first (`npm test` does).')
})
afterEach(async () => {
  expect(fake?.schemaErrors ?? []).toEqual([])
  await fake?.stop()
  fake = undefined
})

/** The base (the plan in place) and the head whose variables file takes it away. */
function commits(test: Case): { base: Tree; head: Tree } {
  const base = fixtureTree(`../value-scope/${test.folder}`)
  const text = base.get(test.file)
  if (text === undefined || !text.includes(test.from)) throw new Error(`${test.folder}/${test.file} has no '${test.from}'`)
  return { base, head: commit(base, new Map([[test.file, text.replace(test.from, test.to)]])) }
}

/** Runs the action on `head` for a pull request whose change set is `base`...`head`. */
async function pullRequest(base: Tree, head: Tree) {
  fake = fakeGitHub(HEAD_SHA, changedFiles(base, head))
  const run = await runner.run({
    tree: head,
    event: synchronizeEvent(HEAD_SHA, BASE_SHA),
    apiUrl: await fake.start(),
    inputs: { 'as-of': '2025-11-24', comment: 'review' }
  })
  const counted = run.stdout.split('\n').find(line => line.startsWith('Counted for the verdict:'))
  return { run, counted, requests: fake.requests.map(describeRequest) }
}

describe.each(CASES)('$folder: a pull request that changes only $file', test => {
  it('takes the plan away: the pull request fails on the line of the variables file', async () => {
    const { base, head } = commits(test)
    expect(changedFiles(base, head).map(file => `${file.status} ${file.filename}`)).toEqual([`modified ${test.file}`])

    const { run, counted, requests } = await pullRequest(base, head)

    expect([run.code, run.outputs.verdict, counted]).toEqual([1, 'fail', COUNTED_ONE_FILE])
    const findings = run.report?.findings ?? []
    expect(findings.map(finding => [finding.ruleId, finding.resource])).toEqual([[test.ruleId, 'vm-app-01']])
    expect(findings[0]?.related).toContainEqual(test.related)
    expect(run.report?.resources[0]?.related).toContainEqual(test.related)
    expect(requests).toEqual([REQUESTS.listFiles(), REQUESTS.reviewThreads, REQUESTS.createReview()])
    const comments = (fake?.reviewComments ?? []).map(comment => ({ path: comment.path, line: comment.line }))
    expect(comments).toEqual([{ path: test.related.file, line: test.related.startLine }])
  }, 60_000)

  it('the same head reached by a README-only change passes: the finding is not the change', async () => {
    const { head } = commits(test)
    const readme = commit(head, new Map([['README.md', '# App\n']]))
    const { run, counted } = await pullRequest(head, readme)
    expect([run.code, run.outputs.verdict, counted]).toEqual([0, 'pass', COUNTED_ONE_FILE])
    expect(run.report?.summary.errors).toBe(1)
  }, 60_000)
})
