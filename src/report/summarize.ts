import type { Verdict } from '../policy/types.js'
import type { ReportFinding, ReportResource, ReportSummary } from './json-report.js'
import { VERDICTS } from './wording.js'

/** The report's counts: exempted findings are counted apart, never as errors or warnings. */
export function summarizeReport(
  files: number,
  resources: readonly ReportResource[],
  findings: readonly ReportFinding[]
): ReportSummary {
  const open = findings.filter(finding => finding.exemption === undefined)
  const verdicts: Partial<Record<Verdict, number>> = {}
  for (const verdict of VERDICTS) {
    const n = resources.filter(resource => resource.verdict === verdict).length
    if (n > 0) verdicts[verdict] = n
  }
  return {
    files,
    resources: resources.length,
    errors: open.filter(finding => finding.severity === 'error').length,
    warnings: open.filter(finding => finding.severity === 'warning').length,
    notices: open.filter(finding => finding.severity === 'notice').length,
    exempted: findings.length - open.length,
    verdicts
  }
}
