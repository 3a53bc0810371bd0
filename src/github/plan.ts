import type { JsonReport, ReportFinding } from '../report/json-report.js'
import { anchorFinding, resourceOf } from './anchor.js'
import type { DiffIndex } from './diff.js'
import { MAX_FILE_COMMENTS, MAX_FIXED_EDITS_PER_RUN } from './limits.js'
import { fingerprintKey } from './markers.js'
import type { Placement } from './placement.js'
import { renderFindingComment } from './render/finding-comment.js'
import { hashFingerprint } from './state.js'
import { saysFixed, type ExistingThread } from './threads.js'

/** What the planner knows; it reads nothing else and writes nothing. */
export interface PlanInput {
  /** The report as scoped for the pull request. */
  readonly report: JsonReport
  /** fingerprintKey of every finding of the whole (unscoped) report: a thread whose key is missing was fixed. */
  readonly allFindingKeys: ReadonlySet<string>
  /** The pull request's diff; undefined when it could not be listed. */
  readonly diff: DiffIndex | undefined
  /** Whether review comments are wanted (comment: review or both). */
  readonly review: boolean
  /** The gate's earlier review threads; undefined when they could not be read (nothing is posted then). */
  readonly threads: readonly ExistingThread[] | undefined
  /** Fingerprint hashes GitHub refused as line comments on this commit in an earlier run. */
  readonly rejected: ReadonlySet<string>
  /** New line comments this run may post (no cap when unset; the poster sets DEFAULT_MAX_LINE_COMMENTS); the rest go to the summary. */
  readonly maxLineComments?: number
}

/** A review comment to post: a line comment when `line` is set, else a file-level one. */
export interface PlannedComment {
  readonly finding: ReportFinding
  readonly path: string
  readonly line: number | undefined
  readonly body: string
}

/** What one run writes, decided before any write. */
export interface ConversationPlan {
  /** Where each finding of the report goes (or already is). */
  readonly placements: Map<ReportFinding, Placement>
  /** New line comments, in report order (the executor sends them in reviews of MAX_COMMENTS_PER_REVIEW). */
  readonly lineComments: readonly PlannedComment[]
  /** New file-level comments: with the standing ones, at most MAX_FILE_COMMENTS. */
  readonly fileComments: readonly PlannedComment[]
  /** Open threads of fixed findings, to resolve. */
  readonly resolve: readonly ExistingThread[]
  /** Comments of fixed findings to edit ("Fixed in <sha>") when threads cannot be resolved (REST). */
  readonly markFixed: readonly ExistingThread[]
  /** Findings that ask for a change but got neither a line nor a file comment. */
  readonly unplaced: readonly ReportFinding[]
  /** File comments still allowed after the planned ones (for line comments GitHub refuses). */
  readonly fileCommentsLeft: number
}

/**
 * Decides what to post, resolve and edit. Idempotent by construction: a finding whose fingerprint
 * already has an open thread of ours is not posted again, nor one a reviewer resolved; a thread whose
 * finding is gone from the whole report is resolved (or its comment marked fixed), never reposted.
 * Exempted findings and notices stay in the summary: they do not ask for a change.
 */
