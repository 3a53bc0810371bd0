import { FIND_CREATED, type FindCreated, type GitHubClient } from '../client.js'
import type { PullRequestTarget } from '../context.js'
import { MAX_PAGES, PAGE_SIZE } from '../limits.js'
import { SUMMARY_MARKER } from '../markers.js'
import { authoredByViewer } from '../threads.js'

/** The sticky summary comment an earlier run wrote. */
export interface SummaryComment {
  readonly id: number
  readonly body: string
}

/**
 * The gate's summary comment: the first one that starts with the summary marker and was written by
 * the token's identity (`viewer`, from GraphQL) or, when that is unknown, by a bot. Reads every page
 * until it is found (KICS read only the first page and duplicated its comment on long pull requests).
 */
export async function findSummaryComment(
  client: GitHubClient,
  pullRequest: PullRequestTarget,
  viewer: string | undefined
): Promise<SummaryComment | undefined> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: pullRequest.owner,
    repo: pullRequest.repo,
    issue_number: pullRequest.number,
    per_page: PAGE_SIZE
  })
  let read = 0
  for await (const page of pages) {
    const mine = page.data.find(
      comment => comment.body?.trimStart().startsWith(SUMMARY_MARKER) === true && authoredByViewer(comment.user, viewer)
    )
    if (mine) return { id: mine.id, body: mine.body ?? '' }
    if (++read >= MAX_PAGES) break
  }
  return undefined
}

/**
 * Creates an issue comment. With `findCreated` (the summary comment: findSummaryComment), a failed
 * attempt is retried only when the comment it may have created is not there.
 */
export async function createIssueComment(
  client: GitHubClient,
  pullRequest: PullRequestTarget,
  body: string,
  findCreated?: FindCreated
): Promise<number> {
  const { data } = await client.rest.issues.createComment({
    ...(findCreated !== undefined && { request: { [FIND_CREATED]: findCreated } }),
    owner: pullRequest.owner,
    repo: pullRequest.repo,
    issue_number: pullRequest.number,
    body
  })
  return data.id
}

export async function updateIssueComment(
  client: GitHubClient,
  pullRequest: PullRequestTarget,
  id: number,
  body: string
): Promise<void> {
  await client.rest.issues.updateComment({ owner: pullRequest.owner, repo: pullRequest.repo, comment_id: id, body })
}
