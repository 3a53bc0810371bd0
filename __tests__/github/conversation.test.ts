/**
 * End-to-end tests of src/github/conversation.ts against a local GitHub (fake-github/server.ts) that
 * validates every request against GitHub's OpenAPI schemas and keeps state between runs.
 */
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js'
import { publishPullRequestConversation, type ConversationInput } from '../../src/github/conversation.js'
import { SUMMARY_MARKER } from '../../src/github/markers.js'
import { readState } from '../../src/github/state.js'
import { MAX_COMMENT_LENGTH } from '../../src/report/limits.js'
import { MAINTAINER, type FakeGitHub } from './fake-github/server.js'
import {
  FAST,
  FILES,
  FINDINGS,
  FIX_COMMIT,
  HEAD,
  PARAM_PATCH,
  PULL_REQUEST,
  SNIPPET,
  fixedReport,
  makeGitHub,
  makeReport
} from './scenario.js'

const expected = (name: string): string =>
  readFileSync(new URL(`../fixtures/github/expected/${name}`, import.meta.url), 'utf8').replace(/\n$/, '')

let github: FakeGitHub
let apiUrl: string

beforeEach(async () => {
  github = makeGitHub()
  apiUrl = await github.start()
})

afterEach(async () => {
  await github.stop()
  // Every request body matched GitHub's OpenAPI schema, and the fake's answers matched them too.
  expect(github.schemaErrors).toEqual([])
  expect(github.counts().unknown).toBeUndefined()
})

/** A client of the fake GitHub for a token (the conversation takes a client, never a token). */
const clientFor = (token: string, log?: (message: string) => void): GitHubClient =>
  createGitHubClient(token, { baseUrl: apiUrl, timings: FAST, ...(log && { log }) })

function converse(overrides: Partial<ConversationInput> = {}): ReturnType<typeof publishPullRequestConversation> {
  return publishPullRequestConversation({
    report: makeReport(),
    // The client logs its retries where the caller's log goes, as the action makes it.
    client: clientFor('write-token', overrides.log),
    comment: 'both',
    runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/6000000001',
    pullRequest: PULL_REQUEST,
    eventName: 'pull_request',
    actor: 'Codertocat',
    serverUrl: 'https://github.com',
    ...overrides
  })
}

const bodyOf = (operation: string, index = 0): Record<string, unknown> =>
  github.requests.filter(r => r.operation === operation)[index]?.body as Record<string, unknown>

const READS = { 'pulls/list-files': 1, 'graphql:HotpatchReviewThreads': 1, 'issues/list-comments': 1 }

describe('first run', () => {
  it('posts one review with every line comment, one file comment and one summary comment: 6 requests', async () => {
    const result = await converse()

    expect(result.notices).toEqual([])
    expect(github.counts()).toEqual({
      ...READS,
      'pulls/create-review': 1,
      'pulls/create-review-comment': 1,
      'issues/create-comment': 1
    })
    expect(github.requests.map(r => r.operation)).toEqual([
      'pulls/list-files',
      'graphql:HotpatchReviewThreads',
      'issues/list-comments',
      'pulls/create-review',
      'pulls/create-review-comment',
      'issues/create-comment'
    ])
    expect(bodyOf('pulls/create-review')).toEqual({
      commit_id: HEAD,
      event: 'COMMENT',
      body:
        '<!-- hotpatch-reboot-gate:review -->\n' +
        "**Hotpatch reboot gate:** 3 findings on this pull request's diff. The summary comment lists every finding.",
      comments: [
        { path: 'infra/prod.bicepparam', line: 3, side: 'RIGHT', body: expected('comment-app-plan.md') },
        { path: 'infra/main.bicep', line: 18, side: 'RIGHT', body: expected('comment-web-patch-mode.md') },
        { path: 'infra/main.bicep', line: 19, side: 'RIGHT', body: expected('comment-web-plan.md') }
      ]
    })
    expect(bodyOf('pulls/create-review-comment')).toEqual({
      commit_id: HEAD,
      path: 'infra/legacy.bicep',
      subject_type: 'file',
      body: expected('comment-legacy-blocked.md')
    })
    expect(bodyOf('issues/create-comment')).toEqual({ body: expected('summary-first-run.md') })
    expect(result).toMatchObject({
      summary: 'created',
      reviews: 1,
      lineComments: 3,
      fileComments: 1,
      resolvedThreads: 0
    })
  })

  it('puts a ```suggestion block on the line the fix replaces, and a paste-ready snippet elsewhere', async () => {
    await converse()
    const comments = bodyOf('pulls/create-review').comments as { line: number; body: string }[]
    expect(comments[1]?.body).toContain("```suggestion\n          patchMode: 'AutomaticByPlatform'\n```")
    expect(comments[2]?.body).toContain(`\`\`\`bicep\n${SNIPPET}\n\`\`\``)
    expect(comments[2]?.body).not.toContain('```suggestion')
  })
})

