import { readCommentTrailer, readFingerprintKey } from './markers.js'

/** A review thread the gate started on an earlier run (its first comment carries a fingerprint marker). */
export interface ExistingThread {
  /** The fingerprint key of the finding it is about (see fingerprintKey). */
  readonly key: string
  /** GraphQL node id of the thread; undefined when it was read through REST. */
  readonly threadId: string | undefined
  /** REST id of its first comment (for editing it). */
  readonly commentId: number | undefined
  readonly body: string
  readonly path: string
  /** undefined when the line is gone from the diff (outdated) or the comment is file-level. */
  readonly line: number | undefined
  readonly subject: 'line' | 'file'
  /** undefined when not known (read through REST). */
  readonly resolved: boolean | undefined
  /** Resolved by the gate itself (the finding was fixed), not by a person. */
  readonly resolvedByViewer: boolean
}

/**
 * Whether the body already says the finding was fixed (the fallback when threads cannot be resolved): the
 * gate's fixed marker at its end, not one a VM name or a snippet spells inside it.
 */
export const saysFixed = (thread: ExistingThread): boolean => readCommentTrailer(thread.body).fixed

/** The thread's key, or undefined when its first comment does not end with a marker of ours. */
export const threadKey = (body: string): string | undefined => readFingerprintKey(body)

/**
 * Whether a login is the token's own: logins compare case-insensitively and without the `[bot]`
 * suffix, which GraphQL and REST spell differently for apps.
 */
export function sameLogin(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false
  const normal = (login: string): string => login.toLowerCase().replace(/\[bot\]$/, '')
  return normal(a) === normal(b)
}

/**
 * Whether a REST comment is ours: by login when the token's login is known (GraphQL `viewer`), else by
 * author type `Bot`. GET /user would say who the token is, but answers 403 to the GITHUB_TOKEN.
 */
export function authoredByViewer(
  user: { login?: string; type?: string } | null | undefined,
  viewer: string | undefined
): boolean {
  if (user === null || user === undefined) return false
  return viewer === undefined ? user.type === 'Bot' : sameLogin(user.login, viewer)
}
