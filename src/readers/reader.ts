import type { InlineExemption, ManifestFormat, ParseError, Resource } from '../model/resources.js'
import type { Workspace, WorkspaceFile } from '../workspace/workspace.js'
import type { EvaluationLimits } from './limits.js'

/** What one reader found across all the files it claimed. */
export interface ReaderOutput {
  readonly resources: readonly Resource[]
  readonly parseErrors: readonly ParseError[]
  /** Files that turned out to be manifests of this format (others it claimed are skipped silently). */
  readonly manifests: readonly string[]
  readonly inlineExemptions?: readonly InlineExemption[]
}

/**
 * One manifest language. The scan hands every reader the files it claims, all at once, because
 * values cross files (parameter files, modules, tfvars, Crossplane references): a reader sees its
 * whole format and may read more files through the workspace (a module outside the claimed set).
 *
 * A reader never throws for bad input: a broken file becomes a located ParseError and the others
 * are still read. It never executes anything from the repository.
 */
export interface ManifestReader {
  readonly format: ManifestFormat | readonly ManifestFormat[]
  /**
   * Cheap decision from the path and, when the path is ambiguous, `head()`: the first 4 KiB of the
   * text (empty when the file is not readable text).
   */
  claims(file: WorkspaceFile, head: () => string): boolean
  /** `limits`: the evaluation budgets per deployment unit (default DEFAULT_LIMITS; docs/limits.md). */
  read(files: readonly WorkspaceFile[], workspace: Workspace, limits?: EvaluationLimits): Promise<ReaderOutput>
}
