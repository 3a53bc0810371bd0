import { absent, PartialStringMap, withUnknownKeys, type SourceLocation, type Sourced } from '../../model/source.js'
import { toText } from './conversions.js'
import { reasonOf, sourcedFrom, unresolvedFrom } from './sourced-values.js'
import { derive, type Provenance, type Value } from './values.js'
import { keptText, sharedStringMap } from '../../model/intern.js'

/** A property reached along a path through an evaluated resource body. */
export type Lookup =
  | { readonly kind: 'found'; readonly value: Value; readonly at: SourceLocation; readonly prov: Provenance }
  | { readonly kind: 'absent' }
  | {
      readonly kind: 'unresolved'
      readonly reason: string
      readonly at: SourceLocation
      readonly prov: Provenance
      /** The unresolved value itself, when it was reached (it may still name a resource). */
      readonly value?: Value
    }

/**
 * Reads model fields out of an evaluated resource body. A value is located at the property where it
 * is written; its provenance is chained through every object on the path (a variable holding the
 * object, a parameter default, a module input). Null counts as not written, as in ARM.
 */
export class FieldReader {
  /** Every place a value read so far passed through, to name the parameter-file lines that shaped it. */
  readonly places: SourceLocation[] = []

  constructor(
    private readonly body: Value,
    /** Where absent values are located: the resource declaration. */
    readonly declaredAt: SourceLocation
  ) {}

  lookup(path: readonly string[]): Lookup {
    let value = this.body
    let at = this.declaredAt
    let prov = this.body.prov
    // Indexed: read for every field of every resource, where for-of made an iterator each time.
    for (let i = 0; i < path.length; i++) {
      const key = path[i] as string
      if (value.kind === 'null') return { kind: 'absent' }
      if (value.kind !== 'object') {
        return { kind: 'unresolved', reason: reasonOf(value, `an object at '${key}'`), at, prov }
      }
      const property = value.properties.get(lowerCaseKey(key))
      if (property === undefined && value.incomplete !== undefined) {
        return { kind: 'unresolved', reason: value.incomplete, at, prov }
      }
      if (property === undefined) return { kind: 'absent' }
      value = property.value
      at = property.at
      prov = derive(prov, value.prov)
    }
    // Most values passed through no place: no spread call for nothing.
    if (prov.via.length > 0) this.places.push(...prov.via)
    if (value.kind === 'null') return { kind: 'absent' }
    if (value.kind === 'unresolved') return { kind: 'unresolved', reason: value.reason, at, prov, value }
    return { kind: 'found', value, at, prov }
  }

  /**
   * A field converted by `convert` (which returns undefined for a value of the wrong kind). With `items`, an
   * array or an object of arrays read whole also carries the places its items came through (throughItems).
   */
  field<T>(path: readonly string[], expected: string, convert: (value: Value) => T | undefined, items = false): Sourced<T> {
    const found = this.lookup(path)
    if (found.kind === 'absent') return absent(this.declaredAt)
    if (found.kind === 'unresolved') {
      const sourced = unresolvedFrom<T>(found.at, found.reason, found.prov)
      const allowed = found.value?.kind === 'unresolved' ? scalars(found.value.allowed) : undefined
      return allowed === undefined ? sourced : { ...sourced, allowed }
    }
    const prov = items ? this.throughItems(found.prov, found.value) : found.prov
    const converted = convert(found.value)
    return converted === undefined
      ? unresolvedFrom(found.at, reasonOf(found.value, expected), prov)
      : sourcedFrom(converted, found.at, prov)
  }

  /**
   * The provenance of an array, or an object of arrays, with the places its items came through. A literal
   * `[ environment ]` has a provenance of its own (the evaluator gives a literal container none of its items'),
   * so a dynamic scope's `tags: { environment: [ environment ] }` lost the `.bicepparam` line that sets
   * `environment`: no change to it would relate the scope's VMs (src/report/value-sources.ts). ARM's containers
   * carry their members' traces (evaluate-json.ts). Items that came through no place add nothing and copy nothing;
   * the places are also noted for the parameter-file lines the resource names (adapter.ts withParameterFile).
   */
  private throughItems(prov: Provenance, value: Value): Provenance {
    let result = prov
    if (value.kind === 'array') result = throughAll(result, value.items)
    else if (value.kind === 'object') {
      for (const property of value.properties.values()) {
        const list = property.value
        if (list.prov.via.length > 0) result = derive(result, list.prov)
        if (list.kind === 'array') result = throughAll(result, list.items)
      }
    }
    if (result !== prov) this.places.push(...result.via)
    return result
  }

  string(path: readonly string[]): Sourced<string> {
    return this.field(path, 'a string', asString)
  }

  boolean(path: readonly string[]): Sourced<boolean> {
    return this.field(path, 'a boolean', asBoolean)
  }

