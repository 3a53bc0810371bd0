import type { GitHubClient } from '../client.js'
import type { PullRequestTarget } from '../context.js'

/** A line comment of a review, on the RIGHT (head) side. */
export interface ReviewLineComment {
  readonly path: string
  readonly line: number
  readonly body: string
}

/**
 * Submits one review (event COMMENT) carrying line comments, pinned to the commit the report describes
 * so that the lines match the diff they were computed from. Returns the review's id.
 */
export async function createReview(
  client: GitHubClient,
  pullRequest: PullRequestTarget,
  body: string,
  comments: readonly ReviewLineComment[]
): Promise<number> {
  const { data } = await client.rest.pulls.createReview({
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
 * request of its own.
 */
export async function createFileComment(
  client: GitHubClient,
  pullRequest: PullRequestTarget,
  path: string,
  body: string
): Promise<number> {
  const { data } = await client.rest.pulls.createReviewComment({
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
