import { planFilesOf, policyFilesOf, scopeCause, scopeFiles, scopeReport as keepInScope, type ScopeCause } from '../gate/scope.js'
import type { JsonReport } from '../report/json-report.js'
import type { PullRequestFile } from './diff.js'

export { touches } from '../gate/scope.js'

/** Which part of a report a pull request touches. */
export interface ScopeDecision {
  /** Files whose findings and resources are in scope; undefined: the whole report is. */
  readonly files: ReadonlySet<string> | undefined
  /** Why, in one sentence for the summary comment ("the pull request removes infra/plan.bicep"). */
  readonly reason: string
}

/**
 * Decides what a pull request touches (src/gate/scope.ts, from the report alone), in the summary
 * comment's words. Without the list of changed files (or when GitHub's 3,000-file listing cut it),
 * everything is in scope: a missing list makes the gate stricter, never blind.
 */
export function decideScope(report: JsonReport, files: readonly PullRequestFile[] | undefined): ScopeDecision {
  if (files === undefined) return { files: undefined, reason: 'the changed files are not known' }
  const cause = scopeCause(files, planFilesOf(report), policyFilesOf(report))
  return { files: scopeFiles(cause), reason: reasonOf(cause) }
}

/** The part of a report a pull request touches (scope `changed`); see src/gate/scope.ts:scopeReport. */
export const scopeReport = (report: JsonReport, files: readonly PullRequestFile[] | undefined): JsonReport =>
  keepInScope(report, decideScope(report, files).files)

function reasonOf(cause: ScopeCause): string {
  switch (cause.kind) {
    case 'removed-manifest':
      return `the pull request removes or renames ${cause.path}`
    case 'policy-file':
      return cause.file === 'configuration'
        ? `the pull request changes ${cause.path}, the gate's configuration`
        : `the pull request changes ${cause.path}, an advisory the gate's configuration loads`
    case 'plan-file':
      return `the pull request changes ${cause.path}, which holds a reboot plan`
    case 'removed-plan-lines':
      return `the pull request removes maintenance lines from ${cause.path}`
    case 'hidden-diff':
      return `GitHub does not show the diff of ${cause.path}`
    case 'changed-files':
      return 'resources in, or using, the changed files'
  }
}