  strings(path: readonly string[]): Sourced<readonly string[]> {
    return this.field(
      path,
      'an array of strings',
      value => {
        if (value.kind !== 'array' || !value.items.every(item => item.kind === 'string')) return undefined
        return value.items.map(item => keptText((item as { value: string }).value))
      },
      true
    )
  }

  /**
   * Tags: an object of strings (numbers and booleans are written as ARM writes them). An incomplete object (built on
   * one that is not known: `union(baseTags, {...})`, `{ ...baseTags, ... }`) is unresolved with its certain keys
   * beside (`Sourced.knownEntries`).
   */
  stringMap(path: readonly string[]): Sourced<Readonly<Record<string, string>>> {
    return withUnknownKeys(
      this.field<Readonly<Record<string, string>> | PartialStringMap>(path, 'an object of strings', value => {
        if (value.kind !== 'object') return undefined
        const { incomplete } = value
        const map = Object.create(null) as Record<string, string>
        let unknownKeys: string[] | undefined
        for (const property of value.properties.values()) {
          // A tag whose value is not evaluated (a parameter without a value) leaves the others known.
          if (property.value.kind === 'unresolved' || property.value.kind === 'record') {
            ;(unknownKeys ??= []).push(keptText(property.key))
            continue
          }
          const text = toText(property.value)
          const wrong = 'missing' in text || property.value.kind === 'object' || property.value.kind === 'array'
          // Of an incomplete object, a key of another kind is left out (unknown) rather than failing what is certain.
          if (wrong && incomplete === undefined) return undefined
          if (!wrong) map[property.key] = keptText(text.text)
        }
        // Kept as one shared, compact copy per content (an object without a prototype is a dictionary: ~4x larger).
        if (incomplete !== undefined) return new PartialStringMap(sharedStringMap(map), [], incomplete)
        return unknownKeys === undefined ? sharedStringMap(map) : new PartialStringMap(sharedStringMap(map), unknownKeys)
      })
    )
  }

  /** An array of flat objects (a license profile's `productFeatures`), scalar values as text. */
  records(path: readonly string[]): Sourced<readonly Readonly<Record<string, string>>[]> {
    return this.field(path, 'an array of objects', value => {
      if (value.kind !== 'array') return undefined
      const records: Record<string, string>[] = []
      for (const item of value.items) {
        if (item.kind !== 'object') return undefined
        const record: Record<string, string> = {}
        for (const [key, property] of item.properties) {
          const field = property.value
          if (field.kind === 'string' || field.kind === 'number' || field.kind === 'boolean') record[key] = keptText(String(field.value))
          else if (field.kind === 'unresolved') return undefined
        }
        records.push(record)
      }
      return records
    })
  }

  /** Dynamic-scope tag filters: an object of string arrays. */
  stringListMap(path: readonly string[]): Sourced<Readonly<Record<string, readonly string[]>>> {
    return this.field(
      path,
      'an object of string arrays',
      value => {
        if (value.kind !== 'object' || value.incomplete !== undefined) return undefined
        const map = Object.create(null) as Record<string, readonly string[]>
        for (const property of value.properties.values()) {
          const list = property.value
          if (list.kind !== 'array' || !list.items.every(item => item.kind === 'string')) return undefined
          map[property.key] = list.items.map(item => keptText((item as { value: string }).value))
        }
        return map
      },
      true
    )
  }
}

/** `prov` through the places of each item that came through one (indexed: no iterator per list read). */
function throughAll(prov: Provenance, items: readonly Value[]): Provenance {
  let result = prov
  for (let i = 0; i < items.length; i++) {
    const item = (items[i] as Value).prov
    if (item.via.length > 0) result = derive(result, item)
  }
  return result
}

// The converters the adapters use most, made once (not a closure per field read).
const asString = (value: Value): string | undefined => (value.kind === 'string' ? value.value : undefined)

function asBoolean(value: Value): boolean | undefined {
  if (value.kind === 'boolean') return value.value
  const text = value.kind === 'string' ? value.value.toLowerCase() : undefined
  return text === 'true' ? true : text === 'false' ? false : undefined
}

/** Property names as the evaluator keys them, by the name the adapters write (a few dozen constants). */
const LOWER_CASE_KEYS = new Map<string, string>()

/** `key.toLowerCase()`, made once per key: the adapters read the same paths on every resource. */
function lowerCaseKey(key: string): string {
  let lower = LOWER_CASE_KEYS.get(key)
  if (lower === undefined) {
    lower = key.toLowerCase()
    // Bounded, should a caller ever pass keys that are not constants.
    if (LOWER_CASE_KEYS.size < 1024) LOWER_CASE_KEYS.set(key, lower)
  }
  return lower
}

/** `@allowed` values that are all scalars (the ones a model field can take), else undefined. */
function scalars(values: readonly Value[] | undefined): (string | number | boolean)[] | undefined {
  if (values === undefined || values.length === 0) return undefined
  const kept = values.flatMap(value => (value.kind === 'string' || value.kind === 'number' || value.kind === 'boolean' ? [value.value] : []))
  return kept.length === values.length ? kept : undefined
}
