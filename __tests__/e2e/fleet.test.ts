/**
 * A pull request with 200 findings: the payments fleet pipeline stamps 200 ARM templates, one
 * hotpatched checkout worker each, none with a reboot plan. Through dist/index.js against the fake
 * GitHub, the request count stays bounded (listing pages of 100, reviews of MAX_COMMENTS_PER_REVIEW
 * line comments, one summary comment) and nothing sent or written exceeds a GitHub limit; a re-run
 * of the same commit writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { MAX_COMMENTS_PER_REVIEW, PAGE_SIZE } from '../../src/github/limits.js'
import { MAX_ANNOTATIONS_PER_LEVEL, MAX_COMMENT_LENGTH, MAX_SUMMARY_BYTES } from '../../src/report/limits.js'
import type { FakeGitHub } from '../github/fake-github/server.js'
import { BASE_SHA, HEAD_SHA, REQUESTS, describeRequest, fakeGitHub, synchronizeEvent } from './pull-request.js'
import { changedFiles, commit, fixtureTree } from './repository.js'
import { DIST, Runner, commands, type ActionRun } from './runner.js'

const NODES = 200
/** The line of the VM resource in each template (its opening brace). */
const VM_LINE = 20

const template = readFileSync(
  fileURLToPath(new URL('../fixtures/e2e/fleet/vm-fleet-node.json', import.meta.url)),
  'utf8'
)
const names = Array.from({ length: NODES }, (_, i) => `vm-fleet-${String(i + 1).padStart(3, '0')}`)
const fleetPath = (name: string): string => `infra/fleet/${name}.json`

/** The fleet's workflow scans the whole repository (`path: .`). */
const INPUTS = { 'as-of': '2025-11-24' }

const base = fixtureTree('base')
const head = commit(base, new Map(names.map(name => [fleetPath(name), template.replace('vm-fleet-000', name)])))

/**
 * The most requests one run may send: the file list in pages of PAGE_SIZE, one page of review threads
 * and one of comments (the pull request has none yet), reviews of MAX_COMMENTS_PER_REVIEW comments, and
 * the summary comment.
 */
const BOUND = Math.ceil(NODES / PAGE_SIZE) + 1 + 1 + Math.ceil(NODES / MAX_COMMENTS_PER_REVIEW) + 1

interface ReviewBody {
  readonly body: string
  readonly comments: readonly { readonly path: string; readonly line: number; readonly body: string }[]
}

let fake: FakeGitHub
let apiUrl: string
const runner = new Runner()
let run: ActionRun
let requests: string[]

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run `npm run bundle` first (`npm test` does).')
  fake = fakeGitHub(HEAD_SHA, changedFiles(base, head))
  apiUrl = await fake.start()
  run = await runner.run({ tree: head, event: synchronizeEvent(HEAD_SHA, BASE_SHA), apiUrl, inputs: INPUTS })
  requests = fake.requests.map(describeRequest)
}, 150_000)

afterAll(async () => {
  await fake?.stop()
  runner.remove()
})

