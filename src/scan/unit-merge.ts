import type { InlineExemption, ParseError, RelatedLocation, Resource } from '../model/resources.js'
import type { ManifestReader, ReadUnit } from '../readers/reader.js'
import type { WorkspaceFile } from '../workspace/workspace.js'
import type { PlannedUnit, UnitResult } from './unit-types.js'

export interface MergedOutput {
  readonly resources: Resource[]
  readonly parseErrors: ParseError[]
  readonly manifests: string[]
  readonly inlineExemptions: InlineExemption[]
  /** Files the prefilter skipped, in scan order. */
  readonly skipped: string[]
}

/**
 * The units' results in unit order (never completion order), so a pooled scan gives the inline scan's
 * model. A reader that says where each resource came from gets its resources back in file order.
 */
export function mergeUnitResults(
  readers: readonly ManifestReader[],
  planned: readonly PlannedUnit[],
  results: readonly UnitResult[],
  claimed: ReadonlyMap<ManifestReader, readonly WorkspaceFile[]>
): MergedOutput {
  const merge = new UnitMerge(readers, claimed)
  planned.forEach((unit, index) => merge.add(unit, results[index] as UnitResult))
  return merge.finish()
}

/** What one reader's units gave so far: its resources wait for the reader's last unit to be put in order. */
interface ReaderPart {
  readonly reader: number
  units: number
  readonly resources: Resource[]
  /**
   * Where each resource came from, by position in the reader's list of origins (`ResourceOrigin`'s two
   * fields in two arrays): a unit's origin objects, its output and its arrays are garbage once it is added.
   */
  readonly phases: number[]
  readonly files: string[]
  /** Whether every read unit said where its resources came from. */
  ordered: boolean
  readonly exemptions: InlineExemption[]
}

/**
 * The merge of the units' results, one unit at a time in unit order (readers in scan order, then each
 * reader's units): the inline scan adds each unit as soon as it is read, so what the readers returned
 * for 10,000 units (outputs, their arrays, the resources' origins) is not kept until the last is read
 * (ARM 20,000 files: ~14 MB alive at the end of the reading). The same model as merging them all at the end.
 */
export class UnitMerge {
  private readonly merged: MergedOutput = { resources: [], parseErrors: [], manifests: [], inlineExemptions: [], skipped: [] }
  private part: ReaderPart | undefined

  constructor(
    private readonly readers: readonly ManifestReader[],
    private readonly claimed: ReadonlyMap<ManifestReader, readonly WorkspaceFile[]>
  ) {}

  /** The next unit's result (units come in unit order). */
  add(planned: PlannedUnit, result: UnitResult): void {
    if (this.part?.reader !== planned.reader) {
      this.closePart()
      this.part = { reader: planned.reader, units: 0, resources: [], phases: [], files: [], ordered: true, exemptions: [] }
    }
    const part = this.part
    const merged = this.merged
    part.units++
    if (result.kind === 'skipped') {
      for (const file of result.files) merged.skipped.push(file)
      return
    }
    if (result.kind === 'failed') {
      // A reader bug must not hide the other units' findings: report it on each file of its unit.
      const message = `internal error in the ${String(this.readerAt(planned.reader).format)} reader: ${result.message}`
      for (const file of planned.unit.files) merged.parseErrors.push({ file: file.path, line: 1, column: 1, message, severity: 'error' })
      return
    }
    const { output } = result
    // Loops, not push(...): a spread of 100,000 resources overflows the stack.
    for (const resource of output.resources) part.resources.push(resource)
    if (output.resourceOrigins === undefined) part.ordered = false
    else {
      for (const origin of output.resourceOrigins) {
        part.phases.push(origin.phase ?? 0)
        part.files.push(origin.file)
      }
    }
    for (const error of output.parseErrors) merged.parseErrors.push(error.kind === 'not-evaluated' ? withUnitFiles(error, planned.unit) : error)
    for (const manifest of output.manifests) merged.manifests.push(manifest)
    for (const exemption of output.inlineExemptions ?? []) part.exemptions.push(exemption)
  }

  /** Everything added, merged. */
  finish(): MergedOutput {
    this.closePart()
    return this.merged
  }

  private readerAt(index: number): ManifestReader {
    return this.readers[index] as ManifestReader
  }

  /** The current reader's resources and exemptions, in file order when its units said where they came from. */
  private closePart(): void {
    const part = this.part
    if (part === undefined) return
    this.part = undefined
    const { resources, phases, files, exemptions } = part
    const mine = this.claimed.get(this.readerAt(part.reader)) ?? []
    const reorder = part.ordered && part.units > 1
    const rank = reorder ? new Map(mine.map((file, index) => [file.path, index])) : new Map<string, number>()
    const rankOf = (file: string): number => rank.get(file) ?? mine.length
    const inOrder = reorder ? stableSort(resources, (a, b) => (phases[a] ?? 0) - (phases[b] ?? 0) || rankOf(files[a] ?? '') - rankOf(files[b] ?? '')) : resources
    for (const resource of inOrder) this.merged.resources.push(resource)
    // A reader lists its exemptions in file order: kept so across its units.
    const exemptionsInOrder = reorder ? stableSort(exemptions, (a, b) => rankOf(exemptions[a]?.location.file ?? '') - rankOf(exemptions[b]?.location.file ?? '')) : exemptions
    for (const exemption of exemptionsInOrder) this.merged.inlineExemptions.push(exemption)
  }
}

/**
 * A not-evaluated error with the other files of its unit as related `value` locations. A budget that ran out
 * leaves a declaration unchecked whatever set its size: the tfvars behind its `count`, a variable's default, a
 * parameter file, a stack file, the module call that passes the count. A pull request that changes only one of
 * those (`n = 2` to `n = 20000` in terraform.tfvars) must count the error under `scope: changed`, as a value
 * source counts an evaluated VM's finding (docs/limits.md: a bound is never a cut-off that passes). Every file
 * of the unit, at its first line: which one set the value is what was not evaluated.
 */
function withUnitFiles(error: ParseError, unit: ReadUnit): ParseError {
  const related: RelatedLocation[] = []
  for (const file of unit.files) if (file.path !== error.file) related.push({ file: file.path, startLine: 1, role: 'value' })
  return related.length === 0 ? error : { ...error, related }
}

/** The items sorted by `compare` on their indices; equal ones keep their order. */
function stableSort<T>(items: readonly T[], compare: (a: number, b: number) => number): T[] {
  const indices = items.map((_, index) => index)
  indices.sort((a, b) => compare(a, b) || a - b)
  return indices.map(index => items[index] as T)
}
