import type { JsonReport } from '../report/json-report.js'
import { touches } from './scope.js'

/** The lowest severity that fails the run; `never` only reports. */
export type FailOn = 'error' | 'warning' | 'never'

/** The gate's verdict and the counts behind it. */
export interface GateResult {
  readonly verdict: 'pass' | 'fail'
  /** Error findings in scope and not exempted. */
  readonly errors: number
  /** Warning findings in scope and not exempted. */
  readonly warnings: number
}

/**
 * Counts the findings that decide the verdict (in scope, not exempted) and compares them with
 * `fail-on`. The action, the CLI and the fork-safe poster all decide here, from the JSON report alone.
 * A file that may declare what the policy reads and could not be read is a finding (unreadable-manifest), so it
 * counts as any other. Nothing scanned is a wrong argument rather than a finding of the manifests: its error fails
 * whatever `fail-on` says (the CLI exits 2 for it), so `fail-on: never` cannot turn a gate that read nothing green.
 */
export function decideVerdict(
  report: Pick<JsonReport, 'findings'>,
  failOn: FailOn,
  scope: ReadonlySet<string> | undefined
): GateResult {
  const counted = report.findings.filter(
    finding => finding.exemption === undefined && (scope === undefined || touches(finding, scope))
  )
  const errors = counted.filter(finding => finding.severity === 'error').length
  const warnings = counted.filter(finding => finding.severity === 'warning').length
  const failing = failOn === 'error' ? errors : failOn === 'warning' ? errors + warnings : 0
  const readNothing = counted.some(finding => finding.ruleId === 'nothing-scanned' && finding.severity === 'error')
  return { verdict: failing > 0 || readNothing ? 'fail' : 'pass', errors, warnings }
}
