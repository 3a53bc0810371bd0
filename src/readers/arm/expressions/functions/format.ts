import { derived, Unresolved, type ArmValue } from '../values.js'
import { argumentValues, mismatch, wrongArity, type ArmFunction } from './function.js'
import { joinText, scalarText, toText } from './text.js'

// .NET composite format items: {index[,alignment][:formatString]}, with {{ and }} as literal braces.
const FORMAT_ITEM = /\{\{|\}\}|\{(\d+)(?:,(-?\d+))?(?::([^{}]*))?\}/g

/** ARM `format()`: .NET composite formatting, best-effort for numeric format strings. */
export const formatText: ArmFunction = args => {
  if (args.length === 0) return wrongArity('format', 1, Infinity, 0)
  const template = args.value(0)
  if (template instanceof Unresolved) return derived(template)
  if (typeof template !== 'string') return mismatch('format', 'a format string', template)
  const values = argumentValues(args, 1)
  const pieces: (string | Unresolved)[] = []
  let last = 0
  for (const match of template.matchAll(FORMAT_ITEM)) {
    const literalText = template.slice(last, match.index)
    if (/[{}]/.test(literalText)) return invalid(template)
    pieces.push(literalText)
    last = match.index + match[0].length
    if (match[0] === '{{' || match[0] === '}}') {
      pieces.push(match[0][0] as string)
      continue
    }
    const value = values[Number(match[1])]
    if (value === undefined) return new Unresolved(`format() refers to argument ${match[1]} of ${values.length}`)
    if (Math.abs(Number(match[2] ?? 0)) > MAX_ALIGNMENT) return new Unresolved(`format() alignment ${match[2]} is too wide`)
    const piece = formatItem(value, match[3])
    if (piece instanceof Unresolved && (match[2] !== undefined || match[3] !== undefined)) return derived(piece)
    pieces.push(piece instanceof Unresolved ? piece : align(piece, match[2]))
  }
  const rest = template.slice(last)
  if (/[{}]/.test(rest)) return invalid(template)
  pieces.push(rest)
  return joinText(pieces)
}

/** Wider alignments are refused: they only serve to blow up memory. */
const MAX_ALIGNMENT = 1000

const invalid = (template: string): Unresolved => new Unresolved(`format() string '${template}' is not a valid format string`)

function formatItem(value: ArmValue, spec: string | undefined): string | Unresolved {
  if (value instanceof Unresolved) return value
  if (spec === undefined || spec === '') return value === null ? '' : (scalarText(value) ?? toText(value))
  if (typeof value !== 'number') return new Unresolved(`format() specifier '${spec}' applies to numbers only`)
  return formatNumber(value, spec) ?? new Unresolved(`format() specifier '${spec}' is not supported`)
}

function formatNumber(value: number, spec: string): string | undefined {
  const match = /^([DdFfNnXx])(\d{0,2})$/.exec(spec)
  if (!match) return undefined
  const kind = (match[1] as string).toUpperCase()
  const precision = match[2] === '' ? undefined : Number(match[2])
  switch (kind) {
    case 'D':
      return Number.isInteger(value) ? `${value < 0 ? '-' : ''}${String(Math.abs(value)).padStart(precision ?? 1, '0')}` : undefined
    case 'F':
      return value.toFixed(precision ?? 2)
    case 'N':
      return value.toLocaleString('en-US', { minimumFractionDigits: precision ?? 2, maximumFractionDigits: precision ?? 2 })
    default: {
      if (!Number.isInteger(value) || value < 0) return undefined
      const hex = value.toString(16).padStart(precision ?? 1, '0')
      return match[1] === 'X' ? hex.toUpperCase() : hex
    }
  }
}

function align(text: string, alignment: string | undefined): string {
  if (alignment === undefined) return text
  const width = Number(alignment)
  return width < 0 ? text.padEnd(-width) : text.padStart(width)
}
