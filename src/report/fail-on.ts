/** The lowest severity that fails the run (the gate's `fail-on`). */
export type FailOn = 'error' | 'warning' | 'never'
import type { ReportFinding } from './json-report.js'

/**
 * Whether a finding fails the run at this `fail-on`: the CLI's rule (every finding counts), the same
 * as the action's `decideGate` outside pull requests. Exempted findings never fail.
 */
export function reachesFailOn(finding: ReportFinding, failOn: FailOn): boolean {
  if (finding.exemption !== undefined) return false
  if (failOn === 'error') return finding.severity === 'error'
  if (failOn === 'warning') return finding.severity === 'error' || finding.severity === 'warning'
  return false
}
