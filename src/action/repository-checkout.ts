import { lstatSync, statSync, type Stats } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_CONFIG_FILE } from '../config/default-path.js'
import type { RequestedPath } from '../model/scan-request.js'
import type { Settings } from '../settings.js'

/**
 * Where the scan is rooted, in the terms GitHub names files in. GitHub lists a change set's files and attaches
 * an annotation's `file=` relative to the repository's root; `path` and `config` are written relative to the
 * workspace. They are one folder when the repository is checked out at the workspace's top (the default), but
 * `actions/checkout` with `path: src` puts it in `src/`: a report in workspace terms (`src/infra/main.bicep`)
 * then matched none of the pull request's files (`infra/main.bicep`), so no finding counted and the step passed,
 * and its annotations named files GitHub does not have. The scan is rooted at the repository instead, so the
 * report, and everything read from it (scope, annotations, job summary, comments, SARIF, the poster), is in
 * the repository's terms; this is the one place the workspace's paths are translated.
 */
export interface RepositoryCheckout {
  /** Absolute path of the scan root: the repository's root folder when it is below the workspace, else the workspace. */
  readonly root: string
  /** The root relative to the workspace, `/` separated; `''` for the workspace itself. */
  readonly folder: string
  /** The `path` input's paths relative to the root (`.` is the root), as written and whether each exists. */
  readonly requestedPaths: readonly RequestedPath[]
  /** The same paths alone. */
  readonly paths: readonly string[]
}

/**
 * The repository the `path` input's paths lie in: the outermost folder holding `.git` (a folder, or a file in
 * a worktree or submodule) from the workspace down to each path, reached without a symbolic link and never
 * above the workspace. Outermost, so that a submodule's files keep the names its parent repository gives
 * them. When the paths lie in no repository below the workspace, or in different ones, the workspace stays
 * the root, as before. Only the existence of `.git` is checked: nothing is read or run.
 */
export function repositoryCheckout(settings: Pick<Settings, 'workspace' | 'requestedPaths'>): RepositoryCheckout {
  const folders = new Set(settings.requestedPaths.map(requested => repositoryFolderOf(settings.workspace, requested.path)))
  const [only] = folders
  const folder = folders.size === 1 && only !== undefined ? only : ''
  const requestedPaths = settings.requestedPaths.map(requested => ({
    ...requested,
    path: repositoryPath(folder, requested.path) ?? requested.path
  }))
  return {
    root: folder === '' ? settings.workspace : join(settings.workspace, ...folder.split('/')),
    folder,
    requestedPaths,
    paths: requestedPaths.map(requested => requested.path)
  }
}

/**
 * The configuration file a run without the `config` input reads: the workspace's default file (`configFile`, from
 * the settings), else, for a repository checked out below the workspace, the repository's own: that is where it
 * keeps `.github/`, and a run that did not read it judged with none (its `fail-on`, exemptions and limits unseen).
 * The loader confines it to the workspace, links included.
 */
export function configurationFile(configFile: string | undefined, checkout: RepositoryCheckout): string | undefined {
  if (configFile !== undefined || checkout.folder === '') return configFile
  const path = join(checkout.root, ...DEFAULT_CONFIG_FILE.split('/'))
  try {
    return statSync(path).isFile() ? path : undefined
  } catch {
    return undefined
  }
}

/**
 * A workspace-relative path (`/` separated, `.` for the workspace) in the terms of the repository at `folder`
 * (`''`: the workspace); undefined when the path is not inside that repository.
 */
export function repositoryPath(folder: string, path: string): string | undefined {
  if (folder === '') return path
  if (path === folder) return '.'
  return path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : undefined
}

/** The outermost repository folder at or above a workspace path: `''` for the workspace, undefined for none. */
function repositoryFolderOf(workspace: string, path: string): string | undefined {
  if (holdsGit(workspace)) return ''
  const names = path === '.' ? [] : path.split('/')
  for (let depth = 1; depth <= names.length; depth++) {
    const folder = names.slice(0, depth).join('/')
    const absolute = join(workspace, ...names.slice(0, depth))
    // A link is not followed (it may lead out of the workspace), and a file holds no repository.
    if (!isRealFolder(absolute)) return undefined
    if (holdsGit(absolute)) return folder
  }
  return undefined
}

function holdsGit(folder: string): boolean {
  const stats = lstatOf(join(folder, '.git'))
  return stats !== undefined && (stats.isDirectory() || stats.isFile())
}

function isRealFolder(path: string): boolean {
  return lstatOf(path)?.isDirectory() === true
}

function lstatOf(path: string): Stats | undefined {
  try {
    return lstatSync(path)
  } catch {
    return undefined
  }
}
