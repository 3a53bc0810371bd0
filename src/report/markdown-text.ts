/**
 * Safe Markdown pieces for GitHub (job summaries, PR comments). Everything a manifest or an advisory
 * file supplies reaches Markdown through one of these, so a resource named `@org/team`,
 * `<img onerror=...>` or `[x](http://evil)` shows as text: no mention, no HTML, no link, no broken table.
 */

import { BIDI_CONTROL, BIDI_REPLACEMENT, CONTROL_CHARACTER, LINE_SEPARATOR, oneLine } from '../unsafe-characters.js'

const ZERO_WIDTH_JOINER = '\u200d'
const ZERO_WIDTH_SPACE = '\u200b'

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/**
 * The clean-up every piece of manifest text gets in Markdown, prose or code: C0 and C1 controls and DEL
 * dropped (GitHub keeps them, and a terminal or log viewer showing the Markdown acts on them),
 * bidirectional controls shown as U+FFFD (they reorder what a line shows), and line breaks kept as `\n` where
 * the text keeps its lines (a code block: CR LF, CR, LF, U+2028, U+2029), else every one made a space (oneLine).
 */
function sanitizeForMarkdown(text: string, lines: 'keep' | 'join'): string {
  const broken = lines === 'join' ? oneLine(text) : text.replace(/\r\n?/g, '\n').replace(LINE_SEPARATOR, '\n')
  return broken.replace(CONTROL_CHARACTER, '').replace(BIDI_CONTROL, BIDI_REPLACEMENT)
}

/**
 * Escapes text for an inline position (a table cell, a list item, a sentence): HTML as entities,
 * Markdown punctuation with backslashes, newlines and tabs as spaces, controls dropped
 * (sanitizeForMarkdown). Mentions (`@name`), issue references (`#12`, `GH-12`) and bare URLs
 * (`http://`, `www.`), which GitHub links after rendering whatever the escaping, are broken with an
 * invisible zero-width character.
 */
