import type { ReportAssignmentEvidence, ReportDeclaredPlanEvidence, ReportEvidence } from './json-report.js'

/**
 * One line of words for a piece of reboot-plan evidence, as the text, Markdown and summary-comment
 * renderers show it:
 * `direct assignment mc-vm1 (infra/main.bicep:40) -> configuration mc-weekly: valid — ...`,
 * `declared plan tag hotpatch-reboot-window (infra/main.bicep:12) -> window Month Third Sunday 02:00/PT3H, owner ops: valid`.
 */
export function describeReportEvidence(evidence: ReportEvidence): string {
  return evidence.kind === 'maintenance-assignment' ? describeAssignment(evidence) : describeDeclaredPlan(evidence)
}

function describeAssignment(evidence: ReportAssignmentEvidence): string {
  const detail = evidence.detail === '' ? '' : ` — ${evidence.detail}`
  const { configuration } = evidence
  const target =
    configuration === undefined
      ? '(unresolved)'
      : configuration.file === undefined
        ? `${configuration.name} (not in the scanned files)`
        : configuration.name
  return (
    `${evidence.via} assignment ${evidence.name} (${evidence.file}:${evidence.startLine}) ` +
    `-> configuration ${target}: ${evidence.status}${detail}`
  )
}

function describeDeclaredPlan(plan: ReportDeclaredPlanEvidence): string {
  const owner = plan.owner === undefined ? 'no owner' : `owner ${plan.owner}`
  const ticket = plan.ticket === undefined ? '' : `, ticket ${plan.ticket}`
  const status = plan.problem === undefined ? plan.status : `invalid — ${plan.problem.text}`
  return `declared plan ${plan.name} (${plan.file}:${plan.startLine}) -> window ${plan.window}, ${owner}${ticket}: ${status}`
}