describe('re-runs', () => {
  it('makes no write request when nothing changed: 3 reads, 0 writes', async () => {
    await converse()
    github.clearRequests()
    const second = await converse()
    expect(github.writes()).toEqual([])
    expect(github.counts()).toEqual(READS)
    expect(second).toMatchObject({ summary: 'unchanged', reviews: 0, lineComments: 0, fileComments: 0, notices: [] })
  })

  it('after a fixing commit resolves the fixed threads in one request and flips the summary to passing', async () => {
    await converse()
    github.push(FIX_COMMIT, FILES)
    github.clearRequests()
    const fixed = { report: fixedReport(), pullRequest: { ...PULL_REQUEST, headSha: FIX_COMMIT } }

    const result = await converse(fixed)
    expect(github.requests.map(r => r.operation)).toEqual([
      'pulls/list-files',
      'graphql:HotpatchReviewThreads',
      'issues/list-comments',
      'graphql:HotpatchResolveThreads',
      'issues/update-comment'
    ])
    expect(bodyOf('graphql:HotpatchResolveThreads').variables as Record<string, string>).toEqual({
      t0: github.threads[0]?.id,
      t1: github.threads[1]?.id,
      t2: github.threads[2]?.id,
      t3: github.threads[3]?.id
    })
    expect(github.threads.map(thread => [thread.resolved, thread.resolvedBy?.login])).toEqual(
      Array(4).fill([true, 'github-actions[bot]'])
    )
    expect(bodyOf('issues/update-comment')).toEqual({ body: expected('summary-after-fix.md') })
    expect(result).toMatchObject({ summary: 'updated', resolvedThreads: 4, reviews: 0, notices: [] })

    github.clearRequests()
    await converse(fixed)
    expect(github.writes()).toEqual([])
  })

  it('keeps the summary sticky: updates the comment it wrote, ignores a copy of its marker by a person', async () => {
    github.addIssueComment(MAINTAINER, `${SUMMARY_MARKER}\nI pasted the bot's marker here.`)
    await converse({ comment: 'summary' })
    expect(github.issueComments).toHaveLength(2)
    expect(github.issueComments[0]?.body).toBe(`${SUMMARY_MARKER}\nI pasted the bot's marker here.`)

    github.push(FIX_COMMIT, FILES)
    await converse({
      comment: 'summary',
      report: makeReport([]),
      pullRequest: { ...PULL_REQUEST, headSha: FIX_COMMIT }
    })
    expect(github.issueComments).toHaveLength(2)
    expect(github.issueComments[1]?.body).toContain('### ✅ Hotpatch reboot gate: passes')
  })

  it('finds its summary comment on a later page', async () => {
    github.pageSizeCap = 2
    for (let i = 0; i < 5; i++) github.addIssueComment(MAINTAINER, `review note ${i}`)
    await converse({ comment: 'summary' })
    github.clearRequests()
    await converse({ comment: 'summary' })
    expect(github.counts()).toEqual({ 'graphql:HotpatchViewer': 1, 'pulls/list-files': 2, 'issues/list-comments': 3 })
    expect(github.issueComments).toHaveLength(6)
  })

  it('does not repost a finding whose thread a reviewer resolved, and says so', async () => {
    await converse()
    const thread = github.threads[2]
    if (thread) Object.assign(thread, { resolved: true, resolvedBy: MAINTAINER })
    github.clearRequests()
    const result = await converse()
    expect(github.counts()['pulls/create-review']).toBeUndefined()
    expect(github.issueComments[0]?.body).toContain('line comment, `infra/main.bicep:19` (resolved by a reviewer)')
    expect(result.summary).toBe('updated')
  })

  it('posts a finding again when it comes back after the gate resolved its thread', async () => {
    await converse()
    github.push(FIX_COMMIT, FILES)
    await converse({ report: makeReport([FINDINGS.labPlan]), pullRequest: { ...PULL_REQUEST, headSha: FIX_COMMIT } })
    github.push(HEAD, FILES)
    github.clearRequests()
    await converse({ report: makeReport([FINDINGS.webPlan, FINDINGS.labPlan]) })
    const review = bodyOf('pulls/create-review')
    expect((review.comments as { path: string; line: number }[]).map(c => [c.path, c.line])).toEqual([
      ['infra/main.bicep', 19]
    ])
  })
})

