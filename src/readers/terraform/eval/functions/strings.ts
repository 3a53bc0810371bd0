import { asList, asNumber, asString, checkedString, formatNumber, MAX_STRING_LENGTH } from '../coerce.js'
import { failure, isList, isObject, toJson, unknown, type Value } from '../value.js'
import type { FunctionTable } from './table.js'

const REGEX_NOT_EVALUATED = 'regular expressions are not evaluated (Terraform uses RE2 syntax)'

/** A function of one string. */
const stringFunction =
  (transform: (text: string) => Value) =>
  ([text]: readonly Value[]): Value => {
    const value = asString(text ?? null)
    return typeof value === 'string' ? transform(value) : value
  }

/** A function of two strings. */
const pairFunction =
  (transform: (a: string, b: string) => Value) =>
  ([first, second]: readonly Value[]): Value => {
    const a = asString(first ?? null)
    if (typeof a !== 'string') return a
    const b = asString(second ?? null)
    return typeof b === 'string' ? transform(a, b) : b
  }

export const stringFunctions: FunctionTable = {
  lower: { arity: [1, 1], call: stringFunction(text => text.toLowerCase()) },
  upper: { arity: [1, 1], call: stringFunction(text => text.toUpperCase()) },
  title: { arity: [1, 1], call: stringFunction(text => text.replace(/(^|[^\p{L}\p{N}])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())) },
  trimspace: { arity: [1, 1], call: stringFunction(text => text.trim()) },
  chomp: { arity: [1, 1], call: stringFunction(text => text.replace(/(?:\r?\n)+$/, '')) },
  strrev: { arity: [1, 1], call: stringFunction(text => [...text].reverse().join('')) },
  tostring: { arity: [1, 1], call: ([value]) => (value === null ? null : asString(value ?? null)) },
  trim: { arity: [2, 2], call: pairFunction((text, cutset) => trimChars(text, cutset, true, true)) },
  trimprefix: { arity: [2, 2], call: pairFunction((text, prefix) => (text.startsWith(prefix) ? text.slice(prefix.length) : text)) },
  trimsuffix: {
    arity: [2, 2],
    call: pairFunction((text, suffix) => (suffix !== '' && text.endsWith(suffix) ? text.slice(0, -suffix.length) : text))
  },
  startswith: { arity: [2, 2], call: pairFunction((text, prefix) => text.startsWith(prefix)) },
  endswith: { arity: [2, 2], call: pairFunction((text, suffix) => text.endsWith(suffix)) },
  strcontains: { arity: [2, 2], call: pairFunction((text, part) => text.includes(part)) },
  split: { arity: [2, 2], call: pairFunction((separator, text) => (text === '' ? [''] : text.split(separator))) },
  replace: { arity: [3, 3], call: replace },
  substr: { arity: [3, 3], call: substr },
  join: { arity: [2, Infinity], call: join },
  format: { arity: [1, Infinity], call: ([spec, ...args]) => format(spec ?? null, args) },
  basename: { arity: [1, 1], call: stringFunction(path => path.replace(/\/+$/, '').split('/').at(-1) ?? '') },
  dirname: { arity: [1, 1], call: stringFunction(path => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) || '/' : '.')) },
  regex: { arity: [2, 2], call: () => unknown(REGEX_NOT_EVALUATED) },
  regexall: { arity: [2, 2], call: () => unknown(REGEX_NOT_EVALUATED) }
}

function trimChars(text: string, cutset: string, start: boolean, end: boolean): string {
  const chars = new Set(cutset)
  const codePoints = [...text]
  let from = 0
  let to = codePoints.length
  while (start && from < to && chars.has(codePoints[from] as string)) from++
  while (end && to > from && chars.has(codePoints[to - 1] as string)) to--
  return codePoints.slice(from, to).join('')
}

function replace([text, search, replacement]: readonly Value[]): Value {
  const subject = asString(text ?? null)
  if (typeof subject !== 'string') return subject
  const pattern = asString(search ?? null)
  if (typeof pattern !== 'string') return pattern
  const substitute = asString(replacement ?? null)
  if (typeof substitute !== 'string') return substitute
  if (pattern.length > 1 && pattern.startsWith('/') && pattern.endsWith('/')) return unknown(REGEX_NOT_EVALUATED)
  if (pattern === '') return subject
  return checkedString(subject.split(pattern).join(substitute))
}

