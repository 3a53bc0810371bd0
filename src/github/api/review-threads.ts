import type { GitHubClient } from '../client.js'
import type { PullRequestTarget } from '../context.js'
import { MAX_PAGES, MAX_RESOLVES_PER_REQUEST } from '../limits.js'
import { sameLogin, threadKey, type ExistingThread } from '../threads.js'
import { RESOLVE_THREAD_FIELD, REVIEW_THREADS_QUERY, VIEWER_QUERY } from './graphql-documents.js'

interface ThreadsPage {
  readonly viewer: { readonly login: string }
  readonly repository: {
    readonly pullRequest: {
      readonly reviewThreads: {
        readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null }
        readonly nodes: readonly (ThreadNode | null)[]
      }
    } | null
  } | null
}

interface ThreadNode {
  readonly id: string
  readonly isResolved: boolean
  readonly isOutdated: boolean
  readonly path: string
  readonly line: number | null
  readonly subjectType: 'LINE' | 'FILE'
  readonly resolvedBy: { readonly login: string } | null
  readonly comments: {
    readonly nodes: readonly ({
      readonly fullDatabaseId: string | null
      readonly body: string
      readonly viewerDidAuthor: boolean
    } | null)[]
  }
}

/** The token's login and the gate's own review threads (the ones whose first comment it wrote, with a marker). */
export interface ReviewThreads {
  readonly viewer: string
  readonly threads: readonly ExistingThread[]
}

/** Every page of the pull request's review threads (100 per request), keeping the gate's own. */
export async function listReviewThreads(client: GitHubClient, pullRequest: PullRequestTarget): Promise<ReviewThreads> {
  const threads: ExistingThread[] = []
  let viewer = ''
  let after: string | null = null
  for (let page = 0; page < MAX_PAGES; page++) {
    const data: ThreadsPage = await client.graphql<ThreadsPage>(REVIEW_THREADS_QUERY, {
      owner: pullRequest.owner,
      repo: pullRequest.repo,
      number: pullRequest.number,
      after
    })
    viewer = data.viewer.login
    const connection = data.repository?.pullRequest?.reviewThreads
    if (!connection) break
    for (const node of connection.nodes) {
      const thread = node && toThread(node, viewer)
      if (thread) threads.push(thread)
    }
    if (!connection.pageInfo.hasNextPage || connection.pageInfo.endCursor === null) break
    after = connection.pageInfo.endCursor
  }
  return { viewer, threads }
}

function toThread(node: ThreadNode, viewer: string): ExistingThread | undefined {
  const first = node.comments.nodes[0]
  const key = first ? threadKey(first.body) : undefined
  if (!first?.viewerDidAuthor || key === undefined) return undefined
  const subject = node.subjectType === 'FILE' ? 'file' : 'line'
  const commentId = first.fullDatabaseId === null ? undefined : Number(first.fullDatabaseId)
  return {
    key,
    threadId: node.id,
    commentId: commentId !== undefined && Number.isSafeInteger(commentId) ? commentId : undefined,
    body: first.body,
    path: node.path,
    line: subject === 'line' && !node.isOutdated ? (node.line ?? undefined) : undefined,
    subject,
    resolved: node.isResolved,
    resolvedByViewer: node.isResolved && sameLogin(node.resolvedBy?.login, viewer)
  }
}

/** The token's login (`viewer`), for recognising the gate's own comments. */
export async function getViewerLogin(client: GitHubClient): Promise<string> {
  const data = await client.graphql<{ viewer: { login: string } }>(VIEWER_QUERY)
  return data.viewer.login
}

/**
 * Resolves review threads, MAX_RESOLVES_PER_REQUEST per request (one `resolveReviewThread` alias per
 * thread), so that fixing many findings costs a few requests. Returns the ids GitHub reports resolved.
 */
export async function resolveReviewThreads(client: GitHubClient, threadIds: readonly string[]): Promise<Set<string>> {
  const resolved = new Set<string>()
  for (let start = 0; start < threadIds.length; start += MAX_RESOLVES_PER_REQUEST) {
    const batch = threadIds.slice(start, start + MAX_RESOLVES_PER_REQUEST)
    const variables = Object.fromEntries(batch.map((id, index) => [`t${index}`, id]))
    let data: ResolveResults
    try {
      data = await client.graphql<ResolveResults>(resolveThreadsDocument(batch.length), variables)
    } catch (error) {
      // GraphQL answers a partial failure with the data of the aliases that worked, and errors for the rest.
      const partial = typeof error === 'object' && error !== null ? (error as { data?: unknown }).data : undefined
      if (typeof partial !== 'object' || partial === null) throw error
      data = partial as ResolveResults
    }
    for (const result of Object.values(data)) if (result?.thread?.isResolved) resolved.add(result.thread.id)
  }
  return resolved
}

type ResolveResults = Record<string, { thread: { id: string; isResolved: boolean } | null } | null>

/** `mutation HotpatchResolveThreads($t0: ID!, ...) { r0: resolveReviewThread(...) ... }` for `count` threads. */
export function resolveThreadsDocument(count: number): string {
  const variables = Array.from({ length: count }, (_, i) => `$t${i}: ID!`).join(', ')
  const fields = Array.from(
    { length: count },
    (_, i) => `r${i}: ${RESOLVE_THREAD_FIELD.replace('$threadId', `$t${i}`)}`
  ).join('\n')
  return `mutation HotpatchResolveThreads(${variables}) {\n${fields}\n}`
}
