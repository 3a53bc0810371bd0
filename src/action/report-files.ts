import type { RuleMeta } from '../policy/types.js'
import type { JsonReport } from '../report/json-report.js'
import { jsonFilePieces } from '../report/json-pieces.js'
import { renderSarif } from '../report/sarif.js'
import { writePieces } from '../report/write-pieces.js'

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
  writePieces(files.reportFile, jsonFilePieces(report))
  if (files.sarifFile !== undefined) writePieces(files.sarifFile, jsonFilePieces(renderSarif(report, rules)))
  return { report: files.reportFile, sarif: files.sarifFile }
}
