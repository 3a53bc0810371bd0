import { intern } from '../../../model/intern.js'
import { absent, known, unresolved, type Sourced, type SourceLocation } from '../../../model/source.js'
import { LITERAL, type JsonRef, type Trace, type Traced } from '../expressions/trace.js'
import { derived, findKey, getMember, isArmObject, typeName, Unresolved, type ArmValue, type Json } from '../expressions/values.js'
import { isJsonObject, type JsonObject } from '../json/json-value.js'
import { evaluateJson, isExpression, propertyLoop, propertyLoopIndex, unescapeLiteral } from '../template/evaluate-json.js'
import type { ResourceInstance } from '../template/resource-walker.js'
import type { Converter } from './converters.js'
import { withDefaultAt } from '../../shared/default-at.js'

/** Turns a JSON path (its first `length` segments, by default all) into a 1-based source location. */
export type Locate = (ref: JsonRef, length?: number) => SourceLocation

/** What `find` found at a path (the details are in the reader's `found*` fields). */
const NOTHING = 0
/** A template object at the end of the path (`foundObject`). */
const OBJECT = 1
/** A scalar written as is at the end of the path (`foundValue`): no evaluation, no reference needed. */
const SCALAR = 2
/** A value to evaluate (`foundValue`, at key `foundStep` of the path), the rest of the path read in its value. */
const VALUE = 3
/**
 * A property built by a property copy loop of the object at the path (`foundObject`, its loop at `foundLoop`), the
 * rest of the path read in its value.
 */
const LOOP = 4
type Found = typeof NOTHING | typeof OBJECT | typeof SCALAR | typeof VALUE | typeof LOOP

/**
 * Reads a resource's properties into Sourced model values with exact locations. A path is followed
 * in the template JSON until a member is not an object: that member is evaluated (on every read, as
 * each read may report what it finds) and the rest of the path is read in its value. An evaluated
 * container keeps the trace and line of the expression that produced it
 * (`"osProfile": "[variables('osProfile')]"`). A scalar written as is at the end of the path (most
 * reads: `"patchMode": "AutomaticByPlatform"`) is not evaluated, and no path array, reference or
 * trace is allocated for it: the reader locates it through one reused path.
 */
export class PropertyReader {
  /** Where absent and provider-default values point: the resource declaration. */
  readonly resourceLocation: SourceLocation
  /**
   * The resource's path, then the keys as written along the path being followed: reused from read to
   * read, never shortened (an array whose length is set lower may give up its storage, and a push
   * then allocates it again), so its first `resourceDepth + keyCount` segments are the path.
   */
  private readonly keyRef: { readonly file: string; readonly path: (string | number)[] }
  private readonly resourceDepth: number
  private keyCount = 0
  /** The resource's absent value: one object for every property it does not write. */
  private absentValue: Sourced<never> | undefined
  private foundObject: JsonObject | undefined
  private foundValue: Json = null
  private foundStep = 0
  private foundLoop = 0

  constructor(
    private readonly instance: ResourceInstance,
    readonly locate: Locate
  ) {
    this.resourceLocation = locate(instance.ref)
    this.keyRef = { file: instance.ref.file, path: [...instance.ref.path] }
    this.resourceDepth = instance.ref.path.length
  }

  /** The model value at a path; unresolved values never reach `convert`. */
  read<T>(path: readonly string[], convert: Converter<T>): Sourced<T> {
    return this.readValue(path, convert, false)
  }

  /** Like `read`, but `convert` also sees unresolved values (to recognise patterns). */
  readWith<T>(path: readonly string[], convert: (value: ArmValue) => T | Unresolved): Sourced<T> {
    return this.readValue(path, convert, true)
  }

  /** A Sourced value from an evaluated value written at `ref`, with its origin, parameter and path. */
  sourced<T>(traced: Traced, ref: JsonRef, convert: (value: ArmValue) => T | Unresolved): Sourced<T> {
    return this.sourcedAt(traced.value, traced.trace, this.locate(ref), convert, true)
  }

