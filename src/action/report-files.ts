import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { RuleMeta } from '../policy/types.js'
import type { JsonReport } from '../report/json-report.js'
import { renderSarif } from '../report/sarif.js'

/** Where the report files went (absolute paths); `sarif` is undefined when none was asked for. */
export interface ReportFiles {
  readonly report: string
  readonly sarif: string | undefined
}

/**
 * Writes the JSON report and, when asked, the SARIF log (creating their folders). `rules` describes
 * every rule in the SARIF log, including those without findings.
 */
export function writeReportFiles(
  report: JsonReport,
  files: { readonly reportFile: string; readonly sarifFile?: string | undefined },
  rules: readonly RuleMeta[]
): ReportFiles {
  writeText(files.reportFile, `${JSON.stringify(report, null, 2)}\n`)
  if (files.sarifFile !== undefined) {
    writeText(files.sarifFile, `${JSON.stringify(renderSarif(report, rules), null, 2)}\n`)
  }
  return { report: files.reportFile, sarif: files.sarifFile }
}

function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text, 'utf8')
}
