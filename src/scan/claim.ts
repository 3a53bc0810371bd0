import type { ParseError } from '../model/resources.js'
import type { ManifestReader } from '../readers/reader.js'
import { settleFolders } from '../workspace/folder-heads.js'
import { isManifestName } from '../workspace/manifest-names.js'
import type { Workspace, WorkspaceFile } from '../workspace/workspace.js'
import { FileHead } from './file-head.js'
import { FolderFacts, folderKey } from './folder-facts.js'

/** The claim: each file to the first reader that claims it. */
export interface Claim {
  /** Every reader's files, in listing order. */
  readonly claimed: Map<ManifestReader, WorkspaceFile[]>
  /** Notices of manifests no reader can read (binary, UTF-16 where it is not read). */
  readonly parseErrors: ParseError[]
  /** Folders the heads read while claiming settle (scan/folder-facts.ts: no what-if result, no plan). */
  readonly settled: Set<string>
}

/**
 * What the scan does with a folder as soon as its files are claimed, before the next folder's are: read
 * the units of the readers whose units never cross a folder, with the texts the claim just read, so each
 * of their files is opened and read once.
 */
export interface FolderReading {
  /** Whether the reader at this index of the scan's list reads its files with their folder. */
  readsWithFolder(reader: number): boolean
  /**
   * A folder's claimed files, by reader index (in listing order), and how many characters of text the claim
   * kept for them; the folder is settled already when it settles.
   */
  claimedFolder(claimed: readonly (readonly WorkspaceFile[])[], kept: number): void
  /** Every folder is claimed. */
  claimed(): void
}

/**
 * Claims the files folder by folder: the paths below a folder are consecutive in the listing (sorted by
 * path), so a folder is whole once a path outside it comes, and only the folders that contain the current
 * path are open. A file's head is read only when a reader's claim asks for it (4 KiB); a file claimed by a
 * reader that reads with its folder is then read whole on the same open, and its text kept in the
 * workspace for that reader. A function of its own so that what it notes of 10,000 heads is garbage once
 * it returns.
 */
export function claimFiles(files: readonly WorkspaceFile[], readers: readonly ManifestReader[], workspace: Workspace, reading?: FolderReading): Claim {
  const claim = new FolderClaim(files, readers, workspace, reading)
  const open: { folder: string; prefix: string; members: number[] }[] = []
  for (let index = 0; index < files.length; index++) {
    const folder = folderKey((files[index] as WorkspaceFile).path)
    let top = open.at(-1)
    while (top !== undefined && top.folder !== folder && !folder.startsWith(top.prefix)) {
      open.pop()
      claim.folder(top.folder, top.members)
      top = open.at(-1)
    }
    if (top?.folder !== folder) {
      top = { folder, prefix: folder === '' ? '' : `${folder}/`, members: [] }
      open.push(top)
    }
    top.members.push(index)
  }
  for (let top = open.pop(); top !== undefined; top = open.pop()) claim.folder(top.folder, top.members)
  reading?.claimed()
  return claim.done()
}

/** The claim's state: each file's reader, the notices, the settled folders. */
class FolderClaim {
  private readonly parseErrors: ParseError[] = []
  /** The index of each file's reader (-1: none), so the claimed lists keep the listing's order. */
  private readonly owners: Int32Array
  private readonly settled = new Set<string>()
  private readonly folderFacts = new FolderFacts()
  /** Characters of text kept for the folder being claimed. */
  private kept = 0

  constructor(
    private readonly files: readonly WorkspaceFile[],
    private readonly readers: readonly ManifestReader[],
    private readonly workspace: Workspace,
    private readonly reading: FolderReading | undefined
  ) {
    this.owners = new Int32Array(files.length).fill(-1)
  }

  /** Claims a folder's files (their indices, in listing order), then reads it when a reader reads with its folder. */
  folder(folder: string, members: readonly number[]): void {
    const { readers, workspace, reading } = this
    let here: WorkspaceFile[][] | undefined
    this.kept = 0
    for (const index of members) {
      const file = this.files[index] as WorkspaceFile
      const owner = this.claimFile(file)
      if (owner < 0) continue
      this.owners[index] = owner
      here ??= readers.map(() => [])
      ;(here[owner] as WorkspaceFile[]).push(file)
    }
    // Every file of the folder was looked at: whether it settles is known now.
    const settles = here !== undefined && this.folderFacts.settles(workspace, folder)
    this.folderFacts.clear()
    if (here === undefined) return
    if (settles) this.settled.add(folder)
    if (reading === undefined) return
    if (settles) settleFolders(workspace, [folder])
    reading.claimedFolder(here, this.kept)
  }

  done(): Claim {
    const claimed = new Map<ManifestReader, WorkspaceFile[]>(this.readers.map(reader => [reader, []]))
    this.owners.forEach((owner, index) => {
      if (owner >= 0) claimed.get(this.readers[owner] as ManifestReader)?.push(this.files[index] as WorkspaceFile)
    })
    // In listing order, as a claim file by file gave them.
    const parseErrors = this.parseErrors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    return { claimed, parseErrors, settled: this.settled }
  }

  /** The index of the reader that claims the file (-1: none), noting what its head tells. */
  private claimFile(file: WorkspaceFile): number {
    const opened = new FileHead(file)
    try {
      const owner = this.readers.findIndex(candidate => candidate.claims(file, () => opened.head().text))
      // What the head says about the folder's what-if results and plans (when a reader had it read).
      if (opened.read) {
        const head = opened.head()
        this.folderFacts.note(file.path, { text: head.decoded ? head.text : undefined, whole: head.whole })
      }
      if (owner >= 0) {
        // A file no longer than its head, read whole: the prefilter knows it without reading it again.
        if (opened.read && opened.head().quiet === true) this.workspace.noteQuiet(file.path)
        if (this.reading?.readsWithFolder(owner) === true) {
          const text = opened.text()
          if (text !== undefined) this.workspace.keepText(file.path, text)
          if (text?.ok === true) this.kept += text.text.length
        }
      } else if (isManifestName(file.path)) {
        // A manifest's name on bytes no reader can claim (binary, UTF-16): say why it is not read.
        const unreadable = opened.head().unreadable
        if (unreadable !== undefined) this.parseErrors.push({ file: file.path, ...unreadable, severity: 'notice' })
      }
      return owner
    } finally {
      opened.close()
    }
  }
}
