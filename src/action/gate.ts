import type { JsonReport } from '../report/json-report.js'
import type { FailOn } from '../settings.js'
import { touches, type GateScope } from './scope.js'

/** The action's verdict and the counts behind it. */
export interface GateResult {
  readonly verdict: 'pass' | 'fail'
  /** Error findings in scope and not exempted. */
  readonly errors: number
  /** Warning findings in scope and not exempted. */
  readonly warnings: number
}

/**
 * Counts the findings that decide the verdict (in scope, not exempted) and compares them with
 * `fail-on`. Parse errors are reported but do not fail the run: a manifest nobody can read cannot
 * be deployed either, and the resources it would declare are unknown, not missing a plan.
 */
export function decideGate(report: JsonReport, failOn: FailOn, scope: GateScope): GateResult {
  const counted = report.findings.filter(
    finding => finding.exemption === undefined && (scope.files === undefined || touches(finding, scope.files))
  )
  const errors = counted.filter(finding => finding.severity === 'error').length
  const warnings = counted.filter(finding => finding.severity === 'warning').length
  const failing = failOn === 'error' ? errors : failOn === 'warning' ? errors + warnings : 0
  return { verdict: failing > 0 ? 'fail' : 'pass', errors, warnings }
}

/** The one-line reason `core.setFailed` gives for a failing gate. */
export function failureMessage(result: GateResult, failOn: FailOn, scope: GateScope): string {
  const total = failOn === 'error' ? result.errors : result.errors + result.warnings
  const counts =
    failOn === 'error'
      ? plural(total, 'error finding')
      : `${plural(total, 'finding')} (${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')})`
  return (
    `${counts} ${total === 1 ? 'reaches' : 'reach'} fail-on '${failOn}'; counted: ${scope.description}. ` +
    'The annotations and the job summary show each VM and the reboot plan it needs.'
  )
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`
