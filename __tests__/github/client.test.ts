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

/** The fake clock's "now": HTTP-date `retry-after` and `x-ratelimit-reset` are read against it. */
const NOW = Date.UTC(2026, 11, 6, 12, 0, 0)

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
    sleep: async ms => void waits.push(ms),
    now: () => NOW
  }
  return { client: createGitHubClient('write-token', { baseUrl, timings, log: line => log.push(line) }), waits, log }
}

const listFiles = (client: ReturnType<typeof createGitHubClient>) =>
  client.rest.pulls.listFiles({ owner: OWNER, repo: REPO, pull_number: NUMBER })

const LIST_FILES = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files'
const SECONDARY = 'You have exceeded a secondary rate limit and have been temporarily blocked from content creation.'
const epoch = (offsetSeconds: number): string => String(NOW / 1000 + offsetSeconds)

describe('rate limits: 429 and 403 alike, waited on the fake clock as long as GitHub asks, once', () => {
  it.each([
    ['a 429 with retry-after: 10 waits 10 s (not 1 s)', 429, { 'retry-after': '10' }, 'Too Many Requests', 10],
    ['a 429 with retry-after as an HTTP date 20 s ahead waits 20 s', 429, { 'retry-after': new Date(NOW + 20_000).toUTCString() }, 'Too Many Requests', 20],
    ['a 429 with x-ratelimit-reset 5 s ahead waits 6 s', 429, { 'x-ratelimit-reset': epoch(5) }, 'Too Many Requests', 6],
    ['a 429 without either header waits a minute', 429, {}, 'Too Many Requests', 60],
    ['a 403 secondary limit with retry-after: 10 waits 10 s', 403, { 'retry-after': '10' }, SECONDARY, 10],
    ['a 403 secondary limit with an HTTP-date retry-after waits until then', 403, { 'retry-after': new Date(NOW + 7_000).toUTCString() }, SECONDARY, 7],
    ['a 403 secondary limit without retry-after waits a minute', 403, {}, SECONDARY, 60],
    ['a 403 primary limit waits until x-ratelimit-reset and one second more', 403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': epoch(30) }, 'API rate limit exceeded for installation ID 1.', 31],
    ['a 403 with retry-after and no wording waits as told', 403, { 'retry-after': '5' }, 'Forbidden', 5]
  ])('%s', async (_name, status, headers, message, seconds) => {
    const { client, waits, log } = await clientWithClock()
    fake?.fail('pulls/list-files', status, { headers, body: { message } })
    const response = await listFiles(client)
    expect(response.status).toBe(200)
    expect(waits).toEqual([seconds])
    expect(log).toEqual([`Rate limit on ${LIST_FILES}: retrying after ${seconds} s`])
    expect(fake?.requests.filter(r => r.operation === 'pulls/list-files').map(r => r.status)).toEqual([status, 200])
  })

  it.each([
    ['a 429 with retry-after: 3600', 429, { 'retry-after': '3600' }, 'Too Many Requests'],
    ['a 403 secondary limit with retry-after: 3600', 403, { 'retry-after': '3600' }, SECONDARY],
    ['a 403 primary limit resetting in an hour', 403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': epoch(3600) }, 'API rate limit exceeded']
  ])('%s is not waited for: the request fails at once', async (_name, status, headers, message) => {
    const { client, waits, log } = await clientWithClock()
    fake?.fail('pulls/list-files', status, { headers, body: { message } })
    await expect(listFiles(client)).rejects.toMatchObject({ status })
    expect(waits).toEqual([])
    expect(log).toEqual([`Rate limit on ${LIST_FILES}: giving up`])
    expect(fake?.requests.filter(r => r.operation === 'pulls/list-files')).toHaveLength(1)
  })

  it('a 429 twice: waits once, and the second refusal fails the request', async () => {
    const { client, waits } = await clientWithClock()
    fake?.fail('pulls/list-files', 429, { headers: { 'retry-after': '2' }, times: 2 })
    await expect(listFiles(client)).rejects.toMatchObject({ status: 429 })
    expect(waits).toEqual([2])
  })

  it('a 403 without any rate-limit sign is a refusal: no wait, no retry', async () => {
    const { client, waits, log } = await clientWithClock()
    fake?.fail('pulls/list-files', 403, { body: { message: 'Resource not accessible by integration' } })
    await expect(listFiles(client)).rejects.toMatchObject({ status: 403 })
    expect(waits).toEqual([])
    expect(log).toEqual([])
  })
})

describe('rateLimitWaitSeconds', () => {
  const error = (status: number, headers: Record<string, string>, message = 'limited', data?: unknown) => ({
    status,
    message,
    response: { headers, data }
  })
  it.each([
    ['429 retry-after', error(429, { 'retry-after': '10' }), 10],
    ['429 retry-after fractional', error(429, { 'retry-after': '1.2' }), 2],
    ['429 retry-after HTTP date', error(429, { 'retry-after': 'Sun, 06 Dec 2026 12:00:45 GMT' }), 45],
    ['429 retry-after HTTP date in the past', error(429, { 'retry-after': 'Sun, 06 Dec 2026 11:00:00 GMT' }), 0],
    ['429 retry-after unreadable: the reset', error(429, { 'retry-after': 'soon', 'x-ratelimit-reset': epoch(9) }), 10],
    ['429 reset in 30 s (and one more)', error(429, { 'x-ratelimit-reset': epoch(30) }), 31],
    ['429 reset in the past', error(429, { 'x-ratelimit-reset': epoch(-30) }), 0],
    ['429 without headers: a minute', error(429, {}), 60],
    ['403 without retry-after: a permission refusal', error(403, {}), undefined],
    ['403 secondary limit', error(403, { 'retry-after': '3' }, 'You have exceeded a secondary rate limit'), 3],
    ['403 secondary limit without retry-after', error(403, {}, 'You have exceeded a secondary rate limit'), 60],
    ['403 primary limit', error(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': epoch(3) }), 4],
    ['403 GraphQL RATE_LIMITED', error(403, {}, 'limited', { errors: [{ type: 'RATE_LIMITED' }] }), 60],
    ['502', error(502, { 'retry-after': '3' }), undefined]
  ])('%s', (_name, failure, seconds) => {
    expect(rateLimitWaitSeconds(failure, NOW)).toBe(seconds)
  })
})

describe('describeFailure', () => {
  it('names a connection failure (Octokit: status 500 without a response) and the host it could not reach', () => {
    expect(describeFailure({ status: 500, message: 'connect ECONNREFUSED 127.0.0.1:9' })).toBe(
      'could not reach GitHub: ECONNREFUSED'
    )
    expect(
      describeFailure({
        status: 500,
        message: 'getaddrinfo ENOTFOUND api.github.com',
        request: { method: 'GET', url: 'https://api.github.com/repos/o/r/pulls/1/files' }
      })
    ).toBe('could not reach api.github.com: ENOTFOUND')
    expect(
      describeFailure({ status: 500, message: 'other side closed', request: { url: 'https://ghe.example.com/api/v3/x' } })
    ).toBe('could not reach ghe.example.com: other side closed')
    expect(describeFailure({ status: 500, message: 'The operation was aborted due to timeout' })).toBe(
      'no answer from GitHub: the request timed out'
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
