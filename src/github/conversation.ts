import { decideVerdict } from '../gate/verdict.js'
import type { JsonReport, ReportFinding } from '../report/json-report.js'
import { count } from '../report/wording.js'
import { createIssueComment, findSummaryComment, updateIssueComment, type SummaryComment } from './api/issue-comments.js'
import { listPullRequestFiles } from './api/pull-request-files.js'
import { listOwnReviewComments } from './api/review-comments.js'
import { getViewerLogin, listReviewThreads } from './api/review-threads.js'
import type { GitHubClient } from './client.js'
import { readOnlyReason, type PullRequestTarget } from './context.js'
import { DiffIndex, type PullRequestChanges } from './diff.js'
import { executePlan } from './execute.js'
import { fingerprintKey } from './markers.js'
import type { Placement } from './placement.js'
import { planConversation } from './plan.js'
import { renderSummary } from './render/summary.js'
import { notPostedWarning } from './notices.js'
import { classifyFailure, describeFailure } from './request-errors.js'
import { decideScope, scopeReport } from './scope.js'
import { advanceState, readState } from './state.js'
import type { ExistingThread } from './threads.js'
import { WriteSession } from './writes.js'

export type { PullRequestTarget } from './context.js'
export type { PullRequestChanges, PullRequestFile } from './diff.js'
export { scopeReport } from './scope.js'

/** What the action knows when it talks to a pull request. */
export interface ConversationInput {
  /** The whole report (not scoped): the conversation scopes it itself, and resolves threads of findings gone from it. */
  readonly report: JsonReport
  /** The client to talk through (made by the caller from its token, API root and timings). */
  readonly client: GitHubClient
  /** `summary`, `review`, `both` or `none`. */
  readonly comment: 'summary' | 'review' | 'both' | 'none'
  /** The job summary URL or text pointer used when a comment must be trimmed. */
  readonly runUrl: string | undefined
  /** The action's `scope` input (default `changed`). */
  readonly scope?: 'changed' | 'all'
  /** The gate's verdict, shown in the summary; default: decided from the scoped report with `failOn`. */
  readonly verdict?: 'pass' | 'fail'
  /** The action's `fail-on` input, when `verdict` is not given (default `error`). */
  readonly failOn?: 'error' | 'warning' | 'never'
  /** New line comments per run (no cap when unset; the fork-safe poster sets one); the rest go to the summary. */
  readonly maxLineComments?: number
  /** The pull request, from the caller's event (src/github/context.ts); undefined: not a pull request run. */
  readonly pullRequest: PullRequestTarget | undefined
  /** The event that started the run (decides whether a fork's token is read-only). */
  readonly eventName: string
  /** Who started the run. */
  readonly actor: string | undefined
  /** The pull request's files when the caller already listed them; default: listed here. */
  readonly changes?: PullRequestChanges
  /** Web root for links (GITHUB_SERVER_URL). */
  readonly serverUrl: string
  /** Receives debug lines (retries, fallbacks). */
  readonly log?: (message: string) => void
}

export interface ConversationResult {
  /** Notices (`::notice::`): how to enable comments on a read-only token, findings only in the job summary. */
  readonly notices: readonly string[]
  /** Warnings (`::warning::`): every write given up on (also for want of a read it needed). */
  readonly warnings: readonly string[]
  /** What happened to the summary comment. */
  readonly summary: 'created' | 'updated' | 'unchanged' | 'not-written'
  readonly reviews: number
  readonly lineComments: number
  readonly fileComments: number
  readonly resolvedThreads: number
  readonly markedFixed: number
  /** Where each finding of the scoped report went. */
  readonly placements: ReadonlyMap<ReportFinding, Placement>
}

const NOTHING = {
  summary: 'not-written',
  reviews: 0,
  lineComments: 0,
  fileComments: 0,
  resolvedThreads: 0,
  markedFixed: 0
} as const

