import type { InlineExemption, ManifestFormat, ParseError, Resource } from '../model/resources.js'
import type { Workspace, WorkspaceFile } from '../workspace/workspace.js'
import type { EvaluationLimits } from './limits.js'

/**
 * A file's text as a claim sees it: `head()` is its first 4 KiB; `head('read')` is all that the scan's one read
 * of it took in (up to 64 KiB, the same bytes: no second read), for a claim whose head is only a preamble (a
 * YAML file's long comment header). Both are empty when the file is not readable text.
 */
export type HeadText = (extent?: 'read') => string

/** What one reader found in the files it was handed (one deployment unit, or all it claimed). */
export interface ReaderOutput {
  readonly resources: readonly Resource[]
  /**
   * For each resource, where it stands in the reader's order over all its files, when that order crosses
   * units (ARM: a folder is a unit, and files of two folders interleave in the listing; Bicep: parameter
   * files' deployments before templates'): the scan sorts the units' resources back into it, so the model
   * does not depend on the grouping.
   */
  readonly resourceOrigins?: readonly ResourceOrigin[]
  readonly parseErrors: readonly ParseError[]
  /** Files that turned out to be manifests of this format (others it claimed are skipped silently). */
  readonly manifests: readonly string[]
  readonly inlineExemptions?: readonly InlineExemption[]
}

/** A resource's place in its reader's order: by `phase`, then by the listing rank of `file` (a claimed file). */
export interface ResourceOrigin {
  readonly file: string
  readonly phase?: number
}

/**
 * A deployment unit: the claimed files that are read together because values cross them (a template
 * and its parameter files, a Terraform root and its modules, Crossplane references). Plain data (paths
 * and sizes), so a unit can be handed to a worker thread.
 */
export interface ReadUnit {
  readonly files: readonly WorkspaceFile[]
}

/**
 * One manifest language. The scan groups the files a reader claims into deployment units (`units`,
 * a cheap pass over names, never over parsed trees) and hands the reader one unit at a time: what it
 * parsed for a unit is released before the next, and only the model resources and parse errors it
 * returns are kept. A reader without `units` gets all its files as one unit. A reader may read more
 * files through the workspace (a module outside the claimed set).
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
  claims(file: WorkspaceFile, head: HeadText): boolean
  /**
   * Groups the claimed files (in listing order) into units; the units' outputs, in this order, make the
   * reader's output. Absent: one unit of every claimed file. A cheap pass: it may read texts through the
   * workspace (to index names and references), never keep parsed trees.
   */
  units?(files: readonly WorkspaceFile[], workspace: Workspace): readonly ReadUnit[]
  /**
   * Whether the reader reads a unit whatever words its files hold, because it has something to say of it
   * that the content prefilter cannot see (a Pulumi project whose program is code: the notice that it is
   * not evaluated). Absent: the prefilter decides. A cheap pass, like `units`: texts, never a parse.
   */
  mustRead?(unit: ReadUnit, workspace: Workspace): boolean
  /**
   * Reads one unit's files (or any set of files that is a union of units).
   * `limits`: the evaluation budgets per deployment unit (default DEFAULT_LIMITS; docs/limits.md).
   */
  read(files: readonly WorkspaceFile[], workspace: Workspace, limits?: EvaluationLimits): Promise<ReaderOutput>
  /**
   * Drops what the reader keeps from one unit to the next (a cache shared by the units of a scan): the
   * scan calls it once every unit is read, so it is not alive through the policy and the report.
   */
  release?(): void
}

/**
 * What the scan needs of a reader before it reads a unit (claim order, claims, units): the registry holds
 * these for the readers it loads lazily (lazy-reader.ts), in small modules without the parsing code.
 */
export type ReaderClaim = Pick<ManifestReader, 'format' | 'claims' | 'units' | 'mustRead'>
