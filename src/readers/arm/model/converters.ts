import { sharedStringMap, sharedStrings } from '../../../model/intern.js'
import { PartialStringMap } from '../../../model/source.js'
import { findUnresolved, isArmArray, isArmObject, PartialArmObject, typeName, Unresolved, type ArmObject, type ArmValue } from '../expressions/values.js'

/** Turns an evaluated value into a model value, or says why it cannot be one. */
export type Converter<T> = (value: ArmValue) => T | Unresolved

const expected = (what: string, value: ArmValue): Unresolved => new Unresolved(`expected ${what}, found ${typeName(value)}`)

/** Strings as written; numbers are accepted as their text, as ARM's JSON reader does. */
export const asString: Converter<string> = value =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : expected('a string', value)

/** Booleans; the strings `true`/`false` too, which ARM's JSON reader accepts for bool properties. */
export const asBoolean: Converter<boolean> = value => {
  if (typeof value === 'boolean') return value
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true'
  return expected('a bool', value)
}

export const asStringList: Converter<readonly string[]> = value => {
  if (!isArmArray(value)) return expected('an array of strings', value)
  // One shared copy of each list: the template's array is JSON.parse's, grown past its length. Strings alone
  // hold no unresolved value: the list is not walked as a tree of them (an object per element).
  if (value.every(item => typeof item === 'string')) return sharedStrings(value)
  return findUnresolved(value) ?? expected('an array of strings', value)
}

/**
 * Tags: string values (numbers and bools as text); a tag whose value is not evaluated leaves the others known. It
 * sees unresolved values (`readWith`): of an object built on one not known (a PartialArmObject), the members written
 * after that part are certain (`Sourced.knownEntries`), a member not a string left out as unknown.
 */
export const asTags: Converter<Readonly<Record<string, string>> | PartialStringMap> = value => {
  if (value instanceof PartialArmObject) return new PartialStringMap(sharedStringMap(scalarMembers(value.known)), [], value.reason)
  if (value instanceof Unresolved) return value
  if (!isArmObject(value)) return expected('an object of tags', value)
  // Built in place (Object.entries and fromEntries made two arrays and an array per tag).
  const tags: Record<string, string> = {}
  let unknownKeys: string[] | undefined
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue
    const tag = value[key] as ArmValue
    // A tag whose value is not evaluated leaves the others known (withUnknownKeys).
    if (tag instanceof Unresolved) (unknownKeys ??= []).push(key)
    else if (typeof tag !== 'string' && typeof tag !== 'number' && typeof tag !== 'boolean') return expected(`a string for tag '${key}'`, tag)
    else ownMember(tags, key, String(tag))
  }
  // Most VMs of a repository have one of a few sets of tags: one shared copy of each.
  return unknownKeys === undefined ? sharedStringMap(tags) : new PartialStringMap(sharedStringMap(tags), unknownKeys)
}

/** The members of an object whose values are strings, numbers or bools, as text. */
function scalarMembers(object: ArmObject): Record<string, string> {
  const members: Record<string, string> = {}
  for (const key in object) {
    const member = Object.hasOwn(object, key) ? object[key] : undefined
    if (typeof member === 'string' || typeof member === 'number' || typeof member === 'boolean') ownMember(members, key, String(member))
  }
  return members
}

/** Sets a key as Object.fromEntries does: `__proto__` is an own key, not the prototype. */
function ownMember<T>(object: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true })
  else object[key] = value
}

/** Dynamic-scope tag filters: `{ tagName: [values] }`. */
export const asTagFilter: Converter<Readonly<Record<string, readonly string[]>>> = value => {
  if (!isArmObject(value)) return expected('an object of tag values', value)
  const entries: Array<[string, readonly string[]]> = []
  for (const [key, values] of Object.entries(value)) {
    const list = asStringList(values)
    if (list instanceof Unresolved) return new Unresolved(`tag '${key}': ${list.reason}`)
    entries.push([key, list])
  }
  return Object.fromEntries(entries)
}

/** An array of flat objects (a license profile's `productFeatures`), values read as text. */
export const asRecords: Converter<readonly Readonly<Record<string, string>>[]> = value => {
  if (!isArmArray(value)) return expected('an array of objects', value)
  const records: Record<string, string>[] = []
  for (const item of value) {
    if (item instanceof Unresolved) return item
    if (!isArmObject(item)) return expected('an array of objects', value)
    const record: Record<string, string> = {}
    for (const [key, field] of Object.entries(item)) {
      if (field instanceof Unresolved) return new Unresolved(`'${key}': ${field.reason}`)
      if (typeof field === 'string' || typeof field === 'number' || typeof field === 'boolean') record[key] = String(field)
    }
    records.push(record)
  }
  return records
}
