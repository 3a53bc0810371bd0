/**
 * One copy of each short model value (`MicrosoftWindowsServer`, `AutomaticByPlatform`, a time zone):
 * every file's JSON.parse makes its own copy of the strings it reads, and the model of a large repository
 * otherwise holds thousands of each (a heap snapshot of 10,000 ARM files: ×6,555 `MicrosoftWindowsServer`).
 * The copy kept is a string of its own (`ownCopy`): looking a concatenated or sliced string up does not
 * flatten it, and the first one seen would otherwise keep its pieces or its parent alive for every user.
 * Bounded: long strings are rarely repeated and cost a hash; the table is emptied when it fills, so a
 * repository of unique values costs at most its size.
 */
export const MAX_INTERNED_LENGTH = 96
const MAX_ENTRIES = 8192
const table = new Map<string, string>()

export function intern(value: string): string {
  if (value.length > MAX_INTERNED_LENGTH) return value
  const known = table.get(value)
  if (known !== undefined) return known
  if (table.size >= MAX_ENTRIES) table.clear()
  const own = ownCopy(value)
  table.set(own, own)
  return own
}

/**
 * Strings V8 never makes of pieces or of a part of another: shorter than this, a concatenation or a slice
 * is copied (ConsString::kMinLength and SlicedString::kMinLength are 13).
 */
const MIN_PIECED_LENGTH = 13

/**
 * The same text as a flat string of its own, for a string the model keeps. V8 keeps a slice (`split`,
 * `slice`) as a view of its parent, so a VM name cut from a resource ID keeps the whole ID alive (~150
 * bytes), and a concatenation as a tree of its pieces (32 bytes a piece). No string method promises a
 * copy (a lookup or `charCodeAt` flattens a concatenation in place but keeps its node; a slice stays a
 * view); joining two pieces of it does (Array.prototype.join writes its result into a new flat string),
 * and gives back exactly the same code units (lone surrogates included). A JSON round trip did the same at
 * four times the cost.
 */
export function ownCopy(value: string): string {
  return value.length < MIN_PIECED_LENGTH ? value : [value.slice(0, 1), value.slice(1)].join('')
}

/**
 * A text the model keeps, cut from a file's text by a reader that does not parse with JSON.parse (YAML,
 * Bicep, HCL): V8 keeps such a text as a slice of the whole file (or a concatenation of slices), so one
 * kept value keeps the whole file alive until the report is written (a heap snapshot of the mixed 10,000
 * files: 7,716 file texts, 4.8 MB, kept by model values). Short values are interned (one copy of each,
 * a string of its own), longer ones copied.
 */
export function keptText(text: string): string {
  return text.length > MAX_INTERNED_LENGTH ? ownCopy(text) : intern(text)
}

/** Longer texts than this are rarely repeated: copied, not looked up. */
const MAX_SHARED_LENGTH = 4096
/** Characters the shared-text table may hold before it is emptied: what it keeps alive beyond its users. */
const MAX_SHARED_CHARS = 1 << 20
const sharedTable = new Map<string, string>()
let sharedChars = 0

/**
 * One flat copy of each repeated sentence the policy's result and the report keep (a verdict's reasons, an
 * evidence's detail): they are built of pieces, each VM builds its own, and the mixed 10,000 files repeat
 * them (13,065 reasons, 1.6 MB of text, 4,622 distinct; 4,907 evidence details, 1.7 MB, 2,253 distinct).
 * Short ones are interned; the table is emptied when it holds MAX_SHARED_CHARS, so it never keeps more.
 */
export function sharedText(value: string): string {
  if (value.length <= MAX_INTERNED_LENGTH) return intern(value)
  if (value.length > MAX_SHARED_LENGTH) return ownCopy(value)
  const known = sharedTable.get(value)
  if (known !== undefined) return known
  if (sharedChars + value.length > MAX_SHARED_CHARS) {
    sharedTable.clear()
    sharedChars = 0
  }
  const own = ownCopy(value)
  sharedTable.set(own, own)
  sharedChars += own.length
  return own
}

const NO_ITEMS: readonly never[] = []

/**
 * The items of an array that stays alive (a unit's output until the merge, an assessment until the report)
 * in an array of their own length, or one shared empty array: an array built by `push` or `flatMap` keeps
 * the room V8 grew it by (~120 bytes for a 1-item array, against ~24 for a copy: `slice` allocates exactly).
 */
export const exactLength = <T>(items: readonly T[]): readonly T[] => (items.length === 0 ? NO_ITEMS : items.slice())

/** Longer lists and maps than this are rarely repeated: copied, not looked up. */
const MAX_SHARED_ITEMS = 16
/** Values of one kind the shared-list and shared-map tables hold before they are emptied. */
const MAX_SHARED_VALUES = 4096
const sharedLists = new Map<string, readonly string[]>()
const sharedMaps = new Map<string, Readonly<Record<string, string>>>()

/**
 * One frozen copy of each short list of strings the model keeps (a configuration's
 * `classificationsToInclude`, a filter's `osTypes`), its items interned: each template's list was its own
 * array of JSON.parse copies, grown by the parser (ARM 20,000 files: 6,096 `['Critical', 'Security']`,
 * 184 bytes each). Frozen so that a user that changes it fails rather than changes every holder's.
 */
export function sharedStrings(items: readonly string[]): readonly string[] {
  if (items.length === 0) return NO_ITEMS
  if (items.length > MAX_SHARED_ITEMS) return Object.freeze(items.map(intern))
  const key = keyOf(items)
  const known = sharedLists.get(key)
  if (known !== undefined) return known
  if (sharedLists.size >= MAX_SHARED_VALUES) sharedLists.clear()
  const own = Object.freeze(items.map(intern))
  sharedLists.set(key, own)
  return own
}

/**
 * One frozen copy of each small string map the model keeps (a VM's tags: ARM 20,000 files, 16,310 tag
 * objects of two distinct contents), keys in the order given (the report prints them in that order),
 * values interned. A `__proto__` key stays an own key, as Object.fromEntries makes it.
 */
export function sharedStringMap(map: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  const keys = Object.keys(map)
  if (keys.length > MAX_SHARED_ITEMS) return map
  const texts: string[] = []
  for (const key of keys) texts.push(key, map[key] as string)
  const key = keyOf(texts)
  const known = sharedMaps.get(key)
  if (known !== undefined) return known
  if (sharedMaps.size >= MAX_SHARED_VALUES) sharedMaps.clear()
  const own: Record<string, string> = {}
  for (const name of keys) {
    const value = intern(map[name] as string)
    if (name === '__proto__') Object.defineProperty(own, name, { value, enumerable: true, writable: true, configurable: true })
    else own[intern(name)] = value
  }
  sharedMaps.set(key, Object.freeze(own))
  return own
}

/** A key no other list of texts has: each text after its length (a separator could be in a text). */
const keyOf = (texts: readonly string[]): string => texts.map(text => `${text.length}:${text}`).join('')
