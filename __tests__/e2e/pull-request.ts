/**
 * The pull request of the end-to-end scenarios: contoso/payments-infra#117, a branch of the same
 * repository (not a fork). Its `pull_request` event payloads are the real `synchronize` payload from
 * @octokit/webhooks-examples with this repository, number and commits written in; the fake GitHub
 * holds the same pull request.
 */
import { readFileSync } from 'node:fs'
import { FakeGitHub, type FakeFile, type RecordedRequest } from '../github/fake-github/server.js'

export const OWNER = 'contoso'
export const REPO = 'payments-infra'
export const NUMBER = 117
export const REPOSITORY = `${OWNER}/${REPO}`

/** The commits: the base branch, the pull request's first head, and the two fixing commits. */
export const BASE_SHA = '4b825dc642cb6eb9a060e54bf8d69288fbee4904'
export const HEAD_SHA = '8f3c2a1d9e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a'
export const PLAN_SHA = 'c0ffee1234567890abcdef1234567890abcdef12'
export const HOTPATCH_OFF_SHA = 'd15ab1ed0123456789abcdef0123456789abcdef'

const SYNCHRONIZE = new URL('../fixtures/github/events/pull_request.synchronize.json', import.meta.url)

type Json = Record<string, unknown>

/**
 * The `pull_request` (`synchronize`) payload of a push of `headSha` (after `beforeSha`). Everything
 * naming the example repository is rewritten to contoso/payments-infra, head and base alike.
 */
export function synchronizeEvent(headSha: string, beforeSha: string): Json {
  const text = readFileSync(SYNCHRONIZE, 'utf8').replaceAll('Codertocat/Hello-World', REPOSITORY)
  const event = JSON.parse(text) as Json & { pull_request: Json & { head: Json; base: Json }; repository: Json }
  const pullRequest = event.pull_request
  for (const repository of [event.repository, pullRequest.head.repo as Json, pullRequest.base.repo as Json]) {
    repository.name = REPO
    repository.full_name = REPOSITORY
    ;(repository.owner as Json).login = OWNER
  }
  pullRequest.number = NUMBER
  pullRequest.title = 'Payments: web tier on ARM, second API node'
  const branch = 'payments/black-friday-capacity'
  pullRequest.head = { ...pullRequest.head, sha: headSha, ref: branch, label: `${OWNER}:${branch}` }
  pullRequest.base = { ...pullRequest.base, sha: BASE_SHA, ref: 'main', label: `${OWNER}:main` }
  return { ...event, number: NUMBER, before: beforeSha, after: headSha }
}

/** A fake GitHub holding pull request #117 at `headSha` with these changed files. */
export function fakeGitHub(headSha: string, files: readonly FakeFile[]): FakeGitHub {
  const event = synchronizeEvent(headSha, BASE_SHA) as { pull_request: Json }
  return new FakeGitHub(OWNER, REPO, NUMBER, headSha, files, event.pull_request)
}

/**
 * A request as the tests compare them: method, path, query and status; GraphQL requests by their
 * operation name (`POST /graphql HotpatchReviewThreads 200`).
 */
export function describeRequest(request: RecordedRequest): string {
  const graphql = request.operation.startsWith('graphql:') ? ` ${request.operation.slice('graphql:'.length)}` : ''
  return `${request.method} ${request.path}${request.query}${graphql} ${request.status}`
}

const API = `/repos/${REPOSITORY}`

/** The requests of each kind the action sends, as describeRequest shows them. */
export const REQUESTS = {
  listFiles: (page = 1): string =>
    `GET ${API}/pulls/${NUMBER}/files?per_page=100${page === 1 ? '' : `&page=${page}`} 200`,
  reviewThreads: 'POST /graphql HotpatchReviewThreads 200',
  listComments: `GET ${API}/issues/${NUMBER}/comments?per_page=100 200`,
  createReview: (status = 200): string => `POST ${API}/pulls/${NUMBER}/reviews ${status}`,
  createComment: `POST ${API}/issues/${NUMBER}/comments 201`,
  updateComment: (id: number): string => `PATCH ${API}/issues/comments/${id} 200`,
  resolveThreads: 'POST /graphql HotpatchResolveThreads 200'
} as const
