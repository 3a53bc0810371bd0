/**
 * End to end through dist/index.js, run as the runner runs it, against the fake GitHub: pull request
 * contoso/payments-infra#117 adds an ARM web tier and a second Bicep API node, both hotpatched without
 * a reboot plan, next to a Terraform batch server that has one. The runs follow the pull request's life
 * on one fake GitHub whose state carries over: the first run posts, a re-run writes nothing, a commit
 * adding a maintenance plan for the API node resolves its thread, and a commit turning hotpatch off on
 * the web tier makes the gate pass.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import type { FakeGitHub } from '../github/fake-github/server.js'
import { annotationHeads, fingerprintMarkerOf, noPlanAnnotation, noPlanCommentHead } from './expectations.js'
import {
  BASE_SHA,
  HEAD_SHA,
  HOTPATCH_OFF_SHA,
  PLAN_SHA,
  REQUESTS,
  describeRequest,
  fakeGitHub,
  synchronizeEvent
} from './pull-request.js'
import { changedFiles, commit, fixtureTree, type Tree } from './repository.js'
import { DIST, Runner, STACK_FRAME, commands, type ActionRun } from './runner.js'

const base = fixtureTree('base')
const head = commit(base, fixtureTree('head'))
const withPlan = commit(head, fixtureTree('fix-plan'))
const hotpatchOff = commit(withPlan, fixtureTree('fix-hotpatch-off'))

/** The workflow's `with:` (as-of pinned so that the advisory's wording does not move with the calendar). */
const INPUTS = { path: 'infra', 'as-of': '2025-11-24' }

const WEB = 'infra/arm/web-tier.json'
const API = 'infra/bicep/api.bicep'

let fake: FakeGitHub
let apiUrl: string
const runner = new Runner()
let first: ActionRun

/** Pushes `sha` (when it is new) and runs the action for its `synchronize` event; returns the requests it sent. */
async function runAt(sha: string, before: string, tree: Tree): Promise<{ run: ActionRun; requests: string[] }> {
  if (fake.headSha !== sha) fake.push(sha, changedFiles(base, tree))
  fake.clearRequests()
  const run = await runner.run({ tree, event: synchronizeEvent(sha, before), apiUrl, inputs: INPUTS })
  return { run, requests: fake.requests.map(describeRequest) }
}

const threadOf = (path: string): { id: string; resolved: boolean; resolvedBy?: string } => {
  const root = fake.reviewComments.find(comment => comment.path === path)
  const thread = fake.threads.find(candidate => candidate.id === root?.threadId)
  if (thread === undefined) throw new Error(`no review thread on ${path}`)
  return { id: thread.id, resolved: thread.resolved, ...(thread.resolvedBy && { resolvedBy: thread.resolvedBy.login }) }
}

const summaryComment = (): string => {
  expect(fake.issueComments).toHaveLength(1)
  return fake.issueComments[0]?.body ?? ''
}

/** The summary comment's opening: its marker, its heading, and the commit and scope line. */
const opening = (body: string): string[] => body.split('\n').slice(0, 5)

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run `npm run bundle` first (`npm test` does).')
  fake = fakeGitHub(HEAD_SHA, changedFiles(base, head))
  apiUrl = await fake.start()
})

afterEach(() => {
  expect(fake.schemaErrors).toEqual([])
})

afterAll(async () => {
  await fake?.stop()
  runner.remove()
})

