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
