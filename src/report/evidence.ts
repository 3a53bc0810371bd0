import type { InfrastructureModel, Resource } from '../model/resources.js'
import { countsAsPlan } from '../policy/timed-windows.js'
import type { DeclaredPlan, PlanEvidence } from '../policy/types.js'
import { sharedText } from '../model/intern.js'
import { nextWindowText } from '../policy/window-coverage.js'
import { compareBy } from './compare.js'
import { describeReportEvidence } from './evidence-words.js'
import { outwardValueFiles } from './value-sources.js'
import type { ReportAssignmentEvidence, ReportDeclaredPlanEvidence, ReportPlan } from './json-report.js'

/** A maintenance assignment that reaches a VM, as report data. */
export function toReportEvidence(evidence: PlanEvidence): ReportAssignmentEvidence {
  const { assignment } = evidence
  return {
    kind: 'maintenance-assignment',
    file: assignment.reportAt.file,
    startLine: assignment.reportAt.line,
    status: evidence.status,
    name: assignment.displayName,
    via: evidence.via,
    ...configurationOf(evidence),
    ...(evidence.timing?.covers[0] !== undefined && { nextWindow: sharedText(nextWindowText(evidence.timing)) }),
    detail: evidence.detail
  }
}

function configurationOf(evidence: PlanEvidence): Pick<ReportAssignmentEvidence, 'configuration'> {
  const { configuration } = evidence
  if (configuration !== undefined) {
    const at = configuration.reportAt
    return { configuration: { name: configuration.displayName, file: at.file, startLine: at.line } }
  }
  const target = evidence.assignment.configuration.target.value
  const name = target?.name ?? target?.symbol
  return name === undefined ? {} : { configuration: { name } }
}

/** A reboot plan declared outside the manifests, as report data. */
export function toReportDeclaredPlan(plan: DeclaredPlan): ReportDeclaredPlanEvidence {
  return {
    kind: 'declared-plan',
    file: plan.location.file,
    startLine: plan.location.line,
    // A well-formed plan whose window misses every baseline does not count either (the VM's reasons say why).
    status: countsAsPlan(plan) ? 'valid' : 'invalid',
    name: plan.label,
    window: plan.window,
    ...(plan.owner !== undefined && { owner: plan.owner }),
    ...(plan.ticket !== undefined && { ticket: plan.ticket }),
    ...(plan.problem !== undefined && { problem: { kind: plan.problem.kind, text: plan.problem.text } })
  }
}

/** `direct assignment mc-vm1 (infra/main.bicep:40) -> configuration mc-weekly: valid — ...` */
export const describeEvidence = (evidence: PlanEvidence): string => describeReportEvidence(toReportEvidence(evidence))

/**
 * `declared plan tag hotpatch-reboot-window (infra/main.bicep:12) -> window Month Third Sunday 02:00/PT3H, owner ops: valid`.
 */
export const describeDeclaredPlan = (plan: DeclaredPlan): string => describeReportEvidence(toReportDeclaredPlan(plan))

const valueFilesOf = (plan: Resource): { valueFiles?: string[] } => {
  const files = outwardValueFiles(plan)
  return files === undefined ? {} : { valueFiles: files }
}

/** Every maintenance configuration and assignment of the model, sorted, for the gate's scope. */
export function listPlans(
  model: Pick<InfrastructureModel, 'maintenanceConfigurations' | 'maintenanceAssignments'>
): ReportPlan[] {
  return [...model.maintenanceConfigurations, ...model.maintenanceAssignments]
    .map(
      (plan): ReportPlan => ({
        kind: plan.kind,
        name: plan.displayName,
        file: plan.reportAt.file,
        startLine: plan.reportAt.line,
        ...(plan.declaredAt.file !== plan.reportAt.file && { declaredIn: plan.declaredAt.file }),
        ...valueFilesOf(plan)
      })
    )
    .sort(
      compareBy<ReportPlan>(
        p => p.file,
        p => p.startLine,
        p => p.kind,
        p => p.name
      )
    )
}
