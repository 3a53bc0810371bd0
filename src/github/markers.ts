import { createHash } from 'node:crypto'

/*
 * Hidden HTML comments that let a later run recognise what an earlier one wrote. GitHub keeps them in
 * the stored body and does not render them. They only ever hold values we produce (base64, hex, a
 * restricted fingerprint alphabet), never text from a manifest, so nothing can end a comment early.
 *
 * A body also holds manifest and artifact text: a VM name in a fix snippet's code block stays raw in the
 * stored body, fenced or not, and can spell a marker. So a marker is read only where the gate writes it,
 * on the last line of the body (see readCommentTrailer), and nowhere else.
 */

/** Starts the sticky summary comment. */
export const SUMMARY_MARKER = '<!-- hotpatch-reboot-gate:summary -->'

/** Starts every review the gate submits. */
export const REVIEW_MARKER = '<!-- hotpatch-reboot-gate:review -->'

/** Ends a review comment once its finding was fixed (the fallback when the thread cannot be resolved). */
export const FIXED_MARKER = '<!-- hotpatch-reboot-gate:fixed -->'

/** A fingerprint marker that is a whole line. */
const FINGERPRINT_LINE = /^<!-- hotpatch-reboot-gate:fp=([A-Za-z0-9._:/+=@-]{1,300}) -->$/
const SAFE_FINGERPRINT = /^[A-Za-z0-9._:/+=@]+(?:-[A-Za-z0-9._:/+=@]+)*$/

/**
 * The value a review comment carries for a finding: its fingerprint when that is safe inside an HTML
 * comment and short, else `sha256:` and its hash. Both sides of every comparison go through here.
 */
export function fingerprintKey(fingerprint: string): string {
  return fingerprint.length <= 200 && SAFE_FINGERPRINT.test(fingerprint)
    ? fingerprint
    : `sha256:${createHash('sha256').update(fingerprint).digest('hex')}`
}

/** `<!-- hotpatch-reboot-gate:fp=... -->` for a finding's fingerprint. */
export function fingerprintMarker(fingerprint: string): string {
  return `<!-- hotpatch-reboot-gate:fp=${fingerprintKey(fingerprint)} -->`
}

/** The lines of a body, without the white space GitHub may keep or add at its end. */
function linesOf(body: string): string[] {
  return body.trimEnd().split(/\r?\n/)
}

/** The last line of a body: where the gate puts the one marker it reads back. */
export function lastLine(body: string): string {
  return linesOf(body).at(-1) ?? ''
}

/**
 * What renderFixedComment appends after a finding comment's marker line: a blank line, a rule, `note`
 * (one line) and the fixed marker, so that the fixed marker is the body's last line and the fingerprint
 * marker stays four lines above it.
 */
export function fixedTrailer(note: string): string {
  return `\n\n---\n${note.replace(/\s+/g, ' ')}\n${FIXED_MARKER}`
}

/** What the gate wrote at the end of a review comment. */
export interface CommentTrailer {
  /** The fingerprint key of the finding; undefined when the body does not end as the gate's comments do. */
  readonly key: string | undefined
  /** Whether the comment was marked fixed (fixedTrailer). */
  readonly fixed: boolean
}

/**
 * The markers of a review comment, read from its end only: the fingerprint marker is the last line, or,
 * in a comment marked fixed, the line before fixedTrailer. A marker anywhere else is text (a VM name, a
 * snippet) and is not read.
 */
export function readCommentTrailer(body: string): CommentTrailer {
  const lines = linesOf(body)
  const fixed = lines.at(-1) === FIXED_MARKER
  if (fixed && !(lines.at(-3) === '---' && lines.at(-4) === '')) return { key: undefined, fixed }
  const markerLine = lines.at(fixed ? -5 : -1) ?? ''
  return { key: FINGERPRINT_LINE.exec(markerLine)?.[1], fixed }
}

/** The fingerprint key a comment body carries at its end, if any. */
export function readFingerprintKey(body: string): string | undefined {
  return readCommentTrailer(body).key
}
