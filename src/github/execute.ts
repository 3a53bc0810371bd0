import type { ReportFinding } from '../report/json-report.js'
import { count } from '../report/wording.js'
import { updateReviewComment } from './api/review-comments.js'
import { resolveReviewThreads } from './api/review-threads.js'
import { createFileComment, createReview } from './api/reviews.js'
import type { GitHubClient } from './client.js'
import type { PullRequestTarget } from './context.js'
import { MAX_COMMENTS_PER_REVIEW, MAX_FIXED_EDITS_PER_RUN } from './limits.js'
import type { ConversationPlan, PlannedComment } from './plan.js'
import type { Placement } from './placement.js'
import { renderFindingComment, renderFixedComment } from './render/finding-comment.js'
import { renderReviewBody } from './render/review-body.js'
import { saysFixed, type ExistingThread } from './threads.js'
import type { WriteSession } from './writes.js'

/** What the writes achieved. */
export interface ExecutionResult {
  /** The plan's placements, corrected for comments GitHub refused or that could not be posted. */
  readonly placements: Map<ReportFinding, Placement>
  /** Fingerprints of findings GitHub refused (422) as line comments: not tried again on this commit. */
  readonly rejected: readonly string[]
  readonly reviews: number
  readonly lineComments: number
  readonly fileComments: number
  readonly resolved: number
  readonly markedFixed: number
}

interface ExecutionOptions {
  /** Whether a summary comment lists every finding (decides the review body). */
  readonly summary: boolean
}

/**
 * Carries out a plan: line comments in reviews of MAX_COMMENTS_PER_REVIEW (one review for most pull
 * requests), file comments, then the fixed findings' threads. A review GitHub refuses (422, which does
 * not say which comment is at fault) is split in halves until the offending comments are isolated;
 * those become file comments, or summary entries when the file-comment budget is spent. Nothing is
 * dropped: every finding not posted gets a summary placement with the reason.
 */
export async function executePlan(
  client: GitHubClient,
  pullRequest: PullRequestTarget,
  plan: ConversationPlan,
  session: WriteSession,
  options: ExecutionOptions
): Promise<ExecutionResult> {
  const placements = new Map(plan.placements)
  const rejected: string[] = []
  const counts = { reviews: 0, lineComments: 0, fileComments: 0, resolved: 0, markedFixed: 0 }
  const fileQueue: PlannedComment[] = [...plan.fileComments]
  const demote = (comment: PlannedComment, reason: string): void => {
    placements.set(comment.finding, { kind: 'summary', reason })
  }

  // Line comments, in reviews.
  const batches = chunk(plan.lineComments, MAX_COMMENTS_PER_REVIEW)
  const postReview = async (comments: readonly PlannedComment[], part: number): Promise<void> => {
    const body = renderReviewBody({
      comments: comments.length,
      part,
      parts: batches.length,
      summary: options.summary,
      unplaced: part === 1 && !options.summary ? plan.unplaced : []
    })
    const which = batches.length > 1 ? ` ${part} of ${batches.length}` : ''
    const what = `the review${which} with ${count(comments.length, 'finding')} on ${filesOf(comments)}`
    const result = await session.run(what, () =>
      createReview(
        client,
        pullRequest,
        body,
        comments.map(c => ({ path: c.path, line: c.line as number, body: c.body }))
      )
    )
    if (result.ok) {
      counts.reviews++
      counts.lineComments += comments.length
      return
    }
    if (result.failure !== 'invalid') {
      for (const comment of comments) demote(comment, notPosted(result.message))
      return
    }
    if (comments.length > 1) {
      const half = Math.ceil(comments.length / 2)
      await postReview(comments.slice(0, half), part)
      await postReview(comments.slice(half), part)
      return
    }
    // One comment GitHub refuses (its line is not in the diff GitHub has): a file comment says it still.
    const [comment] = comments as [PlannedComment]
    rejected.push(comment.finding.fingerprint)
    if (fileQueue.length - plan.fileComments.length < plan.fileCommentsLeft) {
      const anchor = { kind: 'file', path: comment.path } as const
      fileQueue.push({
        finding: comment.finding,
        path: comment.path,
        line: undefined,
        body: renderFindingComment(comment.finding, anchor)
      })
      placements.set(comment.finding, { kind: 'file', path: comment.path })
    } else {
      demote(comment, 'GitHub refused the line comment')
    }
  }
  for (const [index, batch] of batches.entries()) await postReview(batch, index + 1)

  // File comments: one request each (the review API has no file-level comments).
  for (const comment of fileQueue) {
    const result = await session.run(`the file comment on ${comment.path}`, () =>
      createFileComment(client, pullRequest, comment.path, comment.body)
    )
    if (result.ok) counts.fileComments++
    else demote(comment, result.failure === 'invalid' ? 'GitHub refused the file comment' : notPosted(result.message))
  }

  // Fixed findings: resolve their threads; where GraphQL cannot, say "Fixed in <sha>" in the comment.
  const unresolved: ExistingThread[] = [...plan.markFixed]
  if (plan.resolve.length > 0) {
    const ids = plan.resolve.map(thread => thread.threadId as string)
    // Quiet: a thread left unresolved gets the "Fixed in" edit below, which warns if it fails too.
    const what = `resolving ${count(ids.length, 'fixed thread')}`
    const result = await session.run(what, () => resolveReviewThreads(client, ids), { haltOnForbidden: false, quiet: true })
    const done = result.ok ? result.value : new Set<string>()
    counts.resolved += done.size
    unresolved.push(...plan.resolve.filter(thread => !done.has(thread.threadId as string) && !saysFixed(thread)))
  }
  for (const thread of unresolved.slice(0, MAX_FIXED_EDITS_PER_RUN)) {
    if (thread.commentId === undefined) continue
    const id = thread.commentId
    const result = await session.run(`the "Fixed in" note on the comment on ${thread.path}`, () =>
      updateReviewComment(client, pullRequest, id, renderFixedComment(thread.body, pullRequest.headSha))
    )
    if (result.ok) counts.markedFixed++
  }

  return { placements, rejected, ...counts }
}

const notPosted = (message: string): string => `could not be posted (${message})`

/** The files of a review's comments, for a warning: up to three by name. */
function filesOf(comments: readonly PlannedComment[]): string {
  const paths = [...new Set(comments.map(comment => comment.path))]
  if (paths.length > 3) return `${paths.length} files`
  return paths.length === 1 ? (paths[0] as string) : `${paths.slice(0, -1).join(', ')} and ${paths.at(-1) as string}`
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size))
  return chunks
}
