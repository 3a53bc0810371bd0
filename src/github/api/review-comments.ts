import type { GitHubClient } from '../client.js'
import type { PullRequestTarget } from '../context.js'
import { MAX_PAGES, PAGE_SIZE } from '../limits.js'
import { authoredByViewer, threadKey, type ExistingThread } from '../threads.js'

/** A review comment that carries one of the gate's fingerprint markers. */
export interface MarkedComment {
  readonly id: number
  /** The review it belongs to (null for a comment GitHub made its own review for). */
  readonly reviewId: number | null
  readonly path: string
}

/**
 * The review comments (not replies) on the pull request's head commit whose fingerprint marker is one
 * of `keys`: what a review or file comment POST that failed may have created after all. The plan posts
 * a finding only where it has no comment yet, so such a comment can only come from that attempt.
 */
export async function findMarkedComments(
  client: GitHubClient,
  pullRequest: PullRequestTarget,
  keys: ReadonlySet<string>
): Promise<Map<string, MarkedComment>> {
  const found = new Map<string, MarkedComment>()
  for await (const comment of reviewComments(client, pullRequest)) {
    const key = threadKey(comment.body)
    if (key === undefined || !keys.has(key) || comment.in_reply_to_id !== undefined) continue
    if (comment.commit_id !== pullRequest.headSha && comment.original_commit_id !== pullRequest.headSha) continue
    found.set(key, { id: comment.id, reviewId: comment.pull_request_review_id, path: comment.path })
  }
  return found
}

/** The pull request's review comments, page by page, up to MAX_PAGES pages (`pulls.listReviewComments`). */
async function* reviewComments(client: GitHubClient, pullRequest: PullRequestTarget) {
  const pages = client.paginate.iterator(client.rest.pulls.listReviewComments, {
    owner: pullRequest.owner,
    repo: pullRequest.repo,
    pull_number: pullRequest.number,
    per_page: PAGE_SIZE
  })
  let read = 0
  for await (const page of pages) {
    yield* page.data
    if (++read >= MAX_PAGES) return
  }
}

/**
 * The gate's earlier review comments through REST (`pulls.listReviewComments`): the fallback when
 * GraphQL cannot list review threads. REST does not say whether a thread is resolved, so `resolved` is
 * undefined and a fixed finding's comment is edited instead.
 */
export async function listOwnReviewComments(
  client: GitHubClient,
  pullRequest: PullRequestTarget,
  viewer: string | undefined
): Promise<ExistingThread[]> {
  const threads: ExistingThread[] = []
  for await (const comment of reviewComments(client, pullRequest)) {
    const key = threadKey(comment.body)
    if (key === undefined || comment.in_reply_to_id !== undefined || !authoredByViewer(comment.user, viewer)) continue
    const subject = comment.subject_type === 'file' ? 'file' : 'line'
    threads.push({
      key,
      threadId: undefined,
      commentId: comment.id,
      body: comment.body,
      path: comment.path,
      line: subject === 'line' ? (comment.line ?? undefined) : undefined,
      subject,
      resolved: undefined,
      resolvedByViewer: false
    })
  }
  return threads
}

export async function updateReviewComment(
  client: GitHubClient,
  pullRequest: PullRequestTarget,
  id: number,
  body: string
): Promise<void> {
  await client.rest.pulls.updateReviewComment({
    owner: pullRequest.owner,
    repo: pullRequest.repo,
    comment_id: id,
    body
  })
}
