import type { Workspace } from '../../../workspace/workspace.js'
import { folderHolds, folderKey, isSettled, type FolderProbe } from '../../../workspace/folder-heads.js'
import { isWhatIfHead } from './what-if-head.js'

const known = new WeakMap<Workspace, Map<string, boolean>>()

/** A what-if result: a `.json` file (any case) whose text starts like one. */
export const whatIfResultProbe: FolderProbe = {
  candidate: path => path.toLowerCase().endsWith('.json'),
  test: isWhatIfHead
}

/**
 * Whether a folder (scan-relative; '', '.' or '/'-ended) holds a what-if result: then the what-if
 * reader reports the resources its `.bicep` and ARM files declare, as Azure evaluated them, and the
 * ARM and Bicep readers leave the folder to it (as the HCL reader leaves a folder with a plan).
 * A folder the scan settled from the heads it read is answered without a walk or a read.
 */
export function hasWhatIfResult(workspace: Workspace, folder: string): boolean {
  // ARM's folders end in '/', the others' do not.
  const key = folderKey(folder)
  // Most folders are settled: answered at once, and not remembered again here.
  if (isSettled(workspace, key)) return false
  let folders = known.get(workspace)
  if (folders === undefined) {
    folders = new Map<string, boolean>()
    known.set(workspace, folders)
  }
  const cached = folders.get(key)
  if (cached !== undefined) return cached
  const found = folderHolds(workspace, key, whatIfResultProbe)
  folders.set(key, found)
  return found
}