/**
 * Talks to the pull request: one review with the findings as line comments where their cause is in the
 * diff, and one sticky summary comment updated in place. Re-running on an unchanged pull request sends
 * no write at all; fixed findings get their threads resolved. Never throws for GitHub's answers: a
 * read-only token, a fork, rate limits and 5xx end as notices, and the verdict is never touched.
 */
export async function publishPullRequestConversation(input: ConversationInput): Promise<ConversationResult> {
  const placements = new Map<ReportFinding, Placement>()
  if (input.comment === 'none') return { notices: [], warnings: [], ...NOTHING, placements }
  const { pullRequest, client } = input
  if (pullRequest === undefined)
    return { notices: ['Not a pull request run: nothing to comment on.'], warnings: [], ...NOTHING, placements }
  const session = new WriteSession(pullRequest)
  const readOnly = readOnlyReason(input.eventName, pullRequest, input.actor)
  if (readOnly !== undefined) {
    session.stop(`${readOnly}, and GitHub gives such runs a read-only token`)
    return { notices: session.notices, warnings: [], ...NOTHING, placements }
  }

  const log = input.log ?? ((): void => undefined)
  const notices: string[] = []
  const warnings: string[] = []
  // Reads refused for permissions: notices unless a refused write says the same thing (one problem, one notice).
  const refusedReads: string[] = []
  let lastReadFailure: unknown
  const wantSummary = input.comment === 'summary' || input.comment === 'both'
  const wantReview = input.comment === 'review' || input.comment === 'both'

  // Reads: the diff, the gate's earlier threads (and who the token is), its summary comment.
  const changes =
    input.changes ?? (await attempt(() => listPullRequestFiles(client, pullRequest), 'list the changed files'))
  const listed = changes?.complete ? changes.files : undefined
  const scope = input.scope ?? 'changed'
  const decision = scope === 'all' ? { files: undefined, reason: 'every VM' } : decideScope(input.report, listed)
  const report = scope === 'all' ? input.report : scopeReport(input.report, listed)

  let viewer: string | undefined
  let threads: readonly ExistingThread[] | undefined
  if (wantReview) {
    const graph = await attempt(
      () => listReviewThreads(client, pullRequest),
      'read review threads through GraphQL',
      false
    )
    viewer = graph?.viewer
    threads =
      graph?.threads ??
      (await attempt(() => listOwnReviewComments(client, pullRequest, undefined), 'list review comments'))
  } else {
    viewer = await attempt(() => getViewerLogin(client), 'read the token’s login', false)
  }
  let existing: { id: number; body: string } | undefined
  let summaryReadable = wantSummary
  if (wantSummary) {
    const found = await attempt(
      async () => ({ comment: await findSummaryComment(client, pullRequest, viewer) }),
      'list comments'
    )
    summaryReadable = found !== undefined
    existing = found?.comment
    // Without the earlier summary comment a new one would be a duplicate: this write is given up on.
    if (!summaryReadable && lastReadFailure !== undefined && classifyFailure(lastReadFailure) !== 'forbidden')
      warnings.push(
        notPostedWarning(
          pullRequest,
          'the summary comment',
          `its earlier version could not be looked up (${describeFailure(lastReadFailure)})`
        )
      )
  }
  const previous = existing && readState(existing.body)

  // Plan, then write.
  const plan = planConversation({
    report,
    allFindingKeys: new Set(input.report.findings.map(finding => fingerprintKey(finding.fingerprint))),
    diff: changes && new DiffIndex(changes),
    review: wantReview,
    threads,
    rejected: previous?.sha === pullRequest.headSha ? previous.rejected : new Set(),
    ...(input.maxLineComments === undefined ? {} : { maxLineComments: input.maxLineComments })
  })
  const outcome = await executePlan(client, pullRequest, plan, session, { summary: wantSummary })
  if (!wantSummary && outcome.reviews === 0 && plan.unplaced.length > 0) {
    const n = plan.unplaced.length
    notices.push(
      `${count(n, 'finding')} could not be placed on the diff; with comment: review, ` +
        `${n === 1 ? 'it is' : 'they are'} in the job summary only.`
    )
  }

  let summary: ConversationResult['summary'] = 'not-written'
  if (summaryReadable && session.stopped)
    session.skip(existing === undefined ? 'the summary comment' : 'the update of the summary comment')
  if (summaryReadable && !session.stopped) {
    const { state, changes: since } = advanceState(
      previous,
      pullRequest.headSha,
      report.findings.map(finding => finding.fingerprint),
      outcome.rejected
    )
    const body = renderSummary({
      report,
      // The report is scoped already: the gate counts every finding left in it.
      verdict: input.verdict ?? decideVerdict(report, input.failOn ?? 'error', undefined).verdict,
      scope: {
        mode: scope,
        reason: decision.reason,
        findingsOutOfScope: input.report.findings.length - report.findings.length
      },
      placements: outcome.placements,
      changes: since,
      state,
      headSha: pullRequest.headSha,
      repository: { serverUrl: input.serverUrl, owner: pullRequest.owner, repo: pullRequest.repo },
      runUrl: input.runUrl
    })
    const findCreated = async (): Promise<SummaryComment | undefined> => findSummaryComment(client, pullRequest, viewer)
    const written = await writeSummary(client, pullRequest, session, existing, body, findCreated)
    summary = written.summary
    if (written.warning !== undefined) warnings.push(written.warning)
  }

  const refusedWrite = session.notices.length > 0
  if (refusedWrite) refusedReads.forEach(message => log(message))
  return {
    notices: [...(refusedWrite ? [] : refusedReads), ...notices, ...session.notices],
    warnings: [...warnings, ...session.warnings],
    summary,
    reviews: outcome.reviews,
    lineComments: outcome.lineComments,
    fileComments: outcome.fileComments,
    resolvedThreads: outcome.resolved,
    markedFixed: outcome.markedFixed,
    placements: outcome.placements
  }

  /**
   * Runs a read; a failure is undefined. A refusal (403/404) is a notice, unless a refused write says the
   * same (then a log line); any other failure a log line: the writes it costs say so themselves
   * (src/github/writes.ts).
   */
  async function attempt<T>(read: () => Promise<T>, what: string, notice = true): Promise<T | undefined> {
    try {
      return await read()
    } catch (error) {
      lastReadFailure = error
      const message = `Could not ${what} of pull request #${pullRequest?.number}: ${describeFailure(error)}`
      if (notice && classifyFailure(error) === 'forbidden') refusedReads.push(message)
      else log(message)
      return undefined
    }
  }
}

