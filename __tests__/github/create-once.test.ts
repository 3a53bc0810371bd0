/**
 * A POST that creates a review or a comment is never sent twice for one item: after a 5xx or a lost
 * answer the client first looks for what the failed attempt may have created (its fingerprint marker,
 * src/github/markers.ts) and retries only when it is not there. Waits are on a fake clock.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createIssueComment, updateIssueComment } from '../../src/github/api/issue-comments.js'
import { createFileComment, createReview } from '../../src/github/api/reviews.js'
import { createGitHubClient, type ClientTimings } from '../../src/github/client.js'
import { fingerprintMarker } from '../../src/github/markers.js'
import { describeFailure } from '../../src/github/request-errors.js'
import type { FakeGitHub } from './fake-github/server.js'
import { makeGitHub, PULL_REQUEST } from './scenario.js'

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.stop()
  fake = undefined
})

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

const COMMENTS = [
  { path: 'infra/main.bicep', line: 17, body: `vm-web has no reboot plan.\n${fingerprintMarker('reboot-plan-required:vm-web')}` },
  { path: 'infra/main.bicep', line: 19, body: `vm-web is on hotpatch.\n${fingerprintMarker('hotpatch-image-version:vm-web')}` }
]
const REVIEW_BODY = '<!-- hotpatch-reboot-gate:review -->\n**Hotpatch reboot gate:** 2 findings.'
const FILE_BODY = `vm-legacy has no reboot plan.\n${fingerprintMarker('reboot-plan-required:vm-legacy')}`
const REVIEWS = 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews'
const BAD_GATEWAY = { body: { message: 'Bad Gateway' } }

/** `operation status` of every request the fake answered, in order. */
const trail = (): string[] => fake?.requests.map(request => `${request.operation} ${request.status}`) ?? []

describe('a review POST', () => {
  it('created by GitHub and then answered 502: found by its markers, not sent again', async () => {
    const { client, waits, log } = await clientWithClock()
    fake?.fail('pulls/create-review', 502, { ...BAD_GATEWAY, applied: true })
    const id = await createReview(client, PULL_REQUEST, REVIEW_BODY, COMMENTS)
    expect(fake?.reviews.map(review => [review.id, review.comments])).toEqual([[id, 2]])
    expect(trail()).toEqual(['pulls/create-review 502', 'pulls/list-review-comments 200'])
    expect(waits).toEqual([])
    expect(log).toEqual([
      `${REVIEWS} failed (HTTP 502: Bad Gateway): looking for what it created`,
      `${REVIEWS}: the failed attempt had created it; not sent again`
    ])
  })

  it('answered 502 without creating it: looks, finds nothing, waits 1 s and sends it again', async () => {
    const { client, waits } = await clientWithClock()
    fake?.fail('pulls/create-review', 502, BAD_GATEWAY)
    await createReview(client, PULL_REQUEST, REVIEW_BODY, COMMENTS)
    expect(fake?.reviews).toHaveLength(1)
    expect(trail()).toEqual(['pulls/create-review 502', 'pulls/list-review-comments 200', 'pulls/create-review 200'])
    expect(waits).toEqual([1])
  })

  it('502 three times: gives up after 3 attempts, looking before each retry', async () => {
    const { client, waits } = await clientWithClock()
    fake?.fail('pulls/create-review', 502, { ...BAD_GATEWAY, times: 3 })
    const failure = await createReview(client, PULL_REQUEST, REVIEW_BODY, COMMENTS).catch((error: unknown) => error)
    expect(describeFailure(failure)).toBe('HTTP 502 after 3 attempts: Bad Gateway')
    expect(fake?.reviews).toEqual([])
    expect(trail()).toEqual([
      'pulls/create-review 502',
      'pulls/list-review-comments 200',
      'pulls/create-review 502',
      'pulls/list-review-comments 200',
      'pulls/create-review 502'
    ])
    expect(waits).toEqual([1, 4])
  })

  it('when the lookup itself fails, does not risk a duplicate: the POST is given up', async () => {
    const { client } = await clientWithClock()
    fake?.fail('pulls/create-review', 502, { ...BAD_GATEWAY, applied: true })
    fake?.fail('pulls/list-review-comments', 503, { times: 3 })
    const failure = await createReview(client, PULL_REQUEST, REVIEW_BODY, COMMENTS).catch((error: unknown) => error)
    expect(describeFailure(failure)).toBe('HTTP 502: Bad Gateway')
    expect(fake?.reviews).toHaveLength(1)
    expect(fake?.counts()).toEqual({ 'pulls/create-review': 1, 'pulls/list-review-comments': 3 })
  })

  it('a 422 is not retried and not looked for', async () => {
    const { client } = await clientWithClock()
    const outside = [{ path: 'infra/main.bicep', line: 90, body: COMMENTS[0]?.body ?? '' }]
    await expect(createReview(client, PULL_REQUEST, REVIEW_BODY, outside)).rejects.toMatchObject({ status: 422 })
    expect(trail()).toEqual(['pulls/create-review 422'])
  })
})

describe('a file comment POST', () => {
  it('created and then answered 502: found by its marker on its path, not sent again', async () => {
    const { client } = await clientWithClock()
    fake?.fail('pulls/create-review-comment', 502, { ...BAD_GATEWAY, applied: true })
    const id = await createFileComment(client, PULL_REQUEST, 'infra/legacy.bicep', FILE_BODY)
    expect(fake?.reviewComments.map(comment => [comment.id, comment.path, comment.subjectType])).toEqual([
      [id, 'infra/legacy.bicep', 'file']
    ])
    expect(trail()).toEqual(['pulls/create-review-comment 502', 'pulls/list-review-comments 200'])
  })
})

describe('an issue comment POST', () => {
  it('with a lookup: created and then answered 502, found, not sent again', async () => {
    const { client } = await clientWithClock()
    fake?.fail('issues/create-comment', 502, { ...BAD_GATEWAY, applied: true })
    const id = await createIssueComment(client, PULL_REQUEST, 'summary', async () => fake?.issueComments[0])
    expect(fake?.issueComments.map(comment => comment.id)).toEqual([id])
    expect(trail()).toEqual(['issues/create-comment 502'])
  })

  it('an update (PATCH, idempotent) is retried by the client as before, and its attempts counted', async () => {
    const { client } = await clientWithClock()
    const id = fake?.addIssueComment({ login: 'github-actions[bot]', type: 'Bot', id: 41898282 }, 'old') ?? 0
    fake?.fail('issues/update-comment', 502, { ...BAD_GATEWAY, times: 3 })
    const failure = await updateIssueComment(client, PULL_REQUEST, id, 'new').catch((error: unknown) => error)
    expect(describeFailure(failure)).toBe('HTTP 502 after 3 attempts: Bad Gateway')
    expect(trail()).toEqual(['issues/update-comment 502', 'issues/update-comment 502', 'issues/update-comment 502'])
  })
})
