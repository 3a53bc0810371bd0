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
    expect(sent).toEqual({ ...FAULT_FREE, 'POST pulls/reviews': 2 })
  }, SCENARIO_TIMEOUT_MS)

  it('a connection reset on every request: gives up on GitHub, reports every finding, ends', async () => {
    const { run, fake } = await observe('connection reset (every request)', (_fake, proxy) =>
      proxy.inject('reset', ANY, Infinity)
    )
    expectVerdictAndEveryFinding(run)
    expect(fake.requests).toEqual([])
    expect(run.stdout).toContain(
      '::warning::Could not list the files of pull request #42, so every finding counts: could not connect to GitHub (other side closed)'
    )
  }, SCENARIO_TIMEOUT_MS)

  it('a timeout: the unanswered request is given up and retried, and everything is posted', async () => {
    const { run, fake, sent } = await observe('timeout (review request unanswered once)', (_fake, proxy) =>
      proxy.inject('hang', isReview)
    )
    expectVerdictAndEveryFinding(run)
    expectEverythingPosted(fake)
    expect(sent).toEqual({ ...FAULT_FREE, 'POST pulls/reviews': 2 })
  }, SCENARIO_TIMEOUT_MS)

  it('a timeout on every request: gives up on GitHub, reports every finding, ends', async () => {
    const { run, fake } = await observe('timeout (every request unanswered)', (_fake, proxy) =>
      proxy.inject('hang', ANY, Infinity)
    )
    expectVerdictAndEveryFinding(run)
    expect(fake.requests).toEqual([])
    expect(run.stdout).toContain(
      '::warning::Could not list the files of pull request #42, so every finding counts: no answer from GitHub in time (request timed out)'
    )
  }, SCENARIO_TIMEOUT_MS)
})
