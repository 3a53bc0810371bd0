import type { FailOn } from './fail-on.js'
import { reachesFailOn } from './fail-on.js'
import type { JsonReport, ReportFinding, ReportParseError } from './json-report.js'
import { sanitizeForTerminal, sanitizeLinesForTerminal } from './style.js'
import { describeCounts } from './wording.js'

/**
 * The report as Azure Pipelines logging commands: a `task.logissue` per error and warning finding
 * (exempted ones and notices are left to the other formats: Azure Pipelines has no level for them)
 * and per unreadable manifest, located on its line, then a summary line, then `task.complete
 * result=Failed` when findings reach `fail-on`.
 *
 * The agent acts on the first `##vso[` anywhere in a line and ends the properties at the first `]`,
 * so every line this writes that carries manifest text starts with its own command, property values
 * escape `]` and `;`, and both escape line breaks: a VM named `x]\n##vso[task.setvariable …` stays
 * inside the message of the issue it belongs to. The escaping is azure-pipelines-task-lib's
 * (node/taskcommand.ts): `%` as `%AZP25`, which the agent decodes by default. A message is shown in the
 * log and the build summary as a log line is: it is cleaned as the terminal report is (no escape
 * sequences or control characters, one line, bidirectional controls shown as U+FFFD). The file path is
 * shown beside it: cleaned the same way, its line breaks kept (escaped) so that it stays the path where it can.
 */
export function renderAzurePipelines(report: JsonReport, options: { readonly failOn: FailOn }): string {
  const lines: string[] = []
  for (const finding of report.findings) {
    if (finding.exemption !== undefined || finding.severity === 'notice') continue
    lines.push(issue(finding.severity, findingMessage(finding), finding.file, finding.startLine, 1, finding.ruleId))
  }
  for (const error of report.parseErrors) {
    if (error.severity !== 'error') continue
    lines.push(issue('error', parseMessage(error), error.file, error.line, error.column, 'parse-error'))
  }
  // Counts only: nothing from a manifest reaches a line that is not a command of ours.
  lines.push(`${report.tool.name}: ${describeCounts(report)}`)
  const failing = report.findings.filter(finding => reachesFailOn(finding, options.failOn)).length
  if (failing > 0) {
    const noun = failing === 1 ? 'finding reaches' : 'findings reach'
    lines.push(command('task.complete', [['result', 'Failed']], `${failing} ${noun} fail-on '${options.failOn}'`))
  }
  return `${lines.join('\n')}\n`
}

function issue(type: 'error' | 'warning', message: string, file: string, line: number, column: number, code: string): string {
  return command(
    'task.logissue',
    [
      ['type', type],
      ['sourcepath', sanitizeLinesForTerminal(file)],
      ['linenumber', String(line)],
      ['columnnumber', String(column)],
      ['code', code]
    ],
    message
  )
}

const findingMessage = (finding: ReportFinding): string => sanitizeForTerminal(`[${finding.ruleId}] ${finding.message}`)

const parseMessage = (error: ReportParseError): string =>
  sanitizeForTerminal(`cannot read ${error.file}: ${error.message}`)

/** `##vso[area.event key=value;…]message`, as azure-pipelines-task-lib's TaskCommand writes it. */
export function command(name: string, properties: readonly (readonly [string, string])[], message: string): string {
  const written = properties.map(([key, value]) => `${key}=${escapeProperty(value)};`).join('')
  return `##vso[${name}${written === '' ? '' : ` ${written}`}]${escapeData(message)}`
}

export const escapeData = (value: string): string =>
  value.replaceAll('%', '%AZP25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')

export const escapeProperty = (value: string): string =>
  escapeData(value).replaceAll(']', '%5D').replaceAll(';', '%3B')
