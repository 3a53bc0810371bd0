import { findExcessiveNesting } from '../../../shared/json/nesting.js'
import { findUnresolved, MAX_TEXT_LENGTH, MAX_VALUE_DEPTH, tooLong, Unresolved, type ArmValue } from '../values.js'

/**
 * Joins text pieces. When some are unresolved but all of those carry a pattern, the result keeps a
 * pattern too (`{s0:vmName}-nic`), so equal constructions stay recognisably equal.
 */
export function joinText(pieces: readonly (string | Unresolved)[]): string | Unresolved {
  let text = ''
  let first: Unresolved | undefined
  let patterned = true
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as string | Unresolved
    if (piece instanceof Unresolved) {
      first ??= piece
      if (piece.pattern === undefined) patterned = false
      text += piece.pattern ?? ''
    } else {
      text += piece
    }
    if (text.length > MAX_TEXT_LENGTH) return tooLong('string')
  }
  if (first === undefined) return text
  return patterned ? new Unresolved(first.reason, text) : new Unresolved(first.reason)
}

/** Text of a scalar the way ARM (.NET) prints it: booleans are `True`/`False`. */
export function scalarText(value: ArmValue): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  return undefined
}

/** ARM `string()`: scalars as text, containers as compact JSON; unresolved if any part is. */
export function toText(value: ArmValue): string | Unresolved {
  const unresolved = findUnresolved(value)
  if (unresolved) return unresolved
  if (value === null) return ''
  return scalarText(value) ?? JSON.stringify(value)
}

/** Parses JSON text into a value, refusing hostile nesting before it reaches recursive code. */
export function parseJsonText(text: string): ArmValue | Unresolved {
  if (findExcessiveNesting(text, MAX_VALUE_DEPTH) >= 0) {
    return new Unresolved(`json() input nested deeper than ${MAX_VALUE_DEPTH} levels`)
  }
  try {
    return JSON.parse(text) as ArmValue
  } catch {
    return new Unresolved('json() input is not valid JSON')
  }
}
