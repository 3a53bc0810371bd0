import type { JsonReport, ReportFinding, ReportResource } from '../../report/json-report.js'
import { describeReportEvidence } from '../../report/evidence-words.js'
import { renderNewExemptions } from '../../report/exemptions.js'
import { MAX_COMMENT_LENGTH } from '../../report/limits.js'
import { advisoryLink, ruleLink } from '../../report/links.js'
import { codeSpan, escapeMarkdown, link, truncateMarkdown } from '../../report/markdown.js'
import { VERDICTS, VERDICT_LABELS, count, needsAction } from '../../report/wording.js'
import { SUMMARY_MARKER } from '../markers.js'
import type { Placement } from '../placement.js'
import { stateMarker, type ConversationState, type FindingChanges } from '../state.js'
import { severityLabel } from './finding-comment.js'

/** Everything the sticky summary comment shows. It is rendered from the JSON report alone. */
export interface SummaryView {
  /** The report as scoped for the pull request. */
  readonly report: JsonReport
  /** The gate's verdict (the action's fail-on decision). */
  readonly verdict: 'pass' | 'fail'
  readonly scope: {
    readonly mode: 'changed' | 'all'
    /** Why these VMs are in scope, e.g. "resources in, or using, the changed files". */
    readonly reason: string
    /** Findings of the whole report left out by the scope. */
    readonly findingsOutOfScope: number
  }
  /** Where each finding of `report` was posted. */
  readonly placements: ReadonlyMap<ReportFinding, Placement>
  readonly changes: FindingChanges | undefined
  readonly state: ConversationState
  readonly headSha: string
  readonly repository: { readonly serverUrl: string; readonly owner: string; readonly repo: string }
  /** The workflow run, for "the rest is in the job summary". */
  readonly runUrl: string | undefined
}

/**
 * The summary comment: verdict, what changed since the previous commit, the affected VMs with their
 * reboot-plan evidence, the exemptions the pull request adds, every finding with where it was posted (nothing is dropped silently), files
 * that could not be read, the advisories, and the hidden state for the next run. Depends only on its
 * input, so an unchanged pull request renders the same bytes and needs no update. Cut with a pointer
 * to the job summary when longer than GitHub's comment limit.
 */
export function renderSummary(view: SummaryView): string {
  const sections = [
    SUMMARY_MARKER,
    renderHeading(view),
    renderContext(view),
    renderVms(view),
    // Reviewers must see an exemption the pull request adds or extends, next to the findings it hides.
    renderNewExemptions(view.report),
    renderFindings(view),
    renderParseErrors(view.report),
    renderAdvisories(view.report),
    `<sub>${escapeMarkdown(view.report.tool.name)} ${escapeMarkdown(view.report.tool.version)} · this comment is updated on every push</sub>`
  ].filter(section => section !== '')
  const state = stateMarker(view.state)
  const pointer =
    `**Cut at GitHub’s ${MAX_COMMENT_LENGTH.toLocaleString('en-US')}-character comment limit.** ` +
    `All ${count(view.report.findings.length, 'finding')} and ${count(view.report.resources.length, 'VM')} are in the job summary` +
    (view.runUrl === undefined ? '' : ` of ${link('the workflow run', view.runUrl)}`) +
    ' and in the JSON report.'
  const body = truncateMarkdown(sections.join('\n\n'), MAX_COMMENT_LENGTH - state.length - 2, pointer)
  return `${body}\n\n${state}`
}

function renderHeading(view: SummaryView): string {
  // A VM whose every finding is exempted is an accepted risk, not one to fix in this pull request.
  const exempted = new Set(view.report.findings.filter(f => f.exemption !== undefined).map(f => f.resourceKey))
  for (const finding of view.report.findings) if (finding.exemption === undefined) exempted.delete(finding.resourceKey)
  const needing = view.report.resources.filter(
    resource => needsAction(resource.verdict) && !exempted.has(resource.key)
  ).length
  if (view.verdict === 'fail') {
    const what = needing > 0 ? `${count(needing, 'VM')} need${needing === 1 ? 's' : ''} a reboot plan` : 'fails'
    return `### ❌ Hotpatch reboot gate: ${what}`
  }
  const { errors, warnings } = view.report.summary
  const open = errors + warnings
  return open === 0
    ? '### ✅ Hotpatch reboot gate: passes'
    : `### ✅ Hotpatch reboot gate: passes, with ${count(open, 'finding')} to look at`
}

function renderContext(view: SummaryView): string {
  const { report, scope, changes } = view
  const inScope =
    scope.mode === 'all'
      ? `${count(report.resources.length, 'VM')} checked (scope: all)`
      : `${count(report.resources.length, 'VM')} in scope: ${escapeMarkdown(scope.reason)}`
  const lines = [`Commit ${codeSpan(view.headSha.slice(0, 7))} · as of ${escapeMarkdown(report.asOf)} · ${inScope}.`]
  if (scope.findingsOutOfScope > 0) {
    lines.push(
      `${count(scope.findingsOutOfScope, 'finding')} on files this pull request does not touch ` +
        `${scope.findingsOutOfScope === 1 ? 'is' : 'are'} not counted (scope: changed).`
    )
  }
  if (changes === undefined) lines.push('First check of this pull request.')
  else if (changes.added === 0 && changes.fixed === 0) {
    lines.push(`Since ${codeSpan(changes.sha.slice(0, 7))}: no change (${count(changes.unchanged, 'finding')}).`)
  } else {
    lines.push(
      `Since ${codeSpan(changes.sha.slice(0, 7))}: **${changes.added} new**, **${changes.fixed} fixed**, ${changes.unchanged} unchanged.`
    )
  }
  if (view.state.partial) lines.push('Changes are tracked for the first 1,000 findings only.')
  return lines.join('<br>\n')
}