export function escapeMarkdown(text: string): string {
  return (
    sanitizeForMarkdown(text.replace(/[\t\v\f]/g, ' '), 'join')
      .replace(/[&<>]/g, char => ENTITIES[char] as string)
      .replace(/[\\`*_~[\]()!|$#]/g, '\\$&')
      .replace(/^[-+=]/, '\\$&')
      .replace(/@/g, `@${ZERO_WIDTH_JOINER}`)
      .replace(/(\\#|\bGH-)(?=\d)/gi, `$1${ZERO_WIDTH_JOINER}`)
      .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
      .replace(/\b(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`)
  )
}

/**
 * Escapes text for a line of raw HTML (a `<summary>`): CommonMark passes an HTML block on as written, so
 * Markdown's backslash escapes would show (`web\_vm.json`); HTML entities and the zero-width characters that
 * break mentions, issue references and bare URLs are what it needs (escapeMarkdown says why).
 */
export function escapeHtmlLine(text: string): string {
  return sanitizeForMarkdown(text.replace(/[\t\v\f]/g, ' '), 'join')
    .replace(/[&<>]/g, char => ENTITIES[char] as string)
    .replace(/@/g, `@${ZERO_WIDTH_JOINER}`)
    .replace(/(#|\bGH-)(?=\d)/gi, `$1${ZERO_WIDTH_JOINER}`)
    .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
    .replace(/\b(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`)
}

/**
 * Text as an inline code span: nothing inside is Markdown, HTML or a mention. The fence is one
 * backtick longer than the longest run inside. In a table cell a `|` still ends the cell (GitHub
 * splits rows before it parses code), so `inTable` escapes it: `\|`. A backslash written just before
 * the `|` would pair with the escape's (`a\|` became `a\\|`: an escaped backslash, then a `|` that ends the
 * cell and opens the rest of the text as Markdown), so a zero-width space keeps them apart.
 */
export function codeSpan(text: string, options: { readonly inTable?: boolean } = {}): string {
  let content = sanitizeForMarkdown(text, 'join')
  if (options.inTable) content = content.replace(/\\(?=\|)/g, `\\${ZERO_WIDTH_SPACE}`).replace(/\|/g, '\\|')
  const longestRun = longest(content.match(/`+/g) ?? [], 0)
  const fence = '`'.repeat(longestRun + 1)
  // A leading or trailing backtick would merge with the fence; a space on each side is stripped again.
  const pad = /^[`\s]|[`\s]$/.test(content) && content.trim() !== '' ? ' ' : ''
  return `${fence}${pad}${content}${pad}${fence}`
}

/** A fenced code block that nothing in `text` can close early, its text cleaned as sanitizeForMarkdown says. */
export function codeBlock(code: string, language = ''): string {
  const text = sanitizeForMarkdown(code, 'keep')
  const longestRun = longest((text.match(/^[ \t]*`{3,}/gm) ?? []).map(run => run.trim()), 2)
  const fence = '`'.repeat(longestRun + 1)
  const info = language.replace(/[^A-Za-z0-9_+-]/g, '')
  return `${fence}${info}\n${text.replace(/\n+$/, '')}\n${fence}`
}

/**
 * Whether codeBlock shows the text exactly as it is. A ```suggestion block replaces the user's line with
 * what the block shows: a bidirectional mark shown as U+FFFD, or a control left out, would be written
 * into the file on accepting it.
 */
export function codeBlockKeeps(text: string): boolean {
  return sanitizeForMarkdown(text, 'keep') === text
}

// A loop, not Math.max(...runs): hostile text can hold more runs than a call has room for arguments.
function longest(runs: readonly string[], floor: number): number {
  let max = floor
  for (const run of runs) max = Math.max(max, run.length)
  return max
}

/** A link when the URL is a plain https URL; otherwise the label alone (escaped either way). */
export function link(label: string, url: string): string {
  return /^https:\/\/[^\s()<>[\]"'`\\]+$/.test(url) ? `[${escapeMarkdown(label)}](${url})` : escapeMarkdown(label)
}

/**
 * Cuts a Markdown document to `limit` (UTF-16 characters, as GitHub counts comments, or UTF-8 bytes,
 * as it counts job summaries) on a line boundary, closes a code fence or `<details>` the cut left
 * open, and ends with `pointer` (where to read the rest). Returns the body unchanged when it fits.
 */
export function truncateMarkdown(
  body: string,
  limit: number,
  pointer: string,
  unit: 'characters' | 'bytes' = 'characters'
): string {
  const size = (text: string): number => (unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length)
  if (size(body) <= limit) return body
  const tail = `\n\n${pointer}\n`
  const kept: string[] = []
  let used = 0
  let fence: string | undefined
  let openDetails = 0
  for (const line of body.split('\n')) {
    const next = nextState(line, fence, openDetails)
    const withLine = used + (kept.length > 0 ? 1 : 0) + size(line)
    if (withLine + size(closing(next.fence, next.openDetails)) + size(tail) > limit) break
    kept.push(line)
    used = withLine
    fence = next.fence
    openDetails = next.openDetails
  }
  if (kept.length === 0 && size(tail) > limit) return pointer.slice(0, Math.max(0, limit))
  return `${kept.join('\n')}${closing(fence, openDetails)}${tail}`
}

interface BlockState {
  readonly fence: string | undefined
  readonly openDetails: number
}

function nextState(line: string, fence: string | undefined, openDetails: number): BlockState {
  const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
  if (fence !== undefined) {
    // Only a fence of the same character, at least as long, with nothing after it, closes a block.
    const closes =
      marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker
    return { fence: closes ? undefined : fence, openDetails }
  }
  if (marker !== undefined) return { fence: marker, openDetails }
  const opened = (line.match(/<details\b/gi) ?? []).length
  const closed = (line.match(/<\/details>/gi) ?? []).length
  return { fence: undefined, openDetails: Math.max(0, openDetails + opened - closed) }
}

function closing(fence: string | undefined, openDetails: number): string {
  return (fence === undefined ? '' : `\n${fence}`) + '\n\n</details>'.repeat(openDetails)
}