describe('dist/index.js on a pull request, from the first push to the fix', () => {
  it('serves the diff of the workspace: the ARM template is added, the Bicep file gains a VM at its end', () => {
    const files = changedFiles(base, head)
    expect(files.map(file => `${file.status} ${file.filename} ${file.patch?.split('\n')[0]}`)).toEqual([
      `added ${WEB} @@ -0,0 +1,92 @@`,
      `modified ${API} @@ -73,3 +73,70 @@`
    ])
  })

  it('first run: one review with a line comment per finding, one summary comment, verdict fail', async () => {
    const { run, requests } = await runAt(HEAD_SHA, BASE_SHA, head)
    first = run

    expect(requests).toEqual([
      REQUESTS.listFiles(),
      REQUESTS.reviewThreads,
      REQUESTS.listComments,
      REQUESTS.createReview(),
      REQUESTS.createComment
    ])
    const review = fake.requests[3]?.body as {
      commit_id: string
      event: string
      body: string
      comments: { path: string; line: number; side: string; body: string }[]
    }
    expect({ commit_id: review.commit_id, event: review.event, body: review.body }).toEqual({
      commit_id: HEAD_SHA,
      event: 'COMMENT',
      body:
        '<!-- hotpatch-reboot-gate:review -->\n' +
        "**Hotpatch reboot gate:** 2 findings on this pull request's diff. The summary comment lists every finding."
    })
    expect(review.comments.map(({ path, line, side }) => `${path}:${line} ${side}`)).toEqual([
      `${WEB}:39 RIGHT`,
      `${API}:96 RIGHT`
    ])
    const web = review.comments[0] as { body: string }
    const api = review.comments[1] as { body: string }
    expect(web.body.split('\n', 1)[0]).toBe(noPlanCommentHead('vm-pay-web-01'))
    expect(web.body).toContain('**Fix, ready to paste** (json):')
    expect(web.body.endsWith(`\n\n${fingerprintMarkerOf(run.report, WEB)}`)).toBe(true)
    expect(api.body.split('\n', 1)[0]).toBe(noPlanCommentHead('vm-pay-api-02'))
    expect(api.body).toContain('**Fix, ready to paste** (bicep):')
    expect(api.body.endsWith(`\n\n${fingerprintMarkerOf(run.report, API)}`)).toBe(true)

    const summary = (fake.requests[4]?.body as { body: string }).body
    expect(summaryComment()).toBe(summary)
    expect(opening(summary)).toEqual([
      '<!-- hotpatch-reboot-gate:summary -->',
      '',
      '### ❌ Hotpatch reboot gate: 2 VMs need a reboot plan',
      '',
      'Commit `8f3c2a1` · as of 2025-11-24 · 3 VMs in scope: resources in, or using, the changed files.<br>'
    ])
    expect(summary).toContain('\nFirst check of this pull request.\n')
    expect(summary).toContain(' | line comment, `infra/arm/web-tier.json:39` |\n')
    expect(summary).toContain(' | line comment, `infra/bicep/api.bicep:96` |\n')
    expect(summary).toMatch(/\n\n<!-- hotpatch-reboot-gate:state [A-Za-z0-9_-]+ -->$/)

    expect(run.killed).toBe(false)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    expect(run.outputs).toEqual({ verdict: 'fail', errors: '2', warnings: '0', report: runner.reportPath, sarif: '' })
    expect(annotationHeads(run.stdout)).toEqual([
      "error 2 error findings reach fail-on 'error'; counted: findings on the 2 files the pull request changes and " +
        'the files they use. The annotations and the job summary show each VM and the reboot plan it needs.',
      noPlanAnnotation('vm-pay-web-01', WEB, 39),
      noPlanAnnotation('vm-pay-api-02', API, 96)
    ])
    expect(run.summary.split('\n', 1)[0]).toBe('## ❌ hotpatch-reboot-gate: 2 errors')
    expect(run.stdout).not.toMatch(STACK_FRAME)
  })

  it('a re-run of the same commit sends only reads, and ends exactly as the first run did', async () => {
    const { run, requests } = await runAt(HEAD_SHA, BASE_SHA, head)

    expect(requests).toEqual([REQUESTS.listFiles(), REQUESTS.reviewThreads, REQUESTS.listComments])
    expect(fake.writes()).toEqual([])
    expect(fake.reviews).toHaveLength(1)
    expect(fake.reviewComments).toHaveLength(2)
    expect({ code: run.code, outputs: run.outputs, stdout: run.stdout, stderr: run.stderr }).toEqual({
      code: first.code,
      outputs: first.outputs,
      stdout: first.stdout,
      stderr: first.stderr
    })
  })

  it('a commit adding a reboot plan for vm-pay-api-02 resolves its thread, updates the summary in place', async () => {
    const apiThread = threadOf(API).id
    const { run, requests } = await runAt(PLAN_SHA, HEAD_SHA, withPlan)
    const summaryId = fake.issueComments[0]?.id as number

    expect(requests).toEqual([
      REQUESTS.listFiles(),
      REQUESTS.reviewThreads,
      REQUESTS.listComments,
      REQUESTS.resolveThreads,
      REQUESTS.updateComment(summaryId)
    ])
    expect((fake.requests[3]?.body as { variables: unknown }).variables).toEqual({ t0: apiThread })
    expect([threadOf(API), threadOf(WEB)]).toEqual([
      { id: apiThread, resolved: true, resolvedBy: 'github-actions[bot]' },
      { id: threadOf(WEB).id, resolved: false }
    ])
    expect(fake.reviews).toHaveLength(1)
    expect(fake.reviewComments).toHaveLength(2)

    const summary = summaryComment()
    expect((fake.requests[4]?.body as { body: string }).body).toBe(summary)
    expect(opening(summary)).toEqual([
      '<!-- hotpatch-reboot-gate:summary -->',
      '',
      '### ❌ Hotpatch reboot gate: 1 VM needs a reboot plan',
      '',
      'Commit `c0ffee1` · as of 2025-11-24 · 4 VMs checked (scope: all).<br>'
    ])
    expect(summary).toContain('\nSince `8f3c2a1`: **0 new**, **1 fixed**, 1 unchanged.\n')
    expect(summary).toContain(
      '| vm-pay-api-02 | affected, reboot plan in place | direct assignment vm-pay-api-02-wave-2 '
    )

    expect(run.code).toBe(1)
    expect(run.outputs).toEqual({ verdict: 'fail', errors: '1', warnings: '0', report: runner.reportPath, sarif: '' })
    expect(annotationHeads(run.stdout).slice(1, 2)).toEqual([noPlanAnnotation('vm-pay-web-01', WEB, 39)])
    expect(run.stdout).toContain(
      'Counted for the verdict: every finding (the pull request changes infra/bicep/api.bicep, which holds a ' +
        'maintenance plan).'
    )
    expect(run.stderr).toBe('')
  })

  it('a commit turning hotpatch off on vm-pay-web-01 resolves the last thread; the summary passes', async () => {
    const webThread = threadOf(WEB).id
    const { run, requests } = await runAt(HOTPATCH_OFF_SHA, PLAN_SHA, hotpatchOff)
    const summaryId = fake.issueComments[0]?.id as number

    expect(requests).toEqual([
      REQUESTS.listFiles(),
      REQUESTS.reviewThreads,
      REQUESTS.listComments,
      REQUESTS.resolveThreads,
      REQUESTS.updateComment(summaryId)
    ])
    expect((fake.requests[3]?.body as { variables: unknown }).variables).toEqual({ t0: webThread })
    expect(fake.threads.map(thread => thread.resolved)).toEqual([true, true])
    expect(fake.reviews).toHaveLength(1)

    const summary = summaryComment()
    expect(opening(summary)).toEqual([
      '<!-- hotpatch-reboot-gate:summary -->',
      '',
      '### ✅ Hotpatch reboot gate: passes',
      '',
      'Commit `d15ab1e` · as of 2025-11-24 · 4 VMs checked (scope: all).<br>'
    ])
    expect(summary).toContain('\nSince `c0ffee1`: **0 new**, **1 fixed**, 0 unchanged.\n')
    expect(summary).toContain('\n\nNo findings.\n\n')

    expect(run.code).toBe(0)
    expect(run.outputs).toEqual({ verdict: 'pass', errors: '0', warnings: '0', report: runner.reportPath, sarif: '' })
    expect(commands(run.stdout, 'error')).toEqual([])
    expect(run.stderr).toBe('')
  })

  it('a re-run of the passing commit writes nothing: resolved threads are not resolved again', async () => {
    const { run, requests } = await runAt(HOTPATCH_OFF_SHA, PLAN_SHA, hotpatchOff)

    expect(requests).toEqual([REQUESTS.listFiles(), REQUESTS.reviewThreads, REQUESTS.listComments])
    expect(run.code).toBe(0)
  })
})
