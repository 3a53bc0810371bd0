import { describeKnowledge } from '../policy/knowledge.js'
import type { Verdict } from '../policy/types.js'
import { compareBy } from './compare.js'
import { describeState } from './exemptions.js'
import type { JsonReport, ReportExemption, ReportFinding, ReportParseError, ReportResource } from './json-report.js'
import { createStyle, sanitizeForTerminal, wrapText, type Style } from './style.js'
import { FINDING_INDENT, renderFinding, severityColor, severityLabel } from './text-finding.js'
import { bracketedVariant, countParseErrors, describeCounts, VERDICT_LABELS } from './wording.js'

export interface TextReportOptions {
  /** ANSI colours (the CLI decides from the terminal, NO_COLOR and FORCE_COLOR). */
  readonly color: boolean
  /** Only VMs with errors or warnings, and parse errors; the summary line stays. */
  readonly quiet?: boolean
  /** Wrap width; default 100. */
  readonly width?: number
}

const SYMBOLS: Readonly<Record<Verdict, string>> = {
  'affected-no-plan': '✖',
  'affected-reboot-blocked': '✖',
  'affected-platform-reboot': '⚠',
  indeterminate: '?',
  'affected-with-plan': '✔',
  'not-affected': '·'
}

/** One line of a file's block: a VM (with its findings), a finding we could not tie to a VM, or a parse error. */
type Entry =
  | {
      readonly kind: 'resource'
      readonly line: number
      readonly resource: ReportResource
      readonly findings: readonly ReportFinding[]
    }
  | { readonly kind: 'orphan'; readonly line: number; readonly finding: ReportFinding }
  | { readonly kind: 'parse-error'; readonly line: number; readonly error: ReportParseError }

/**
 * The terminal report: a block per file listing each VM with its verdict and the findings about it,
 * then one summary line (never wrapped, so CI logs can be grepped for it).
 */
export function renderText(report: JsonReport, options: TextReportOptions): string {
  return [...renderTextPieces(report, options)].join('')
}

/**
 * `renderText` in pieces whose concatenation is its text, each whole lines (a file's block and the blank line
 * after it, the summary line): the CLI writes a large report as it renders it, never holding its whole text.
 */
export function* renderTextPieces(report: JsonReport, options: TextReportOptions): Generator<string> {
  const style = createStyle(options.color)
  const width = options.width ?? 100
  const quiet = options.quiet ?? false
  // With several advisories loaded, each finding names the one it applies.
  const advisories = report.advisories.length > 1
  for (const [file, entries] of groupByFile(report, quiet)) yield `${renderFile(file, entries, style, width, advisories)}\n\n`
  for (const block of renderExemptionBlock(report.exemptions ?? [], quiet, style, width)) yield `${block}\n\n`
  for (const block of renderKnowledge(report, style, width, quiet)) yield `${block}\n\n`
  yield `${renderSummaryLine(report, style)}\n`
}

function groupByFile(report: JsonReport, quiet: boolean): Map<string, Entry[]> {
  const findingsByKey = new Map<string, ReportFinding[]>()
  const entries: { file: string; entry: Entry }[] = []
  const keys = new Set(report.resources.map(r => r.key))
  for (const finding of report.findings) {
    if (finding.resourceKey !== undefined && keys.has(finding.resourceKey)) {
      const list = findingsByKey.get(finding.resourceKey) ?? []
      list.push(finding)
      findingsByKey.set(finding.resourceKey, list)
    } else if (!quiet || fails(finding)) {
      entries.push({ file: finding.file, entry: { kind: 'orphan', line: finding.startLine, finding } })
    }
  }
  for (const resource of report.resources) {
    const findings = findingsByKey.get(resource.key) ?? []
    if (quiet && !findings.some(fails)) continue
    entries.push({ file: resource.file, entry: { kind: 'resource', line: resource.startLine, resource, findings } })
  }
  for (const error of report.parseErrors) {
    if (quiet && error.severity !== 'error') continue
    entries.push({ file: error.file, entry: { kind: 'parse-error', line: error.line, error } })
  }
  const order = { resource: 0, orphan: 1, 'parse-error': 2 }
  entries.sort(
    compareBy(
      e => e.file,
      e => e.entry.line,
      e => order[e.entry.kind]
    )
  )
  const groups = new Map<string, Entry[]>()
  for (const { file, entry } of entries) {
    const group = groups.get(file)
    if (group) group.push(entry)
    else groups.set(file, [entry])
  }
  return groups
}

