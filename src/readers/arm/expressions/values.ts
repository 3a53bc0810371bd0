import { lowerCaseName } from '../template/type-names.js'

/** A JSON value as written in a template, before evaluation. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json }

/**
 * A value produced by the ARM expression evaluator. Containers may hold unresolved members:
 * `createObject('a', reference(x), 'b', 'known')` keeps `b` known.
 */
export type ArmValue = null | boolean | number | string | readonly ArmValue[] | ArmObject | Unresolved

export interface ArmObject {
  readonly [key: string]: ArmValue
}

/**
 * A value only known at deployment (or one we cannot evaluate), with the reason.
 * `pattern` is set for strings built from known text and unresolved parameters, e.g.
 * `Microsoft.Compute/virtualMachines/{s0:vmName}`: two values with the same pattern are the same
 * string, which links an assignment's scope to the VM it names even when the name is unknown.
 */
export class Unresolved {
  constructor(
    readonly reason: string,
    readonly pattern?: string,
    /** A parameter's `allowedValues`, when the unresolved value is that parameter's. */
    readonly allowed?: readonly ArmValue[]
  ) {}
}

/**
 * An object built on one that is not known (`union(parameters('baseTags'), createObject('PatchGroup', 'B'))`):
 * unresolved as a whole, with the members written after every unknown part in `known` (the unknown part may
 * replace any member before it, none after it). Only what reads the object itself sees them (a VM's tags): a value
 * computed from it is a plain Unresolved (`derived`), as `intersection()` or `string()` of it is not that object.
 */
export class PartialArmObject extends Unresolved {
  constructor(
    reason: string,
    readonly known: ArmObject
  ) {
    super(reason)
  }
}

/** Nesting limit for values built by expressions (`json()`, `union()`), like the template's own limit. */
export const MAX_VALUE_DEPTH = 512

/**
 * Size limits for values built by expressions: variables that double a string or an array
 * (`concat(variables('a'), variables('a'))`) would otherwise exhaust memory in a few dozen steps.
 */
export const MAX_TEXT_LENGTH = 1_048_576
export const MAX_ARRAY_LENGTH = 100_000

export const tooLong = (what: 'string' | 'array'): Unresolved =>
  new Unresolved(`${what} longer than ${what === 'string' ? MAX_TEXT_LENGTH : MAX_ARRAY_LENGTH} is not evaluated`)

export const isUnresolved = (value: unknown): value is Unresolved => value instanceof Unresolved

export const isArmObject = (value: ArmValue | undefined): value is ArmObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Unresolved)

export const isArmArray = (value: ArmValue | undefined): value is readonly ArmValue[] => Array.isArray(value)

/** Drops the pattern: a value derived from an unresolved one is no longer the same string (nor the same partial object). */
export const derived = (value: Unresolved): Unresolved =>
  value.pattern === undefined && !(value instanceof PartialArmObject) ? value : new Unresolved(value.reason)

/** An object without a prototype, so keys like `__proto__` stay plain data. */
export function createArmObject(entries: Iterable<readonly [string, ArmValue]>): ArmObject {
  const object = emptyArmObject()
  for (const [key, value] of entries) setArmMember(object, key, value)
  return object
}

/** A new object without a prototype, to fill with `setArmMember`. */
export const emptyArmObject = (): Record<string, ArmValue> => Object.create(null) as Record<string, ArmValue>

/**
 * Adds a member to an object being built: a later key that differs only in case replaces the earlier
 * one, as names are case-insensitive (the object holds one key per case-folded name, so at most one
 * matches). Without a prototype, assigning `__proto__` makes an ordinary member.
 */
export function setArmMember(object: Record<string, ArmValue>, key: string, value: ArmValue): void {
  const existing = findKey(object, key)
  if (existing !== undefined) delete object[existing]
  object[key] = value
}

