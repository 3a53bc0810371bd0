/**
 * A stand-in for api.github.com on 127.0.0.1 (random port): the REST operations and GraphQL documents
 * the pull-request conversation uses, answering like GitHub does (Link pagination, 200/201 shapes,
 * 401/403/404/422 bodies, secondary rate limits, 502s), checking every request body against GitHub's
 * published OpenAPI schema and every response it gives against the same schemas, and recording every
 * request. State (comments, reviews, threads) persists across runs, so re-runs see what earlier ones wrote.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { REVIEW_THREADS_QUERY, VIEWER_QUERY } from '../../../src/github/api/graphql-documents.js'
import { resolveThreadsDocument } from '../../../src/github/api/review-threads.js'
import { API, NOW, WEB, user } from './objects.js'
import { requestBodyErrors, responseBodyErrors } from './openapi.js'
import { comparisonPayload } from './comparison.js'

export interface Actor {
  readonly login: string
  readonly type: 'Bot' | 'User'
  readonly id: number
}

export const GITHUB_ACTIONS: Actor = { login: 'github-actions[bot]', type: 'Bot', id: 41898282 }
export const MAINTAINER: Actor = { login: 'Codertocat', type: 'User', id: 21031067 }

/** One file of the pull request as `pulls.listFiles` reports it. */
export interface FakeFile {
  readonly filename: string
  readonly status: 'added' | 'removed' | 'modified' | 'renamed'
  readonly patch?: string
  readonly previous_filename?: string
}

export interface RecordedRequest {
  readonly method: string
  readonly path: string
  readonly query: string
  /** The OpenAPI operation id, `graphql:<operation name>`, or `unknown`. */
  readonly operation: string
  readonly body: unknown
  readonly status: number
}

interface Fault {
  readonly operation: string
  /** The request takes effect (a review is created) before the fault is answered. */
  readonly applied: boolean
  readonly status: number
  readonly headers: Record<string, string>
  readonly body: unknown
  remaining: number
}

interface IssueComment {
  readonly id: number
  body: string
  readonly author: Actor
}

interface ReviewComment {
  readonly id: number
  readonly reviewId: number
  readonly path: string
  readonly line: number | undefined
  readonly subjectType: 'line' | 'file'
  body: string
  readonly author: Actor
  readonly commitId: string
  readonly threadId: string
  readonly inReplyTo?: number
}

interface Thread {
  readonly id: string
  readonly rootId: number
  resolved: boolean
  resolvedBy: Actor | undefined
  outdated: boolean
}

const DIFF_LINE_ERROR =
  "Pull request review thread line must be part of the diff and Pull request review thread diff hunk can't be blank"
const READ_ONLY_MESSAGE = 'Resource not accessible by integration'
const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit and have been temporarily blocked from content creation. Please retry your request again later.'

