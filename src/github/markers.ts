import { createHash } from 'node:crypto'

/*
 * Hidden HTML comments that let a later run recognise what an earlier one wrote. GitHub keeps them in
 * the stored body and does not render them. They only ever hold values we produce (base64, hex, a
 * restricted fingerprint alphabet), never text from a manifest, so nothing can end a comment early.
 */

/** Starts the sticky summary comment. */
export const SUMMARY_MARKER = '<!-- hotpatch-reboot-gate:summary -->'

/** Starts every review the gate submits. */
export const REVIEW_MARKER = '<!-- hotpatch-reboot-gate:review -->'

/** Ends a review comment once its finding was fixed (the fallback when the thread cannot be resolved). */
export const FIXED_MARKER = '<!-- hotpatch-reboot-gate:fixed -->'

const FINGERPRINT_MARKER = /<!-- hotpatch-reboot-gate:fp=([A-Za-z0-9._:/+=@-]{1,300}) -->/
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

/** The fingerprint key a comment body carries, if any. */
export function readFingerprintKey(body: string): string | undefined {
  return FINGERPRINT_MARKER.exec(body)?.[1]
}
