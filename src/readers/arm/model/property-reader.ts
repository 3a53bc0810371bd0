import { intern } from '../../../model/intern.js'
import { absent, type Sourced, type SourceLocation } from '../../../model/source.js'
import type { JsonRef, Traced } from '../expressions/trace.js'
import { derived, findKey, getMember, isArmObject, typeName, Unresolved, type ArmValue, type Json } from '../expressions/values.js'
import { isJsonObject, type JsonObject } from '../json/json-value.js'
import { evaluateJson } from '../template/evaluate-json.js'
import type { ResourceInstance } from '../template/resource-walker.js'
import type { Converter } from './converters.js'

/** Turns a JSON path into a 1-based source location. */
export type Locate = (ref: JsonRef) => SourceLocation

/** What is written at a path: a template object, or the value an evaluated member gives there. */
type Found =
  | { readonly template: JsonObject; readonly ref: JsonRef; readonly traced?: undefined }
  | { readonly template?: undefined; readonly ref: JsonRef; readonly traced: Traced }

/**
 * Reads a resource's properties into Sourced model values with exact locations. A path is followed
 * in the template JSON until a member is not an object: that member is evaluated (on every read, as
 * each read may report what it finds) and the rest of the path is read in its value. An evaluated
 * container keeps the trace and line of the expression that produced it
 * (`"osProfile": "[variables('osProfile')]"`). Nothing is allocated for the steps of a path.
 */
export class PropertyReader {
  /** Where absent and provider-default values point: the resource declaration. */
  readonly resourceLocation: SourceLocation
  /** The keys as written along the path being followed (reused from read to read). */
  private readonly keys: string[] = []

  constructor(
    private readonly instance: ResourceInstance,
    readonly locate: Locate
  ) {
    this.resourceLocation = locate(instance.ref)
  }

  /** The model value at a path; unresolved values never reach `convert`. */
  read<T>(path: readonly string[], convert: Converter<T>): Sourced<T> {
    return this.readWith(path, value => (value instanceof Unresolved ? value : convert(value)))
  }

  /** Like `read`, but `convert` also sees unresolved values (to recognise patterns). */
  readWith<T>(path: readonly string[], convert: (value: ArmValue) => T | Unresolved): Sourced<T> {
    const resolved = this.resolve(path)
    if (resolved === undefined || resolved.traced.value === null) return absent(this.resourceLocation)
    return this.sourced(resolved.traced, resolved.ref, convert)
  }

  /** A Sourced value from an evaluated value written at `ref`, with its origin, parameter and path. */
  sourced<T>(traced: Traced, ref: JsonRef, convert: (value: ArmValue) => T | Unresolved): Sourced<T> {
    const location = this.locate(ref)
    const converted = convert(traced.value)
    const { trace } = traced
    // Built field by field in the order the report has always printed them.
    let sourced: { -readonly [K in keyof Sourced<T>]: Sourced<T>[K] }
    if (converted instanceof Unresolved) sourced = { value: undefined, origin: 'unresolved', location, reason: converted.reason }
    else sourced = { value: (typeof converted === 'string' ? intern(converted) : converted) as T, origin: trace.origin, location }
    if (trace.detail !== undefined) sourced.detail = trace.detail
    if (trace.via.length > 0) sourced.via = trace.via.map(via => this.locate(via))
    if (converted instanceof Unresolved) {
      const allowed = scalars(converted.allowed)
      if (allowed !== undefined) sourced.allowed = allowed
    }
    return sourced
  }

  /**
   * Whether something (not null) is written at a path: an object written in the template counts as
   * literal however many expressions it holds.
   */
  written(path: readonly string[]): Sourced<true> {
    const found = this.find(path)
    if (found?.template !== undefined) return { value: true, origin: 'literal', location: this.locate(found.ref) }
    if (found === undefined || found.traced.value === null) return absent(this.resourceLocation)
    return this.sourced(found.traced, found.ref, value => (value instanceof Unresolved ? value : true))
  }

  /** The evaluated value at a path and where it is written, or undefined when it is not set. */
  resolve(path: readonly string[]): { traced: Traced; ref: JsonRef } | undefined {
    const found = this.find(path)
    if (found?.template === undefined) return found
    const { context } = this.instance
    return { traced: evaluateJson(found.template, context, found.ref), ref: found.ref }
  }

  private find(path: readonly string[]): Found | undefined {
    const { body, ref, context } = this.instance
    const keys = this.keys
    keys.length = 0
    let json: JsonObject = body
    for (let i = 0; i < path.length; i++) {
      const key = findKey(json, path[i] as string)
      if (key === undefined) return undefined
      keys.push(key)
      const value = json[key] as Json
      if (isJsonObject(value)) {
        json = value
        continue
      }
      const memberRef: JsonRef = { file: ref.file, path: ref.path.concat(keys) }
      let traced = evaluateJson(value, context, memberRef)
      for (let j = i + 1; j < path.length; j++) {
        const next = memberOf(traced, path[j] as string)
        if (next === undefined) return undefined
        traced = next
      }
      return { traced, ref: memberRef }
    }
    return { template: json, ref: { file: ref.file, path: ref.path.concat(keys) } }
  }
}

/** A member of an evaluated value, keeping its trace; undefined when it is not set. */
function memberOf({ value, trace }: Traced, key: string): Traced | undefined {
  if (value === null) return undefined
  if (value instanceof Unresolved) return { value: derived(value), trace }
  if (!isArmObject(value)) return { value: new Unresolved(`expected an object holding '${key}', found ${typeName(value)}`), trace }
  const member = getMember(value, key)
  return member === undefined ? undefined : { value: member, trace }
}

/** Allowed values that are all scalars (the ones a model field can take), else undefined. */
function scalars(values: readonly ArmValue[] | undefined): (string | number | boolean)[] | undefined {
  if (values === undefined || values.length === 0) return undefined
  const kept = values.filter((value): value is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof value))
  return kept.length === values.length ? kept : undefined
}