export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  /** Request bodies that broke GitHub's OpenAPI schema: tests assert there are none. */
  readonly schemaErrors: string[] = []
  readonly issueComments: IssueComment[] = []
  readonly reviewComments: ReviewComment[] = []
  readonly threads: Thread[] = []
  readonly reviews: { id: number; body: string; commitId: string; comments: number }[] = []
  /** Tokens and what they may do. */
  readonly tokens = new Map<string, { actor: Actor; write: boolean }>([
    ['write-token', { actor: GITHUB_ACTIONS, write: true }],
    ['read-token', { actor: GITHUB_ACTIONS, write: false }],
    ['maintainer-token', { actor: MAINTAINER, write: true }]
  ])
  /** Largest page GitHub gives (100); lower it to exercise pagination with few items. */
  pageSizeCap = 100
  headSha: string
  files: FakeFile[]
  /** Files of each comparison (`base...head`) the fake knows; any other comparison is 404. */
  readonly comparisons = new Map<string, readonly FakeFile[]>()
  graphqlAvailable = true
  private readonly faults: Fault[] = []
  private nextId = 1000
  private server: Server | undefined
  private baseUrl = ''

  constructor(
    readonly owner: string,
    readonly repo: string,
    readonly number: number,
    headSha: string,
    files: readonly FakeFile[],
    private readonly pullRequestPayload: Record<string, unknown>
  ) {
    this.headSha = headSha
    this.files = [...files]
  }

  /** Starts listening on 127.0.0.1 with a random port; resolves to the API root URL. */
  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      void this.handle(request, response)
    })
    await new Promise<void>(resolve => this.server?.listen(0, '127.0.0.1', resolve))
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this.baseUrl
  }

  async stop(): Promise<void> {
    const server = this.server
    if (server === undefined) return
    server.closeAllConnections()
    await new Promise<void>(resolve => server.close(() => resolve()))
  }

  /**
   * The next `times` requests of an operation get this answer instead; with `applied`, after the
   * request took effect (GitHub created the review, then a proxy answered 502).
   */
  fail(
    operation: string,
    status: number,
    options: { headers?: Record<string, string>; body?: unknown; times?: number; applied?: boolean } = {}
  ): void {
    this.faults.push({
      operation,
      applied: options.applied ?? false,
      status,
      headers: options.headers ?? {},
      body: options.body ?? { message: 'Server Error' },
      remaining: options.times ?? 1
    })
  }

  /** GitHub's secondary rate limit answer (403, retry-after) for the next request of an operation. */
  secondaryRateLimit(operation: string, retryAfterSeconds: number, times = 1): void {
    this.fail(operation, 403, {
      headers: { 'retry-after': String(retryAfterSeconds) },
      body: {
        message: SECONDARY_RATE_LIMIT_MESSAGE,
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
      },
      times
    })
  }

  /** A new commit on the pull request: threads whose line left the diff become outdated. */
  push(headSha: string, files: readonly FakeFile[]): void {
    this.headSha = headSha
    this.files = [...files]
    for (const thread of this.threads) {
      const root = this.reviewComments.find(comment => comment.id === thread.rootId)
      if (root?.subjectType === 'line' && root.line !== undefined && !this.inDiff(root.path, root.line))
        thread.outdated = true
    }
  }

  /** A person (or another bot) comments on the pull request. */
  addIssueComment(author: Actor, body: string): number {
    const id = this.nextId++
    this.issueComments.push({ id, body, author })
    return id
  }

  /** Requests that change something: REST writes and GraphQL mutations. */
  writes(): RecordedRequest[] {
    return this.requests.filter(
      r =>
        r.method !== 'GET' &&
        r.operation !== 'graphql:HotpatchReviewThreads' &&
        r.operation !== 'graphql:HotpatchViewer'
    )
  }

  /** Request counts by operation, e.g. `{ 'pulls/list-files': 1, 'pulls/create-review': 1 }`. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {}
    for (const request of this.requests) counts[request.operation] = (counts[request.operation] ?? 0) + 1
    return counts
  }

  clearRequests(): void {
    this.requests.length = 0
  }

  // -------------------------------------------------------------------------------------------------

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.baseUrl)
    const text = await readBody(request)
    let body: unknown
    try {
      body = text === '' ? undefined : JSON.parse(text)
    } catch {
      body = text
    }
    const operation = this.operationOf(request.method ?? 'GET', url.pathname, body)
    const reply = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
      this.requests.push({
        method: request.method ?? 'GET',
        path: url.pathname,
        query: url.search,
        operation,
        body,
        status
      })
      if (status < 300 && !operation.startsWith('graphql')) {
        for (const error of responseBodyErrors(operation, status, payload))
          this.schemaErrors.push(`response of ${operation}: ${error}`)
      }
      const json = typeof payload === 'string' ? payload : JSON.stringify(payload)
      response.writeHead(status, {
        'content-type': typeof payload === 'string' ? 'text/html' : 'application/json; charset=utf-8',
        'x-github-request-id': `FAKE:${this.requests.length}`,
        ...headers
      })
      response.end(json)
    }

    const auth = /^(?:token|bearer) (.+)$/i.exec(request.headers.authorization ?? '')?.[1]
    const token = auth === undefined ? undefined : this.tokens.get(auth)
    if (token === undefined)
      return reply(401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401'
      })

    const fault = this.faults.find(candidate => candidate.operation === operation && candidate.remaining > 0)
    if (fault && !fault.applied) {
      fault.remaining--
      return reply(fault.status, fault.body, fault.headers)
    }

    const requestErrors = operation.startsWith('graphql') ? [] : requestBodyErrors(operation, body)
    if (requestErrors.length > 0) {
      this.schemaErrors.push(...requestErrors.map(error => `request of ${operation}: ${error}`))
      return reply(422, {
        message: 'Invalid request.',
        errors: requestErrors,
        documentation_url: 'https://docs.github.com/rest',
        status: '422'
      })
    }
    const isWrite = request.method !== 'GET' && !operation.startsWith('graphql')
    if (isWrite && !token.write) {
      return reply(403, {
        message: READ_ONLY_MESSAGE,
        documentation_url: `https://docs.github.com/rest/${operation}`,
        status: '403'
      })
    }
    const [status, payload, headers] = this.route(operation, url, body, token)
    if (fault) {
      fault.remaining--
      return reply(fault.status, fault.body, fault.headers)
    }
    reply(status, payload, headers)
  }

  private operationOf(method: string, path: string, body: unknown): string {
    const base = `/repos/${this.owner}/${this.repo}`
    if (method === 'POST' && path === '/graphql') {
      const query = typeof body === 'object' && body !== null ? String((body as { query?: unknown }).query) : ''
      return `graphql:${/^\s*(?:query|mutation) (\w+)/.exec(query)?.[1] ?? 'anonymous'}`
    }
    const routes: [string, RegExp, string][] = [
      ['GET', new RegExp(`^${base}/pulls/${this.number}$`), 'pulls/get'],
      ['GET', new RegExp(`^${base}/pulls/${this.number}/files$`), 'pulls/list-files'],
      ['GET', new RegExp(`^${base}/issues/${this.number}/comments$`), 'issues/list-comments'],
      ['POST', new RegExp(`^${base}/issues/${this.number}/comments$`), 'issues/create-comment'],
      ['PATCH', new RegExp(`^${base}/issues/comments/\\d+$`), 'issues/update-comment'],
      ['POST', new RegExp(`^${base}/pulls/${this.number}/reviews$`), 'pulls/create-review'],
      ['POST', new RegExp(`^${base}/pulls/${this.number}/comments$`), 'pulls/create-review-comment'],
      ['GET', new RegExp(`^${base}/pulls/${this.number}/comments$`), 'pulls/list-review-comments'],
      ['PATCH', new RegExp(`^${base}/pulls/comments/\\d+$`), 'pulls/update-review-comment'],
      ['GET', new RegExp(`^${base}/compare/[^/]+\\.\\.\\.[^/]+$`), 'repos/compare-commits-with-basehead']
    ]
    return routes.find(([m, pattern]) => m === method && pattern.test(path))?.[2] ?? 'unknown'
  }

  private route(
    operation: string,
    url: URL,
    body: unknown,
    token: { actor: Actor; write: boolean }
  ): [number, unknown, Record<string, string>?] {
    const input = (body ?? {}) as Record<string, unknown>
    const idInPath = Number(url.pathname.split('/').pop())
    switch (operation) {
      case 'pulls/get':
        // The webhook payload's pull request, with the REST-only fields it lacks.
        return [
          200,
          {
            auto_merge: null,
            ...this.pullRequestPayload,
            head: { ...(this.pullRequestPayload.head as object), sha: this.headSha }
          }
        ]
      case 'repos/compare-commits-with-basehead': {
        const basehead = decodeURIComponent(url.pathname.split('/compare/')[1] ?? '')
        const files = this.comparisons.get(basehead)
        if (files === undefined) return [404, notFound('commits/commits#compare-two-commits')]
        return [200, comparisonPayload(this.owner, this.repo, basehead, files.map(file => this.diffEntry(file)))]
      }
      case 'pulls/list-files':
        return this.page(
          url,
          this.files.map(file => this.diffEntry(file))
        )
      case 'issues/list-comments':
        return this.page(
          url,
          this.issueComments.map(comment => this.issueComment(comment))
        )
      case 'issues/create-comment': {
        const comment = { id: this.nextId++, body: String(input.body), author: token.actor }
        this.issueComments.push(comment)
        return [201, this.issueComment(comment)]
      }
      case 'issues/update-comment': {
        const comment = this.issueComments.find(candidate => candidate.id === idInPath)
        if (!comment) return [404, notFound('issues/comments#update-an-issue-comment')]
        if (comment.author.login !== token.actor.login)
          return [403, { message: 'You cannot update this comment', status: '403' }]
        comment.body = String(input.body)
        return [200, this.issueComment(comment)]
      }
      case 'pulls/create-review':
        return this.createReview(input, token.actor)
      case 'pulls/create-review-comment':
        return this.createReviewComment(input, token.actor)
      case 'pulls/list-review-comments':
        return this.page(
          url,
          this.reviewComments.map(comment => this.reviewComment(comment))
        )
      case 'pulls/update-review-comment': {
        const comment = this.reviewComments.find(candidate => candidate.id === idInPath)
        if (!comment) return [404, notFound('pulls/comments#update-a-review-comment-for-a-pull-request')]
        comment.body = String(input.body)
        return [200, this.reviewComment(comment)]
      }
      default:
        if (operation.startsWith('graphql')) return this.graphql(input, token)
        return [404, notFound('rest')]
    }
  }

  private createReview(input: Record<string, unknown>, actor: Actor): [number, unknown] {
    const commitId = typeof input.commit_id === 'string' ? input.commit_id : this.headSha
    const comments = (Array.isArray(input.comments) ? input.comments : []) as Record<string, unknown>[]
    if (commitId !== this.headSha)
      return [
        422,
        unprocessable(['Commit is not part of the pull request'], 'reviews#create-a-review-for-a-pull-request')
      ]
    for (const comment of comments) {
      if (
        comment.side !== 'RIGHT' ||
        typeof comment.line !== 'number' ||
        !this.inDiff(String(comment.path), comment.line)
      ) {
        return [422, unprocessable([DIFF_LINE_ERROR], 'reviews#create-a-review-for-a-pull-request')]
      }
    }
    const review = {
      id: this.nextId++,
      body: typeof input.body === 'string' ? input.body : '',
      commitId,
      comments: comments.length
    }
    this.reviews.push(review)
    for (const comment of comments) {
      this.addThread({
        reviewId: review.id,
        path: String(comment.path),
        line: comment.line as number,
        subjectType: 'line',
        body: String(comment.body),
        author: actor,
        commitId
      })
    }
    return [
      200,
      {
        id: review.id,
        node_id: `PRR_${review.id}`,
        user: user(actor.login, actor.type, actor.id),
        body: review.body,
        state: 'COMMENTED',
        html_url: `${WEB}/${this.owner}/${this.repo}/pull/${this.number}#pullrequestreview-${review.id}`,
        pull_request_url: `${API}/repos/${this.owner}/${this.repo}/pulls/${this.number}`,
        _links: {
          html: { href: `${WEB}/${this.owner}/${this.repo}/pull/${this.number}#pullrequestreview-${review.id}` },
          pull_request: { href: `${API}/repos/${this.owner}/${this.repo}/pulls/${this.number}` }
        },
        submitted_at: NOW,
        commit_id: commitId,
        author_association: 'NONE'
      }
    ]
  }

  private createReviewComment(input: Record<string, unknown>, actor: Actor): [number, unknown] {
    const path = String(input.path)
    const file = this.files.find(candidate => candidate.filename === path)
    if (input.subject_type !== 'file') return [422, unprocessable(['only file-level comments are faked'], 'comments')]
    if (file === undefined || file.status === 'removed') {
      return [
        422,
        {
          message: 'Validation Failed',
          errors: [{ resource: 'PullRequestReviewComment', code: 'invalid', field: 'path' }],
          documentation_url: 'https://docs.github.com/rest/pulls/comments#create-a-review-comment-for-a-pull-request',
          status: '422'
        }
      ]
    }
    if (input.commit_id !== this.headSha)
      return [422, unprocessable(['Commit is not part of the pull request'], 'comments')]
    const comment = this.addThread({
      reviewId: this.nextId++,
      path,
      line: undefined,
      subjectType: 'file',
      body: String(input.body),
      author: actor,
      commitId: this.headSha
    })
    return [201, this.reviewComment(comment)]
  }

  private addThread(fields: Omit<ReviewComment, 'id' | 'threadId'>): ReviewComment {
    const id = this.nextId++
    const comment: ReviewComment = { ...fields, id, threadId: `PRRT_kwDO${id}` }
    this.reviewComments.push(comment)
    this.threads.push({ id: comment.threadId, rootId: id, resolved: false, resolvedBy: undefined, outdated: false })
    return comment
  }

  private graphql(input: Record<string, unknown>, token: { actor: Actor; write: boolean }): [number, unknown] {
    if (!this.graphqlAvailable) return [502, '<html><body><h1>502 Bad Gateway</h1></body></html>']
    const query = String(input.query)
    const variables = (input.variables ?? {}) as Record<string, unknown>
    const viewer = { login: token.actor.login }
    if (query === VIEWER_QUERY) return [200, { data: { viewer } }]
    if (query === REVIEW_THREADS_QUERY) {
      if (variables.owner !== this.owner || variables.repo !== this.repo || variables.number !== this.number) {
        return [
          200,
          {
            data: { viewer, repository: null },
            errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a Repository' }]
          }
        ]
      }
      const size = Math.min(100, this.pageSizeCap)
      const start =
        typeof variables.after === 'string'
          ? Number(Buffer.from(variables.after, 'base64').toString('utf8').replace('cursor:', ''))
          : 0
      const page = this.threads.slice(start, start + size)
      const end = start + page.length
      return [
        200,
        {
          data: {
            viewer,
            repository: {
              pullRequest: {
                reviewThreads: {
                  pageInfo: {
                    hasNextPage: end < this.threads.length,
                    endCursor: page.length === 0 ? null : Buffer.from(`cursor:${end}`).toString('base64')
                  },
                  nodes: page.map(thread => this.threadNode(thread, token.actor))
                }
              }
            }
          }
        }
      ]
    }
    const aliases = [...query.matchAll(/r(\d+): resolveReviewThread/g)].map(match => Number(match[1]))
    if (aliases.length > 0 && query === resolveThreadsDocument(aliases.length)) {
      if (!token.write) {
        return [
          200,
          {
            data: Object.fromEntries(aliases.map(i => [`r${i}`, null])),
            errors: aliases.map(i => ({ type: 'FORBIDDEN', path: [`r${i}`], message: READ_ONLY_MESSAGE }))
          }
        ]
      }
      const data: Record<string, unknown> = {}
      for (const index of aliases) {
        const thread = this.threads.find(candidate => candidate.id === variables[`t${index}`])
        if (thread) {
          thread.resolved = true
          thread.resolvedBy = token.actor
        }
        data[`r${index}`] = thread ? { thread: { id: thread.id, isResolved: true } } : null
      }
      return [200, { data }]
    }
    this.schemaErrors.push(`unknown GraphQL document: ${query.slice(0, 80)}`)
    return [200, { errors: [{ message: 'unknown document (not validated against the schema)' }] }]
  }

  private threadNode(thread: Thread, viewer: Actor): unknown {
    const root = this.reviewComments.find(comment => comment.id === thread.rootId) as ReviewComment
    return {
      id: thread.id,
      isResolved: thread.resolved,
      isOutdated: thread.outdated,
      path: root.path,
      line: root.subjectType === 'file' || thread.outdated ? null : (root.line ?? null),
      subjectType: root.subjectType === 'file' ? 'FILE' : 'LINE',
      resolvedBy: thread.resolvedBy ? { login: thread.resolvedBy.login } : null,
      comments: {
        nodes: [
          { fullDatabaseId: String(root.id), body: root.body, viewerDidAuthor: root.author.login === viewer.login }
        ]
      }
    }
  }

  private page(url: URL, items: readonly unknown[]): [number, unknown, Record<string, string>] {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.pageSizeCap)
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1))
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const link = (n: number, rel: string): string => {
      const target = new URL(url.toString())
      target.searchParams.set('page', String(n))
      return `<${target.toString()}>; rel="${rel}"`
    }
    const links = [
      ...(page > 1 ? [link(page - 1, 'prev'), link(1, 'first')] : []),
      ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : [])
    ]
    return [200, items.slice((page - 1) * perPage, page * perPage), links.length > 0 ? { link: links.join(', ') } : {}]
  }

  /** Whether (path, line) is a RIGHT line of one of the file's hunks (read from the hunk headers only). */
  private inDiff(path: string, line: number): boolean {
    const file = this.files.find(candidate => candidate.filename === path)
    if (file?.patch === undefined || file.status === 'removed') return false
    for (const match of file.patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
      const start = Number(match[1])
      const count = match[2] === undefined ? 1 : Number(match[2])
      if (line >= start && line < start + count) return true
    }
    return false
  }

  private diffEntry(file: FakeFile): unknown {
    const lines = file.patch?.split('\n') ?? []
    const additions = lines.filter(line => line.startsWith('+')).length
    const deletions = lines.filter(line => line.startsWith('-')).length
    const blob = `${WEB}/${this.owner}/${this.repo}/blob/${this.headSha}/${file.filename}`
    return {
      sha: '1f8a6b7c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a',
      filename: file.filename,
      status: file.status,
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: blob,
      raw_url: blob.replace('/blob/', '/raw/'),
      contents_url: `${API}/repos/${this.owner}/${this.repo}/contents/${file.filename}?ref=${this.headSha}`,
      ...(file.patch !== undefined && { patch: file.patch }),
      ...(file.previous_filename !== undefined && { previous_filename: file.previous_filename })
    }
  }

  private issueComment(comment: IssueComment): unknown {
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${API}/repos/${this.owner}/${this.repo}/issues/comments/${comment.id}`,
      html_url: `${WEB}/${this.owner}/${this.repo}/pull/${this.number}#issuecomment-${comment.id}`,
      body: comment.body,
      user: user(comment.author.login, comment.author.type, comment.author.id),
      created_at: NOW,
      updated_at: NOW,
      issue_url: `${API}/repos/${this.owner}/${this.repo}/issues/${this.number}`,
      author_association: comment.author.type === 'Bot' ? 'NONE' : 'OWNER',
      performed_via_github_app: null
    }
  }

  private reviewComment(comment: ReviewComment): unknown {
    const html = `${WEB}/${this.owner}/${this.repo}/pull/${this.number}#discussion_r${comment.id}`
    const pull = `${API}/repos/${this.owner}/${this.repo}/pulls/${this.number}`
    const self = `${API}/repos/${this.owner}/${this.repo}/pulls/comments/${comment.id}`
    return {
      url: self,
      pull_request_review_id: comment.reviewId,
      id: comment.id,
      node_id: `PRRC_${comment.id}`,
      diff_hunk: '@@ -1,1 +1,1 @@',
      path: comment.path,
      commit_id: comment.commitId,
      original_commit_id: comment.commitId,
      ...(comment.inReplyTo !== undefined && { in_reply_to_id: comment.inReplyTo }),
      user: user(comment.author.login, comment.author.type, comment.author.id),
      body: comment.body,
      created_at: NOW,
      updated_at: NOW,
      html_url: html,
      pull_request_url: pull,
      author_association: 'NONE',
      _links: { self: { href: self }, html: { href: html }, pull_request: { href: pull } },
      ...(comment.subjectType === 'line' && {
        line: comment.line,
        original_line: comment.line,
        side: 'RIGHT',
        original_position: 1,
        position: 1
      }),
      subject_type: comment.subjectType
    }
  }
}

function notFound(doc: string): unknown {
  return { message: 'Not Found', documentation_url: `https://docs.github.com/rest/${doc}`, status: '404' }
}

function unprocessable(errors: string[], doc: string): unknown {
  return {
    message: 'Unprocessable Entity',
    errors,
    documentation_url: `https://docs.github.com/rest/pulls/${doc}`,
    status: '422'
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