describe('dist/index.js on a pull request with 200 findings', () => {
  it(`sends ${BOUND} requests: 2 file pages, the threads, the comments, 7 reviews and the summary`, () => {
    expect(BOUND).toBe(12)
    expect(requests).toEqual([
      REQUESTS.listFiles(1),
      REQUESTS.listFiles(2),
      REQUESTS.reviewThreads,
      REQUESTS.listComments,
      ...Array.from({ length: 7 }, () => REQUESTS.createReview()),
      REQUESTS.createComment
    ])
    expect(fake.schemaErrors).toEqual([])
  })

  it('posts every finding once, on its VM line, in reviews of at most MAX_COMMENTS_PER_REVIEW comments', () => {
    const reviews = fake.requests.filter(request => request.operation === 'pulls/create-review')
    const bodies = reviews.map(request => request.body as ReviewBody)
    expect(bodies.map(review => review.comments.length)).toEqual([30, 30, 30, 30, 30, 30, 20])
    expect(Math.max(...bodies.map(review => review.comments.length))).toBeLessThanOrEqual(MAX_COMMENTS_PER_REVIEW)
    expect(bodies.map(review => review.body.split('\n')[1])).toEqual(
      [30, 30, 30, 30, 30, 30, 20].map(
        (n, i) =>
          `**Hotpatch reboot gate:** ${n} findings on this pull request's diff (review ${i + 1} of 7). ` +
          'The summary comment lists every finding.'
      )
    )
    const placed = bodies.flatMap(review => review.comments.map(comment => `${comment.path}:${comment.line}`))
    expect(placed.sort()).toEqual(names.map(name => `${fleetPath(name)}:${VM_LINE}`))
  })

  it('keeps every comment body within GitHub’s 65,536 characters; the summary comment is cut with a pointer', () => {
    const bodies = fake.requests.flatMap(request => {
      const body = request.body as Partial<ReviewBody> | undefined
      return [body?.body, ...(body?.comments ?? []).map(comment => comment.body)].filter(text => text !== undefined)
    })
    expect(bodies).toHaveLength(7 + NODES + 1)
    expect(bodies.filter(text => text.length > MAX_COMMENT_LENGTH)).toEqual([])

    const summary = fake.issueComments[0]?.body ?? ''
    expect(summary.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    expect(summary).toContain(
      '**Cut at GitHub’s 65,536-character comment limit.** All 200 findings and 200 VMs are in the job summary of ' +
        '[the workflow run](https://github.com/contoso/payments-infra/actions/runs/11873456210) and in the JSON report.'
    )
    expect(summary).toMatch(/\n\n<!-- hotpatch-reboot-gate:state [A-Za-z0-9_-]+ -->$/)
  })

  it('keeps the job summary within 1 MiB and the annotations within 10 per level, and fails the step', () => {
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES)
    expect(run.summary.split('\n', 1)[0]).toBe('## ❌ hotpatch-reboot-gate: 200 errors')

    // The verdict first, 8 findings, the overflow line: GitHub's 10, none beyond what it displays.
    const errors = commands(run.stdout, 'error')
    expect(errors).toHaveLength(MAX_ANNOTATIONS_PER_LEVEL)
    expect(errors[0]).toBe(
      "::error::200 error findings reach fail-on 'error'; counted: findings on the 200 files the pull request " +
        'changes and the files they use. The annotations and the job summary show each VM and the reboot plan it needs.'
    )
    expect(errors.slice(1, 9).map(line => /,file=([^,]+),line=(\d+),/.exec(line)?.slice(1).join(':'))).toEqual(
      names.slice(0, 8).map(name => `${fleetPath(name)}:${VM_LINE}`)
    )
    expect(errors.slice(9)).toEqual(['::error title=hotpatch-reboot-gate::192 more errors are in the job summary'])
    expect(run.code).toBe(1)
    expect(run.outputs).toEqual({ verdict: 'fail', errors: '200', warnings: '0', report: runner.reportPath, sarif: '' })
    expect(run.stderr).toBe('')
  })

  it('a re-run sends 5 reads (2 file pages, 2 thread pages, 1 comment page) and no write', async () => {
    fake.clearRequests()
    const again = await runner.run({
      tree: head,
      event: synchronizeEvent(HEAD_SHA, BASE_SHA),
      apiUrl,
      inputs: INPUTS
    })

    expect(fake.requests.map(describeRequest)).toEqual([
      REQUESTS.listFiles(1),
      REQUESTS.listFiles(2),
      REQUESTS.reviewThreads,
      REQUESTS.reviewThreads,
      REQUESTS.listComments
    ])
    expect(fake.writes()).toEqual([])
    expect({ code: again.code, outputs: again.outputs }).toEqual({ code: run.code, outputs: run.outputs })
  })
})
