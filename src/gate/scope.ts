import type { JsonReport } from '../report/json-report.js'
import { summarizeReport } from '../report/summarize.js'
import { isManifestName } from '../workspace/manifest-names.js'

/**
 * One changed file of a pull request, as the gate needs it (src/github/diff.ts lists them from the
 * REST API; the shape is structural so the gate does not depend on the GitHub layer).
 */
export interface ChangedFile {
  readonly path: string
  readonly status: string
  readonly previousPath?: string
  /** Absent when GitHub does not show the diff (binary, too large). */
  readonly patch?: string
}

/**
 * Why the scope is what it is, as data: the action's log and the summary comment word it their own
 * way (describeScope, scopeReason), but decide it here, once.
 */
export type ScopeCause =
  | { readonly kind: 'removed-manifest'; readonly path: string }
  | { readonly kind: 'policy-file'; readonly path: string; readonly file: PolicyFile }
  | { readonly kind: 'plan-file'; readonly path: string }
  | { readonly kind: 'removed-plan-lines'; readonly path: string }
  | { readonly kind: 'hidden-diff'; readonly path: string }
  | { readonly kind: 'changed-files'; readonly files: ReadonlySet<string> }

/** What a file of the gate's policy is: its configuration, or an advisory the configuration loads. */
export type PolicyFile = 'configuration' | 'advisory'

const NO_POLICY_FILES: ReadonlyMap<string, PolicyFile> = new Map()

/**
 * A removed diff line that names a maintenance configuration or assignment in any of the formats
 * (Microsoft.Maintenance/..., azurerm_maintenance_*, MaintenanceAssignmentVirtualMachine,
 * maintenanceConfigurationId, maintenance:ConfigurationAssignment).
 */
const REMOVED_PLAN_LINE = /^-(?!--).*(maintenance|configurationassignment)/im

/**
 * Related-location roles that point at a reboot plan. The value roles (`value`, `plan-condition`,
 * `plan-value`: src/report/value-sources.ts) do not: a variables file that decides a plan relates the
 * VMs that plan could reach, so a change to it counts those VMs, not every VM of the repository.
 */
const PLAN_ROLE = /maintenance|assignment/i

/**
 * The `changed` scope of a pull request. A reboot plan can live far from the VM it covers, so a change
 * that may take one away re-checks every VM: a change to a file that holds a maintenance configuration,
 * an assignment or a declared plan (`planFiles`), the removal or rename of a manifest, a diff that
 * removes a line naming one, or a manifest diff GitHub does not show. So does a change to a file of the gate's
 * policy (`policyFiles`: the configuration and the advisories it loads), which can change any VM's findings.
 * Otherwise only findings on, or related to, a changed file decide the verdict; the others are still reported.
 */
export function scopeCause(
  changes: readonly ChangedFile[],
  planFiles: ReadonlySet<string>,
  policyFiles: ReadonlyMap<string, PolicyFile> = NO_POLICY_FILES
): ScopeCause {
  for (const change of changes) {
    const gone = change.status === 'removed' ? change.path : change.previousPath
    if (gone !== undefined && isManifestName(gone)) return { kind: 'removed-manifest', path: gone }
    const policy = policyFiles.get(change.path)
    if (policy !== undefined) return { kind: 'policy-file', path: change.path, file: policy }
    if (planFiles.has(change.path)) return { kind: 'plan-file', path: change.path }
    if (change.patch !== undefined && REMOVED_PLAN_LINE.test(change.patch)) {
      return { kind: 'removed-plan-lines', path: change.path }
    }
    if (change.patch === undefined && change.status !== 'added' && isManifestName(change.path)) {
      return { kind: 'hidden-diff', path: change.path }
    }
  }
  return { kind: 'changed-files', files: new Set(changes.map(change => change.path)) }
}

/** The files a cause limits the scope to; undefined: every finding counts. */
export const scopeFiles = (cause: ScopeCause): ReadonlySet<string> | undefined =>
  cause.kind === 'changed-files' ? cause.files : undefined

/**
 * The files of the gate's policy, from the report alone: the configuration (declared plans, exemptions, rule
 * settings) and the advisory files it loads (which images are affected, which windows count). A change to one
 * can change any VM's findings.
 */
export function policyFilesOf(report: Pick<JsonReport, 'configuration'>): Map<string, PolicyFile> {
  const files = new Map<string, PolicyFile>()
  if (report.configuration === undefined) return files
  for (const advisory of report.configuration.advisories ?? []) files.set(advisory, 'advisory')
  files.set(report.configuration.file, 'configuration')
  return files
}

/**
 * Files that hold a reboot plan, from the report alone: every maintenance configuration and assignment
 * read (`plans`, including those that reach no VM), the files of the gate's policy (policyFilesOf), the
 * assignments and declared plans in the evidence, and related locations whose role is a plan.
 */
export function planFilesOf(
  report: Pick<JsonReport, 'plans' | 'configuration' | 'resources' | 'findings'>
): Set<string> {
  const files = new Set<string>(policyFilesOf(report).keys())
  for (const plan of report.plans) {
    files.add(plan.file)
    if (plan.declaredIn !== undefined) files.add(plan.declaredIn)
    for (const file of plan.valueFiles ?? []) files.add(file)
  }
  for (const resource of report.resources) {
    for (const related of resource.related) if (PLAN_ROLE.test(related.role)) files.add(related.file)
    for (const evidence of resource.evidence) {
      files.add(evidence.file)
      if (evidence.kind === 'maintenance-assignment' && evidence.configuration?.file !== undefined)
        files.add(evidence.configuration.file)
    }
  }
  for (const finding of report.findings) {
    for (const related of finding.related) if (PLAN_ROLE.test(related.role)) files.add(related.file)
  }
  return files
}

/**
 * Rules whose findings count in every scope: they say the scan itself checked nothing, which no change
 * set narrows (a pull request that edits only a README must not pass a gate that reads no manifest).
 */
const UNSCOPED_RULES: ReadonlySet<string> = new Set(['nothing-scanned'])

/**
 * Whether a finding or resource is on one of the files, or related to one of them: a parameter file,
 * module or maintenance manifest, or a file whose value decides the VM's verdict or its plan's (a
 * tfvars line behind a `count` that removed its plan, a `.bicepparam` line, a stack config key).
 * Findings of UNSCOPED_RULES are in every scope.
 */
export function touches(
  item: { readonly file: string; readonly related: readonly { readonly file: string }[]; readonly ruleId?: string },
  files: ReadonlySet<string>
): boolean {
  if (item.ruleId !== undefined && UNSCOPED_RULES.has(item.ruleId)) return true
  return files.has(item.file) || item.related.some(related => files.has(related.file))
}

/**
 * The part of a report a scope keeps: findings on a file of it or related to one (parameter file,
 * module, maintenance manifest), the resources they are about or that use such a file, parse errors of
 * those files, and the summary counted again over them. Returns the report itself for an unlimited
 * scope. Scoping a scoped report with the same files gives it back unchanged.
 */
export function scopeReport(report: JsonReport, scope: ReadonlySet<string> | undefined): JsonReport {
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
