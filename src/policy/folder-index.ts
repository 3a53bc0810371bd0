// The folder index of the policy's plan index (plan-index.ts): which assignments are in a file's neighbourhood.
import { folderPrefixOf } from '../model/paths.js'

/**
 * Model indexes by the folder of the file they are reported in, answering "which are in this file's
 * neighbourhood": the same folder, a folder above it or a folder below it (`sameNeighbourhood`).
 */
export class FolderIndex {
  private readonly byFolder = new Map<string, number[]>()
  private sortedFolders: string[] | undefined

  add(file: string, index: number): void {
    push(this.byFolder, folderPrefixOf(file), index)
    this.sortedFolders = undefined
  }

  /** Adds the lists of the file's neighbourhood to `near`. */
  addNear(file: string, near: (readonly number[])[]): void {
    if (this.byFolder.size === 0) return
    const folder = folderPrefixOf(file)
    // Folders above: the root '' and every prefix that ends at a '/', short of the folder itself.
    for (let end = 0; end < folder.length; end = folder.indexOf('/', end) + 1) {
      const list = this.byFolder.get(folder.slice(0, end))
      if (list !== undefined) near.push(list)
    }
    // The folder itself and the folders below it: a run of the sorted folder names.
    const folders = (this.sortedFolders ??= [...this.byFolder.keys()].sort())
    for (let i = lowerBound(folders, folder); i < folders.length && (folders[i] as string).startsWith(folder); i++) {
      near.push(this.byFolder.get(folders[i] as string) as number[])
    }
  }
}

/** Adds an index to the list of a key. */
export function push(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [index])
  else list.push(index)
}

/** Whether one file's folder contains the other's (or they share one): the same deployment, as far as we can tell. Folders end in '/', so `a/b/` does not contain `a/bc/`. */
export function sameNeighbourhood(a: string, b: string): boolean {
  const [x, y] = [folderPrefixOf(a), folderPrefixOf(b)]
  return x.startsWith(y) || y.startsWith(x)
}

/** The first index whose key is not below `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let low = 0
  let high = keys.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((keys[middle] as string) < key) low = middle + 1
    else high = middle
  }
  return low
}
