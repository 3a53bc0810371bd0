import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Workspace } from './workspace.js'

/**
 * The file of the workspace whose path differs from `path` only in letter case, when there is exactly one
 * (`modules/VirtualMachine/main.bicep` for `modules/virtualMachine/main.bicep`): Windows and macOS open
 * it under either spelling, so a repository written there names it so and deploys; Linux finds nothing.
 * Each folder on the way is read from the disk (not the scan's listing, which a worker thread holds only
 * in part), and the file must be one the workspace reads (inside it, not through a link out of it).
 */
export function otherSpelling(workspace: Pick<Workspace, 'root' | 'get'>, path: string): string | undefined {
  let found = ''
  for (const segment of path.split('/')) {
    let names: string[]
    try {
      names = readdirSync(found === '' ? workspace.root : join(workspace.root, found))
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
