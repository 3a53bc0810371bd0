import type { SourceLocation } from '../../model/source.js'
import type { UnreadInput } from '../shared/unread-module.js'
import { yaml11Boolean } from '../../yaml/sourced.js'

/** What a template document that is not YAML (both branches of an `if` give one key twice) says line by line. */
export interface TemplateLines {
  /** The top-level `apiVersion:` and `kind:` values, and where the `apiVersion:` key is. */
  readonly apiVersion: string | undefined
  readonly kind: string | undefined
  readonly at: SourceLocation | undefined
  /** Every `key: scalar` line, with its dotted path from its indentation and where its value is. */
  readonly inputs: readonly UnreadInput[]
}

/**
 * `key: rest` or `key:`, in a list item or not. What follows the key is cut by code (`scalarOf`), not by the pattern:
 * a pattern that also stripped a comment and trailing blanks took time of the square of a long line's length.
 */
const KEY_LINE = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_][\w./-]*)[ \t]*:(?:[ \t]+([^\r\n]*))?\r?$/d
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
    const scalar = scalarOf(match[3] ?? '')
    if (scalar === undefined) {
      open.push({ indent, key })
      continue
    }
    const value = String(scalar)
    inputs.push({ path, value: scalar, at: locate(lineStart + (match.indices?.[3]?.[0] ?? indent)) })
    if (path === 'apiVersion' && apiVersion === undefined) {
      apiVersion = value
      at = locate(lineStart + indent)
    }
    if (path === 'kind') kind ??= value
  }
  return { apiVersion, kind, at, inputs }
}

/**
 * The scalar after a key: quoted (without escapes) it is a string, plain it ends at a comment, and a plain `true` /
 * `yes` / `on` (YAML 1.1, as kubectl reads a boolean field) is the boolean the YAML would be. Undefined for nothing (the key opens a block) and what is not read (an
 * escape, a flow collection or block scalar is text the hotpatch signals are not in, a quote left open).
 */
function scalarOf(rest: string): string | boolean | undefined {
  const quote = rest.charAt(0)
  if (quote === '"' || quote === "'") {
    const close = rest.indexOf(quote, 1)
    const value = rest.slice(1, close)
    const after = rest.slice(close + 1).trim()
    return close < 0 || value.includes('\\') || (after !== '' && !after.startsWith('#')) ? undefined : value
  }
  const comment = rest.search(/(?:^|[ \t])#/)
  const value = (comment < 0 ? rest : rest.slice(0, comment)).trim()
  if (value === '' || /^[{[|>]/.test(value)) return undefined
  return yaml11Boolean(value) ?? value
}

/** The offset of the next line feed at or after `from` (the text's length when there is none). */
function nextBreak(text: string, from: number): number {
  const found = text.indexOf('\n', from)
  return found < 0 ? text.length : found
}
