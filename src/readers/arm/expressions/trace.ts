import type { ArmValue } from './values.js'

/** A place in a JSON file: the file (workspace-relative) and the key/index path to the value. */
export interface JsonRef {
  readonly file: string
  readonly path: readonly (string | number)[]
}

/** How an evaluated value was obtained, in the vocabulary of `Sourced.origin`. */
export type TraceOrigin = 'literal' | 'default' | 'parameter-file' | 'variable' | 'expression'

/** Where a value came from: its origin, the parameter/variable it flowed through, the places it passed. */
export interface Trace {
  readonly origin: TraceOrigin
  readonly detail?: string
  readonly via: readonly JsonRef[]
}

/** A value with its provenance. */
export interface Traced {
  readonly value: ArmValue
  readonly trace: Trace
}

/** Enough places for a reviewer to follow a value; longer chains add noise, not insight. */
const MAX_VIA = 8

export const LITERAL: Trace = { origin: 'literal', via: [] }

export const literal = (value: ArmValue): Traced => ({ value, trace: LITERAL })

/** A trace for a value computed from others: `expression`, passing through all their places. */
export function computedFrom(traces: readonly Trace[]): Trace {
  let merged: JsonRef[] | undefined
  for (let i = 0; i < traces.length; i++) {
    merged = mergeInto(merged, (traces[i] as Trace).via)
    if (merged?.length === MAX_VIA) break
  }
  // Most computed values pass through no place: they share one trace.
  return merged === undefined ? COMPUTED_NOWHERE : { origin: 'expression', via: merged }
}

/**
 * Prepends a place the value passed through (e.g. a nested deployment's parameter value), after the place of a
 * default or parameter file value it came from: that stays first, where `describeOrigin` cites it.
 */
export function through(trace: Trace, ref: JsonRef): Trace {
  const origin = trace.origin === 'default' || trace.origin === 'parameter-file' ? trace.via[0] : undefined
  const start = origin === undefined ? [ref] : [origin, ref]
  return { ...trace, via: mergeInto(start, trace.via) ?? NO_PLACES }
}

/**
 * Adds the places of `list` not yet in `merged` (the same file and `/`-joined path), up to MAX_VIA;
 * `merged` is made on the first place. Indexed loops, no array of lists: this runs for every call
 * and container evaluated.
 */
function mergeInto(merged: JsonRef[] | undefined, list: readonly JsonRef[]): JsonRef[] | undefined {
  for (let i = 0; i < list.length; i++) {
    const ref = list[i] as JsonRef
    merged ??= []
    if (merged.length === MAX_VIA) return merged
    if (merged.some(seen => samePlace(seen, ref))) continue
    merged.push(ref)
  }
  return merged
}

const NO_PLACES: readonly JsonRef[] = []

const COMPUTED_NOWHERE: Trace = { origin: 'expression', via: NO_PLACES }

/** `a.file#a.path.join('/')` equals the same of `b`, without building either text. */
function samePlace(a: JsonRef, b: JsonRef): boolean {
  if (a === b) return true
  if (a.file !== b.file) return false
  const { path: left } = a
  const { path: right } = b
  if (left.length === right.length && left.every((segment, i) => String(segment) === String(right[i]))) return true
  // Only a key holding '/', or an empty one, can make different paths join to the same text.
  const slash = (segment: string | number): boolean => segment === '' || (typeof segment === 'string' && segment.includes('/'))
  return (left.some(slash) || right.some(slash)) && left.join('/') === right.join('/')
}
