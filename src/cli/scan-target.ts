import { statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { ConfigurationError } from '../errors.js'
import type { RequestedPath } from '../model/scan-request.js'

/** What to scan: the root (report paths are relative to it) and the files or folders below it. */
export interface ScanTarget {
  /** Absolute. */
  readonly root: string
  /** Relative to the root, `/` separated; undefined for all of it. */
  readonly paths: readonly string[] | undefined
  /** Each path as written, relative to the root (`.` for a folder that is the root), for rule nothing-scanned. */
  readonly requested: readonly RequestedPath[]
}

/**
 * One folder is the root itself, so its report reads `main.bicep`, not `../infra/main.bicep`.
 * Anything else (a file, several paths) is scanned below the working folder, which must contain it.
 */
export function resolveScanTarget(paths: readonly string[], cwd: string): ScanTarget {
  if (paths.length === 0) return { root: cwd, paths: undefined, requested: [{ path: '.', written: '.', exists: true }] }
  const kinds = paths.map(path => {
    const kind = kindOf(resolve(cwd, path))
    if (kind === undefined) throw new ConfigurationError(`${path}: no such file or folder`)
    return kind
  })
  if (paths.length === 1 && kinds[0] === 'folder') {
    return { root: resolve(cwd, paths[0] as string), paths: undefined, requested: [{ path: '.', written: paths[0] as string, exists: true }] }
  }
  const relativePaths = paths.map(path => {
    const rel = relative(cwd, resolve(cwd, path))
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      throw new ConfigurationError(
        `${path} is outside the current folder: scan one folder, or run from a folder that contains every path`
      )
    }
    return rel === '' ? '.' : rel.split(sep).join('/')
  })
  const requested = new Map(relativePaths.map((path, index) => [path, { path, written: paths[index] as string, exists: true }]))
  return { root: cwd, paths: [...new Set(relativePaths)], requested: [...requested.values()] }
}

function kindOf(path: string): 'file' | 'folder' | undefined {
  try {
    const stats = statSync(path)
    return stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : undefined
  } catch {
    return undefined
  }
}
