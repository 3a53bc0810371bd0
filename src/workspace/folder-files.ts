import { lstatSync } from 'node:fs'
import { join } from 'node:path'
import { byPath } from './listed-file.js'
import type { Workspace, WorkspaceFile } from './workspace.js'

/**
 * The files directly in a folder (root-relative: '', '.' or '/'-ended for the root and folders), sorted by
 * path as `list` sorts them. From the scan's listing when it walked the folder (no second walk of the
 * disk), else from the file system, with the same rules (symlinks inside the root, regular files only).
 */
export function filesIn(workspace: Pick<Workspace, 'list' | 'listedIn'>, folder: string): WorkspaceFile[] {
  const key = folder === '.' ? '' : folder.replace(/\/$/, '')
  const listed = workspace.listedIn(key)
  if (listed !== undefined) return [...listed].sort(byPath)
  const prefix = key === '' ? '' : `${key}/`
  return workspace.list([key === '' ? '.' : key]).filter(file => file.path.startsWith(prefix) && !file.path.slice(prefix.length).includes('/'))
}

/** The names of the files directly in a file's folder (`filesIn`). */
export const namesBeside = (workspace: Pick<Workspace, 'list' | 'listedIn'>, path: string): string[] =>
  filesIn(workspace, path.slice(0, path.lastIndexOf('/') + 1)).map(file => file.path.slice(file.path.lastIndexOf('/') + 1))

/**
 * The files directly in the subfolders of a folder that have one of `names` (exact spellings), sorted by path;
 * none for a subfolder that is not there. A folder this workspace's listing walked says which subfolders are there
 * (no look at the disk; a folder another thread listed does not); otherwise a real folder is looked for first (a
 * walk of one that is not there would be reported as a folder that cannot be read), and a link to one is not followed.
 */
export function filesInSubfolders(workspace: Pick<Workspace, 'list' | 'listedIn' | 'root' | 'walkedBelow'>, folder: string, names: readonly string[]): WorkspaceFile[] {
  const key = folder === '.' ? '' : folder.replace(/\/$/, '')
  const walked = workspace.walkedBelow(key)
  const files: WorkspaceFile[] = []
  for (const name of names) {
    const sub = key === '' ? name : `${key}/${name}`
    if (walked ? workspace.listedIn(sub) === undefined : !isRealFolder(join(workspace.root, sub))) continue
    files.push(...filesIn(workspace, sub))
  }
  return files.sort(byPath)
}

/** Whether a path is a folder, not a link to one (an error reading it: not one to look in). */
function isRealFolder(absolute: string): boolean {
  try {
    return lstatSync(absolute, { throwIfNoEntry: false })?.isDirectory() === true
  } catch {
    return false
  }
}
