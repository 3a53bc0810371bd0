import type { ExemptionRecord } from '../policy/types.js'
import { parsePatch } from '../github/diff.js'
import { isMap, isSeq, parseYaml, scalarText } from '../yaml/index.js'

/**
 * How a pull request touched an exemption: `added` (not in the base), `extended` (a later expiry than in
 * the base), `changed` (lines of it are added, when only the diff is known), `unchanged`.
 */
export type ExemptionChange = 'added' | 'extended' | 'changed' | 'unchanged'

/** A changed file of the pull request, as the files listing gives it. */
export interface ChangedFile {
  readonly path: string
  readonly status: string
  readonly patch?: string
}

export interface NoveltyEvidence {
  /** The configuration at the base commit: its text, null when the base has none, undefined when unknown. */
  readonly baseConfiguration?: string | null
  /** The pull request's changed files; undefined when they are not known. */
  readonly changedFiles?: readonly ChangedFile[]
}

/** `file:line` of an exemption: how changes are keyed. */
export const exemptionKey = (record: Pick<ExemptionRecord, 'location'>): string =>
  `${record.location.file}:${record.location.line}`

/**
 * Which exemptions a pull request adds or extends, so that reviewers see them. Configuration entries
 * are compared with the base version of the configuration by resource and rule (never by line); without
 * it, an entry with added lines in the diff is `changed`. An inline exemption is `changed` when its
 * comment line is added, `added` when its file is. Exemptions whose change cannot be told are left out.
 */
export function classifyExemptions(
  records: readonly ExemptionRecord[],
  evidence: NoveltyEvidence
): Map<string, ExemptionChange> {
  const changes = new Map<string, ExemptionChange>()
  const base = evidence.baseConfiguration === undefined ? undefined : baseExpiries(evidence.baseConfiguration)
  const files = evidence.changedFiles === undefined ? undefined : new Map(evidence.changedFiles.map(f => [f.path, f]))
  for (const record of records) {
    const change =
      record.source === 'configuration' && base !== undefined
        ? compareWithBase(record, base)
        : files === undefined
          ? undefined
          : fromDiff(record, files.get(record.location.file))
    if (change !== undefined) changes.set(exemptionKey(record), change)
  }
  return changes
}

function compareWithBase(record: ExemptionRecord, base: ReadonlyMap<string, string>): ExemptionChange {
  const before = base.get(keyOf(record.resource, record.rule))
  if (before === undefined) return 'added'
  return record.expires > before ? 'extended' : 'unchanged'
}

function fromDiff(record: ExemptionRecord, file: ChangedFile | undefined): ExemptionChange | undefined {
  if (file === undefined) return 'unchanged'
  if (file.status === 'added') return 'added'
  if (file.patch === undefined) return undefined
  const added = new Set(parsePatch(file.patch).flatMap(hunk => [...hunk.added]))
  const { line, endLine = line } = record.location
  for (let at = line; at <= endLine; at++) if (added.has(at)) return 'changed'
  return 'unchanged'
}

const keyOf = (resource: string, rule: string): string => `${resource.toLowerCase()}\n${rule}`

/**
 * The base configuration's exemptions, by resource and rule: their latest expiry. Read leniently: a
 * base that does not parse has no exemptions to compare with, so every entry counts as added.
 */
function baseExpiries(text: string | null): Map<string, string> {
  const expiries = new Map<string, string>()
  if (text === null) return expiries
  const root = parseYaml(text, { maxAliases: 50, maxAliasExpansion: 2_000, maxDepth: 32 }).documents[0]?.root
  const list = isMap(root) ? root.byKey.get('exemptions')?.value : undefined
  if (!isSeq(list)) return expiries
  for (const item of list.items) {
    if (!isMap(item)) continue
    const [resource, rule, expires] = ['resource', 'rule', 'expires'].map(key => scalarText(item.byKey.get(key)?.value))
    if (resource === undefined || rule === undefined || expires === undefined) continue
    const key = keyOf(resource, rule)
    const known = expiries.get(key)
    if (known === undefined || expires > known) expiries.set(key, expires)
  }
  return expiries
}
