import type { Workspace } from '../../../workspace/workspace.js'
import { isWhatIfHead } from './what-if-head.js'

const HEAD_LENGTH = 4096
const known = new WeakMap<Workspace, Map<string, boolean>>()

/**
 * Whether a folder (scan-relative; '', '.' or '/'-ended) holds a what-if result: then the what-if
 * reader reports the resources its `.bicep` and ARM files declare, as Azure evaluated them, and the
 * ARM and Bicep readers leave the folder to it (as the HCL reader leaves a folder with a plan).
 */
export function hasWhatIfResult(workspace: Workspace, folder: string): boolean {
  // ARM's folders end in '/', the others' do not.
  const key = folder === '.' ? '' : folder.replace(/\/$/, '')
  let folders = known.get(workspace)
  if (folders === undefined) {
    folders = new Map<string, boolean>()
    known.set(workspace, folders)
  }
  const cached = folders.get(key)
  if (cached !== undefined) return cached
  const found = typeof workspace.list === 'function' && folderHoldsResult(workspace, key)
  folders.set(key, found)
  return found
}

/** (A workspace that cannot list its files, a reader's test double, holds no result.) */
function folderHoldsResult(workspace: Workspace, key: string): boolean {
  const prefix = key === '' ? '' : `${key}/`
  return workspace
    .list([key === '' ? '.' : key])
    .filter(file => file.path.toLowerCase().endsWith('.json') && file.path.startsWith(prefix) && !file.path.slice(prefix.length).includes('/'))
    .some(file => {
      const text = workspace.readText(file.path)
      return text.ok && isWhatIfHead(text.text.slice(0, HEAD_LENGTH))
    })
}
