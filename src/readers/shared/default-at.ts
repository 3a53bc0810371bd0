import type { Sourced } from '../../model/source.js'

/**
 * A parameter's default read at the line that uses it, with where the default itself is written
 * (`Sourced.defaultAt`): the first place the value came through, as the ARM reader (a `defaultValue`) and the
 * Bicep reader (a `param`) record it. Unchanged when there is none, or it is that very line.
 */
export function withDefaultAt<T>(value: Sourced<T>): Sourced<T> {
  const declared = value.origin === 'default' ? value.via?.[0] : undefined
  if (declared === undefined || (declared.file === value.location.file && declared.line === value.location.line)) return value
  return { ...value, defaultAt: declared }
}
