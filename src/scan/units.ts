import { exactLength } from '../model/intern.js'
import { getErrorMessage } from '../errors.js'
import type { EvaluationLimits } from '../readers/limits.js'
import type { ManifestReader, ReaderOutput, ReadUnit } from '../readers/reader.js'
import type { Workspace, WorkspaceFile } from '../workspace/workspace.js'
import { settleFolders } from '../workspace/folder-heads.js'
import { unitMayMatter } from './prefilter.js'
import type { PlannedUnit, UnitResult } from './unit-types.js'

export { mergeUnitResults, UnitMerge, type MergedOutput } from './unit-merge.js'
export type { PlannedUnit, UnitResult } from './unit-types.js'

/** Every reader's claimed files as units, in scan order. */
export function planUnits(
  readers: readonly ManifestReader[],
  claimed: ReadonlyMap<ManifestReader, readonly WorkspaceFile[]>,
  workspace: Workspace
): PlannedUnit[] {
  return readers.flatMap((_, index) => planReaderUnits(readers, index, claimed, workspace))
}

/**
 * One reader's claimed files as units (the reader at `index` of the scan's list). Planning a reader just
 * before reading its units lets them find the texts its `units()` read in the workspace's cache.
 */
export function planReaderUnits(
  readers: readonly ManifestReader[],
  index: number,
  claimed: ReadonlyMap<ManifestReader, readonly WorkspaceFile[]>,
  workspace: Workspace
): PlannedUnit[] {
  const reader = readers[index] as ManifestReader
  const mine = claimed.get(reader) ?? []
  if (mine.length === 0) return []
  const planned: PlannedUnit[] = []
  for (const unit of reader.units?.(mine, workspace) ?? [{ files: mine }]) if (unit.files.length > 0) planned.push({ reader: index, unit })
  return planned
}

/**
 * What a worker thread needs to know of a unit's folders to answer as the scan's thread does from its
 * listing (each only when there are any): its `settled` folders (no what-if result, no plan: see
 * scan/folder-facts.ts), and the `listed` folders whose every file is a file of the unit (a `main.bicep`
 * beside a `main.json`?).
 */
export interface UnitFolders {
  readonly settled?: readonly string[]
  readonly listed?: readonly string[]
  /** The unit's files the claim read whole without a policy word (workspace.isQuiet). */
  readonly quiet?: readonly string[]
  /** The unit's files whose head the claim found to hold a policy word (workspace.claimNotes.holdsPolicyWords). */
  readonly wordy?: readonly string[]
}

export function unitFolders(unit: ReadUnit, settled: ReadonlySet<string>, workspace: Workspace): UnitFolders {
  const members = new Map<string, number>()
  for (const file of unit.files) {
    const folder = file.path.slice(0, Math.max(file.path.lastIndexOf('/'), 0))
    members.set(folder, (members.get(folder) ?? 0) + 1)
  }
  const settledHere: string[] = []
  const listedHere: string[] = []
  let paths: Set<string> | undefined
  for (const [folder, count] of members) {
    if (settled.has(folder)) settledHere.push(folder)
    const listed = workspace.listedIn(folder)
    if (listed === undefined || listed.length !== count) continue
    paths ??= new Set(unit.files.map(file => file.path))
    const inUnit = paths
    if (listed.every(file => inUnit.has(file.path))) listedHere.push(folder)
  }
  const quiet = unit.files.filter(file => workspace.isQuiet(file.path)).map(file => file.path)
  const wordy = unit.files.filter(file => workspace.claimNotes.holdsPolicyWords(file.path)).map(file => file.path)
  return {
    ...(settledHere.length > 0 && { settled: settledHere }),
    ...(listedHere.length > 0 && { listed: listedHere }),
    ...(quiet.length > 0 && { quiet }),
    ...(wordy.length > 0 && { wordy })
  }
}

export interface UnitReadOptions {
  readonly limits: EvaluationLimits
  /** Skip units whose files cannot declare anything the policy reads (default on). */
  readonly prefilter: boolean
}

/**
 * Reads one unit, never throwing: a reader bug becomes the unit's failure. With the prefilter, a unit
 * none of whose files may declare what the policy reads is not parsed at all, unless its reader must read
 * it (`ManifestReader.mustRead`).
 */
export async function readUnit(
  reader: ManifestReader,
  unit: ReadUnit,
  workspace: Workspace,
  options: UnitReadOptions,
  settled: readonly string[] = []
): Promise<UnitResult> {
  try {
    settleFolders(workspace, settled)
    if (options.prefilter && reader.mustRead?.(unit, workspace) !== true && !unitMayMatter(unit, workspace)) {
      return { kind: 'skipped', files: unit.files.map(file => file.path) }
    }
    return { kind: 'read', output: await reader.read(unit.files, workspace, options.limits) }
  } catch (error) {
    return { kind: 'failed', message: getErrorMessage(error) }
  }
}

/**
 * A unit's result with arrays of their own length, and one shared empty array, for a result kept until
 * the merge (a pooled scan's): an array filled by push holds room for 16 items after its first (ARM 10,000
 * files: 7,682 units of four arrays each, ~5 MB of spare room kept through the reading).
 */
export function compactResult(result: UnitResult): UnitResult {
  return result.kind === 'read' ? { kind: 'read', output: compactOutput(result.output) } : result
}

function compactOutput(output: ReaderOutput): ReaderOutput {
  const { resources, resourceOrigins, parseErrors, manifests, inlineExemptions } = output
  return {
    resources: exactLength(resources),
    ...(resourceOrigins !== undefined && { resourceOrigins: exactLength(resourceOrigins) }),
    parseErrors: exactLength(parseErrors),
    manifests: exactLength(manifests),
    ...(inlineExemptions !== undefined && { inlineExemptions: exactLength(inlineExemptions) })
  }
}