describe('limits', () => {
  it('keeps 200 findings to 7 reviews of at most 30 comments, 10 file comments and one summary under 65,536 characters', async () => {
    const { report, files } = fleet(200, 20)
    github.files = [...files]
    const result = await converse({ report })

    expect(github.counts()).toEqual({
      ...READS,
      'pulls/create-review': 7,
      'pulls/create-review-comment': 10,
      'issues/create-comment': 1
    })
    expect(github.requests).toHaveLength(21)
    const reviews = github.requests
      .filter(r => r.operation === 'pulls/create-review')
      .map(r => (r.body as { comments: unknown[] }).comments.length)
    expect(reviews).toEqual([30, 30, 30, 30, 30, 30, 20])
    const bodies = [
      ...github.requests
        .filter(r => r.method !== 'GET' && !r.operation.startsWith('graphql'))
        .map(r => String((r.body as { body: string }).body)),
      ...github.reviewComments.map(c => c.body)
    ]
    expect(Math.max(...bodies.map(body => body.length))).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    const summary = github.issueComments[0]?.body ?? ''
    expect(summary.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    expect(summary).toContain(
      '**Cut at GitHub’s 65,536-character comment limit.** All 220 findings and 220 VMs are in the job summary'
    )
    expect(readState(summary)?.fingerprints.size).toBe(220)
    expect(result).toMatchObject({ reviews: 7, lineComments: 200, fileComments: 10 })
    // The 10 file-level findings over the per-run budget are listed in the summary, not dropped.
    expect(
      [...result.placements.values()].filter(p => p.kind === 'summary').map(p => p.kind === 'summary' && p.reason)
    ).toEqual(Array(10).fill('over the budget of 10 file comments per pull request'))

    // Second run: 3 pages of review threads (210 threads), still no write.
    github.clearRequests()
    await converse({ report })
    expect(github.counts()).toEqual({
      'pulls/list-files': 1,
      'graphql:HotpatchReviewThreads': 3,
      'issues/list-comments': 1
    })
  })
})

describe('GitHub refusing or failing requests', () => {
  it('isolates a line comment GitHub refuses (422) by splitting the review, and posts it as a file comment', async () => {
    // GitHub's diff moved on (a push between listing and posting): line 3 of the parameter file is gone from it.
    github.files = FILES.map(file =>
      file.filename === 'infra/prod.bicepparam'
        ? { ...file, patch: '@@ -10,2 +10,2 @@\n param a = 1\n-param b = 2\n+param b = 3' }
        : file
    )
    const changes = {
      files: FILES.map(file => ({
        path: file.filename,
        status: file.status,
        ...(file.patch && { patch: file.patch })
      })),
      complete: true
    }
    const result = await converse({ changes })

    const reviews = github.requests.filter(r => r.operation === 'pulls/create-review')
    expect(
      reviews.map(r => [r.status, (r.body as { comments: { line: number }[] }).comments.map(c => c.line)])
    ).toEqual([
      [422, [3, 18, 19]],
      [422, [3, 18]],
      [422, [3]],
      [200, [18]],
      [200, [19]]
    ])
    expect(
      github.requests
        .filter(r => r.operation === 'pulls/create-review-comment')
        .map(r => (r.body as { path: string }).path)
    ).toEqual(['infra/legacy.bicep', 'infra/prod.bicepparam'])
    expect(result.placements.get(FINDINGS.appPlan)).toEqual({ kind: 'file', path: 'infra/prod.bicepparam' })
    expect(github.issueComments[0]?.body).toContain(
      '| vm-app | vm-app has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition but no reboot plan. | file comment, `infra/prod.bicepparam` |'
    )
    expect(result).toMatchObject({ reviews: 2, lineComments: 2, fileComments: 2, notices: [] })

    github.clearRequests()
    await converse({ changes })
    expect(github.writes()).toEqual([])
  })

  it('retries a 502 and posts once', async () => {
    github.fail('pulls/create-review', 502, { body: '<html><body><h1>502 Bad Gateway</h1></body></html>' })
    github.fail('graphql:HotpatchReviewThreads', 502)
    const result = await converse()
    expect(github.requests.filter(r => r.operation === 'pulls/create-review').map(r => r.status)).toEqual([502, 200])
    expect(github.requests.filter(r => r.operation === 'graphql:HotpatchReviewThreads').map(r => r.status)).toEqual([
      502, 200
    ])
    // Before the retry it looked for a review the failed attempt may have created.
    expect(github.requests.filter(r => r.operation.startsWith('pulls/')).map(r => `${r.operation} ${r.status}`)).toEqual([
      'pulls/list-files 200',
      'pulls/create-review 502',
      'pulls/list-review-comments 200',
      'pulls/create-review 200',
      'pulls/create-review-comment 201'
    ])
    expect(github.reviews).toHaveLength(1)
    expect(result).toMatchObject({ summary: 'created', reviews: 1, notices: [], warnings: [] })
  })

  it('a review created by GitHub and then answered 502 is not posted again: exactly one review', async () => {
    github.fail('pulls/create-review', 502, { applied: true })
    const result = await converse()
    expect(github.requests.filter(r => r.operation === 'pulls/create-review').map(r => r.status)).toEqual([502])
    expect(github.reviews.map(review => review.comments)).toEqual([3])
    expect(result).toMatchObject({ summary: 'created', reviews: 1, lineComments: 3, notices: [], warnings: [] })
  })

  it('a summary comment created by GitHub and then answered 502 is not posted again', async () => {
    github.fail('issues/create-comment', 502, { applied: true })
    const result = await converse()
    expect(github.requests.filter(r => r.operation.startsWith('issues/')).map(r => `${r.operation} ${r.status}`)).toEqual([
      'issues/list-comments 200',
      'issues/create-comment 502',
      'issues/list-comments 200'
    ])
    expect(github.issueComments).toHaveLength(1)
    expect(result).toMatchObject({ summary: 'created', warnings: [] })
  })

  it('a review that fails three times with 502 leaves a warning naming it, and its findings go to the summary', async () => {
    github.fail('pulls/create-review', 502, { times: 3 })
    const result = await converse()
    expect(github.reviews).toEqual([])
    expect(result.warnings).toEqual([
      'The review with 3 findings on infra/prod.bicepparam and infra/main.bicep was not posted to pull request #2: ' +
        'HTTP 502 after 3 attempts: ' +
        'Server Error. The findings are in the annotations and the job summary; the next run posts what is missing.'
    ])
    expect(result.notices).toEqual([])
    expect(result.summary).toBe('created')
    expect(result.placements.get(FINDINGS.webPlan)).toEqual({
      kind: 'summary',
      reason: 'could not be posted (HTTP 502 after 3 attempts: Server Error)'
    })
  })

  it('a summary comment that cannot be written (connection lost each time) leaves a warning', async () => {
    github.fail('issues/create-comment', 503, { times: 3 })
    const result = await converse()
    expect(result.summary).toBe('not-written')
    expect(result.warnings).toEqual([
      'The summary comment was not posted to pull request #2: HTTP 503 after 3 attempts: Server Error. The findings are ' +
        'in the annotations and the job summary; the next run posts what is missing.'
    ])
  })

  it('waits out a secondary rate limit once when GitHub asks for at most 60 s', async () => {
    const log: string[] = []
    github.secondaryRateLimit('issues/create-comment', 1)
    const result = await converse({ log: line => log.push(line) })
    expect(github.requests.filter(r => r.operation === 'issues/create-comment').map(r => r.status)).toEqual([403, 201])
    expect(log).toEqual([
      'Rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments: retrying after 1 s'
    ])
    expect(result).toMatchObject({ summary: 'created', notices: [] })
  })

  it('stops writing, without failing, when the secondary rate limit asks for longer', async () => {
    github.secondaryRateLimit('pulls/create-review', 600)
    const result = await converse()
    expect(github.writes().map(r => [r.operation, r.status])).toEqual([['pulls/create-review', 403]])
    expect(result.summary).toBe('not-written')
    expect(result.notices).toEqual([])
    expect(result.warnings).toEqual([
      'The review with 3 findings on infra/prod.bicepparam and infra/main.bicep was not posted to pull request #2: ' +
        "GitHub's rate limit (HTTP 403: " +
        'You have exceeded a secondary rate limit and have been temporarily blocked from content creation. Please retry your ' +
        'request again later. - https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits). ' +
        'The findings are in the annotations and the job summary; the next run posts what is missing.',
      "Stopped writing to pull request #2 at GitHub's rate limit; not posted either: the file comment on infra/legacy.bicep; " +
        'the summary comment. The next run posts what is missing.'
    ])
  })
})

describe('tokens that cannot write', () => {
  const NOTICE_HEAD = 'The verdict is unaffected: the findings are in the annotations and the job summary.'
  const SAME_REPOSITORY_ADVICE = 'To get comments, give the job `permissions: pull-requests: write` (see docs/pull-requests.md).'
  const FORK_ADVICE =
    '`permissions: pull-requests: write` cannot help here: to get comments, use the two-phase workflows ' +
    'hotpatch-reboot-gate-pr.yml and hotpatch-reboot-gate-comment.yml (see docs/pull-requests.md).'

  it('stops at the first 403 with one notice and no error', async () => {
    const result = await converse({ client: clientFor('read-token') })
    expect(github.requests.map(r => [r.operation, r.status])).toEqual([
      ['pulls/list-files', 200],
      ['graphql:HotpatchReviewThreads', 200],
      ['issues/list-comments', 200],
      ['pulls/create-review', 403]
    ])
    expect(result.notices).toEqual([
      'Not commenting on pull request #2: the token cannot write to it (HTTP 403: Resource not accessible by integration - ' +
        `https://docs.github.com/rest/pulls/create-review). ${NOTICE_HEAD} ${SAME_REPOSITORY_ADVICE}`
    ])
    expect(result.summary).toBe('not-written')
  })

  it('one permission problem is one notice: a refused read of the comments and the refused review say it once', async () => {
    const refused = { body: { message: 'Resource not accessible by integration', status: '403' } }
    github.fail('issues/list-comments', 403, refused)
    const log: string[] = []
    const result = await converse({ client: clientFor('read-token'), log: line => log.push(line) })
    expect(github.requests.map(r => [r.operation, r.status])).toEqual([
      ['pulls/list-files', 200],
      ['graphql:HotpatchReviewThreads', 200],
      ['issues/list-comments', 403],
      ['pulls/create-review', 403]
    ])
    expect(result.notices).toEqual([
      'Not commenting on pull request #2: the token cannot write to it (HTTP 403: Resource not accessible by integration - ' +
        `https://docs.github.com/rest/pulls/create-review). ${NOTICE_HEAD} ${SAME_REPOSITORY_ADVICE}`
    ])
    // The refused read is still said, in the debug log.
    expect(log).toEqual(['Could not list comments of pull request #2: HTTP 403: Resource not accessible by integration'])
  })

  it('a refused read with a token that can write is its own notice', async () => {
    github.fail('issues/list-comments', 403, { body: { message: 'Resource not accessible by integration', status: '403' } })
    const result = await converse()
    expect(result.notices).toEqual(['Could not list comments of pull request #2: HTTP 403: Resource not accessible by integration'])
  })

  it('falls back from a refused thread resolution to editing the comment, and stops at its 403', async () => {
    await converse()
    github.push(FIX_COMMIT, FILES)
    github.clearRequests()
    const result = await converse({
      client: clientFor('read-token'),
      report: fixedReport(),
      pullRequest: { ...PULL_REQUEST, headSha: FIX_COMMIT }
    })
    expect(github.writes().map(r => [r.operation, r.status])).toEqual([
      ['graphql:HotpatchResolveThreads', 200],
      ['pulls/update-review-comment', 403]
    ])
    expect(github.threads.some(thread => thread.resolved)).toBe(false)
    expect(result.notices).toHaveLength(1)
    expect(result.summary).toBe('not-written')
  })

  it('sends no request at all for a pull request from a fork on pull_request', async () => {
    const result = await converse({ pullRequest: { ...PULL_REQUEST, fromFork: true } })
    expect(github.requests).toEqual([])
    expect(result.notices).toEqual([
      'Not commenting on pull request #2: the pull request comes from a fork, and GitHub gives such runs a read-only token. ' +
        `${NOTICE_HEAD} ${FORK_ADVICE}`
    ])
    expect(result.warnings).toEqual([])
  })

  it('advises the two-phase workflows for a Dependabot pull_request run too', async () => {
    const result = await converse({ actor: 'dependabot[bot]' })
    expect(github.requests).toEqual([])
    expect(result.notices).toEqual([
      'Not commenting on pull request #2: the pull request comes from Dependabot, and GitHub gives such runs a read-only ' +
        `token. ${NOTICE_HEAD} ${FORK_ADVICE}`
    ])
  })

  it('comments on a fork pull request from pull_request_target, whose token can write', async () => {
    const result = await converse({
      pullRequest: { ...PULL_REQUEST, fromFork: true },
      eventName: 'pull_request_target'
    })
    expect(result).toMatchObject({ summary: 'created', reviews: 1 })
  })
})

describe('channels', () => {
  it('comment: none sends nothing', async () => {
    const result = await converse({ comment: 'none' })
    expect(github.requests).toEqual([])
    expect(result.notices).toEqual([])
  })

  it('comment: summary posts only the summary, every finding listed as here only', async () => {
    const result = await converse({ comment: 'summary' })
    expect(github.counts()).toEqual({
      'graphql:HotpatchViewer': 1,
      'pulls/list-files': 1,
      'issues/list-comments': 1,
      'issues/create-comment': 1
    })
    expect([...result.placements.values()]).toEqual(
      Array(5).fill({ kind: 'summary', reason: 'review comments are off' })
    )
  })

  it('comment: review lists the findings it cannot place in the review body', async () => {
    await converse({ comment: 'review', scope: 'all' })
    expect(github.counts()).toEqual({
      'pulls/list-files': 1,
      'graphql:HotpatchReviewThreads': 1,
      'pulls/create-review': 1,
      'pulls/create-review-comment': 1
    })
    expect(bodyOf('pulls/create-review').body).toBe(
      '<!-- hotpatch-reboot-gate:review -->\n' +
        "**Hotpatch reboot gate:** 3 findings on this pull request's diff.\n\n" +
        '1 finding could not be placed on the diff:\n\n' +
        '- [reboot-plan-required](https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules/reboot-plan-required.md)' +
        ' · vm-db · `infra/db.bicep:7`: vm-db has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition but no reboot plan.'
    )
  })

  it('comment: review says in a notice when nothing carries the findings it cannot place', async () => {
    await converse({ comment: 'review', scope: 'all' })
    const result = await converse({ comment: 'review', scope: 'all' })
    expect(result.notices).toEqual([
      '1 finding could not be placed on the diff; with comment: review, it is in the job summary only.'
    ])
  })

  it('scope: all lists findings outside the diff in the summary with the reason', async () => {
    const result = await converse({ scope: 'all' })
    expect(result.placements.get(FINDINGS.dbPlan)).toEqual({ kind: 'summary', reason: 'its files are not in the diff' })
    expect(github.issueComments[0]?.body).toContain('6 VMs checked (scope: all)')
  })
})

describe('GraphQL unavailable', () => {
  it('falls back to REST: finds its comments, and marks fixed ones "Fixed in <sha>" instead of resolving', async () => {
    github.graphqlAvailable = false
    await converse()
    expect(github.reviewComments).toHaveLength(4)
    github.clearRequests()
    await converse()
    expect(github.writes()).toEqual([])

    github.push(FIX_COMMIT, FILES)
    github.clearRequests()
    const fixed = { report: makeReport([FINDINGS.labPlan]), pullRequest: { ...PULL_REQUEST, headSha: FIX_COMMIT } }
    const result = await converse(fixed)
    expect(github.writes().map(r => r.operation)).toEqual([
      ...Array(4).fill('pulls/update-review-comment'),
      'issues/update-comment'
    ])
    expect(github.reviewComments[0]?.body).toMatch(
      /\n\n---\n✅ Fixed in `5c1d6f0`: the finding is gone from the report\.\n<!-- hotpatch-reboot-gate:fixed -->$/
    )
    expect(result.markedFixed).toBe(4)

    github.clearRequests()
    await converse(fixed)
    expect(github.writes()).toEqual([])
  })
})

describe('hostile names', () => {
  it('escapes resource names so they cannot mention, link or inject HTML', async () => {
    const name = '@octo-org/admins <img src=x onerror=alert(1)> [x](https://evil.example) | #1'
    const hostile = { ...FINDINGS.legacyBlocked, resource: name, message: `${name} never reboots.` }
    await converse({ report: makeReport([hostile]) })
    const bodies = [github.issueComments[0]?.body ?? '', github.reviewComments[0]?.body ?? '']
    for (const body of bodies) {
      expect(body).not.toContain('@octo-org')
      expect(body).not.toContain('<img')
      expect(body).not.toContain('](https://evil.example)')
      expect(body).toContain(
        '@\u200docto-org/admins &lt;img src=x onerror=alert\\(1\\)&gt; \\[x\\]\\(https:\u200b//evil.example\\) \\| \\#\u200d1'
      )
    }
  })
})

/**
 * `count` VMs in a new file, each with a finding on an added line, plus `far` findings whose lines are
 * outside the diff (file-level comments), with long messages so the summary outgrows one comment.
 */
function fleet(count: number, far: number): { report: ReturnType<typeof makeReport>; files: typeof FILES } {
  const lines = Array.from({ length: count * 2 }, (_, i) =>
    i % 2 === 0 ? `+resource vm${i / 2} 'Microsoft.Compute/virtualMachines@2024-07-01' = {` : '+}'
  )
  const fleetPatch = [`@@ -0,0 +1,${count * 2} @@`, ...lines].join('\n')
  const farPatch = '@@ -1,1 +1,2 @@\n // far\n+// changed'
  const message =
    'has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition but no reboot plan. '.repeat(4)
  const near = Array.from({ length: count }, (_, i) => ({
    ...FINDINGS.webPlan,
    file: 'infra/fleet.bicep',
    startLine: i * 2 + 1,
    endLine: i * 2 + 1,
    resource: `vm${i}`,
    resourceKey: `microsoft.compute/virtualmachines/vm${i}`,
    fingerprint: `fleet${String(i).padStart(4, '0')}`,
    message: `vm${i} ${message}`
  }))
  const farFindings = Array.from({ length: far }, (_, i) => ({
    ...FINDINGS.legacyBlocked,
    file: `infra/far${i}.bicep`,
    startLine: 50,
    endLine: 50,
    resource: `far${i}`,
    resourceKey: `microsoft.compute/virtualmachines/far${i}`,
    fingerprint: `far${String(i).padStart(4, '0')}`,
    message: `far${i} ${message}`
  }))
  const resources = [...near, ...farFindings].map(f => ({
    ...makeReport().resources[0]!,
    name: f.resource,
    file: f.file,
    startLine: f.startLine,
    key: f.resourceKey,
    related: [],
    variant: undefined
  }))
  const files = [
    { filename: 'infra/fleet.bicep', status: 'added' as const, patch: fleetPatch },
    ...farFindings.map(f => ({ filename: f.file, status: 'modified' as const, patch: farPatch })),
    { filename: 'infra/prod.bicepparam', status: 'modified' as const, patch: PARAM_PATCH }
  ]
  return { report: makeReport([...near, ...farFindings], resources), files }
}
