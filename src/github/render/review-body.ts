import type { ReportFinding } from '../../report/json-report.js'
import { MAX_COMMENT_LENGTH } from '../../report/limits.js'
import { ruleLink } from '../../report/links.js'
import { codeSpan, escapeMarkdown, truncateMarkdown } from '../../report/markdown.js'
import { count } from '../../report/wording.js'
import { REVIEW_MARKER } from '../markers.js'

export interface ReviewBodyView {
  /** Line comments this review carries. */
  readonly comments: number
  /** 1-based position of this review among the reviews of the run, and how many there are. */
  readonly part: number
  readonly parts: number
  /** Whether a summary comment lists every finding (comment: both). */
  readonly summary: boolean
  /** With no summary comment: the findings no line or file comment could carry, listed here instead. */
  readonly unplaced: readonly ReportFinding[]
}

/** The body of a review the gate submits (GitHub requires one for event COMMENT). */
export function renderReviewBody(view: ReviewBodyView): string {
  const part = view.parts > 1 ? ` (review ${view.part} of ${view.parts})` : ''
  const where = view.summary ? ' The summary comment lists every finding.' : ''
  const lines = [
    REVIEW_MARKER,
    `**Hotpatch reboot gate:** ${count(view.comments, 'finding')} on this pull request's diff${part}.${where}`
  ]
  if (view.unplaced.length > 0) {
    lines.push('', `${count(view.unplaced.length, 'finding')} could not be placed on the diff:`, '')
    for (const finding of view.unplaced) {
      lines.push(
        `- ${ruleLink(finding.ruleId)} · ${escapeMarkdown(finding.resource)} · ` +
          `${codeSpan(`${finding.file}:${finding.startLine}`)}: ${escapeMarkdown(finding.message)}`
      )
    }
  }
  return truncateMarkdown(
    lines.join('\n'),
    MAX_COMMENT_LENGTH,
    '_Cut at GitHub’s comment size limit: the job summary lists every finding._'
  )
}
