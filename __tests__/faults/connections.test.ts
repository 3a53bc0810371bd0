/**
 * Connection faults (through the proxy in front of the fake GitHub server) under the real action
 * entry: a reset connection and an unanswered request, once and on every request. The verdict, the
 * annotations, the job summary and the report stay those of a fault-free run, and the run ends by
 * itself within the kill switch.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { expectVerdictAndEveryFinding } from './expectations.js'
import { expectEverythingPosted, FAULT_FREE, isReview, observe, SCENARIO_TIMEOUT_MS } from './harness.js'
import { DIST } from './run-action.js'

beforeAll(() => {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run `npm run bundle` first (`npm test` does).')
})

const ANY = (): boolean => true

describe('dist/index.js under connection faults', () => {
  it('a connection reset: retries the request and posts everything', async () => {
    const { run, fake, sent } = await observe('connection reset (once)', (_fake, proxy) =>
      proxy.inject('reset', isReview)
    )
    expectVerdictAndEveryFinding(run)
    expectEverythingPosted(fake)
    // The lost attempt created nothing: looked up (GET pulls/comments), then sent again.
    expect(sent).toEqual({ ...FAULT_FREE, 'POST pulls/reviews': 2, 'GET pulls/comments': 1 })
  }, SCENARIO_TIMEOUT_MS)

  it('an answer lost after GitHub created the review: found by its markers, exactly one review', async () => {
    const { run, fake, sent } = await observe('review created, answer lost', (_fake, proxy) =>
      proxy.inject('lose-answer', isReview)
    )
    expectVerdictAndEveryFinding(run)
    expectEverythingPosted(fake)
    expect(fake.reviews).toHaveLength(1)
    expect(sent).toEqual({ ...FAULT_FREE, 'GET pulls/comments': 1 })
    expect(run.stdout).not.toContain('::warning::')
  }, SCENARIO_TIMEOUT_MS)

  it('a connection reset on every request: gives up on GitHub, reports every finding, ends', async () => {
    const { run, fake } = await observe('connection reset (every request)', (_fake, proxy) =>
      proxy.inject('reset', ANY, Infinity)
    )
    expectVerdictAndEveryFinding(run)
    expect(fake.requests).toEqual([])
    // Named as a connection failure, with the host, never as "HTTP 500".
    expect(warnings(run.stdout)).toEqual([
      '::warning::Could not list the files of pull request #42, so every finding counts: could not reach HOST after 3 ' +
        'attempts: other side closed',
      '::warning::The summary comment was not posted to pull request #42: its earlier version could not be looked up ' +
        '(could not reach HOST after 3 attempts: other side closed). The findings are in the annotations and the job ' +
        'summary; the next run posts what is missing.'
    ])
  }, SCENARIO_TIMEOUT_MS)

  it('a timeout: the unanswered request is given up and retried, and everything is posted', async () => {
    const { run, fake, sent } = await observe('timeout (review request unanswered once)', (_fake, proxy) =>
      proxy.inject('hang', isReview)
    )
    expectVerdictAndEveryFinding(run)
    expectEverythingPosted(fake)
    expect(sent).toEqual({ ...FAULT_FREE, 'POST pulls/reviews': 2, 'GET pulls/comments': 1 })
  }, SCENARIO_TIMEOUT_MS)

  it('a timeout on every request: gives up on GitHub, reports every finding, ends', async () => {
    const { run, fake } = await observe('timeout (every request unanswered)', (_fake, proxy) =>
      proxy.inject('hang', ANY, Infinity)
    )
    expectVerdictAndEveryFinding(run)
    expect(fake.requests).toEqual([])
    expect(warnings(run.stdout)).toEqual([
      '::warning::Could not list the files of pull request #42, so every finding counts: no answer from HOST after 3 ' +
        'attempts: the request timed out',
      '::warning::The summary comment was not posted to pull request #42: its earlier version could not be looked up ' +
        '(no answer from HOST after 3 attempts: the request timed out). The findings are in the annotations and the job ' +
        'summary; the next run posts what is missing.'
    ])
  }, SCENARIO_TIMEOUT_MS)
})

/** The `::warning::` lines, with the proxy's address (a random port) as HOST. */
function warnings(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter(line => line.startsWith('::warning::'))
    .map(line => line.replace(/127\.0\.0\.1:\d+/g, 'HOST'))
}
