/**
 * One fault scenario: a fresh fake GitHub server behind the fault proxy, the faults set up, the action
 * run once, and what it sent. FAULT_TIMINGS=<file> appends each run's duration and request count (for
 * the record; no test asserts wall-clock time, only the kill switch bounds it).
 */
import { expect } from '@jest/globals'
import { appendFileSync } from 'node:fs'
import type { FakeGitHub } from '../github/fake-github/server.js'
import { FaultProxy } from './fault-proxy.js'
import { runAction, type ActionRun } from './run-action.js'
import { fakeGitHub } from './scenario.js'

/** The child is killed past this: a run that needs longer does not end "within a bounded time". */
export const LIMIT_MS = 60_000

/** The jest timeout of a scenario: the kill switch plus the fake servers' start and stop. */
export const SCENARIO_TIMEOUT_MS = LIMIT_MS + 30_000

export interface Observed {
  readonly run: ActionRun
  readonly fake: FakeGitHub
  /** Requests the action sent, per operation (faulted ones included). */
  readonly sent: Record<string, number>
}

export async function observe(
  scenario: string,
  setup: (fake: FakeGitHub, proxy: FaultProxy) => void,
  inputs: Record<string, string> = {}
): Promise<Observed> {
  const fake = fakeGitHub()
  const proxy = new FaultProxy(await fake.start())
  try {
    setup(fake, proxy)
    const run = await runAction(await proxy.start(), inputs, LIMIT_MS)
    if (process.env.FAULT_TIMINGS) {
      const { durationMs, killed } = run
      const line = { scenario, durationMs, killed, requests: proxy.requests.length, sent: proxy.counts() }
      appendFileSync(process.env.FAULT_TIMINGS, `${JSON.stringify(line)}\n`)
    }
    expect(fake.schemaErrors).toEqual([])
    return { run, fake, sent: proxy.counts() }
  } finally {
    await proxy.stop()
    await fake.stop()
  }
}

export const isReview = (method: string, path: string): boolean =>
  method === 'POST' && path.endsWith('/pulls/42/reviews')

/** What a fault-free run sends: the file list, the threads, the comments, one review, one file comment, the summary. */
export const FAULT_FREE: Readonly<Record<string, number>> = {
  'GET pulls/files': 1,
  'POST graphql': 1,
  'GET issues/comments': 1,
  'POST pulls/reviews': 1,
  'POST pulls/comments': 1,
  'POST issues/comments': 1
}

/** Everything was posted: a review with the two line comments, the Terraform file comment, the summary. */
export function expectEverythingPosted(fake: FakeGitHub): void {
  expect(fake.reviews.map(review => review.comments)).toEqual([2])
  expect(fake.reviewComments.map(comment => `${comment.path}:${comment.line ?? 'file'}`)).toEqual([
    'infra/arm/web.json:5',
    'infra/pulumi/Pulumi.yaml:29',
    'infra/terraform/main.tf:file'
  ])
  expect(fake.issueComments).toHaveLength(1)
}
