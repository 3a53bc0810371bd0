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
