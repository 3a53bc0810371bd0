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
    // Before each POST's retry, a look for what the failed attempt may have created (nothing, here).
    expect(sent).toEqual({
      ...FAULT_FREE,
      'GET pulls/files': 2,
      'POST pulls/reviews': 2,
      'GET pulls/comments': 1,
      'POST issues/comments': 2,
      'GET issues/comments': 2
    })
    expect(run.stdout).not.toContain('::warning::')
  }, SCENARIO_TIMEOUT_MS)

  it('a review GitHub created before answering 502: found by its markers, never posted twice', async () => {
    const { run, fake, sent } = await observe('review created, then 502', fake => {
      fake.fail('pulls/create-review', 502, { applied: true })
    })
    expectVerdictAndEveryFinding(run)
    expectEverythingPosted(fake)
    expect(fake.reviews).toHaveLength(1)
    expect(sent).toEqual({ ...FAULT_FREE, 'GET pulls/comments': 1 })
    expect(run.stdout).not.toContain('::warning::')
  }, SCENARIO_TIMEOUT_MS)

  it('a review that fails three times with 502: one ::warning:: names what was not posted', async () => {
    const { run, fake, sent } = await observe('502 on every review attempt', fake => {
      fake.fail('pulls/create-review', 502, { times: 3 })
    })
    expectVerdictAndEveryFinding(run)
    expect(fake.reviews).toEqual([])
    expect(sent).toEqual({ ...FAULT_FREE, 'POST pulls/reviews': 3, 'GET pulls/comments': 2 })
    expect(warnings(run.stdout)).toEqual([
      '::warning::The review with 2 findings on infra/arm/web.json and infra/pulumi/Pulumi.yaml was not posted to pull ' +
        'request #42: HTTP 502 after 3 attempts: Server Error. The findings are in the annotations and the job summary; ' +
        'the next run posts what is missing.'
    ])
    // The summary comment lists the two findings instead, with the reason.
    const reason = '| here only: could not be posted \\(HTTP 502 after 3 attempts: Server Error\\) |'
    expect(fake.issueComments[0]?.body.split('\n').filter(line => line.endsWith(reason))).toHaveLength(2)
  }, SCENARIO_TIMEOUT_MS)

  it('a 429 with retry-after: 10 on the review waits 10 s (on the test clock), once, and posts everything', async () => {
    const { run, fake, sent } = await observe('429 retry-after 10', fake => {
      fake.fail('pulls/create-review', 429, { headers: { 'retry-after': '10' }, body: { message: 'Too Many Requests' } })
    })
    expectVerdictAndEveryFinding(run)
    expectEverythingPosted(fake)
    expect(sent).toEqual({ ...FAULT_FREE, 'POST pulls/reviews': 2 })
    expect(run.stdout.split('\n').filter(line => line.startsWith('::debug::Rate limit'))).toEqual([
      '::debug::Rate limit on POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews: retrying after 10 s'
    ])
  }, SCENARIO_TIMEOUT_MS)

  it('403 on every write: stops writing after the first refusal, with one notice', async () => {
    const { run, fake, sent } = await observe('403 on every write', () => undefined, { 'github-token': 'read-token' })
    expectVerdictAndEveryFinding(run)
    expect(fake.reviews).toEqual([])
    expect(fake.issueComments).toEqual([])
    expect(sent).toEqual({ 'GET pulls/files': 1, 'POST graphql': 1, 'GET issues/comments': 1, 'POST pulls/reviews': 1 })
    // A same-repository pull request: a ::notice:: that advises the job's permissions; no warning.
    expect(run.stdout.split('\n').filter(line => line.startsWith('::notice::'))).toEqual([
      '::notice::Not commenting on pull request #42: the token cannot write to it (HTTP 403: Resource not accessible by ' +
        'integration - https://docs.github.com/rest/pulls/create-review). The verdict is unaffected: the findings are in the ' +
        'annotations and the job summary. To get comments, give the job `permissions: pull-requests: write` (see ' +
        'docs/pull-requests.md).'
    ])
    expect(warnings(run.stdout)).toEqual([])
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
    expect(warnings(run.stdout)).toEqual([
      '::warning::The review with 2 findings on infra/arm/web.json and infra/pulumi/Pulumi.yaml was not posted to pull ' +
        "request #42: GitHub's rate limit (HTTP 403: You have exceeded a secondary rate limit and have been temporarily " +
        'blocked from content creation. Please retry your request again later. - https://docs.github.com/rest/overview/' +
        'rate-limits-for-the-rest-api#about-secondary-rate-limits). The findings are in the annotations and the job ' +
        'summary; the next run posts what is missing.',
      "::warning::Stopped writing to pull request #42 at GitHub's rate limit; not posted either: the file comment on " +
        'infra/terraform/main.tf; the summary comment. The next run posts what is missing.'
    ])
  }, SCENARIO_TIMEOUT_MS)
})

/** The `::warning::` lines that are not annotations of findings. */
function warnings(stdout: string): string[] {
  return stdout.split('\n').filter(line => line.startsWith('::warning::'))
}
