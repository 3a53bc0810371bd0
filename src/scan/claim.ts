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
  claimedFolder(claimed: readonly (readonly WorkspaceFile[])[], kept: number): Promise<void>
  /** Every folder is claimed. */
  claimed(): Promise<void>
}

/**
 * Claims the files folder by folder. A file's head is read only when a reader's claim asks for it (4 KiB);
 * a file claimed by a reader that reads with its folder is then read whole on the same open, and its text
 * kept in the workspace for that reader. A function of its own so that what it notes of 10,000 heads is
 * garbage once it returns; while it runs, it holds little beyond the folder at hand (the readers of earlier
 * folders ran beside it).
 */
export async function claimFiles(
  files: readonly WorkspaceFile[],
  readers: readonly ManifestReader[],
  workspace: Workspace,
  reading?: FolderReading
): Promise<Claim> {
  const parseErrors: ParseError[] = []
  // The index of each file's reader (-1: none), so the claimed lists keep the listing's order.
  const owners = new Int32Array(files.length).fill(-1)
  const settled = new Set<string>()
  const folderFacts = new FolderFacts()
  const claimFolder = async (folder: string, members: readonly number[]): Promise<void> => {
    const here: WorkspaceFile[][] = readers.map(() => [])
    let claimedHere = false
    let kept = 0
    for (const index of members) {
      const file = files[index] as WorkspaceFile
      const { owner, characters } = claimFile(file, readers, workspace, folderFacts, reading, parseErrors)
      kept += characters
      if (owner < 0) continue
      owners[index] = owner
      claimedHere = true
      ;(here[owner] as WorkspaceFile[]).push(file)
    }
    // Every file of the folder was looked at: whether it settles is known now.
    const settles = claimedHere && folderFacts.settles(workspace, folder)
    folderFacts.clear()
    if (settles) settled.add(folder)
    if (!claimedHere || reading === undefined) return
    if (settles) settleFolders(workspace, [folder])
    await reading.claimedFolder(here, kept)
  }
  for (const { folder, members } of byFolder(files)) await claimFolder(folder, members)
  await reading?.claimed()
  const claimed = new Map<ManifestReader, WorkspaceFile[]>(readers.map(reader => [reader, []]))
  owners.forEach((owner, index) => {
    if (owner >= 0) claimed.get(readers[owner] as ManifestReader)?.push(files[index] as WorkspaceFile)
  })
  // In listing order, as a claim file by file gave them.
  parseErrors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  return { claimed, parseErrors, settled }
}

/**
 * The index of the reader that claims the file (-1: none), noting what its head tells, and how many
 * characters of its text were kept for its reader.
 */
function claimFile(
  file: WorkspaceFile,
  readers: readonly ManifestReader[],
  workspace: Workspace,
  folderFacts: FolderFacts,
  reading: FolderReading | undefined,
  parseErrors: ParseError[]
): { owner: number; characters: number } {
  const opened = new FileHead(file)
  try {
    const owner = readers.findIndex(candidate => candidate.claims(file, () => opened.head().text))
    // What the head says about the folder's what-if results and plans (when a reader had it read).
    if (opened.read) {
      const head = opened.head()
      folderFacts.note(file.path, { text: head.decoded ? head.text : undefined, whole: head.whole })
    }
    let characters = 0
    if (owner >= 0) {
      // A file no longer than its head, read whole: the prefilter knows it without reading it again.
      if (opened.read && opened.head().quiet === true) workspace.noteQuiet(file.path)
      if (reading?.readsWithFolder(owner) === true) {
        const text = opened.text()
        if (text !== undefined) workspace.keepText(file.path, text)
        characters = text?.ok === true ? text.text.length : 0
      }
    } else if (isManifestName(file.path)) {
      // A manifest's name on bytes no reader can claim (binary, UTF-16): say why it is not read.
      const unreadable = opened.head().unreadable
      if (unreadable !== undefined) parseErrors.push({ file: file.path, ...unreadable, severity: 'notice' })
    }
    return { owner, characters }
  } finally {
    opened.close()
  }
}

/**
 * The files' folders, each with the indices of its files, as soon as the listing (sorted by path) has
 * passed them: the paths below a folder are consecutive, so a folder is whole once a path outside it
 * comes. Only the chain of folders that contain the current path is held.
 */
function* byFolder(files: readonly WorkspaceFile[]): Generator<{ folder: string; members: number[] }> {
  const open: { folder: string; prefix: string; members: number[] }[] = []
  for (let index = 0; index < files.length; index++) {
    const folder = folderKey((files[index] as WorkspaceFile).path)
    let top = open.at(-1)
    while (top !== undefined && top.folder !== folder && !folder.startsWith(top.prefix)) {
      yield open.pop() as (typeof open)[number]
      top = open.at(-1)
    }
    if (top?.folder !== folder) {
      top = { folder, prefix: folder === '' ? '' : `${folder}/`, members: [] }
      open.push(top)
    }
    top.members.push(index)
  }
  while (open.length > 0) yield open.pop() as (typeof open)[number]
}
