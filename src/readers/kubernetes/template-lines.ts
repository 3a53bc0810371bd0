import type { SourceLocation } from '../../model/source.js'
import type { UnreadInput } from '../shared/unread-module.js'

/** What a template document that is not YAML (both branches of an `if` give one key twice) says line by line. */
export interface TemplateLines {
  /** The top-level `apiVersion:` and `kind:` values, and where the `apiVersion:` key is. */
  readonly apiVersion: string | undefined
  readonly kind: string | undefined
  readonly at: SourceLocation | undefined
  /** Every `key: scalar` line, with its dotted path from its indentation and where its value is. */
  readonly inputs: readonly UnreadInput[]
}

/** `key: value` (plain, or quoted without escapes) or `key:` opening a block, in a list item or not. */
const KEY_LINE = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_][\w./-]*)[ \t]*:(?:[ \t]+("([^"\\\r\n]*)"|'([^'\r\n]*)'|([^\s#"'][^#\r\n]*?)))?[ \t]*(?:#.*)?\r?$/d
/** Where reading lines stops: a document of a template is not this long. */
const MAX_LINES = 5000

/**
 * The keys and scalars of a template document, read line by line, as the last resort for a document that does not
 * parse as YAML once its actions are blotted out: a block map's keys nest by indentation, which is all the hotpatch
 * signals need (`hotpatchingEnabled: true`, an Azure Edition `sku:`, a `tags:` entry); flow collections and block
 * scalars are not looked into. `locate` turns an offset of `text` into its place in the file.
 */
export function templateLines(text: string, from: number, to: number, locate: (offset: number) => SourceLocation): TemplateLines {
  const inputs: UnreadInput[] = []
  const open: { indent: number; key: string }[] = []
  let apiVersion: string | undefined
  let kind: string | undefined
  let at: SourceLocation | undefined
  let count = 0
  for (let lineStart = from, end: number; lineStart < to && count++ < MAX_LINES; lineStart = end + 1) {
    end = Math.min(nextBreak(text, lineStart), to)
    const match = KEY_LINE.exec(text.slice(lineStart, end))
    if (match === null) continue
    const indent = (match[1] ?? '').length
    const key = match[2] as string
    while (open.length > 0 && (open.at(-1) as { indent: number }).indent >= indent) open.pop()
    const path = [...open.map(parent => parent.key), key].join('.')
    const value = match[4] ?? match[5] ?? match[6]
    if (value === undefined) {
      open.push({ indent, key })
      continue
    }
    const valueAt = match.indices?.[3]?.[0] ?? indent
    // A quoted value is a string; a plain `true` / `false` is the boolean the YAML would be.
    const scalar = match[6] !== undefined && /^(?:true|false)$/i.test(value) ? value.toLowerCase() === 'true' : value
    inputs.push({ path, value: scalar, at: locate(lineStart + valueAt) })
    if (path === 'apiVersion' && apiVersion === undefined) {
      apiVersion = value
      at = locate(lineStart + indent)
    }
    if (path === 'kind') kind ??= value
  }
  return { apiVersion, kind, at, inputs }
}

/** The offset of the next line feed at or after `from` (the text's length when there is none). */
function nextBreak(text: string, from: number): number {
  const found = text.indexOf('\n', from)
  return found < 0 ? text.length : found
}