function substr([text, offset, length]: readonly Value[]): Value {
  const subject = asString(text ?? null)
  if (typeof subject !== 'string') return subject
  const start = asNumber(offset ?? null)
  if (typeof start !== 'number') return start
  const count = asNumber(length ?? null)
  if (typeof count !== 'number') return count
  const codePoints = [...subject]
  const from = start < 0 ? Math.max(0, codePoints.length + start) : start
  if (from > codePoints.length) return failure('substr offset is beyond the end of the string')
  return codePoints.slice(from, count < 0 ? undefined : from + count).join('')
}

function join([separator, ...lists]: readonly Value[]): Value {
  const glue = asString(separator ?? null)
  if (typeof glue !== 'string') return glue
  const pieces: string[] = []
  for (const list of lists) {
    const items = asList(list)
    if (!isList(items)) return items
    for (const item of items) {
      const piece = asString(item)
      if (typeof piece !== 'string') return piece
      pieces.push(piece)
    }
  }
  return checkedString(pieces.join(glue))
}

/** The largest `%f` precision evaluated (JavaScript's `toFixed` refuses more; Go allows it). */
const MAX_PRECISION = 100

/**
 * Go-style `format`: %s %d %f %t %v %q %% (width and precision flags are honoured loosely). Bounded as the rest
 * of the evaluator is: a precision over 100, or an output (counted verb by verb) longer than MAX_STRING_LENGTH,
 * is a failure, never a string JavaScript cannot make.
 */
function format(spec: Value, args: readonly Value[]): Value {
  const template = asString(spec)
  if (typeof template !== 'string') return template
  let next = 0
  let problem: Value | undefined
  let length = template.length
  const verbs = /%([-+# 0]*)(\d*)(?:\.(\d+))?([sdftvq%])/g
  const text = template.replace(verbs, (whole, flags: string, width: string, precision: string, verb: string) => {
    if (verb === '%') return '%'
    if (problem !== undefined) return ''
    const arg = args[next++]
    if (arg === undefined) {
      problem = failure(`format has more verbs than arguments ("${whole}")`)
      return ''
    }
    if (precision !== undefined && Number(precision) > MAX_PRECISION) {
      problem = failure(`format precision ${precision} is more than ${MAX_PRECISION} digits ("${whole}")`)
      return ''
    }
    const rendered = formatVerb(verb, arg, precision)
    if (typeof rendered !== 'string') {
      problem = rendered
      return ''
    }
    // Checked before padding: `%01000000000d` would ask for a string JavaScript cannot make.
    if (Number(width || 0) > MAX_STRING_LENGTH) {
      problem = failure(`format width ${width} is longer than ${MAX_STRING_LENGTH} characters`)
      return ''
    }
    const padded = pad(rendered, flags, Number(width || 0))
    // Each verb may be under the limit and all of them together far over it (600 × `%999999d`).
    length += padded.length - whole.length
    if (length > MAX_STRING_LENGTH) {
      problem = failure(`format result longer than ${MAX_STRING_LENGTH} characters`)
      return ''
    }
    return padded
  })
  return problem ?? checkedString(text)
}

/** `%05d` pads with zeros, `%-8s` on the right, `%8s` with spaces on the left. */
function pad(text: string, flags: string, width: number): string {
  if (text.length >= width) return text
  if (flags.includes('-')) return text.padEnd(width)
  if (flags.includes('0')) {
    const sign = text.startsWith('-') ? '-' : ''
    return sign + text.slice(sign.length).padStart(width - sign.length, '0')
  }
  return text.padStart(width)
}

function formatVerb(verb: string, arg: Value, precision: string | undefined): Value {
  switch (verb) {
    case 'd': {
      const number = asNumber(arg)
      return typeof number === 'number' ? Math.trunc(number).toFixed(0) : number
    }
    case 'f': {
      const number = asNumber(arg)
      return typeof number === 'number' ? number.toFixed(precision === undefined ? 6 : Number(precision)) : number
    }
    case 'q': {
      const text = asString(arg)
      return typeof text === 'string' ? JSON.stringify(text) : text
    }
    case 'v':
      if (isList(arg) || isObject(arg)) {
        const json = toJson(arg)
        return json === undefined ? unknown('format %v of a value that is not fully known') : JSON.stringify(json)
      }
      return typeof arg === 'number' ? formatNumber(arg) : asString(arg)
    default:
      return asString(arg)
  }
}
