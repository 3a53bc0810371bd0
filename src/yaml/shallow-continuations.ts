import { EVENT_ID, parseEvents, SCALAR_STYLE, YAMLException, type Event } from 'js-yaml'

/**
 * Lines joined in one chunk at most: each one costs a parse of the chunk again (a real manifest has a few; a
 * text made of thousands keeps js-yaml's error instead of costing thousands of parses).
 */
const MAX_JOINED_LINES = 64

/**
 * What a file's parses again may read in all, in characters: four times the file, and at least enough for
 * MAX_JOINED_LINES parses of a 16 KiB manifest. A 16 MiB file of shallow lines thus costs at most five parses of
 * it, not 64 (its chunks, parsed again one by one after the whole failed, share the same budget).
 */
export interface RetryBudget {
  characters: number
}

export const retryBudget = (text: string): RetryBudget => ({ characters: Math.max(4 * text.length, 1024 * 1024) })

/** The only js-yaml error this reading answers. */
const DEFICIENT_INDENTATION = 'deficient indentation'

const isBlank = (code: number): boolean => code === 0x20 || code === 0x09
const isBreak = (code: number): boolean => code === 0x0a || code === 0x0d

/**
 * The events of a chunk js-yaml refused, read as go-yaml reads it, or undefined when go-yaml would refuse it too
 * (or when the chunk holds more such lines than MAX_JOINED_LINES, or its parses again would exceed the file's budget).
 *
 * go-yaml reads the manifests of kubectl, Crossplane and Pulumi: its scanner (libyaml's `scan_flow_scalar`) checks
 * no indentation inside a quoted scalar, so a continuation line as deep as its key, or shallower, is text of the
 * scalar. js-yaml 5 refuses the line ("deficient indentation": YAML 1.2 wants it deeper than the key), so a manifest
 * Kubernetes applies was an unreadable manifest here, an error that failed the check (provider-upjet-azure's examples
 * wrap long quoted values this way).
 *
 * Each refused line is joined to the scalar's previous line: the line breaks between them are read as spaces, which
 * keeps every offset (and so every line and column) of the file. The reading is kept only when each joined break
 * lies inside a single- or double-quoted scalar of the result, where a line break and the spaces around it fold as
 * the spaces do; those scalars' values are then read again from `source`, with its breaks, as YAML folds them.
 */
export function eventsReadLikeGoYaml(source: string, error: unknown, maxDepth: number, budget: RetryBudget): Event[] | undefined {
  const joined: number[] = []
  let text = source
  let refused = error
  for (let lines = 0; lines < MAX_JOINED_LINES && budget.characters >= text.length; lines++) {
    const breaks = shallowLineBreaks(text, refused)
    if (breaks === undefined) return undefined
    budget.characters -= text.length
    for (const at of breaks) text = `${text.slice(0, at)} ${text.slice(at + 1)}`
    joined.push(...breaks)
    try {
      const events = parseEvents(text, { maxDepth })
      return quotedScalarsHold(events, joined) ? events : undefined
    } catch (next) {
      refused = next
    }
  }
  return undefined
}

/**
 * The line breaks before the line js-yaml refused for its indentation (and the blank lines before it), or
 * undefined when the error is another one, or the line is a document marker, which ends a quoted scalar in go-yaml.
 */
function shallowLineBreaks(text: string, error: unknown): number[] | undefined {
  if (!(error instanceof YAMLException) || error.reason !== DEFICIENT_INDENTATION || error.mark === undefined) return undefined
  const at = error.mark.position
  let lineStart = at
  while (lineStart > 0 && isBlank(text.charCodeAt(lineStart - 1))) lineStart--
  if (lineStart === 0 || !isBreak(text.charCodeAt(lineStart - 1))) return undefined
  if (lineStart === at && /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(text.slice(at, at + 4))) return undefined
  const breaks: number[] = []
  for (let i = lineStart - 1; i > 0 && (isBreak(text.charCodeAt(i)) || isBlank(text.charCodeAt(i))); i--) {
    if (isBreak(text.charCodeAt(i))) breaks.push(i)
  }
  return breaks
}

/** Whether every joined break is inside a quoted scalar; marks those scalars to be read again from the source. */
function quotedScalarsHold(events: Event[], joined: readonly number[]): boolean {
  const pending = new Set(joined)
  for (const event of events) {
    if (event.type !== EVENT_ID.SCALAR) continue
    if (event.style !== SCALAR_STYLE.DOUBLE_QUOTED && event.style !== SCALAR_STYLE.SINGLE_QUOTED) continue
    let holds = false
    for (const at of pending) {
      if (at < event.valueStart || at >= event.valueEnd) continue
      pending.delete(at)
      holds = true
    }
    // Its value has line breaks to fold: js-yaml's fast path (a plain slice) is for a value read as written.
    if (holds) event.fast = false
  }
  return pending.size === 0
}
