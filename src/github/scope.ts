import type { JsonReport } from '../report/json-report.js'
import { summarizeReport } from '../report/summarize.js'
import type { PullRequestFile } from './diff.js'

/** Which part of a report a pull request touches. */
export interface ScopeDecision {
  /** Files whose findings and resources are in scope; undefined: the whole report is. */
  readonly files: ReadonlySet<string> | undefined
  /** Why, in one sentence for the summary comment ("the pull request removes infra/plan.bicep"). */
  readonly reason: string
}

/** Extensions of the formats the readers claim: a removed one of these may have held a reboot plan. */
const MANIFEST_EXTENSIONS = ['.json', '.jsonc', '.bicep', '.bicepparam', '.tf', '.tfvars', '.yaml', '.yml']

/**
 * A removed diff line naming a maintenance configuration or assignment in any format
 * (Microsoft.Maintenance/..., azurerm_maintenance_*, MaintenanceConfigurationAssignment, ...).
 */
const REMOVED_PLAN_LINE = /^-(?!--).*(maintenance|configurationassignment)/im

/** Related-location roles that point at a reboot plan. */
const PLAN_ROLE = /maintenance|assignment/i

/** `(infra/plan.bicep:12)` in an evidence line: where the assignment is declared. */
const EVIDENCE_LOCATION = /\(([^()\s]+):\d+\)/g

/**
 * Decides what a pull request touches. A reboot plan can live far from the VM it covers, so a change
 * that may take one away puts every VM back in scope: removing or renaming a manifest, changing a file
 * that holds a plan, removing a line that names one, or a manifest diff GitHub does not show. Without
 * the list of changed files (or when GitHub's 3,000-file listing cut it), everything is in scope too:
 * a missing list makes the gate stricter, never blind.
 */
export function decideScope(report: JsonReport, files: readonly PullRequestFile[] | undefined): ScopeDecision {
  if (files === undefined) return { files: undefined, reason: 'the changed files are not known' }
  const planFiles = planFilesOf(report)
  for (const file of files) {
    const gone = file.status === 'removed' ? file.path : file.previousPath
    if (gone !== undefined && isManifestName(gone)) {
      return { files: undefined, reason: `the pull request removes or renames ${gone}` }
    }
    if (planFiles.has(file.path)) {
      return { files: undefined, reason: `the pull request changes ${file.path}, which holds a reboot plan` }
    }
    if (file.patch !== undefined && REMOVED_PLAN_LINE.test(file.patch)) {
      return { files: undefined, reason: `the pull request removes maintenance lines from ${file.path}` }
    }
    if (file.patch === undefined && file.status !== 'added' && isManifestName(file.path)) {
      return { files: undefined, reason: `GitHub does not show the diff of ${file.path}` }
    }
  }
  return { files: new Set(files.map(file => file.path)), reason: 'resources in, or using, the changed files' }
}

/**
 * The part of a report a pull request touches (scope `changed`): findings on a changed file or related
 * to one (parameter file, module, maintenance manifest), the resources they are about or that use a
 * changed file, parse errors of changed files, and the summary counted again over those. Returns the
 * report itself when the whole of it is in scope (see decideScope). Scoping a scoped report with the
 * same files gives it back unchanged.
 */
export function scopeReport(report: JsonReport, files: readonly PullRequestFile[] | undefined): JsonReport {
  const scope = decideScope(report, files).files
  if (scope === undefined) return report
  const findings = report.findings.filter(finding => touches(finding, scope))
  const keys = new Set(findings.flatMap(finding => (finding.resourceKey === undefined ? [] : [finding.resourceKey])))
  const names = new Set(findings.flatMap(finding => (finding.resourceKey === undefined ? [finding.resource] : [])))
  const resources = report.resources.filter(
    resource => touches(resource, scope) || keys.has(resource.key) || names.has(resource.name)
  )
  return {
    ...report,
    resources,
    findings,
    parseErrors: report.parseErrors.filter(error => scope.has(error.file)),
    summary: summarizeReport(report.summary.files, resources, findings)
  }
}

/** Whether a finding or resource is on one of the files, or related to one of them. */
export function touches(
  item: { readonly file: string; readonly related: readonly { readonly file: string }[] },
  files: ReadonlySet<string>
): boolean {
  return files.has(item.file) || item.related.some(related => files.has(related.file))
}

function planFilesOf(report: JsonReport): Set<string> {
  const files = new Set<string>()
  for (const resource of report.resources) {
    for (const related of resource.related) if (PLAN_ROLE.test(related.role)) files.add(related.file)
    for (const line of resource.evidence)
      for (const match of line.matchAll(EVIDENCE_LOCATION)) files.add(match[1] as string)
  }
  for (const finding of report.findings) {
    for (const related of finding.related) if (PLAN_ROLE.test(related.role)) files.add(related.file)
  }
  return files
}


const isManifestName = (path: string): boolean => MANIFEST_EXTENSIONS.some(ext => path.toLowerCase().endsWith(ext))
