import { existsSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'

/** Folders climbed at most looking for the repository's root (a bound, as for every walk). */
const MAX_DEPTH = 64

/**
 * The scan root's folder inside its Git repository, `/` separated: `infra/teams` when `/repo/infra/teams` is
 * scanned and `/repo/.git` exists (a folder, or a file in a worktree or submodule); `''` when the root is the
 * repository's root or in no repository. Only the existence of `.git` is checked: nothing is read or run.
 * Fingerprints name deployment units relative to it (src/policy/findings.ts), so a VM keeps its fingerprint,
 * which pull-request threads are keyed by, whether the repository or one team's folder of it is scanned.
 */
export function repositoryFolderOf(root: string): string {
  let folder = root
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (existsSync(join(folder, '.git'))) return relative(folder, root).split(sep).join('/')
    const parent = dirname(folder)
    if (parent === folder) return ''
    folder = parent
  }
  return ''
}
