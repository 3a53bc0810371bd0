import type { ReadUnit } from '../reader.js'
import { groupBy } from '../../model/group-by.js'
import { resolveModulePath } from './module-paths.js'
import { existingModulePath } from './module-targets.js'
import type { Workspace, WorkspaceFile } from '../../workspace/workspace.js'

/** A quoted local path a Bicep file may load: a module, a `using` template, an import (over-approximated). */
const LOCAL_REFERENCE = /'([^'\r\n]+\.(?:bicep|bicepparam|json))'/gi
const REGISTRY = /^(br|ts)(:|\/)/i

/**
 * The scan's units of Bicep: files linked by module calls, `using` and imports, directly or not, read
 * together (entries are chosen over the whole group: a template some other file calls is not an entry of
 * its own). The links are found with a regular expression over each text, never a parse, and generously
 * (any quoted local path ending in .bicep, .bicepparam or .json, and the .bicep of a .json's name beside it): a link
 * too many only makes a unit larger.
 * Files reached through a file outside the claimed set (an excluded module) are joined through it.
 */
export function moduleComponents(files: readonly WorkspaceFile[], workspace: Workspace): ReadUnit[] {
  const parent = new Map<string, string>()
  const find = (path: string): string => {
    let root = path
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up
    // Compress the walked path: later finds from it take one step.
    for (let node = path, up = parent.get(node); up !== undefined && up !== root; node = up, up = parent.get(node)) parent.set(node, root)
    return root
  }
  const union = (a: string, b: string): void => {
    const [rootA, rootB] = [find(a), find(b)]
    if (rootA !== rootB) parent.set(rootB, rootA)
  }
  const resolveFrom = (from: string, target: string): string | undefined => workspace.resolveFrom(from, target)
  for (const file of files) {
    parent.set(file.path, parent.get(file.path) ?? file.path)
    const text = workspace.readText(file.path)
    if (!text.ok) continue
    for (const match of text.text.matchAll(LOCAL_REFERENCE)) {
      const reference = match[1] as string
      if (REGISTRY.test(reference)) continue
      const written = resolveModulePath(resolveFrom, file.path, reference)
      if (written === undefined) continue
      // The file the reader will read (module-targets.ts): under another letter case if need be.
      const target = existingModulePath(workspace, written) ?? written
      if (!parent.has(target)) parent.set(target, target)
      union(file.path, target)
      // A `.json` may be `bicep build`'s output of the `.bicep` of its name, which a `using` of it deploys (entry-points.ts).
      const twin = /\.json$/i.test(target) ? existingModulePath(workspace, target.replace(/\.json$/i, '.bicep')) : undefined
      if (twin !== undefined) {
        if (!parent.has(twin)) parent.set(twin, twin)
        union(file.path, twin)
      }
    }
  }
  return [...groupBy(files, file => find(file.path)).values()].map(members => ({ files: members }))
}