const fails = (finding: ReportFinding): boolean => finding.exemption === undefined && finding.severity !== 'notice'

/**
 * Resource titles up to this long are lined up in their file; a longer one (a VM named by its module path,
 * `a/b/main.test.bicep#deploy > main.bicep#vm`) is not, or it would push every verdict of its file far right.
 */
const ALIGNED_TITLE = 48

function renderFile(file: string, entries: readonly Entry[], style: Style, width: number, advisories: boolean): string {
  const findings = entries.flatMap(e => (e.kind === 'resource' ? e.findings : e.kind === 'orphan' ? [e.finding] : []))
  const columns = {
    severity: widest(findings.map(severityLabel)),
    rule: widest(findings.map(f => f.ruleId)),
    title: widest(entries.map(e => (e.kind === 'parse-error' ? '' : entryTitle(e))).filter(title => title.length <= ALIGNED_TITLE))
  }
  const lines = [style.underline(clean(file))]
  for (const entry of entries) {
    if (entry.kind === 'parse-error') lines.push(...renderParseError(entry.error, style, width))
    else if (entry.kind === 'orphan') {
      const { finding } = entry
      const mark = !fails(finding) ? '·' : finding.severity === 'error' ? '✖' : '⚠'
      const symbol = severityColor(finding, style)(mark)
      lines.push(`  ${symbol} ${style.bold(entryTitle(entry))}  ${style.dim(`line ${entry.line}`)}`)
      lines.push(...renderFinding(entry.finding, file, entry.line, columns, style, width, advisories))
    } else {
      const { resource } = entry
      const symbol = colorFor(resource.verdict, style)(SYMBOLS[resource.verdict])
      const title = entryTitle(entry)
      const pad = ' '.repeat(Math.max(0, columns.title - title.length))
      const verdict = colorFor(resource.verdict, style)(VERDICT_LABELS[resource.verdict])
      lines.push(`  ${symbol} ${style.bold(title)}${pad}  ${style.dim(`line ${resource.startLine}`)} — ${verdict}`)
      const next = nextRebootWindow(resource)
      if (next !== undefined) lines.push(`      ${style.dim(clean(next))}`)
      for (const part of whyNotAffected(resource, width)) lines.push(`      ${style.dim(part)}`)
      for (const finding of entry.findings) {
        lines.push(...renderFinding(finding, resource.file, resource.startLine, columns, style, width, advisories))
      }
    }
  }
  return lines.map(line => line.trimEnd()).join('\n')
}

/**
 * `next reboot window 2027-01-13 03:00 UTC, 1 day after the January 2027 baseline`, from a planned VM's
 * evidence.
 */
function nextRebootWindow(resource: ReportResource): string | undefined {
  if (resource.verdict !== 'affected-with-plan') return undefined
  for (const evidence of resource.evidence) {
    if (evidence.kind === 'maintenance-assignment' && evidence.nextWindow !== undefined) return evidence.nextWindow
  }
  return undefined
}

/**
 * Why a VM is not affected, its first reason (`it is not deployed (condition at main.bicep:2)`, `it runs
 * Linux`): a VM on a hotpatch image that a condition or a count of 0 leaves out reads `not affected` too,
 * and a reviewer should see that it is the condition, not the image, that the verdict rests on.
 */
function whyNotAffected(resource: ReportResource, width: number): string[] {
  const reason = resource.verdict === 'not-affected' ? resource.reasons[0] : undefined
  return reason === undefined ? [] : wrapText(oneLine(reason), width - 6)
}

// A loop, not Math.max(...): a file can hold more entries than a call has room for arguments.
function widest(texts: readonly string[]): number {
  let width = 0
  for (const text of texts) width = Math.max(width, text.length)
  return width
}

function entryTitle(entry: Exclude<Entry, { kind: 'parse-error' }>): string {
  if (entry.kind === 'orphan') return clean(entry.finding.resource)
  const { resource } = entry
  const variant = resource.variant === undefined ? '' : ` ${clean(bracketedVariant(resource.variant))}`
  return `${clean(resource.name)}${variant} (${shortType(resource.type)})`
}

/** `VM`, `scale set`, else the last segment of the ARM type. */
function shortType(type: string): string {
  const lower = type.toLowerCase()
  if (lower === 'microsoft.compute/virtualmachines') return 'VM'
  if (lower === 'microsoft.compute/virtualmachinescalesets') return 'scale set'
  if (lower === 'microsoft.hybridcompute/machines') return 'Arc machine'
  return clean(type.split('/').pop() ?? type)
}

