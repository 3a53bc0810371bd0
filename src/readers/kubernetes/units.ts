import type { ReadUnit } from '../reader.js'
import { DisjointSets } from '../shared/disjoint-sets.js'
import { groupBy } from '../../model/group-by.js'
import type { Workspace, WorkspaceFile } from '../../workspace/workspace.js'
import { kustomizedFiles, renamesBuilt } from './kustomize-links.js'

/**
 * Any `name:` value (an object's `metadata.name`, a `<field>Ref.name`, an ASO `owner.name`): files that
 * share one are read together. A reference and its target always share one; so do unrelated files that
 * happen to (a link too many only makes a unit larger).
 */
const NAME = /^[ \t]*(?:-[ \t]+)?name[ \t]*:(.*)$/gm
/** A `labels:` or `matchLabels:` block: its `key: value` lines are what selectors match on. */
const LABELS = /^([ \t]*)(?:labels|matchLabels)[ \t]*:(.*)$/gm
const LABEL = /^[ \t]*([A-Za-z0-9][\w./-]*)[ \t]*:(.*)$/
/**
 * What the line patterns cannot follow: flow collections, anchors, aliases and merge keys, quoted keys,
 * an empty `name:`. A file with any of these makes the whole format one unit, as before units.
 */
const OPAQUE = /[{}[\]]|(?:^|[\s:-])[&*][^\s]|<<|^[ \t-]*["'][^"'\r\n]*["'][ \t]*:|^[ \t-]*\?(?:[ \t]|$)/m

/** A scalar written after `key:` on its line: plain, single- or double-quoted without escapes; else undefined. */
function scalarAfterColon(rest: string): string | undefined {
  const value = /^[ \t]*(?:"([^"\\\r\n]*)"|'([^'\r\n]*)'|([^\s#'"|>!&*%@`][^\r\n]*?))[ \t]*(?:[ \t]#.*)?$/.exec(rest)
  if (value === null) return undefined
  return value[1] ?? value[2] ?? value[3]
}

/**
 * The scan's units of Kubernetes: files linked by names and labels, directly or not. Crossplane references
 * (`<field>Ref.name`, `<field>Selector.matchLabels`) and ASO owners cross files; the names and labels are
 * found with line patterns, never a parse. A selector's labels and its targets' labels share a `key=value`,
 * and a selector without labels (it may match anything) or a file the patterns cannot read makes every
 * file one unit. A kustomization that renames (`namePrefix`, `nameSuffix`) joins the files it builds (its
 * `resources`, followed into its bases), and one whose lists the patterns cannot follow makes every file one
 * unit. The reader says each resource's file, so the scan puts the units' resources back in file order.
 */
export function kubernetesUnits(files: readonly WorkspaceFile[], workspace: Workspace): ReadUnit[] {
  const sets = new DisjointSets<number>()
  const owner = new Map<string, number>()
  const renaming: number[] = []
  for (const [index, file] of files.entries()) {
    const text = workspace.readText(file.path)
    // Unreadable: its reader reports it; it declares nothing.
    if (!text.ok) continue
    const tokens = tokensOf(text.text)
    if (tokens === undefined) return [{ files }]
    for (const token of tokens) {
      const first = owner.get(token)
      if (first === undefined) owner.set(token, index)
      else sets.union(first, index)
    }
    if (renamesBuilt(file.path, text.text, workspace)) renaming.push(index)
  }
  // A kustomization that renames is read with the files it builds: their objects are judged as it names them.
  if (renaming.length > 0) {
    const indexOf = new Map(files.map((file, index) => [file.path, index]))
    for (const index of renaming) {
      const kustomization = (files[index] as WorkspaceFile).path
      const text = workspace.readText(kustomization)
      const built = text.ok ? kustomizedFiles(kustomization, text.text, workspace) : []
      if (built === undefined) return [{ files }]
      for (const path of built) {
        const other = indexOf.get(path)
        if (other !== undefined) sets.union(index, other)
      }
    }
  }
  const groups = groupBy(files.keys(), index => String(sets.find(index)))
  return [...groups.values()].map(members => ({ files: members.map(index => files[index] as WorkspaceFile) }))
}

/** The names and label pairs of a file, or undefined when the line patterns cannot be trusted on it. */
function tokensOf(text: string): Set<string> | undefined {
  if (OPAQUE.test(text)) return undefined
  const tokens = new Set<string>()
  for (const match of text.matchAll(NAME)) {
    const name = scalarAfterColon(match[1] ?? '')
    if (name === undefined) return undefined
    tokens.add(`name\n${name}`)
  }
  for (const match of text.matchAll(LABELS)) {
    if (!/^[ \t]*(?:#.*)?$/.test(match[2] ?? '')) return undefined
    const pairs = labelPairs(text, (match.index ?? 0) + match[0].length, (match[1] ?? '').length)
    // An empty selector may match anything; an unreadable block may hold anything.
    if (pairs === undefined || pairs.length === 0) return undefined
    for (const pair of pairs) tokens.add(`label\n${pair}`)
  }
  return tokens
}

/** The `key=value` lines of the block after `from`, more indented than its key; undefined for other shapes. */
function labelPairs(text: string, from: number, indent: number): string[] | undefined {
  const pairs: string[] = []
  let depth: number | undefined
  // Line by line from the block's key line, stopping at the first line back at its indentation.
  for (let start = nextLine(text, from); start < text.length; start = nextLine(text, start)) {
    const end = lineEnd(text, start)
    const line = text.slice(start, end)
    if (/^[ \t]*(?:#.*)?$/.test(line)) continue
    const lineIndent = /^[ \t]*/.exec(line)?.[0].length ?? 0
    if (lineIndent <= indent) break
    const match = LABEL.exec(line)
    const value = match === null ? undefined : scalarAfterColon(match[2] ?? '')
    if (match === null || value === undefined || (depth !== undefined && lineIndent !== depth)) return undefined
    depth = lineIndent
    pairs.push(`${match[1] ?? ''}=${value}`)
  }
  return pairs
}

/** Where the line after the one holding `offset` starts (the text's length when there is none). */
function nextLine(text: string, offset: number): number {
  const end = lineEnd(text, offset)
  if (end >= text.length) return text.length
  return text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
}

/** Where the line holding `offset` ends (at its CR or LF, or the text's end). */
function lineEnd(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 10 || code === 13) return i
  }
  return text.length
}
