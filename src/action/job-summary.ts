import * as core from '@actions/core'
import type { JsonReport } from '../report/json-report.js'
import { MAX_SUMMARY_BYTES } from '../report/limits.js'
import { escapeMarkdown, renderJobSummaryShowing } from '../report/markdown.js'
import type { GateResult } from './gate.js'
import type { GateScope } from './scope.js'

/**
 * Writes the Markdown report to the job summary with the gate's verdict, followed by what was
 * counted for it; the whole stays within GitHub's per-step summary size. True when it shows every
 * finding (no VM with one past the table's rows, nothing cut for size).
 */
export async function writeJobSummary(
  report: JsonReport,
  gate: GateResult,
  scope: GateScope,
  reportFile: string
): Promise<boolean> {
  const counted = `\n_Counted for the verdict: ${escapeMarkdown(scope.description)}._\n`
  const { markdown, everyFinding } = renderJobSummaryShowing(report, {
    passed: gate.verdict === 'pass',
    maxBytes: MAX_SUMMARY_BYTES - Buffer.byteLength(counted),
    pointer: `The summary was cut here to fit GitHub's limit; the JSON report ${reportFile} has every finding.`
  })
  await core.summary.addRaw(markdown).addRaw(counted).write()
  return everyFinding
}