/**
 * The exemptions, one line each: whom and what they exempt, until when, where they are written, and
 * whether they are in force (and new in the pull request). Quiet output keeps only those not in force.
 */
function renderExemptionBlock(exemptions: readonly ReportExemption[], quiet: boolean, style: Style, width: number): string[] {
  const shown = quiet ? exemptions.filter(exemption => exemption.status !== 'active') : exemptions
  if (shown.length === 0) return []
  const lines = [style.underline('exemptions')]
  for (const exemption of shown) {
    const active = exemption.status === 'active'
    const symbol = active ? style.green('✔') : style.red('✖')
    const names = exemption.resources.length > 0 ? exemption.resources.join(', ') : exemption.resource || '?'
    const rule = exemption.rule === '' ? '' : ` ${style.dim(exemption.rule === '*' ? 'every rule' : clean(exemption.rule))}`
    const at = style.dim(`${clean(exemption.file)}:${exemption.startLine}`)
    lines.push(`  ${symbol} ${style.bold(clean(names))}${rule}  ${at}`)
    const details = [
      ...(exemption.owner === '' ? [] : [`owner ${exemption.owner}`]),
      ...(exemption.expires === '' ? [] : [`expires ${exemption.expires}`]),
      ...(exemption.ticket === undefined ? [] : [`ticket ${exemption.ticket}`])
    ].join(', ')
    const reason = exemption.reason === '' ? '' : `: ${exemption.reason}`
    const sentence = details === '' ? '' : ` ${details.charAt(0).toUpperCase()}${details.slice(1)}`
    const text = clean(`${describeState(exemption)}.${sentence}${reason}`)
    lines.push(...wrapText(text, width - FINDING_INDENT.length).map(part => FINDING_INDENT + part))
  }
  return [lines.map(line => line.trimEnd()).join('\n')]
}

function renderParseError(error: ReportParseError, style: Style, width: number): string[] {
  const isError = error.severity === 'error'
  const symbol = isError ? style.red('✖') : style.dim('·')
  const what = isError ? 'parse error' : error.skipped === true ? 'skipped' : 'note'
  const head = `line ${error.line}, column ${error.column}`
  const indent = '    '
  const text = `${what} at ${head}: ${oneLine(error.message)}`
  return wrapText(text, width - indent.length).map((part, i) => (i === 0 ? `  ${symbol} ${part}` : indent + part))
}

/** `hotpatch-reboot-gate: 12 files, 5 VMs (...), 2 errors, 1 warning, 0 parse errors`, coloured by the worst. */
export function renderSummaryLine(report: JsonReport, style: Style = createStyle(false)): string {
  const { errors, warnings } = report.summary
  const color = errors > 0 || countParseErrors(report) > 0 ? style.red : warnings > 0 ? style.yellow : style.green
  return style.bold(color(`${report.tool.name}: ${describeCounts(report)}`))
}

function colorFor(verdict: Verdict, style: Style): (text: string) => string {
  switch (verdict) {
    case 'affected-no-plan':
    case 'affected-reboot-blocked':
      return style.red
    case 'affected-platform-reboot':
    case 'indeterminate':
      return style.yellow
    case 'affected-with-plan':
      return style.green
    case 'not-affected':
      return style.dim
  }
}

const clean = sanitizeForTerminal

/** A text from a manifest on one line, cleaned: its line breaks (and the spaces around them) one space. */
const oneLine = (text: string): string => clean(text).replace(/\s*\n\s*/g, ' ')

/**
 * The advisories and calendar applied with their review dates, and the staleness notice when the advisory
 * data may be out of date (issue 17); nothing for a report that does not say (built without advisories).
 */
function renderKnowledge(report: JsonReport, style: Style, width: number, quiet: boolean): string[] {
  const knowledge = report.knowledge
  if (knowledge === undefined) return []
  // --quiet keeps what fails or warns: the notice, not the list of what was applied.
  const applied = quiet ? [] : wrapText(sanitizeForTerminal(describeKnowledge(knowledge)), width).map(line => style.dim(line))
  const notice =
    knowledge.notice === undefined
      ? []
      : wrapText(`notice: ${sanitizeForTerminal(knowledge.notice)}`, width).map(line => style.yellow(line))
  const lines = [...applied, ...notice]
  return lines.length === 0 ? [] : [lines.join('\n')]
}
