import type { ReadUnit } from '../../reader.js'
import { DisjointSets } from '../../shared/disjoint-sets.js'
import type { Workspace, WorkspaceFile } from '../../../workspace/workspace.js'
import { filesIn } from '../../../workspace/folder-files.js'
import { moduleFolderOf, isLocalSource } from './folder-paths.js'

/**
 * A `source = "..."` attribute: every local module call has one (Terraform requires a literal string).
 * Over-approximated on purpose (any block's `source`, comments too): a link too many only makes a unit
 * larger, a link missed would split a root from its module.
 */
const SOURCE = /\bsource\s*=\s*"([^"\r\n]*)"/g

/** A group of folders read together, with its extent in the two orders the reader's output follows. */
interface Group {
  /** Listing indexes of its claimed files. */
  readonly members: number[]
  /** Rank of its first and last folder in sorted folder order (the order roots are evaluated in). */
  folderFirst: number
  folderLast: number
  /** Index of its first and last file in the listing (the order files are parsed in, and exemptions listed). */
  listingFirst: number
  listingLast: number
}

/**
 * The scan's units of Terraform: a root module with the local modules it calls, directly or not, and the
 * tfvars of their folders. Found from the texts with a regular expression (never a parse): folders linked
 * by a local `source` are one unit, so a module two roots share joins them; folders outside the claimed set
 * (an excluded module) are followed and join what they link.
 *
 * The reader evaluates roots in sorted folder order and lists exemptions in file order: units are then
 * merged until each is one stretch of both orders and the two orders agree on the units, so reading them
 * one after the other gives what reading every file at once gives.
 */
export function terraformUnits(files: readonly WorkspaceFile[], workspace: Workspace): ReadUnit[] {
  const sets = new DisjointSets<string>()
  const claimedTf = new Map<string, string[]>()
  for (const file of files) {
    const folder = moduleFolderOf(file.path)
    sets.add(folder)
    if (file.path.endsWith('.tf')) claimedTf.set(folder, [...(claimedTf.get(folder) ?? []), file.path])
  }
  // Breadth first over the folders' module calls; an unclaimed folder is read from the workspace listing.
  const queue = [...claimedTf.keys()]
  const visited = new Set(queue)
  while (queue.length > 0) {
    const folder = queue.shift() as string
    for (const path of claimedTf.get(folder) ?? directTfFiles(workspace, folder)) {
      const text = workspace.readText(path)
      if (!text.ok) continue
      for (const match of text.text.matchAll(SOURCE)) {
        const source = match[1] as string
        if (!isLocalSource(source)) continue
        const resolved = workspace.resolveFrom(path, source)
        if (resolved === undefined) continue
        const target = resolved === '' ? '.' : resolved.replace(/\/+$/, '')
        sets.add(target)
        sets.union(folder, target)
        if (!visited.has(target)) {
          visited.add(target)
          queue.push(target)
        }
      }
    }
  }
  return inOrder(files, folder => sets.find(folder))
}

/** The `.tf` files directly inside a folder, as the reader lists a module folder it was not handed. */
function directTfFiles(workspace: Workspace, folder: string): string[] {
  return filesIn(workspace, folder)
    .map(file => file.path)
    .filter(path => path.endsWith('.tf'))
}

/** The linked groups, merged until they follow one another in both orders, in that order. */
function inOrder(files: readonly WorkspaceFile[], find: (folder: string) => string): ReadUnit[] {
  const folders = [...new Set(files.map(file => moduleFolderOf(file.path)))].sort()
  const folderRank = new Map(folders.map((folder, rank) => [folder, rank]))
  const groups = new Map<string, Group>()
  files.forEach((file, index) => {
    const folder = moduleFolderOf(file.path)
    const rank = folderRank.get(folder) as number
    const key = find(folder)
    const group = groups.get(key)
    if (group === undefined) {
      groups.set(key, { members: [index], folderFirst: rank, folderLast: rank, listingFirst: index, listingLast: index })
      return
    }
    group.members.push(index)
    group.folderFirst = Math.min(group.folderFirst, rank)
    group.folderLast = Math.max(group.folderLast, rank)
    group.listingLast = index
  })
  const sorted = [...groups.values()].sort((a, b) => a.folderFirst - b.folderFirst)
  const merged: Group[] = []
  for (const group of sorted) {
    let current = group
    for (let top = merged.at(-1); top !== undefined; top = merged.at(-1)) {
      if (top.folderLast < current.folderFirst && top.listingLast < current.listingFirst) break
      merged.pop()
      current = join(top, current)
    }
    merged.push(current)
  }
  return merged.map(group => ({ files: group.members.sort((a, b) => a - b).map(index => files[index] as WorkspaceFile) }))
}

/** Two groups as one. */
function join(a: Group, b: Group): Group {
  return {
    members: [...a.members, ...b.members],
    folderFirst: Math.min(a.folderFirst, b.folderFirst),
    folderLast: Math.max(a.folderLast, b.folderLast),
    listingFirst: Math.min(a.listingFirst, b.listingFirst),
    listingLast: Math.max(a.listingLast, b.listingLast)
  }
}
