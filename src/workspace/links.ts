import { realpathSync, statSync } from 'node:fs'
import { relative, sep } from 'node:path'

/** A symbolic link the listing did not follow, and why (the scan reports it as a notice). */
export interface UnfollowedLink {
  /** Relative to the workspace root, `/` separated. */
  readonly path: string
  /** What it points at: a folder or a file outside the root, or nothing (a missing target, a loop). */
  readonly target: 'folder' | 'file' | 'nothing'
  readonly reason: string
}

/** Whether a path, with every link in it resolved, is the root or inside it (false when it resolves to nothing). */
export function resolvesInside(realRoot: string, absolute: string): boolean {
  try {
    const real = realpathSync(absolute)
    return real === realRoot || real.startsWith(realRoot + sep)
  } catch {
    return false
  }
}

/**
 * Whether folders, with every link in their path resolved, are the root or inside it: looked up once per folder.
 * `lstat` looks at a path's last name only, so `link/secret.txt` through a link to a folder outside is a regular
 * file to it; the folder it is in says where it is.
 */
export class FoldersInside {
  private readonly known = new Map<string, boolean>()

  constructor(
    private readonly root: string,
    private readonly realRoot: string
  ) {}

  inside(folder: string): boolean {
    let inside = this.known.get(folder)
    if (inside === undefined) {
      inside = folder === this.root || resolvesInside(this.realRoot, folder)
      this.known.set(folder, inside)
    }
    return inside
  }
}

/** Why a link that leads out of the root, or to nothing (a missing target, a loop), is not followed. */
export function unfollowedLink(root: string, absolute: string): UnfollowedLink {
  const path = relative(root, absolute).split(sep).join('/')
  let target: UnfollowedLink['target']
  try {
    target = statSync(absolute).isDirectory() ? 'folder' : 'file'
  } catch {
    target = 'nothing'
  }
  const reason =
    target === 'nothing'
      ? 'symbolic link does not resolve (a missing target or a loop); not followed'
      : `symbolic link to a ${target} outside the scanned folder; not followed`
  return { path, target, reason }
}
