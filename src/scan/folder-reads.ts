import type { ManifestReader, ReadUnit } from '../readers/reader.js'
import type { Workspace, WorkspaceFile } from '../workspace/workspace.js'
import type { FolderReading } from './claim.js'
import { readUnitSync, type UnitReadOptions, type UnitResult } from './units.js'

type FolderReader = ManifestReader & Pick<Required<ManifestReader>, 'readSync'>

/**
 * An inline scan's reads of the readers whose units never cross a folder and who read synchronously
 * (`unitsByFolder` and `readSync`: ARM, what-if results), done as soon as the claim has claimed a folder,
 * with the texts it read (one open and one read per file). Their results wait here for the merge, which
 * takes them in the order `units()` gives for all the reader's files: a unit read here is the same unit,
 * with the same files.
 */
export class FolderReads implements FolderReading {
  /** Results by reader index, then by the unit's first file, with the unit they were read for. */
  private readonly results: Map<string, { readonly unit: ReadUnit; readonly result: UnitResult }>[]
  /** The readers read here, by index (undefined for the others). */
  private readonly folderReaders: (FolderReader | undefined)[]

  constructor(
    readers: readonly ManifestReader[],
    private readonly workspace: Workspace,
    private readonly options: UnitReadOptions
  ) {
    this.results = readers.map(() => new Map<string, { readonly unit: ReadUnit; readonly result: UnitResult }>())
    this.folderReaders = readers.map(reader => (reader.unitsByFolder === true && reader.readSync !== undefined ? (reader as FolderReader) : undefined))
  }

  readsWithFolder(reader: number): boolean {
    return this.folderReaders[reader] !== undefined
  }

  /** Folders claimed and not read yet, and the characters of text the claim kept for them. */
  private pending: (readonly (readonly WorkspaceFile[])[])[] = []
  private pendingCharacters = 0

  claimedFolder(claimed: readonly (readonly WorkspaceFile[])[], kept: number): void {
    this.pending.push(claimed)
    this.pendingCharacters += kept
    if (this.pendingCharacters >= BATCH_CHARACTERS) this.claimed()
  }

  claimed(): void {
    for (const folder of this.pending) this.read(folder)
    this.pending = []
    this.pendingCharacters = 0
  }

  private read(claimed: readonly (readonly WorkspaceFile[])[]): void {
    for (let index = 0; index < this.folderReaders.length; index++) {
      const reader = this.folderReaders[index]
      const files = claimed[index]
      if (reader === undefined || files === undefined || files.length === 0) continue
      for (const unit of reader.units?.(files, this.workspace) ?? [{ files }]) {
        if (unit.files.length > 0) this.results[index]?.set(firstPath(unit), { unit, result: readUnitSync(reader, unit, this.workspace, this.options) })
      }
    }
  }

  /** The result of a unit read with its folder (once), or undefined when none was read for these files. */
  take(reader: number, unit: ReadUnit): UnitResult | undefined {
    const results = this.results[reader]
    const read = results?.get(firstPath(unit))
    if (read === undefined || !sameFiles(read.unit.files, unit.files)) return undefined
    results?.delete(firstPath(unit))
    return read.result
  }
}

/**
 * Folders are read in runs of about this much text: claiming a run of folders, then reading them, costs
 * less than taking turns at every folder (ARM 10,000 files: 80 ms more of the main thread). Well under the
 * workspace's text cache (4 Mi characters), so the texts are still there when their reader asks.
 */
const BATCH_CHARACTERS = 1024 * 1024

const firstPath = (unit: ReadUnit): string => unit.files[0]?.path ?? ''

const sameFiles = (a: readonly WorkspaceFile[], b: readonly WorkspaceFile[]): boolean =>
  a.length === b.length && a.every((file, index) => file.path === b[index]?.path)
