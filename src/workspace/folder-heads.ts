import type { Workspace } from './workspace.js'

/**
 * A question readers ask about a folder: does it directly hold a file whose text starts like X (a
 * what-if result beside ARM and Bicep files, a Terraform plan beside a root module)? A file answers
 * yes when it is a `candidate`, its whole text decodes, and `test` passes on its first
 * HEAD_CHARACTERS characters. `test` must only look for things in the text (a match in a prefix is a
 * match in the whole): the scan settles folders from shorter heads on that ground.
 */
export interface FolderProbe {
  /** Which files of the folder are looked at, by their path. */
  readonly candidate: (path: string) => boolean
  readonly test: (head: string) => boolean
  /**
   * Asked of the whole text of a file whose head passed `test`, when given: it can only turn a yes into a no,
   * so a folder the scan settled from heads stays settled.
   */
  readonly whole?: (text: string) => boolean
}

export const HEAD_CHARACTERS = 4096

/**
 * Folders the scan found to hold no candidate of any of its probes from the heads it had read while
 * claiming (scan/folder-facts.ts): a reader's question about them needs no second walk or read.
 */
const settled = new WeakMap<Workspace, Set<string>>()

/** Records folders (root-relative, '' for the root) that hold no file any of the scan's probes looks for. */
export function settleFolders(workspace: Workspace, folders: readonly string[]): void {
  if (folders.length === 0) return
  let known = settled.get(workspace)
  if (known === undefined) {
    known = new Set<string>()
    settled.set(workspace, known)
  }
  for (const folder of folders) known.add(folder)
}

/** A folder as `settleFolders` records it: root-relative, '' for the root, no trailing '/'. */
export const folderKey = (folder: string): string => (folder === '.' ? '' : folder.endsWith('/') ? folder.slice(0, -1) : folder)

/** Whether the scan settled a folder (`folderKey`): it holds no file any of its probes looks for. */
export const isSettled = (workspace: Workspace, key: string): boolean => settled.get(workspace)?.has(key) === true

/**
 * Whether a folder (root-relative: '', '.' or '/'-ended for the root and folders) directly holds a file the
 * probe answers yes for. Settled folders are answered at once; the others from the workspace's listing of
 * the folder (or the file system's, when no listing walked it) and the texts of their candidates.
 */
export function folderHolds(workspace: Workspace, folder: string, probe: FolderProbe): boolean {
  return folderFileFor(workspace, folder, probe) !== undefined
}

/** The first file of a folder (in the listing's order) the probe answers yes for, as `folderHolds` finds it. */
export function folderFileFor(workspace: Workspace, folder: string, probe: FolderProbe): string | undefined {
  const key = folderKey(folder)
  if (isSettled(workspace, key)) return undefined
  const prefix = key === '' ? '' : `${key}/`
  const listed = workspace.listedIn(key)
  const files =
    listed ??
    workspace.list([key === '' ? '.' : key]).filter(file => file.path.startsWith(prefix) && !file.path.slice(prefix.length).includes('/'))
  return files.find(file => {
    if (!probe.candidate(file.path)) return false
    const text = workspace.readText(file.path)
    return text.ok && probe.test(text.text.slice(0, HEAD_CHARACTERS)) && (probe.whole?.(text.text) ?? true)
  })?.path
}