export function planConversation(input: PlanInput): ConversationPlan {
  const placements = new Map<ReportFinding, Placement>()
  const lineComments: PlannedComment[] = []
  const fileComments: PlannedComment[] = []
  const planned = new Set<string>()
  const maxLineComments = input.maxLineComments ?? Infinity
  const blocking = blockingThreads(input.threads ?? [])
  // File comments already standing for current findings use up the budget: a re-run posts no more.
  const currentKeys = new Set(input.report.findings.map(finding => fingerprintKey(finding.fingerprint)))
  const existingFileThreads = [...blocking.values()].filter(
    thread => thread.subject === 'file' && currentKeys.has(thread.key)
  ).length

  for (const finding of input.report.findings) {
    const placement = place(finding)
    placements.set(finding, placement)
  }

  function place(finding: ReportFinding): Placement {
    if (!input.review) return { kind: 'summary', reason: 'review comments are off' }
    if (finding.exemption !== undefined) return { kind: 'summary', reason: 'exempted' }
    if (finding.severity === 'notice') return { kind: 'summary', reason: 'notices are listed here only' }
    if (input.threads === undefined) return { kind: 'summary', reason: 'earlier review comments could not be read' }
    const key = fingerprintKey(finding.fingerprint)
    const existing = blocking.get(key)
    if (existing) return placementOf(existing)
    if (input.diff === undefined) return { kind: 'summary', reason: 'the changed files could not be listed' }
    if (input.rejected.has(hashFingerprint(finding.fingerprint))) {
      return { kind: 'summary', reason: 'GitHub refused the line comment' }
    }
    const anchor = anchorFinding(finding, resourceOf(finding, input.report), input.diff)
    if (anchor.kind === 'none') return { kind: 'summary', reason: anchor.reason }
    if (planned.has(key))
      return anchor.kind === 'line' ? { kind: 'line', path: anchor.path, line: anchor.line } : anchor
    const body = renderFindingComment(finding, anchor)
    if (anchor.kind === 'line') {
      if (lineComments.length >= maxLineComments) {
        return { kind: 'summary', reason: `over the budget of ${maxLineComments} review comments per run` }
      }
      planned.add(key)
      lineComments.push({ finding, path: anchor.path, line: anchor.line, body })
      return { kind: 'line', path: anchor.path, line: anchor.line }
    }
    if (fileComments.length + existingFileThreads >= MAX_FILE_COMMENTS) {
      return { kind: 'summary', reason: `over the budget of ${MAX_FILE_COMMENTS} file comments per pull request` }
    }
    planned.add(key)
    fileComments.push({ finding, path: anchor.path, line: undefined, body })
    return { kind: 'file', path: anchor.path }
  }

  const fixed = (input.threads ?? []).filter(thread => !input.allFindingKeys.has(thread.key))
  const resolve = fixed.filter(thread => thread.threadId !== undefined && thread.resolved === false)
  const markFixed = fixed
    .filter(thread => thread.threadId === undefined && thread.commentId !== undefined && !saysFixed(thread))
    .slice(0, MAX_FIXED_EDITS_PER_RUN)
  const unplaced = input.report.findings.filter(
    finding =>
      placements.get(finding)?.kind === 'summary' && finding.exemption === undefined && finding.severity !== 'notice'
  )
  const fileCommentsLeft = Math.max(0, MAX_FILE_COMMENTS - existingFileThreads - fileComments.length)
  return { placements, lineComments, fileComments, resolve, markFixed, unplaced, fileCommentsLeft }
}

/**
 * The threads that stop a finding from being posted again, by key: open threads, and threads a
 * reviewer resolved (a decision to respect). A thread the gate resolved itself does not: the finding
 * was fixed and has come back, so it is posted anew. Through REST (resolution unknown) every comment
 * not marked fixed counts as open.
 */
function blockingThreads(threads: readonly ExistingThread[]): Map<string, ExistingThread> {
  const blocking = new Map<string, ExistingThread>()
  for (const thread of threads) {
    const blocks = thread.resolved === undefined ? !saysFixed(thread) : !thread.resolved || !thread.resolvedByViewer
    const current = blocking.get(thread.key)
    // An open thread wins over one a reviewer resolved: it is the one people will read.
    if (blocks && (current === undefined || (current.resolved === true && thread.resolved !== true))) {
      blocking.set(thread.key, thread)
    }
  }
  return blocking
}

function placementOf(thread: ExistingThread): Placement {
  const resolvedByReviewer = thread.resolved === true && !thread.resolvedByViewer
  const note = resolvedByReviewer ? { resolvedByReviewer } : {}
  return thread.subject === 'file'
    ? { kind: 'file', path: thread.path, ...note }
    : { kind: 'line', path: thread.path, line: thread.line, ...note }
}
