import type { ReportFinding } from './json-report.js'
import { sanitizeForTerminal as clean, sanitizeLinesForTerminal, wrapText, type Style } from './style.js'

/**
 * A finding's lines in the terminal report (src/report/text.ts): severity and rule in aligned columns, the
 * message wrapped beside them, then its hints (a fix, the advisory, the exemption), each on lines of its own.
 */

/** Where a finding's lines start, under its VM. */
export const FINDING_INDENT = '      '

export function renderFinding(
  finding: ReportFinding,
  file: string,
  line: number,
  columns: { readonly severity: number; readonly rule: number },
  style: Style,
  width: number,
  advisories = false
): string[] {
  const label = severityLabel(finding)
  const severity = severityColor(finding, style)(label) + ' '.repeat(columns.severity - label.length)
  const rule = style.dim(finding.ruleId) + ' '.repeat(columns.rule - finding.ruleId.length)
  const indent = ' '.repeat(FINDING_INDENT.length + columns.severity + 2 + columns.rule + 2)
  // One message, one wrapped paragraph: a line break in a name it quotes is a space, not a line of its own.
  const messageLines = wrapText(clean(finding.message).trim(), Math.max(40, width - indent.length))
  if (finding.file !== file || finding.startLine !== line) {
    messageLines.push(style.dim(`at ${clean(finding.file)}:${finding.startLine}`))
  }
  const first = `${FINDING_INDENT}${severity}  ${rule}  `
  const lines = messageLines.map((text, i) => (i === 0 ? first : indent) + text)
  if (finding.fix?.replacement) {
    const { replacement } = finding.fix
    const where =
      replacement.file === finding.file ? `line ${replacement.line}` : `${clean(replacement.file)}:${replacement.line}`
    lines.push(...hint('fix:', style.cyan, `change ${where} to: ${clean(replacement.text).trim()}`, width))
  }
  if (finding.fix?.snippet) {
    const { snippet } = finding.fix
    lines.push(...hint('fix:', style.cyan, `add this ${clean(snippet.language)}:`, width))
    const pad = ' '.repeat(FINDING_INDENT.length + 'fix: '.length)
    for (const text of sanitizeLinesForTerminal(snippet.text).replace(/\n+$/, '').split('\n')) lines.push(pad + style.dim(text))
  }
  if (advisories && finding.advisoryId !== undefined) {
    lines.push(...hint('advisory:', style.dim, clean(finding.advisoryId), width))
  }
  if (finding.exemption) {
    const { reason, owner, expires, source } = finding.exemption
    const text = clean(`${reason} (owner ${owner}, expires ${expires}, ${source})`)
    lines.push(...hint('exemption:', style.dim, text, width))
  }
  return lines
}

/** A `label: text` line under a finding, wrapped with the text's own indent. */
function hint(label: string, paint: (text: string) => string, text: string, width: number): string[] {
  const indent = ' '.repeat(FINDING_INDENT.length + label.length + 1)
  return wrapText(text, Math.max(40, width - indent.length)).map((part, i) =>
    i === 0 ? `${FINDING_INDENT}${paint(label)} ${part}` : indent + part
  )
}

export function severityLabel(finding: ReportFinding): string {
  return finding.exemption ? 'exempted' : finding.severity
}

export function severityColor(finding: ReportFinding, style: Style): (text: string) => string {
  if (finding.exemption) return style.dim
  return finding.severity === 'error' ? style.red : finding.severity === 'warning' ? style.yellow : style.cyan
}
