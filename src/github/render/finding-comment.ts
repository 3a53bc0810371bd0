import type { ReportFinding } from '../../report/json-report.js'
import { shortened } from '../../report/cut-text.js'
import { MAX_COMMENT_LENGTH, MAX_COMMENT_MESSAGE_LENGTH, MAX_COMMENT_NAME_LENGTH } from '../../report/limits.js'
import { ruleLink } from '../../report/links.js'
import { codeBlock, codeBlockKeeps, codeSpan, escapeMarkdown, truncateMarkdown } from '../../report/markdown.js'
import type { Anchor } from '../anchor.js'
import { fingerprintMarker, fixedTrailer, lastLine, readFingerprintKey } from '../markers.js'

/** Where a long message was cut (its VM name, as a rule, which manifest text can make any length). */
const MESSAGE_CUT = ' … (cut here: the JSON report has it whole)'

/** How a severity opens a comment or a table row. */
export const SEVERITY_LABELS: Readonly<Record<string, string>> = {
  error: '🔴 error',
  warning: '🟡 warning',
  notice: '🔵 notice'
}

/**
 * The review comment for one finding: severity, rule (linked to its docs by its id), VM, message, the fix (a
 * ```suggestion block when the fix is an edit of the very line commented on, else a snippet to paste in
 * the file's own format), why the comment sits where it does, related locations, and the hidden
 * fingerprint marker that later runs recognise it by. Everything from the report is escaped.
 */
export function renderFindingComment(finding: ReportFinding, anchor: Exclude<Anchor, { kind: 'none' }>): string {
  const name = shortened(finding.resource, MAX_COMMENT_NAME_LENGTH)
  const parts = [
    `**${severityLabel(finding.severity)}** · ${ruleLink(finding.ruleId)} · VM **${escapeMarkdown(name)}**`,
    escapeMarkdown(shortened(finding.message, MAX_COMMENT_MESSAGE_LENGTH, MESSAGE_CUT)),
    ...renderFix(finding, anchor),
    ...renderWhere(finding, anchor),
    ...renderRelated(finding)
  ]
  const marker = fingerprintMarker(finding.fingerprint)
  const text = truncateMarkdown(
    parts.join('\n\n'),
    MAX_COMMENT_LENGTH - marker.length - 2,
    '_Cut at GitHub’s comment size limit: the summary comment and the job summary have the rest._'
  )
  return `${text}\n\n${marker}`
}

/** `🔴 error`, `🟡 warning`, `🔵 notice`; anything else escaped. */
export const severityLabel = (severity: string): string => SEVERITY_LABELS[severity] ?? escapeMarkdown(severity)

/**
 * The body of a fixed finding's comment: the original, then "Fixed in <sha>" and the fixed marker. The
 * original's marker line is kept whole right before the note, even when the rest is cut to make room, so
 * later runs still read the finding's key where the gate put it (readCommentTrailer).
 */
export function renderFixedComment(body: string, sha: string): string {
  const note = fixedTrailer(`✅ Fixed in ${codeSpan(sha.slice(0, 7))}: the finding is gone from the report.`)
  const marker = readFingerprintKey(body) === undefined ? undefined : lastLine(body)
  const text = marker === undefined ? body : body.trimEnd().slice(0, -marker.length).trimEnd()
  const tail = marker === undefined ? note : `\n\n${marker}${note}`
  return `${truncateMarkdown(text, MAX_COMMENT_LENGTH - tail.length, '…')}${tail}`
}

function renderFix(finding: ReportFinding, anchor: Exclude<Anchor, { kind: 'none' }>): string[] {
  const fix = finding.fix
  if (fix === undefined) return []
  const parts: string[] = []
  const suggestion = anchor.kind === 'line' ? anchor.suggestion : undefined
  if (suggestion !== undefined && codeBlockKeeps(suggestion)) {
    parts.push('**Suggested change:**', codeBlock(suggestion, 'suggestion'))
  } else if (fix.replacement) {
    const { file, line, text } = fix.replacement
    parts.push(`**Fix:** change line ${line} of ${codeSpan(file)} to:`, codeBlock(text, languageOf(file)))
    // Accepting a suggestion writes what the comment shows: a line it cannot show as written gets none.
    if (suggestion !== undefined)
      parts.push(
        '_Not offered as a suggestion: the line holds characters a comment shows otherwise (a bidirectional ' +
          'control as �, a control character not at all), and accepting it would change them. Edit the value in place._'
      )
  }
  if (fix.snippet) {
    parts.push(
      `**Fix, ready to paste** (${escapeMarkdown(fix.snippet.language)}):`,
      codeBlock(fix.snippet.text, fix.snippet.language)
    )
  }
  return parts
}

function renderWhere(finding: ReportFinding, anchor: Exclude<Anchor, { kind: 'none' }>): string[] {
  const at = codeSpan(`${finding.file}:${finding.startLine}`)
  if (anchor.kind === 'file') {
    return anchor.path === finding.file
      ? [`The finding is at ${at}, outside the diff, so this comment is on the file.`]
      : [`The finding is at ${at}, outside the diff; this comment is on a file it uses that this pull request changes.`]
  }
  if (anchor.via === 'related') return [`The finding is at ${at}; this comment is on the changed line it depends on.`]
  if (anchor.via === 'resource')
    return [`The finding is at ${at}, outside the diff; this comment is on the VM's declaration.`]
  if (anchor.path !== finding.file || anchor.line !== finding.startLine) return [`The finding is at ${at}.`]
  return []
}

function renderRelated(finding: ReportFinding): string[] {
  if (finding.related.length === 0) return []
  const items = finding.related.map(r => `${codeSpan(`${r.file}:${r.startLine}`)} (${escapeMarkdown(r.role)})`)
  return [`Related: ${items.join(' · ')}`]
}

/** The code-block language of a manifest path, for a replacement line shown as text. */
export function languageOf(path: string): string {
  const lower = path.toLowerCase()
  if (lower.endsWith('.bicep') || lower.endsWith('.bicepparam')) return 'bicep'
  if (lower.endsWith('.tf') || lower.endsWith('.tfvars')) return 'hcl'
  if (lower.endsWith('.json') || lower.endsWith('.jsonc')) return 'json'
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml'
  return ''
}
