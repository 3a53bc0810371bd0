/**
 * The client's own handling of what GitHub answers: rate limits waited out as long as GitHub asks
 * (on a fake clock that records each wait), connection failures named as such, and failure texts that
 * never carry a credential or a whole error body into a log line.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createGitHubClient, type ClientTimings } from '../../src/github/client.js'
import { rateLimitWaitSeconds } from '../../src/github/rate-limit.js'
import { describeFailure, MAX_FAILURE_DESCRIPTION, redactCredentials } from '../../src/github/request-errors.js'
import type { FakeGitHub } from './fake-github/server.js'
import { makeGitHub, NUMBER, OWNER, REPO } from './scenario.js'

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.stop()
  fake = undefined
})

/** A client on the fake GitHub whose waits are recorded (in "seconds": 1 ms each), not slept. */
async function clientWithClock(): Promise<{ client: ReturnType<typeof createGitHubClient>; waits: number[]; log: string[] }> {
  fake = makeGitHub()
  const baseUrl = await fake.start()
  const waits: number[] = []
  const log: string[] = []
  const timings: ClientTimings = {
    retryUnitMs: 1,
    writeSpacingMs: 0,
    notificationSpacingMs: 0,
    sleep: async ms => void waits.push(ms)
  }
  return { client: createGitHubClient('write-token', { baseUrl, timings, log: line => log.push(line) }), waits, log }
}

const listFiles = (client: ReturnType<typeof createGitHubClient>) =>
  client.rest.pulls.listFiles({ owner: OWNER, repo: REPO, pull_number: NUMBER })

describe('rate limits', () => {
  it('a 429 with retry-after: 10 waits 10 "seconds" once, then succeeds', async () => {
    const { client, waits, log } = await clientWithClock()
    fake?.fail('pulls/list-files', 429, { headers: { 'retry-after': '10' }, body: { message: 'Too Many Requests' } })
    const response = await listFiles(client)
    expect(response.status).toBe(200)
    expect(waits).toEqual([10])
    expect(log).toEqual(['Rate limit on GET /repos/{owner}/{repo}/pulls/{pull_number}/files: retrying after 10 s'])
    expect(fake?.requests.filter(r => r.operation === 'pulls/list-files')).toHaveLength(2)
  })

  it('a 429 asking for longer than a minute is not waited for: the request fails at once', async () => {
    const { client, waits } = await clientWithClock()
    fake?.fail('pulls/list-files', 429, { headers: { 'retry-after': '3600' }, body: { message: 'Too Many Requests' } })
    await expect(listFiles(client)).rejects.toMatchObject({ status: 429 })
    expect(waits).toEqual([])
    expect(fake?.requests.filter(r => r.operation === 'pulls/list-files')).toHaveLength(1)
  })

  it('a 429 twice: waits once, and the second refusal fails the request', async () => {
    const { client, waits } = await clientWithClock()
    fake?.fail('pulls/list-files', 429, { headers: { 'retry-after': '2' }, times: 2 })
    await expect(listFiles(client)).rejects.toMatchObject({ status: 429 })
    expect(waits).toEqual([2])
  })

  it('a 403 with retry-after but no secondary-limit wording waits as told', async () => {
    const { client, waits } = await clientWithClock()
    fake?.fail('pulls/list-files', 403, { headers: { 'retry-after': '5' }, body: { message: 'Forbidden' } })
    expect((await listFiles(client)).status).toBe(200)
    expect(waits).toEqual([5])
  })
})

describe('rateLimitWaitSeconds', () => {
  const error = (status: number, headers: Record<string, string>, message = 'limited') => ({
    status,
    message,
    response: { headers }
  })
  const NOW = Date.UTC(2026, 11, 6, 12, 0, 0)
  it.each([
    ['429 retry-after', error(429, { 'retry-after': '10' }), 10],
    ['429 retry-after fractional', error(429, { 'retry-after': '1.2' }), 2],
    ['429 reset in 30 s (and one more)', error(429, { 'x-ratelimit-reset': String(NOW / 1000 + 30) }), 31],
    ['429 reset in the past', error(429, { 'x-ratelimit-reset': String(NOW / 1000 - 30) }), 0],
    ['429 without headers: a minute', error(429, {}), 60],
    ['403 without retry-after: a permission refusal', error(403, {}), undefined],
    ['403 secondary limit: the plugin waits', error(403, { 'retry-after': '3' }, 'You have exceeded a secondary rate limit'), undefined],
    ['429 primary limit: the plugin waits', error(429, { 'x-ratelimit-remaining': '0', 'retry-after': '3' }), undefined],
    ['502', error(502, { 'retry-after': '3' }), undefined]
  ])('%s', (_name, failure, seconds) => {
    expect(rateLimitWaitSeconds(failure, NOW)).toBe(seconds)
  })
})

describe('describeFailure', () => {
  it('names a connection failure (Octokit: status 500 without a response)', () => {
    expect(describeFailure({ status: 500, message: 'connect ECONNREFUSED 127.0.0.1:9' })).toBe(
      'could not connect to GitHub (connect ECONNREFUSED 127.0.0.1:9)'
    )
    expect(describeFailure({ status: 500, message: 'The operation was aborted due to timeout' })).toBe(
      'no answer from GitHub in time (request timed out)'
    )
  })

  it('keeps the status and the first line of an answered failure', () => {
    expect(describeFailure({ status: 502, message: 'Bad Gateway\nmore', response: { headers: {} } })).toBe(
      'HTTP 502: Bad Gateway'
    )
  })

  it('redacts credentials and cuts long bodies', () => {
    const echoed = `Bad credentials for authorization: token ghs_${'a'.repeat(36)} and ${'x'.repeat(600)}`
    const text = describeFailure({ status: 401, message: echoed, response: { headers: {} } })
    expect(text).not.toContain('ghs_a')
    expect(text.startsWith('HTTP 401: Bad credentials for authorization: token *** and xxx')).toBe(true)
    expect(text).toHaveLength(MAX_FAILURE_DESCRIPTION)
    expect(text.endsWith('…')).toBe(true)
  })

  it.each([
    [`ghp_${'A1'.repeat(18)}`, '***'],
    [`github_pat_11ABCDEFG0${'x'.repeat(30)}`, '***'],
    ['Authorization: Bearer abc.def.ghi', 'Authorization: Bearer ***'],
    ['basic dXNlcjpwYXNz', 'basic ***'],
    ['no secret here', 'no secret here']
  ])('redactCredentials(%s)', (input, output) => {
    expect(redactCredentials(input)).toBe(output)
  })
})
