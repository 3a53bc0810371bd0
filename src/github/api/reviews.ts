import { FIND_CREATED, type GitHubClient } from '../client.js'
import type { PullRequestTarget } from '../context.js'
import { readFingerprintKey } from '../markers.js'
import { findMarkedComments } from './review-comments.js'

/** A line comment of a review, on the RIGHT (head) side. */
export interface ReviewLineComment {
  readonly path: string
  readonly line: number
  readonly body: string
}

/**
 * Submits one review (event COMMENT) carrying line comments, pinned to the commit the report describes
 * so that the lines match the diff they were computed from. Returns the review's id. Retried only
 * when the comments' fingerprint markers show the failed attempt did not create it (a review is
 * created whole or not at all).
 */
export async function createReview(
  client: GitHubClient,
  pullRequest: PullRequestTarget,
  body: string,
  comments: readonly ReviewLineComment[]
): Promise<number> {
  const keys = markerKeys(comments.map(comment => comment.body))
  const findCreated = async (): Promise<{ id: number } | undefined> => {
    if (keys.size === 0) return undefined
    const [found] = (await findMarkedComments(client, pullRequest, keys)).values()
    return found?.reviewId === undefined || found.reviewId === null ? undefined : { id: found.reviewId }
  }
  const { data } = await client.rest.pulls.createReview({
    request: { [FIND_CREATED]: findCreated },
    owner: pullRequest.owner,
    repo: pullRequest.repo,
    pull_number: pullRequest.number,
    commit_id: pullRequest.headSha,
    event: 'COMMENT',
    body,
    comments: comments.map(comment => ({ path: comment.path, line: comment.line, side: 'RIGHT', body: comment.body }))
  })
  return data.id
}

/**
 * A file-level review comment (`subject_type: file`): the review API cannot carry these, so each is a
 * request of its own. Retried only when no comment with its fingerprint marker was created.
 */
export async function createFileComment(
  client: GitHubClient,
  pullRequest: PullRequestTarget,
  path: string,
  body: string
): Promise<number> {
  const keys = markerKeys([body])
  const findCreated = async (): Promise<{ id: number } | undefined> => {
    if (keys.size === 0) return undefined
    const [found] = (await findMarkedComments(client, pullRequest, keys)).values()
    return found?.path === path ? { id: found.id } : undefined
  }
  const { data } = await client.rest.pulls.createReviewComment({
    request: { [FIND_CREATED]: findCreated },
    owner: pullRequest.owner,
    repo: pullRequest.repo,
    pull_number: pullRequest.number,
    commit_id: pullRequest.headSha,
    path,
    subject_type: 'file',
    body
  })
  return data.id
}

const markerKeys = (bodies: readonly string[]): Set<string> =>
  new Set(bodies.flatMap(body => readFingerprintKey(body) ?? []))
