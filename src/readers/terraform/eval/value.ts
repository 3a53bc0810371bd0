/**
 * Values of the Terraform evaluator. Besides the JSON-like values, two markers travel through
 * expressions: `unknown` (a value Terraform only learns at plan/apply time, or that we do not
 * evaluate) and `failure` (the expression is wrong, e.g. an attribute a value does not have).
 * `try()` recovers from failures but not from unknowns, exactly like Terraform.
 */
export type Value = null | boolean | number | string | readonly Value[] | ObjectValue | Unknown | Failure | Lazy

export interface ObjectValue {
  readonly kind: 'object'
  readonly entries: ReadonlyMap<string, Value>
  /**
   * Set when the object was merged from parts of which some are unknown: the known keys are kept
   * (best effort for scanning) and any other key reads as unknown with this reason.
   */
  readonly partial?: string
  /**
   * Values written under keys that could not be evaluated (`"vm-${var.env}-01" = {...}`), in order: a
   * `for_each` over the object keeps them as instances whose `each.value` is known (issue 13).
   */
  readonly unknownKeyed?: readonly Value[]
}

export interface Unknown {
  readonly kind: 'unknown'
  /** A variable's allowed values (`validation { condition = contains([...], var.x) }`), when it is that variable. */
  readonly allowed?: readonly Value[]
  readonly reason: string
  /**
   * The instances of a resource whose `count` or `for_each` has no value, by that condition's key: the one that
   * stands for all; `atMostOne` when the count can only be 0 or 1 (runtime/condition-keys.ts).
   */
  readonly instances?: { readonly loop: string; readonly instance: Value; readonly atMostOne: boolean }
  /** `count.index` or `each.key` of such an instance: the key of its `count` or `for_each`. */
  readonly indexOf?: string
}

export interface Failure {
  readonly kind: 'failure'
  readonly reason: string
}

/**
 * A value whose attributes are computed on access: `var`, `local`, `module`, resource instances.
 * Only attribute access and indexing work on it; as a plain value it is unknown.
 */
export interface Lazy {
  readonly kind: 'lazy'
  readonly description: string
  attribute(name: string): Value
}

export const unknown = (reason: string): Unknown => ({ kind: 'unknown', reason })
export const failure = (reason: string): Failure => ({ kind: 'failure', reason })

export const objectValue = (entries: ReadonlyMap<string, Value>, partial?: string): ObjectValue =>
  partial === undefined ? { kind: 'object', entries } : { kind: 'object', entries, partial }

export const objectFrom = (record: Readonly<Record<string, Value>>): ObjectValue =>
  objectValue(new Map(Object.entries(record)))

export const isObject = (value: Value): value is ObjectValue =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && (value as ObjectValue).kind === 'object'

export const isList = (value: Value): value is readonly Value[] => Array.isArray(value)

export const isUnknown = (value: Value): value is Unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && (value as Unknown).kind === 'unknown'

export const isFailure = (value: Value): value is Failure =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && (value as Failure).kind === 'failure'

export const isLazy = (value: Value): value is Lazy =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && (value as Lazy).kind === 'lazy'

/** Unknown or failure: no value to compute with. */
export const isMissing = (value: Value): value is Unknown | Failure => isUnknown(value) || isFailure(value)

/** The first unknown/failure among values (a failure wins: it is the more specific problem). */
export function firstMissing(values: readonly Value[]): Unknown | Failure | undefined {
  let found: Unknown | undefined
  for (const value of values) {
    if (isFailure(value)) return value
    if (isLazy(value)) return unknown(`${value.description} cannot be used as a value`)
    if (!found && isUnknown(value)) found = value
  }
  return found
}

/** Whether a value is known all the way down (no unknowns or failures nested in collections). */
export function isWhollyKnown(value: Value, depth = 0): boolean {
  if (depth > 64) return false
  if (isMissing(value) || isLazy(value)) return false
  if (isList(value)) return value.every(item => isWhollyKnown(item, depth + 1))
  if (isObject(value)) {
    if (value.partial !== undefined) return false
    for (const entry of value.entries.values()) if (!isWhollyKnown(entry, depth + 1)) return false
  }
  return true
}

export function typeName(value: Value): string {
  if (value === null) return 'null'
  if (isList(value)) return 'list'
  if (typeof value === 'object') return value.kind === 'object' ? 'object' : value.kind
  return typeof value
}

/** A short rendering for messages (`"abc"`, `3`, `list of 2`). */
export function describeValue(value: Value): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value)
  if (isList(value)) return `list of ${value.length}`
  if (isObject(value)) return `object with ${value.entries.size} attributes`
  return typeName(value)
}

/** Converts a known value to plain JSON data (undefined when anything in it is not known). */
export function toJson(value: Value, depth = 0): unknown {
  if (depth > 64 || isMissing(value) || isLazy(value)) return undefined
  if (isList(value)) {
    const items = value.map(item => toJson(item, depth + 1))
    return items.includes(undefined) ? undefined : items
  }
  if (isObject(value)) {
    if (value.partial !== undefined) return undefined
    const record: Record<string, unknown> = Object.create(null) as Record<string, unknown>
    for (const [key, entry] of value.entries) {
      const json = toJson(entry, depth + 1)
      if (json === undefined) return undefined
      record[key] = json
    }
    return record
  }
  return value
}

/** Converts parsed JSON into a value (objects become maps; nothing is merged into prototypes). */
export function fromJson(data: unknown, depth = 0): Value {
  if (depth > 256) return failure('JSON nested too deeply')
  if (data === null || typeof data === 'string' || typeof data === 'boolean') return data
  if (typeof data === 'number') return data
  if (Array.isArray(data)) return data.map(item => fromJson(item, depth + 1))
  if (typeof data === 'object') {
    const entries = new Map<string, Value>()
    for (const key of Object.keys(data)) entries.set(key, fromJson((data as Record<string, unknown>)[key], depth + 1))
    return objectValue(entries)
  }
  return null
}

/** Marks a memoized evaluation in progress (a second visit is a reference cycle). */
export const PENDING: unique symbol = Symbol('pending')
