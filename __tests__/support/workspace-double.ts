import type { Workspace } from '../../src/workspace/workspace.js'

/** What a reader test's in-memory workspace models: its files (their texts as `Workspace.readText` gives them). */
export interface WorkspaceFiles {
  readonly readText: (path: string) => unknown
}

/**
 * A reader test's in-memory workspace as a `Workspace`: its files, plus the scan's bookkeeping that every
 * workspace answers and the doubles do not model, answered as for files no listing walked and no claim read
 * (no listed folder nor subfolder, no quiet file, a taken text read again, an empty listing unless the double lists, no
 * local link noted).
 */
export function workspaceDouble<T extends WorkspaceFiles>(files: T): Workspace {
  const bookkeeping = {
    listedIn: () => undefined,
    // As if a listing had walked every folder and found no subfolder (no parameter folder, shared/parameter-file-name.ts).
    walkedBelow: () => true,
    isQuiet: () => false,
    takeText: (path: string) => files.readText(path),
    list: () => [],
    // No claim read the files: whether one holds a local templateLink or a policy word is not noted, so a reader looks.
    claimNotes: { noteLocalLinks: () => undefined, holdsLocalLinks: () => undefined, notePolicyWords: () => undefined, holdsPolicyWords: () => false }
  }
  return { ...bookkeeping, ...files } as unknown as Workspace
}
