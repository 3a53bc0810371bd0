import type { JsonReport, ReportExemption } from './json-report.js'
import { codeSpan, escapeMarkdown } from './markdown-text.js'
import { count } from './wording.js'

const CHANGES: Readonly<Record<NonNullable<ReportExemption['change']>, string>> = {
  added: 'added',
  extended: 'extended',
  changed: 'added or changed'
}

/** The exemptions the pull request adds or extends (`new`), in report order. */
export const newExemptions = (report: JsonReport): readonly ReportExemption[] =>
  (report.exemptions ?? []).filter(exemption => exemption.new === true)

/**
 * "New exemptions in this PR": a section for the pull request summary, so that reviewers see every
 * exemption the change adds or extends before they approve it. Empty when there is none. Rendered
 * from the JSON report alone (the fork-safe poster has nothing else).
 */
export function renderNewExemptions(report: JsonReport): string {
  const added = newExemptions(report)
  if (added.length === 0) return ''
  const lead =
    `This pull request adds or extends ${count(added.length, 'exemption')}: the findings it covers are shown ` +
    'but do not fail the gate until it expires.'
  return ['### New exemptions in this PR', '', lead, '', ...renderTable(added)].join('\n')
}

/** Every exemption with its state, for the job summary; empty when there is none. */
export function renderExemptions(report: JsonReport): string {
  const exemptions = report.exemptions ?? []
  if (exemptions.length === 0) return ''
  return ['### Exemptions', '', ...renderTable(exemptions)].join('\n')
}

function renderTable(exemptions: readonly ReportExemption[]): string[] {
  const lines = [
    '| Resource | Rule | Owner | Expires | Reason | Where | State |',
    '| --- | --- | --- | --- | --- | --- | --- |'
  ]
  for (const exemption of exemptions) {
    const resource = exemption.resources.length > 0 ? exemption.resources.join(', ') : exemption.resource || '—'
    const cells = [
      escapeMarkdown(resource),
      exemption.rule === '' ? '—' : codeSpan(exemption.rule, { inTable: true }),
      escapeMarkdown(exemption.owner || '—'),
      escapeMarkdown(exemption.expires || '—'),
      escapeMarkdown(exemption.reason || '—') +
        (exemption.ticket === undefined ? '' : ` (${escapeMarkdown(exemption.ticket)})`),
      codeSpan(`${exemption.file}:${exemption.startLine}`, { inTable: true }),
      escapeMarkdown(describeState(exemption))
    ]
    lines.push(`| ${cells.join(' | ')} |`)
  }
  return lines
}

/** `in force, 2 findings exempted; new in this pull request (added)`, `expired`, `not applied: ...`. */
export function describeState(exemption: ReportExemption): string {
  const state =
    exemption.status === 'active'
      ? `in force, ${count(exemption.exempted, 'finding')} exempted`
      : exemption.status === 'expired'
        ? 'expired, exempts nothing'
        : `not applied: ${exemption.problem ?? exemption.status}`
  if (exemption.new !== true || exemption.change === undefined) return state
  return `${state}; ${CHANGES[exemption.change]} in this pull request`
}
