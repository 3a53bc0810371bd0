/**
 * The text of an inline exemption comment, after the `hotpatch-reboot-gate-exempt` marker:
 * `rule=reboot-plan-required reason="CAB-1234: rebooted by the change calendar" owner=platform-team expires=2026-03-31`.
 * Values are bare words or quoted (`"..."` with `\"` and `\\` escapes, or `'...'`).
 */
export interface InlineExemptionFields {
  readonly rule: string
  readonly reason: string
  readonly owner: string
  readonly expires: string
  readonly ticket?: string
}

export type InlineExemptionParse = { readonly fields: InlineExemptionFields } | { readonly problem: string }

const REQUIRED = ['rule', 'reason', 'owner', 'expires'] as const
const KNOWN = new Set<string>([...REQUIRED, 'ticket'])
const SHAPE = 'rule=<rule id or *> reason="..." owner=<who> expires=YYYY-MM-DD'
const MAX_LENGTH = 1000

/** Reads the fields of an inline exemption; a problem names what is wrong and the expected shape. */
export function parseInlineExemption(raw: string): InlineExemptionParse {
  // A block comment (`/* ... */`) may hand over its closing delimiter.
  const text = raw.replace(/\*\/\s*$/, '').trim()
  if (text === '') return { problem: `it names nothing; expected ${SHAPE}` }
  if (text.length > MAX_LENGTH) return { problem: `it is longer than ${MAX_LENGTH} characters` }
  const values = new Map<string, string>()
  let position = 0
  while (position < text.length) {
    if (/\s/.test(text[position] as string)) {
      position++
      continue
    }
    const pair = readPair(text, position)
    if ('problem' in pair) return pair
    if (!KNOWN.has(pair.key)) return { problem: `unknown field '${pair.key}'; expected ${SHAPE} and optionally ticket=...` }
    if (values.has(pair.key)) return { problem: `${pair.key}= is given twice` }
    if (pair.value.trim() === '') return { problem: `${pair.key}= is empty` }
    values.set(pair.key, pair.value)
    position = pair.end
  }
  const missing = REQUIRED.filter(key => !values.has(key))
  if (missing.length > 0) return { problem: `missing ${missing.map(key => `${key}=`).join(', ')}; expected ${SHAPE}` }
  const ticket = values.get('ticket')
  const fields = {
    rule: values.get('rule') as string,
    reason: values.get('reason') as string,
    owner: values.get('owner') as string,
    expires: values.get('expires') as string
  }
  return { fields: ticket === undefined ? fields : { ...fields, ticket } }
}

type Pair = { readonly key: string; readonly value: string; readonly end: number } | { readonly problem: string }

function readPair(text: string, start: number): Pair {
  const equals = text.indexOf('=', start)
  const space = text.slice(start).search(/\s/)
  const wordEnd = space < 0 ? text.length : start + space
  if (equals < 0 || equals > wordEnd || equals === start) {
    return { problem: `expected key=value pairs, got '${text.slice(start, wordEnd)}'; expected ${SHAPE}` }
  }
  const key = text.slice(start, equals)
  const quote = text[equals + 1]
  if (quote !== '"' && quote !== "'") {
    const end = text.slice(equals + 1).search(/\s/)
    const valueEnd = end < 0 ? text.length : equals + 1 + end
    return { key, value: text.slice(equals + 1, valueEnd), end: valueEnd }
  }
  let value = ''
  for (let i = equals + 2; i < text.length; i++) {
    const char = text[i] as string
    if (char === quote) return { key, value, end: i + 1 }
    if (char === '\\' && quote === '"' && i + 1 < text.length) value += text[++i] as string
    else value += char
  }
  return { problem: `${key}=${quote} has no closing quote` }
}
