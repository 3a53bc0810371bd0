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
  return { origin: 'expression', via: mergeVia(traces.map(trace => trace.via)) }
}

/** Prepends a place the value passed through (e.g. a nested deployment's parameter value). */
export function through(trace: Trace, ref: JsonRef): Trace {
  return { ...trace, via: mergeVia([[ref], trace.via]) }
}

function mergeVia(lists: ReadonlyArray<readonly JsonRef[]>): JsonRef[] {
  const merged: JsonRef[] = []
  const seen = new Set<string>()
  for (const ref of lists.flat()) {
    const key = `${ref.file}#${ref.path.join('/')}`
    if (seen.has(key)) continue
    seen.add(key)
    merged.push(ref)
    if (merged.length === MAX_VIA) break
  }
  return merged
}
