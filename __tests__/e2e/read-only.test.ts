/**
 * The first push of pull request contoso/payments-infra#117 (see conversation.test.ts) with a token
 * that can read but not write, as a workflow without `permissions: pull-requests: write` gets: the fake
 * answers 403 to every REST write. The run ends with the verdict, outputs and annotations of a run that
 * could comment, stops writing at the first refusal, and says once in the log how to enable comments.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import type { FakeGitHub } from '../github/fake-github/server.js'
import { annotationHeads, noPlanAnnotation, READ_ONLY_NOTICE } from './expectations.js'
import { BASE_SHA, HEAD_SHA, REQUESTS, describeRequest, fakeGitHub, synchronizeEvent } from './pull-request.js'
import { changedFiles, commit, fixtureTree } from './repository.js'
import { DIST, Runner, STACK_FRAME, commands, type ActionRun } from './runner.js'

const base = fixtureTree('base')
const head = commit(base, fixtureTree('head'))

let fake: FakeGitHub
const runner = new Runner()
let run: ActionRun

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run `npm run bundle` first (`npm test` does).')
  fake = fakeGitHub(HEAD_SHA, changedFiles(base, head))
  const apiUrl = await fake.start()
  run = await runner.run({
    tree: head,
    event: synchronizeEvent(HEAD_SHA, BASE_SHA),
    apiUrl,
    inputs: { path: 'infra', 'as-of': '2025-11-24', 'github-token': 'read-token' }
  })
})

afterAll(async () => {
  await fake?.stop()
  runner.remove()
})

describe('dist/index.js with a read-only token', () => {
  it('reads, tries one write, and stops at its 403: nothing is posted', () => {
    expect(fake.requests.map(describeRequest)).toEqual([
      REQUESTS.listFiles(),
      REQUESTS.reviewThreads,
      REQUESTS.listComments,
      REQUESTS.createReview(403)
    ])
    expect(fake.reviews).toEqual([])
    expect(fake.issueComments).toEqual([])
    expect(fake.schemaErrors).toEqual([])
  })

  it('ends with the verdict, the outputs and the annotations of a run that can comment', () => {
    expect(run.killed).toBe(false)
    expect(run.code).toBe(1)
    expect(run.outputs).toEqual({ verdict: 'fail', errors: '2', warnings: '0', report: runner.reportPath, sarif: '' })
    expect(annotationHeads(run.stdout)).toEqual([
      "error 2 error findings reach fail-on 'error'; counted: findings on the 2 files the pull request changes and " +
        'the files they use. The annotations and the job summary show each VM and the reboot plan it needs.',
      noPlanAnnotation('vm-pay-web-01', 'infra/arm/web-tier.json', 39),
      noPlanAnnotation('vm-pay-api-02', 'infra/bicep/api.bicep', 96)
    ])
    expect(run.summary.split('\n', 1)[0]).toBe('## ❌ hotpatch-reboot-gate: 2 errors')
  })

  it('says once, as a ::notice::, how to enable comments; no warning, no stack trace', () => {
    const lines = run.stdout.split('\n')
    expect(lines.filter(line => line.includes('To get comments'))).toEqual([READ_ONLY_NOTICE])
    expect(commands(run.stdout, 'warning')).toEqual([])
    expect(run.stdout).not.toContain('internal error')
    expect(run.stdout).not.toMatch(STACK_FRAME)
    expect(run.stderr).toBe('')
  })
})
