import { describeKnowledge } from '../policy/knowledge.js'
import type { Verdict } from '../policy/types.js'
import { compareBy, compareStrings } from './compare.js'
import { describeReportEvidence } from './evidence-words.js'
import { renderExemptions } from './exemptions.js'
import type { JsonReport, ReportFinding, ReportResource } from './json-report.js'
import { MAX_SUMMARY_BYTES } from './limits.js'
import { advisoryLink, ruleLink } from './links.js'
import { codeBlock, codeSpan, escapeHtmlLine, escapeMarkdown, truncateMarkdown } from './markdown-text.js'
import { bracketedVariant, count, describeCounts, VERDICT_LABELS, VERDICTS } from './wording.js'

export { codeBlock, codeBlockKeeps, codeSpan, escapeHtmlLine, escapeMarkdown, link, truncateMarkdown } from './markdown-text.js'

export interface JobSummaryOptions {
  /** The gate's verdict when the caller decided it (e.g. on changed files only); default: passed without errors. */
  readonly passed?: boolean
  /** Most VM rows in the table; the rest are counted in the "not shown" line. Default 500. */
  readonly maxRows?: number
  /** Size limit in UTF-8 bytes; default GitHub's job summary limit. */
  readonly maxBytes?: number
  /** Said where the summary had to be cut (e.g. where the whole report is). */
  readonly pointer?: string
}

const DEFAULT_POINTER = 'The summary was cut here to fit GitHub’s size limit; the JSON report has every finding.'

const EMOJI: Readonly<Record<Verdict, string>> = {
  'affected-no-plan': '❌',
  'affected-reboot-blocked': '❌',
  'affected-platform-reboot': '⚠️',
  indeterminate: '⚠️',
  'affected-with-plan': '✅',
  'not-affected': '➖'
}

/**
 * The job summary: the verdict, a table of the VMs that matter (affected, indeterminate, or with a
 * finding) with their reboot-plan evidence and fix, ready-to-paste snippets, counts by rule, parse
 * errors, the advisories' sources, and what was left out. Rendered from the JSON report alone.
 */
export function renderJobSummary(report: JsonReport, options: JobSummaryOptions = {}): string {
  return renderJobSummaryShowing(report, options).markdown
}

/**
 * The job summary, and whether it shows every finding: none on a VM past the row limit, nothing cut for
 * size. Whatever points at the job summary for the findings (the annotations' overflow line) needs to know.
 */
export function renderJobSummaryShowing(
  report: JsonReport,
  options: JobSummaryOptions = {}
): { readonly markdown: string; readonly everyFinding: boolean } {
  const findingsByKey = groupFindings(report.findings)
  const shown = report.resources
    .filter(r => r.verdict !== 'not-affected' || findingsByKey.has(r.key))
    .sort(compareBy(r => VERDICTS.indexOf(r.verdict)))
  const rows = shown.slice(0, options.maxRows ?? 500)
  const rowsLeftOut = shown.slice(rows.length).some(resource => findingsByKey.has(resource.key))
  const snippets: string[] = []
  const table = rows.length > 0 ? renderVmTable(rows, findingsByKey, snippets) : ''
  const sections = [
    renderHeading(report, options.passed ?? report.summary.errors === 0),
    `${escapeMarkdown(describeCounts(report))}; evaluated as of ${report.asOf}.`,
    table,
    ...snippets,
    renderUnlinkedFindings(report.findings),
    renderExemptions(report),
    renderRuleTable(report.findings),
    renderParseErrors(report),
    renderAdvisories(report),
    renderKnowledge(report),
    renderNotShown(report.resources.length - shown.length, shown.length - rows.length)
  ].filter(section => section !== '')
  const pointer = `_${escapeMarkdown(options.pointer ?? DEFAULT_POINTER)}_`
  const whole = `${sections.join('\n\n')}\n`
  const markdown = truncateMarkdown(whole, options.maxBytes ?? MAX_SUMMARY_BYTES, pointer, 'bytes')
  return { markdown, everyFinding: !rowsLeftOut && markdown === whole }
}

function renderHeading(report: JsonReport, passed: boolean): string {
  const { errors, warnings } = report.summary
  const counts =
    errors > 0
      ? [count(errors, 'error'), ...(warnings > 0 ? [count(warnings, 'warning')] : [])].join(', ')
      : warnings > 0
        ? `no errors, ${count(warnings, 'warning')}`
        : 'no findings'
  return `## ${passed ? '✅' : '❌'} ${escapeMarkdown(report.tool.name)}: ${counts}`
}

function groupFindings(findings: readonly ReportFinding[]): Map<string, ReportFinding[]> {
  const byKey = new Map<string, ReportFinding[]>()
  for (const finding of findings) {
    if (finding.resourceKey === undefined) continue
    const list = byKey.get(finding.resourceKey)
    if (list) list.push(finding)
    else byKey.set(finding.resourceKey, [finding])
  }
  return byKey
}

