/**
 * GitHub API faults GitHub answers with (5xx, 403, 422, secondary rate limits), under the real action
 * entry: dist/index.js as a child process against the fake GitHub server, with the action's own client
 * settings (real retry delays and write spacing). For every fault the verdict, the annotations, the
 * job summary and the report are those of a fault-free run, and the run ends by itself.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { expectVerdictAndEveryFinding } from './expectations.js'
import { expectEverythingPosted, FAULT_FREE, observe, SCENARIO_TIMEOUT_MS } from './harness.js'
import { DIST } from './run-action.js'

beforeAll(() => {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run `npm run bundle` first (`npm test` does).')
})

describe('dist/index.js under GitHub API error answers', () => {
  it('without a fault: posts the review, the file comment and the summary', async () => {
    const { run, fake, sent } = await observe('no fault', () => undefined)
    expectVerdictAndEveryFinding(run)
    expectEverythingPosted(fake)
    expect(sent).toEqual(FAULT_FREE)
  }, SCENARIO_TIMEOUT_MS)

  it('502 then success: retries each failed request once and posts everything', async () => {
    const { run, fake, sent } = await observe('502 then success', fake => {
      fake.fail('pulls/list-files', 502)
      fake.fail('pulls/create-review', 502)
      fake.fail('issues/create-comment', 502)
    })
    expectVerdictAndEveryFinding(run)
    expectEverythingPosted(fake)
    expect(sent).toEqual({ ...FAULT_FREE, 'GET pulls/files': 2, 'POST pulls/reviews': 2, 'POST issues/comments': 2 })
    expect(run.stdout).not.toContain('::warning::')
  }, SCENARIO_TIMEOUT_MS)

  it('403 on every write: stops writing after the first refusal, with one notice', async () => {
    const { run, fake, sent } = await observe('403 on every write', () => undefined, { 'github-token': 'read-token' })
    expectVerdictAndEveryFinding(run)
    expect(fake.reviews).toEqual([])
    expect(fake.issueComments).toEqual([])
    expect(sent).toEqual({ 'GET pulls/files': 1, 'POST graphql': 1, 'GET issues/comments': 1, 'POST pulls/reviews': 1 })
    expect(run.stdout).toContain('the token cannot write to it (HTTP 403: Resource not accessible by integration')
  }, SCENARIO_TIMEOUT_MS)

  it('422 on one comment: the refused file comment is listed in the summary comment instead', async () => {
    const { run, fake, sent } = await observe('422 on one comment', fake => {
      fake.fail('pulls/create-review-comment', 422, {
        body: {
          message: 'Validation Failed',
          errors: [{ resource: 'PullRequestReviewComment', code: 'invalid', field: 'path' }],
          documentation_url: 'https://docs.github.com/rest/pulls/comments#create-a-review-comment-for-a-pull-request',
          status: '422'
        }
      })
    })
    expectVerdictAndEveryFinding(run)
    expect(fake.reviews.map(review => review.comments)).toEqual([2])
    expect(fake.reviewComments.map(comment => comment.path)).toEqual(['infra/arm/web.json', 'infra/pulumi/Pulumi.yaml'])
    expect(fake.issueComments).toHaveLength(1)
    expect(fake.issueComments[0]?.body).toContain('GitHub refused the file comment')
    expect(sent).toEqual(FAULT_FREE)
  }, SCENARIO_TIMEOUT_MS)

  it('secondary rate limit with retry-after 2: waits once and posts everything', async () => {
    const { run, fake, sent } = await observe('secondary rate limit, retry-after 2', fake => {
      fake.secondaryRateLimit('pulls/create-review', 2)
    })
    expectVerdictAndEveryFinding(run)
    expectEverythingPosted(fake)
    expect(sent).toEqual({ ...FAULT_FREE, 'POST pulls/reviews': 2 })
  }, SCENARIO_TIMEOUT_MS)

  it('secondary rate limit with retry-after 3600: stops writing at once, with one notice', async () => {
    const { run, fake, sent } = await observe('secondary rate limit, retry-after 3600', fake => {
      fake.secondaryRateLimit('pulls/create-review', 3600)
    })
    expectVerdictAndEveryFinding(run)
    expect(fake.reviews).toEqual([])
    expect(fake.issueComments).toEqual([])
    expect(sent).toEqual({ 'GET pulls/files': 1, 'POST graphql': 1, 'GET issues/comments': 1, 'POST pulls/reviews': 1 })
    expect(run.stdout).toContain('secondary rate limit')
  }, SCENARIO_TIMEOUT_MS)
})