function renderVms(view: SummaryView): string {
  const affected = view.report.resources
    .filter(resource => resource.verdict !== 'not-affected')
    .sort((a, b) => VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict))
  const unaffected = view.report.resources.length - affected.length
  const rest =
    unaffected > 0
      ? `\n\n${count(unaffected, 'more VM')} in scope ${unaffected === 1 ? 'is' : 'are'} not affected.`
      : ''
  if (affected.length === 0) return view.report.resources.length === 0 ? '' : `No VM in scope is affected.${rest}`
  const rows = affected.map(resource =>
    row([
      vmName(resource),
      escapeMarkdown(VERDICT_LABELS[resource.verdict]),
      resource.evidence.length === 0 ? 'none' : resource.evidence.map(e => escapeMarkdown(describeReportEvidence(e))).join('<br>'),
      blobLink(view, resource.file, resource.startLine)
    ])
  )
  return (
    [
      '#### VMs',
      '',
      row(['VM', 'Verdict', 'Reboot plan evidence', 'Declared at']),
      row(['---', '---', '---', '---']),
      ...rows
    ].join('\n') + rest
  )
}

function renderFindings(view: SummaryView): string {
  const { findings } = view.report
  if (findings.length === 0) return 'No findings.'
  const rows = findings.map(finding => {
    const exemption = finding.exemption
    const text = exemption
      ? `Exempted until ${escapeMarkdown(exemption.expires)} (${escapeMarkdown(exemption.owner)}): ${escapeMarkdown(exemption.reason)} — ${escapeMarkdown(finding.message)}`
      : escapeMarkdown(finding.message)
    const placement = view.placements.get(finding)
    return row([
      exemption ? '⚪ exempted' : severityLabel(finding.severity),
      ruleLink(finding.ruleId),
      escapeMarkdown(finding.resource),
      text,
      placement === undefined ? 'here only' : describePlacement(placement)
    ])
  })
  return [
    '#### Findings',
    '',
    row(['Severity', 'Rule', 'VM', 'Finding', 'Posted as']),
    row(['---', '---', '---', '---', '---']),
    ...rows
  ].join('\n')
}

/** Where a finding was posted, for the table (same words whether the comment is new or from an earlier run). */
export function describePlacement(placement: Placement): string {
  const reviewer = 'resolvedByReviewer' in placement && placement.resolvedByReviewer ? ' (resolved by a reviewer)' : ''
  switch (placement.kind) {
    case 'line':
      return placement.line === undefined
        ? `line comment on ${codeSpan(placement.path, { inTable: true })} (outdated)${reviewer}`
        : `line comment, ${codeSpan(`${placement.path}:${placement.line}`, { inTable: true })}${reviewer}`
    case 'file':
      return `file comment, ${codeSpan(placement.path, { inTable: true })}${reviewer}`
    case 'summary':
      return `here only: ${escapeMarkdown(placement.reason)}`
  }
}

function renderParseErrors(report: JsonReport): string {
  const errors = report.parseErrors.filter(error => error.severity === 'error')
  if (errors.length === 0) return ''
  const rows = errors.map(error =>
    row([codeSpan(error.file, { inTable: true }), String(error.line), escapeMarkdown(error.message)])
  )
  return [
    `<details><summary>${count(errors.length, 'manifest error')}: these files could not be read</summary>`,
    '',
    row(['File', 'Line', 'Error']),
    row(['---', '---', '---']),
    ...rows,
    '',
    '</details>'
  ].join('\n')
}

function renderAdvisories(report: JsonReport): string {
  if (report.advisories.length === 0) return ''
  return `Advisories: ${report.advisories.map(advisory => advisoryLink(advisory.title || advisory.id, advisory.url)).join(' · ')}`
}

function vmName(resource: ReportResource): string {
  const variant = resource.variant === undefined ? '' : ` (${escapeMarkdown(resource.variant)})`
  return `${escapeMarkdown(resource.name)}${variant}`
}

/** A link to a line of a file at the checked commit, or the location as code when no link can be made. */
function blobLink(view: SummaryView, file: string, line: number): string {
  // A path from an artifact is untrusted: `../../other/repo/blob/...` must not become a link elsewhere.
  if (!isRepositoryPath(file) || !Number.isSafeInteger(line) || line < 1) {
    return codeSpan(`${file}:${line}`, { inTable: true })
  }
  const { serverUrl, owner, repo } = view.repository
  const path = file.split('/').map(encodePathSegment).join('/')
  const url = `${serverUrl}/${encodePathSegment(owner)}/${encodePathSegment(repo)}/blob/${view.headSha}/${path}#L${line}`
  return link(`${file}:${line}`, url)
}

/** A normalized path inside the repository: `/`-separated, relative, no empty, `.` or `..` segment, no control characters. */
export function isRepositoryPath(file: string): boolean {
  if (file === '' || file.includes('\\') || [...file].some(char => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return false
  return file.split('/').every(segment => segment !== '' && segment !== '.' && segment !== '..')
}

const encodePathSegment = (segment: string): string =>
  encodeURIComponent(segment).replace(/[()'!*]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)

const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`