/**
 * Creates the summary comment, updates it when its body changed, or leaves it alone: an unchanged pull
 * request renders the same body, so a re-run writes nothing.
 */
async function writeSummary(
  client: GitHubClient,
  pullRequest: PullRequestTarget,
  session: WriteSession,
  existing: { readonly id: number; readonly body: string } | undefined,
  body: string,
  findCreated: () => Promise<SummaryComment | undefined>
): Promise<{ summary: ConversationResult['summary']; warning?: string }> {
  if (existing && normalize(existing.body) === normalize(body)) return { summary: 'unchanged' }
  const result =
    existing === undefined
      ? await session.run('the summary comment', () => createIssueComment(client, pullRequest, body, findCreated))
      : await session.run('the update of the summary comment', () =>
          updateIssueComment(client, pullRequest, existing.id, body)
        )
  if (result.ok) return { summary: existing === undefined ? 'created' : 'updated' }
  // Anything but a refusal of the content (422) already has its notice or warning from the session.
  if (result.failure !== 'invalid') return { summary: 'not-written' }
  return { summary: 'not-written', warning: `GitHub refused the summary comment: ${result.message}` }
}

/** GitHub may store line ends as CRLF; trailing blanks do not matter either. */
const normalize = (body: string): string => body.replace(/\r\n/g, '\n').trim()
