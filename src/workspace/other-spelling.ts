import { readdirSync, realpathSync } from 'node:fs'
import { join } from 'node:path'
import { FoldersInside } from './links.js'
import type { Workspace } from './workspace.js'

/**
 * The file of the workspace whose path differs from `path` only in letter case, when there is exactly one
 * (`modules/VirtualMachine/main.bicep` for `modules/virtualMachine/main.bicep`): Windows and macOS open
 * it under either spelling, so a repository written there names it so and deploys; Linux finds nothing.
 * Each folder on the way is read from the disk (not the scan's listing, which a worker thread holds only
 * in part), and the file must be one the workspace reads (inside it, not through a link out of it).
 * A folder reached through a link out of the root is not listed at all: its names are not the workspace's,
 * and none may reach the report, whatever `get` would say of the path they make.
 */
export function otherSpelling(workspace: Pick<Workspace, 'root' | 'get'>, path: string): string | undefined {
  let folders: FoldersInside
  try {
    folders = new FoldersInside(workspace.root, realpathSync(workspace.root))
  } catch {
    return undefined
  }
  let found = ''
  for (const segment of path.split('/')) {
    const folder = found === '' ? workspace.root : join(workspace.root, found)
    if (!folders.inside(folder)) return undefined
    let names: string[]
    try {
      names = readdirSync(folder)
    } catch {
      return undefined
    }
    const wanted = segment.toLowerCase()
    const matches = names.filter(name => name.toLowerCase() === wanted)
    // None, or several (`vm.bicep` and `VM.bicep`): no one spelling is meant.
    if (matches.length !== 1) return undefined
    found = found === '' ? (matches[0] as string) : `${found}/${matches[0] as string}`
  }
  return found !== path && workspace.get(found) !== undefined ? found : undefined
}
