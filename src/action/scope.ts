import { scopeCause, scopeFiles, type ChangedFile, type PolicyFile, type ScopeCause } from '../gate/scope.js'

export { touches } from '../gate/scope.js'

/** Which findings decide the verdict, and how the action's log and job summary say why. */
export interface GateScope {
  /** Findings on, or related to, one of these files count; undefined: every finding counts. */
  readonly files: ReadonlySet<string> | undefined
  /** Why, in one line for the log and the job summary. */
  readonly description: string
}

export const everyFinding = (why: string): GateScope => ({ files: undefined, description: `every finding (${why})` })

/**
 * The `changed` scope of a change set (decided in src/gate/scope.ts), in the action's words: `change`
 * names it ("the pull request", "the merge group's change (…)", "the pushed change (…)").
 */
export function changedScope(
  changes: readonly ChangedFile[],
  planFiles: ReadonlySet<string>,
  change = 'the pull request',
  policyFiles?: ReadonlyMap<string, PolicyFile>
): GateScope {
  const cause = scopeCause(changes, planFiles, policyFiles)
  return { files: scopeFiles(cause), description: describeCause(cause, change) }
}

function describeCause(cause: ScopeCause, change: string): string {
  switch (cause.kind) {
    case 'removed-manifest':
      return everyFinding(`${change} removes or renames ${cause.path}`).description
    case 'policy-file':
      return everyFinding(`${change} changes ${cause.path}, ${POLICY_FILE_WORDS[cause.file]}`).description
    case 'plan-file':
      return everyFinding(`${change} changes ${cause.path}, which holds a maintenance plan`).description
    case 'removed-plan-lines':
      return everyFinding(`${change} removes maintenance lines from ${cause.path}`).description
    case 'hidden-diff':
      return everyFinding(`GitHub does not show the diff of ${cause.path}`).description
    case 'changed-files': {
      const count = cause.files.size === 1 ? 'the 1 file' : `the ${cause.files.size} files`
      return `findings on ${count} ${change} changes and the files they use`
    }
  }
}

/** How the scope names a file of the gate's policy. */
const POLICY_FILE_WORDS: Readonly<Record<PolicyFile, string>> = {
  configuration: "the gate's configuration",
  advisory: "an advisory the gate's configuration loads"
}