  /**
   * Whether something (not null) is written at a path: an object written in the template counts as
   * literal however many expressions it holds.
   */
  written(path: readonly string[]): Sourced<true> {
    const found = this.find(path)
    if (found === OBJECT) return { value: true, origin: 'literal', location: this.locateKeys() }
    if (found === SCALAR && this.foundValue !== null && this.instance.context.session.spend()) {
      return { value: true, origin: 'literal', location: this.locateKeys() }
    }
    const resolved = found === NOTHING ? undefined : found === LOOP ? this.evaluateLoop(path) : this.evaluateFound(path)
    if (resolved === undefined || resolved.traced.value === null) return this.absent()
    return this.sourced(resolved.traced, resolved.ref, value => (value instanceof Unresolved ? value : true))
  }

  /** The evaluated value at a path and where it is written, or undefined when it is not set. */
  resolve(path: readonly string[]): { traced: Traced; ref: JsonRef } | undefined {
    const found = this.find(path)
    if (found === NOTHING) return undefined
    return found === OBJECT ? this.evaluateObject() : found === LOOP ? this.evaluateLoop(path) : this.evaluateFound(path)
  }

  private readValue<T>(path: readonly string[], convert: (value: ArmValue) => T | Unresolved, seesUnresolved: boolean): Sourced<T> {
    const found = this.find(path)
    if (found === NOTHING) return this.absent()
    // Counted as one evaluation step, as evaluating it would (past the budget it is evaluated: stopped).
    if (found === SCALAR && this.instance.context.session.spend()) {
      const value = this.foundValue
      if (value === null) return this.absent()
      return this.sourcedAt(typeof value === 'string' ? unescapeLiteral(value) : value, LITERAL, this.locateKeys(), convert, seesUnresolved)
    }
    const resolved = found === OBJECT ? this.evaluateObject() : found === LOOP ? this.evaluateLoop(path) : this.evaluateFound(path)
    if (resolved === undefined || resolved.traced.value === null) return this.absent()
    return this.sourcedAt(resolved.traced.value, resolved.traced.trace, this.locate(resolved.ref), convert, seesUnresolved)
  }

  private sourcedAt<T>(
    value: ArmValue,
    trace: Trace,
    location: SourceLocation,
    convert: (value: ArmValue) => T | Unresolved,
    seesUnresolved: boolean
  ): Sourced<T> {
    const converted = !seesUnresolved && value instanceof Unresolved ? value : convert(value)
    const { detail } = trace
    const via = trace.via.length > 0 ? trace.via.map(place => this.locate(place)) : undefined
    if (!(converted instanceof Unresolved)) {
      const value = known((typeof converted === 'string' ? intern(converted) : converted) as T, location, trace.origin, detail, via)
      // `through` keeps a default's `defaultValue` the first place it came through.
      return trace.origin === 'default' ? withDefaultAt(value) : value
    }
    const sourced: { -readonly [K in keyof Sourced<T>]: Sourced<T>[K] } = unresolved(location, converted.reason, detail, via)
    const allowed = scalars(converted.allowed)
    if (allowed !== undefined) sourced.allowed = allowed
    return sourced
  }

  /** The resource's absent value (at its declaration): one object for every value it does not write. */
  absent<T>(): Sourced<T> {
    return (this.absentValue ??= absent(this.resourceLocation))
  }

