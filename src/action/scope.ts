import type { PullRequestFile } from '../github/diff.js'
import type { InfrastructureModel } from '../model/resources.js'

export { touches } from '../github/scope.js'

/** Which findings decide the verdict. */
export interface GateScope {
  /** Findings on, or related to, one of these files count; undefined: every finding counts. */
  readonly files: ReadonlySet<string> | undefined
  /** Why, in one line for the log and the job summary. */
  readonly description: string
}

/** Extensions of the formats the readers claim: a removed file of these may have held a reboot plan. */
const MANIFEST_EXTENSIONS = ['.json', '.jsonc', '.bicep', '.bicepparam', '.tf', '.tfvars', '.yaml', '.yml']

/**
 * A removed diff line that names a maintenance configuration or assignment in any of the formats
 * (Microsoft.Maintenance/..., azurerm_maintenance_*, MaintenanceAssignmentVirtualMachine,
 * maintenanceConfigurationId, maintenance:ConfigurationAssignment).
 */
const REMOVED_PLAN_LINE = /^-(?!--).*(maintenance|configurationassignment)/im

export const everyFinding = (why: string): GateScope => ({ files: undefined, description: `every finding (${why})` })

/**
 * The `changed` scope of a pull request. A reboot plan can live far from the VM it covers, so a
 * change that may take one away re-checks every VM: a change to a file that declares a maintenance
 * configuration or assignment (`planFiles`, from the scanned model: assignments that reach no VM
 * count too), the removal or rename of a manifest, a diff that removes a line naming one, or a
 * manifest diff GitHub does not show. Otherwise only findings on, or related to, a changed file
 * decide the verdict; the others are still reported. (src/github/scope.ts decides the same from the
 * report alone, for the summary comment.)
 */
export function changedScope(
  changes: readonly PullRequestFile[],
  planFiles: ReadonlySet<string>,
  change = 'the pull request'
): GateScope {
  for (const file of changes) {
    const gone = file.status === 'removed' ? file.path : file.previousPath
    if (gone !== undefined && isManifestName(gone)) return everyFinding(`${change} removes or renames ${gone}`)
    if (planFiles.has(file.path)) {
      return everyFinding(`${change} changes ${file.path}, which holds a maintenance plan`)
    }
    if (file.patch !== undefined && REMOVED_PLAN_LINE.test(file.patch)) {
      return everyFinding(`${change} removes maintenance lines from ${file.path}`)
    }
    if (file.patch === undefined && file.status !== 'added' && isManifestName(file.path)) {
      return everyFinding(`GitHub does not show the diff of ${file.path}`)
    }
  }
  const files = new Set(changes.map(file => file.path))
  const count = files.size === 1 ? 'the 1 file' : `the ${files.size} files`
  return { files, description: `findings on ${count} ${change} changes and the files they use` }
}

/** Files that declare a maintenance configuration or assignment, including those that reach no VM. */
export function planFilesOf(
  model: Pick<InfrastructureModel, 'maintenanceConfigurations' | 'maintenanceAssignments'>
): Set<string> {
  const plans = [...model.maintenanceConfigurations, ...model.maintenanceAssignments]
  return new Set(plans.flatMap(plan => [plan.declaredAt.file, plan.reportAt.file]))
}

const isManifestName = (path: string): boolean => MANIFEST_EXTENSIONS.some(ext => path.toLowerCase().endsWith(ext))
