import { sharedText } from './intern.js'

/**
 * Where a value came from. Every value in the model carries one, so a finding can point at the
 * line that caused it and say how sure we are of it (after trivy's iac `Metadata`).
 */
export interface SourceLocation {
  /** Relative to the scanned root, with `/` separators. */
  readonly file: string
  /** 1-based. */
  readonly line: number
  /** 1-based. */
  readonly column: number
  readonly endLine?: number
  readonly endColumn?: number
}

/**
 * How a value was obtained.
 * - `literal`: written in the manifest as is.
 * - `default`: a parameter's or variable's default value (`detail` names the parameter).
 * - `parameter-file`: set by a parameter file (`detail` names the parameter, `via` the file).
 * - `variable`: computed from a template variable / local (`detail` names it).
 * - `expression`: computed by an expression we evaluated.
 * - `provider-default`: not written anywhere; the platform's documented default applies.
 * - `absent`: not written anywhere and no default applies.
 * - `unresolved`: written, but we could not evaluate it (`reason` says why).
 */
export type Origin =
  | 'literal'
  | 'default'
  | 'parameter-file'
  | 'variable'
  | 'expression'
  | 'provider-default'
  | 'absent'
  | 'unresolved'

export interface Sourced<T> {
  /** Undefined exactly when origin is `absent` or `unresolved`. */
  readonly value: T | undefined
  readonly origin: Origin
  /** Where the value is written; for `absent`, the enclosing resource. */
  readonly location: SourceLocation
  /** Parameter / variable / local name the value flowed through. */
  readonly detail?: string
  /** For `unresolved`: why (e.g. "reference() is only known at deployment"). */
  readonly reason?: string
  /** Other places the value passed through (parameter file line, module input, ...). */
  readonly via?: readonly SourceLocation[]
  /**
   * For a `default` read at the line that uses it (ARM, Bicep): where the default itself is written (an ARM
   * `defaultValue`, a Bicep `param`), the line to change, which a reason cites beside `location`.
   */
  readonly defaultAt?: SourceLocation
  /**
   * For `unresolved`: the only values it can take (Bicep `@allowed`, ARM `allowedValues`); the policy
   * evaluates each (issue 13: pinned values).
   */
  readonly allowed?: readonly (string | number | boolean)[]
  /**
   * For a known map (a VM's tags): the keys written whose values could not be evaluated, left out of
   * `value` (`{ PatchGroup: 'prod', Owner: owner }` with `owner` unknown). Whoever reads only `value` sees a
   * map without them, as if unset; a dynamic scope's tag filter on one of them cannot be decided.
   */
  readonly unknownKeys?: readonly string[]
  /**
   * For an unresolved map (a VM's tags) built on top of one that is not known: the keys written after every
   * unknown part, with their values. `merge(var.base, { PatchGroup = "B" })`, `union(baseTags, {...})` and
   * `{ ...baseTags, PatchGroup: 'B' }` let the later part win a duplicate key, so PatchGroup is B whatever the
   * base holds; any other key may or may not be in the map. A consumer that needs the whole map sees it as
   * unresolved; a dynamic scope's tag filter decides on these keys.
   */
  readonly knownEntries?: Readonly<Record<string, string>>
}

/*
 * Each set of fields is one object literal, in the order the report prints them (value, origin, location,
 * reason, detail, via): a spread of a smaller value (`{ ...base, via }`) or a field added after the literal
 * gave values a hidden class of their own in V8, or a separate property array (thousands on a large scan).
 */

export const known = <T>(
  value: T,
  location: SourceLocation,
  origin: Origin = 'literal',
  detail?: string,
  via?: readonly SourceLocation[]
): Sourced<T> => {
  if (via === undefined) return detail === undefined ? { value, origin, location } : { value, origin, location, detail }
  return detail === undefined ? { value, origin, location, via } : { value, origin, location, detail, via }
}

/** The last absent value made, and its location: see `absent`. */
let lastAbsent: Sourced<never> = { value: undefined, origin: 'absent', location: { file: '', line: 1, column: 1 } }

/**
 * A value not written anywhere, located at `location` (the enclosing resource). Readers ask for one per
 * unwritten field, one field after another at the same location object: the same value is given back
 * (values are read-only) rather than an equal copy per field (the mixed 10,000 files: ~5 per resource).
 */
export const absent = <T>(location: SourceLocation): Sourced<T> => {
  if (lastAbsent.location !== location) lastAbsent = { value: undefined, origin: 'absent', location }
  return lastAbsent
}

export const unresolved = <T>(location: SourceLocation, why: string, detail?: string, via?: readonly SourceLocation[]): Sourced<T> => {
  const origin = 'unresolved'
  const value = undefined
  // One flat copy of each reason: readers build it of pieces, one per value (ARM 20k: 16,310 concatenations
  // of one sentence, each 32 bytes and its pieces).
  const reason = sharedText(why)
  if (via === undefined) return detail === undefined ? { value, origin, location, reason } : { value, origin, location, reason, detail }
  return detail === undefined ? { value, origin, location, reason, via } : { value, origin, location, reason, detail, via }
}

export const isKnown = <T>(s: Sourced<T> | undefined): s is Sourced<T> & { value: T } =>
  s !== undefined && s.value !== undefined

export const formatLocation = (loc: SourceLocation): string => `${loc.file}:${loc.line}:${loc.column}`

/**
 * A map of strings some of whose values are not known, as a reader's converter gives it (never in the
 * model: `withUnknownKeys` turns it into a known map with `unknownKeys`, or, when `othersUnknown` says why
 * other keys may be in it, into an unresolved map with `knownEntries`).
 */
export class PartialStringMap {
  constructor(
    readonly known: Readonly<Record<string, string>>,
    readonly unknownKeys: readonly string[],
    /** Why keys other than these may be in the map (it is built on one that is not known). */
    readonly othersUnknown?: string
  ) {}
}

/** A map read by a converter that may give a PartialStringMap, as the model keeps it. */
export function withUnknownKeys(sourced: Sourced<Readonly<Record<string, string>> | PartialStringMap>): Sourced<Readonly<Record<string, string>>> {
  const { value } = sourced
  if (!(value instanceof PartialStringMap)) return sourced as Sourced<Readonly<Record<string, string>>>
  if (value.othersUnknown === undefined) return { ...sourced, value: value.known, unknownKeys: value.unknownKeys }
  // Unresolved as a whole (whoever needs the map cannot have it), its certain keys kept beside; a key whose
  // value is not evaluated is as unknown as one the base may hold.
  const { location, detail, via } = sourced
  const partial: { -readonly [K in keyof Sourced<Readonly<Record<string, string>>>]: Sourced<Readonly<Record<string, string>>>[K] } =
    unresolved(location, value.othersUnknown, detail, via)
  partial.knownEntries = value.known
  return partial
}