  /**
   * Follows a path in the template JSON, keys matched as ARM matches them (case-insensitively), into
   * `keys`; says what it found there. A property no key writes may be built by a property copy loop of its
   * object (`"copy": [{ "name": "resourceGroups", "count": 2, "input": ... }]`): the keys then lead to the loop's
   * `name`. (Not in the resource object itself, whose `copy` is the resource's loop.)
   */
  private find(path: readonly string[]): Found {
    const keys = this.keyRef.path
    const depth = this.resourceDepth
    this.keyCount = 0
    let json: JsonObject = this.instance.body
    for (let i = 0; i < path.length; i++) {
      const key = findKey(json, path[i] as string)
      if (key === undefined) return i === 0 ? NOTHING : this.findLoop(json, path[i] as string, i)
      keys[depth + this.keyCount++] = key
      const value = json[key] as Json
      if (isJsonObject(value)) {
        json = value
        continue
      }
      this.foundValue = value
      this.foundStep = i
      const scalar = i === path.length - 1 && (value === null || typeof value !== 'object') && (typeof value !== 'string' || !isExpression(value))
      return scalar ? SCALAR : VALUE
    }
    this.foundObject = json
    return OBJECT
  }

  /** A property copy loop of `object` that builds property `name` (step `step` of the path), into `keys`. */
  private findLoop(object: JsonObject, name: string, step: number): Found {
    const copyKey = findKey(object, 'copy')
    const index = propertyLoopIndex(object, copyKey, name)
    if (copyKey === undefined || index < 0) return NOTHING
    const keys = this.keyRef.path
    const depth = this.resourceDepth
    keys[depth + this.keyCount++] = copyKey
    keys[depth + this.keyCount++] = index
    keys[depth + this.keyCount++] = findKey((object[copyKey] as readonly JsonObject[])[index] as JsonObject, 'name') as string
    this.foundObject = object
    this.foundLoop = index
    this.foundStep = step
    return LOOP
  }

  /**
   * The property the loop `find` found builds, evaluated as ARM expands it (its count and inputs within the
   * evaluation budget; a count that cannot be evaluated leaves it unresolved), located at the loop's `name`; the
   * rest of the path read in it.
   */
  private evaluateLoop(path: readonly string[]): { traced: Traced; ref: JsonRef } | undefined {
    const ref = this.keysRef()
    const loopRef: JsonRef = { file: ref.file, path: ref.path.slice(0, -1) }
    const copy = findKey(this.foundObject as JsonObject, 'copy') as string
    const loop = ((this.foundObject as JsonObject)[copy] as readonly JsonObject[])[this.foundLoop] as JsonObject
    let traced = (propertyLoop(loop, this.instance.context, loopRef) as readonly [string, Traced])[1]
    for (let j = this.foundStep + 1; j < path.length; j++) {
      const next = memberOf(traced, path[j] as string)
      if (next === undefined) return undefined
      traced = next
    }
    return { traced, ref }
  }

  /** The value `find` found evaluated, the rest of the path read in it; undefined when that is not set. */
  private evaluateFound(path: readonly string[]): { traced: Traced; ref: JsonRef } | undefined {
    const memberRef = this.keysRef()
    let traced = evaluateJson(this.foundValue, this.instance.context, memberRef)
    for (let j = this.foundStep + 1; j < path.length; j++) {
      const next = memberOf(traced, path[j] as string)
      if (next === undefined) return undefined
      traced = next
    }
    return { traced, ref: memberRef }
  }

  /** The template object `find` found, evaluated. */
  private evaluateObject(): { traced: Traced; ref: JsonRef } {
    const ref = this.keysRef()
    return { traced: evaluateJson(this.foundObject as JsonObject, this.instance.context, ref), ref }
  }

  /** A reference to the keys `find` followed (a new one: it is kept by what it is given to). */
  private keysRef(): JsonRef {
    const { keyRef } = this
    return { file: keyRef.file, path: keyRef.path.slice(0, this.resourceDepth + this.keyCount) }
  }

  /** The location of the keys `find` followed, through the reused path. */
  private locateKeys(): SourceLocation {
    return this.locate(this.keyRef, this.resourceDepth + this.keyCount)
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
  const kept = values.filter((value): value is string | number | boolean => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
  return kept.length === values.length ? kept : undefined
}