/** Own property names compare case-insensitively in ARM; an exact match wins over a case-folded one. */
export function findKey(object: object, name: string): string | undefined {
  if (Object.hasOwn(object, name)) return name
  const lower = lowerCaseName(name)
  // Only a key holding a character outside ASCII can lower-case to a text of another length, and then
  // to one outside ASCII too: a key of another length never matches an ASCII name (the names code
  // asks for), so it is skipped without looking at its characters.
  const ascii = isAscii(lower)
  let found: string | undefined
  // for...in with hasOwn visits the own keys in Object.keys order without allocating their array.
  for (const key in object) {
    if (ascii && key.length !== lower.length) continue
    if (Object.hasOwn(object, key) && sameIgnoringCase(key, lower)) found = key
  }
  return found
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false
  return true
}

const NON_ASCII = /[^\p{ASCII}]/u

/**
 * `key.toLowerCase() === lower` without lower-casing ASCII keys (every lookup of an absent property
 * used to allocate a lower-cased copy of every key). Only non-ASCII text can change length when
 * lower-cased, so those keys take the exact path.
 */
function sameIgnoringCase(key: string, lower: string): boolean {
  if (key.length !== lower.length) return NON_ASCII.test(key) && key.toLowerCase() === lower
  for (let i = 0; i < key.length; i++) {
    let code = key.charCodeAt(i)
    if (code >= 0x80) return key.toLowerCase() === lower
    if (code >= 0x41 && code <= 0x5a) code += 0x20
    if (code !== lower.charCodeAt(i)) return false
  }
  return true
}

/** The member of an object by case-insensitive name, or undefined when it has none. */
export function getMember<T>(object: { readonly [key: string]: T }, name: string): T | undefined {
  const key = findKey(object, name)
  return key === undefined ? undefined : object[key]
}

/** The ARM type name of a value, for messages. */
export function typeName(value: ArmValue): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (value instanceof Unresolved) return 'unresolved value'
  if (typeof value === 'object') return 'object'
  if (typeof value === 'number') return 'int'
  return typeof value === 'boolean' ? 'bool' : 'string'
}

/** The first unresolved value inside a container (iterative, bounded), so whole-value functions can refuse. */
export function findUnresolved(value: ArmValue): Unresolved | undefined {
  const pending: Array<{ value: ArmValue; depth: number }> = [{ value, depth: 0 }]
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    if (item.value instanceof Unresolved) return derived(item.value)
    if (item.depth > MAX_VALUE_DEPTH) return new Unresolved(`value nested deeper than ${MAX_VALUE_DEPTH} levels`)
    const children = isArmArray(item.value) ? item.value : isArmObject(item.value) ? Object.values(item.value) : []
    for (const child of children) pending.push({ value: child, depth: item.depth + 1 })
  }
  return undefined
}

/**
 * ARM `equals`: strings case-sensitively, arrays and objects deeply (object keys case-insensitively).
 * Unresolved when the answer depends on an unresolved part.
 */
export function deepEquals(a: ArmValue, b: ArmValue, depth = 0): boolean | Unresolved {
  if (a instanceof Unresolved) return derived(a)
  if (b instanceof Unresolved) return derived(b)
  if (depth > MAX_VALUE_DEPTH) return new Unresolved(`value nested deeper than ${MAX_VALUE_DEPTH} levels`)
  if (isArmArray(a) || isArmArray(b)) {
    if (!isArmArray(a) || !isArmArray(b) || a.length !== b.length) return false
    return allEqual(a.map((item, i) => [item, b[i] as ArmValue] as const), depth)
  }
  if (isArmObject(a) || isArmObject(b)) {
    if (!isArmObject(a) || !isArmObject(b)) return false
    const keys = Object.keys(a)
    if (keys.length !== Object.keys(b).length) return false
    const pairs: Array<readonly [ArmValue, ArmValue]> = []
    for (const key of keys) {
      const other = getMember(b, key)
      if (other === undefined) return false
      pairs.push([a[key] as ArmValue, other])
    }
    return allEqual(pairs, depth)
  }
  return a === b
}

function allEqual(pairs: ReadonlyArray<readonly [ArmValue, ArmValue]>, depth: number): boolean | Unresolved {
  let pending: Unresolved | undefined
  for (const [left, right] of pairs) {
    const equal = deepEquals(left, right, depth + 1)
    if (equal === false) return false
    if (equal instanceof Unresolved) pending ??= equal
  }
  return pending ?? true
}