function renderVmTable(
  rows: readonly ReportResource[],
  findingsByKey: ReadonlyMap<string, readonly ReportFinding[]>,
  snippets: string[]
): string {
  const lines = ['| VM | Verdict | Evidence | Fix |', '| --- | --- | --- | --- |']
  for (const resource of rows) {
    const variant = resource.variant === undefined ? '' : ` ${escapeMarkdown(bracketedVariant(resource.variant))}`
    const at = codeSpan(`${resource.file}:${resource.startLine}`, { inTable: true })
    const reason = resource.verdict === 'indeterminate' ? resource.reasons.at(-1) : undefined
    const verdict = `${EMOJI[resource.verdict]} ${VERDICT_LABELS[resource.verdict]}`
    const evidence =
      resource.evidence.length > 0
        ? resource.evidence.map(e => escapeMarkdown(describeReportEvidence(e))).join('<br>')
        : resource.verdict === 'not-affected'
          ? '—'
          : 'no maintenance assignment reaches it'
    const fixes = (findingsByKey.get(resource.key) ?? []).map(finding =>
      finding.exemption
        ? `exempted until ${escapeMarkdown(finding.exemption.expires)}: ${escapeMarkdown(finding.exemption.reason)}`
        : describeFix(finding, resource, snippets)
    )
    const cells = [
      `**${escapeMarkdown(resource.name)}**${variant}<br>${at}`,
      reason === undefined ? verdict : `${verdict}<br>${escapeMarkdown(reason)}`,
      evidence,
      fixes.length > 0 ? fixes.join('<br>') : '—'
    ]
    lines.push(`| ${cells.join(' | ')} |`)
  }
  return lines.join('\n')
}

/** The fix hint for a table cell; a snippet goes below the table, numbered, in a collapsed block. */
function describeFix(finding: ReportFinding, resource: ReportResource, snippets: string[]): string {
  const { replacement, snippet } = finding.fix ?? {}
  const parts: string[] = []
  if (replacement) {
    const at = codeSpan(`${replacement.file}:${replacement.line}`, { inTable: true })
    parts.push(`set ${at} to ${codeSpan(replacement.text.trim(), { inTable: true })}`)
  }
  if (snippet) {
    const title = `Fix ${snippets.length + 1}: ${resource.name} (${resource.file}:${resource.startLine})`
    snippets.push(
      [
        `<details><summary>${escapeHtmlLine(title)}</summary>`,
        '',
        codeBlock(snippet.text, snippet.language),
        '',
        '</details>'
      ].join('\n')
    )
    parts.push(`add fix ${snippets.length} below (${escapeMarkdown(snippet.language)})`)
  }
  return parts.length > 0 ? parts.join('; ') : `see ${ruleLink(finding.ruleId)}`
}

/** Findings that could not be tied to one VM (e.g. the same name declared twice): listed, not lost. */
function renderUnlinkedFindings(findings: readonly ReportFinding[]): string {
  const unlinked = findings.filter(f => f.resourceKey === undefined)
  if (unlinked.length === 0) return ''
  const lines = ['### Other findings', '']
  for (const finding of unlinked) {
    const where = codeSpan(`${finding.file}:${finding.startLine}`)
    const state = finding.exemption ? 'exempted' : finding.severity
    const rule = ruleLink(finding.ruleId)
    lines.push(`- ${where} ${state} ${rule} (${escapeMarkdown(finding.resource)}): ${escapeMarkdown(finding.message)}`)
  }
  return lines.join('\n')
}

function renderRuleTable(findings: readonly ReportFinding[]): string {
  if (findings.length === 0) return ''
  const rules = new Map<string, { readonly counts: [number, number, number, number] }>()
  for (const finding of findings) {
    const rule = rules.get(finding.ruleId) ?? { counts: [0, 0, 0, 0] }
    const column = finding.exemption ? 3 : finding.severity === 'error' ? 0 : finding.severity === 'warning' ? 1 : 2
    rule.counts[column]++
    rules.set(finding.ruleId, rule)
  }
  const lines = [
    '### Findings by rule',
    '',
    '| Rule | Errors | Warnings | Notices | Exempted |',
    '| --- | ---: | ---: | ---: | ---: |'
  ]
  for (const [id, rule] of [...rules].sort(([a], [b]) => compareStrings(a, b))) {
    lines.push(`| ${ruleLink(id)} | ${rule.counts.join(' | ')} |`)
  }
  return lines.join('\n')
}

function renderParseErrors(report: JsonReport): string {
  if (report.parseErrors.length === 0) return ''
  const lines = ['### Files not read, and notes on reading', '']
  for (const error of report.parseErrors) {
    const what = error.severity === 'error' ? 'parse error' : error.skipped === true ? 'skipped' : 'note'
    lines.push(`- ${codeSpan(`${error.file}:${error.line}:${error.column}`)} ${what}: ${escapeMarkdown(error.message)}`)
  }
  return lines.join('\n')
}

function renderAdvisories(report: JsonReport): string {
  if (report.advisories.length === 0) return ''
  const lines = ['### Advisories', '']
  for (const advisory of report.advisories) {
    lines.push(`- ${advisoryLink(advisory.title, advisory.url)} (${escapeMarkdown(advisory.id)})`)
  }
  return lines.join('\n')
}

/** Which advisories and calendar were applied, with review dates; the staleness notice when there is one. */
function renderKnowledge(report: JsonReport): string {
  const knowledge = report.knowledge
  if (knowledge === undefined) return ''
  const line = escapeMarkdown(describeKnowledge(knowledge))
  return knowledge.notice === undefined ? line : `${line}\n\n> [!NOTE]\n> ${escapeMarkdown(knowledge.notice)}`
}

function renderNotShown(notAffected: number, overLimit: number): string {
  const parts = [
    ...(notAffected > 0 ? [`${count(notAffected, 'VM')} not affected and without findings`] : []),
    ...(overLimit > 0 ? [`${count(overLimit, 'more VM')} past the table's row limit`] : [])
  ]
  return parts.length > 0 ? `Not shown: ${parts.join('; ')}. The JSON report lists every VM.` : ''
}
