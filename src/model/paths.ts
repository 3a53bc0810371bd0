// The parts of a scan-relative path (`/` separated, no leading `/`), in the two forms callers compare.

/** The folder of a path, without a trailing `/` ('' at the root): `a/b/c.json` -> `a/b`. */
export const folderOf = (path: string): string => path.slice(0, Math.max(path.lastIndexOf('/'), 0))

/**
 * The folder of a path with its trailing `/` ('' at the root): `a/b/c.json` -> `a/b/`. A folder in this form
 * is a prefix of the paths below it and of no other (`a/b/` is not a prefix of `a/bc/x`).
 */
export const folderPrefixOf = (path: string): string => path.slice(0, path.lastIndexOf('/') + 1)

/** The last segment of a path: `a/b/c.json` -> `c.json`. */
export const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1)
