import { sep } from 'node:path'

// How a workspace tells the paths it can answer from its listing (workspace.ts: `get`).

/**
 * A name every file system spells one way: ASCII, with no short-name tilde or stream colon, not ending in a
 * dot or a space (Windows drops those), so that a listing without it (in any case) means there is no such file.
 */
export const plainName = (name: string): boolean => /^[\x20-\x7e]+$/.test(name) && !/[~:]/.test(name) && !/[. ]$/.test(name)

/**
 * A root-relative path that `resolve` and `relative` would give back as it is: `/` separated (on a system
 * whose separator is `/`), no empty, `.` or `..` segment, not absolute.
 */
export const isListingPath = (path: string): boolean =>
  sep === '/' && path !== '' && !path.startsWith('/') && !path.startsWith('..') && !LISTING_PATH_BREAKS.test(path)

/** What `resolve` would rewrite: an empty segment, a `.` or `..` segment, a trailing `/`. */
const LISTING_PATH_BREAKS = /\/\/|(?:^|\/)\.\.?(?:\/|$)|\/$/
