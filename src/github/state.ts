import { createHash } from 'node:crypto'
import { MAX_TRACKED_FINGERPRINTS } from './limits.js'
import { lastLine } from './markers.js'

/**
 * What the summary comment remembers between runs, in a hidden marker at its end: the commit it
 * describes, the findings it listed (as 8-byte fingerprint hashes), how they differed from the commit
 * before, and the findings GitHub refused as line comments. A re-run on the same commit compares
 * against the same earlier commit, so an unchanged pull request renders the same summary byte for byte.
 */
export interface ConversationState {
  readonly sha: string
  /** Hex hashes (16 digits) of the findings' fingerprints. */
  readonly fingerprints: ReadonlySet<string>
  /** How `fingerprints` differ from the commit checked before `sha`. */
  readonly since:
    { readonly sha: string; readonly added: readonly string[]; readonly fixed: readonly string[] } | undefined
  /** Findings GitHub refused (422) as line comments at `sha`: not tried again on that commit. */
  readonly rejected: ReadonlySet<string>
  /** More findings than MAX_TRACKED_FINGERPRINTS: only the first ones are tracked. */
  readonly partial: boolean
}

/** How the findings changed since the previously checked commit. */
export interface FindingChanges {
  readonly sha: string
  readonly added: number
  readonly fixed: number
  readonly unchanged: number
}

/** The state marker, a whole line: the summary's last (see readState). */
const STATE_LINE = /^<!-- hotpatch-reboot-gate:state ([A-Za-z0-9_-]{1,200000}) -->$/
const SHA = /^[0-9a-f]{7,64}$/i
const HASH_BYTES = 8

/** The 16-hex-digit hash the state stores for a fingerprint. */
export function hashFingerprint(fingerprint: string): string {
  return createHash('sha256')
    .update(fingerprint)
    .digest('hex')
    .slice(0, HASH_BYTES * 2)
}

/**
 * The state after this run, and how the findings changed since the commit checked before this one
 * (undefined on the first run). `fingerprints` are the findings' own fingerprints; `rejected` those
 * GitHub refused as line comments in this run or, on the same commit, in an earlier one.
 */
export function advanceState(
  previous: ConversationState | undefined,
  sha: string,
  fingerprints: readonly string[],
  rejected: readonly string[]
): { readonly state: ConversationState; readonly changes: FindingChanges | undefined } {
  const all = [...new Set(fingerprints.map(hashFingerprint))].sort()
  const current = all.slice(0, MAX_TRACKED_FINGERPRINTS)
  const baseline = baselineOf(previous, sha)
  const currentSet = new Set(current)
  const since = baseline && {
    sha: baseline.sha,
    added: current.filter(hash => !baseline.fingerprints.has(hash)),
    fixed: [...baseline.fingerprints].filter(hash => !currentSet.has(hash)).sort()
  }
  const keptRejected = previous?.sha === sha ? [...previous.rejected] : []
  const state: ConversationState = {
    sha,
    fingerprints: currentSet,
    since,
    rejected: new Set([...keptRejected, ...rejected.map(hashFingerprint)].filter(hash => currentSet.has(hash))),
    partial: all.length > current.length
  }
  const changes = since && {
    sha: since.sha,
    added: since.added.length,
    fixed: since.fixed.length,
    unchanged: current.length - since.added.length
  }
  return { state, changes }
}

/** The commit and findings this run compares against: the previous commit's, even on a re-run. */
function baselineOf(
  previous: ConversationState | undefined,
  sha: string
): { sha: string; fingerprints: ReadonlySet<string> } | undefined {
  if (previous === undefined) return undefined
  if (previous.sha !== sha) return { sha: previous.sha, fingerprints: previous.fingerprints }
  if (previous.since === undefined) return undefined
  const added = new Set(previous.since.added)
  const fingerprints = new Set([...previous.fingerprints].filter(hash => !added.has(hash)))
  for (const hash of previous.since.fixed) fingerprints.add(hash)
  return { sha: previous.since.sha, fingerprints }
}

/** `<!-- hotpatch-reboot-gate:state ... -->` for the end of the summary comment. */
export function stateMarker(state: ConversationState): string {
  const json = {
    v: 1,
    sha: state.sha,
    fp: packHashes([...state.fingerprints]),
    ...(state.since && {
      since: { sha: state.since.sha, added: packHashes(state.since.added), fixed: packHashes(state.since.fixed) }
    }),
    rejected: packHashes([...state.rejected]),
    ...(state.partial && { partial: true })
  }
  return `<!-- hotpatch-reboot-gate:state ${Buffer.from(JSON.stringify(json)).toString('base64url')} -->`
}

/**
 * The state a summary body carries; undefined when it has none or it is not one we wrote (the body
 * of a comment is untrusted input: every field is checked, nothing else is read). Only the body's last
 * line is read, where renderSummary writes the state: a file name in a code span can spell a marker
 * higher up.
 */
export function readState(body: string): ConversationState | undefined {
  const encoded = STATE_LINE.exec(lastLine(body))?.[1]
  if (encoded === undefined) return undefined
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null) return undefined
  const record = value as Record<string, unknown>
  const fingerprints = unpackHashes(record.fp)
  const rejected = unpackHashes(record.rejected)
  if (record.v !== 1 || !isSha(record.sha) || fingerprints === undefined || rejected === undefined) return undefined
  let since: ConversationState['since']
  if (record.since !== undefined) {
    const raw = record.since as Record<string, unknown> | null
    const added = unpackHashes(raw?.added)
    const fixed = unpackHashes(raw?.fixed)
    if (raw === null || !isSha(raw.sha) || added === undefined || fixed === undefined) return undefined
    since = { sha: raw.sha, added, fixed }
  }
  return {
    sha: record.sha,
    fingerprints: new Set(fingerprints),
    since,
    rejected: new Set(rejected),
    partial: record.partial === true
  }
}

function packHashes(hashes: readonly string[]): string {
  return Buffer.from([...hashes].sort().join(''), 'hex').toString('base64')
}

function unpackHashes(value: unknown): string[] | undefined {
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return undefined
  const bytes = Buffer.from(value, 'base64')
  if (bytes.length % HASH_BYTES !== 0) return undefined
  const hashes: string[] = []
  for (let offset = 0; offset < bytes.length; offset += HASH_BYTES) {
    hashes.push(bytes.subarray(offset, offset + HASH_BYTES).toString('hex'))
  }
  return hashes
}

const isSha = (value: unknown): value is string => typeof value === 'string' && SHA.test(value)
