import { absent, type Sourced, type SourceLocation } from '../../../model/source.js'
import type { JsonRef, Traced } from '../expressions/trace.js'
import { derived, getMember, isArmObject, typeName, Unresolved, type ArmValue, type Json } from '../expressions/values.js'
import { isJsonObject, jsonMember } from '../json/json-value.js'
import type { Context } from '../template/context.js'
import { at, evaluateJson } from '../template/evaluate-json.js'
import type { ResourceInstance } from '../template/resource-walker.js'
import type { Converter } from './converters.js'

/** Turns a JSON path into a 1-based source location. */
export type Locate = (ref: JsonRef) => SourceLocation

/**
 * A property of a resource, read lazily: template JSON until an expression produces a value, then
 * the evaluated value. An evaluated container keeps the trace and line of the expression that
 * produced it (`"osProfile": "[variables('osProfile')]"`).
 */
type PropertyNode =
  | { readonly kind: 'absent' }
  | { readonly kind: 'template'; readonly json: Json; readonly ref: JsonRef; readonly context: Context }
  | { readonly kind: 'evaluated'; readonly traced: Traced; readonly ref: JsonRef }

/** Reads a resource's properties into Sourced model values with exact locations. */
export class PropertyReader {
  /** Where absent and provider-default values point: the resource declaration. */
  readonly resourceLocation: SourceLocation

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
    const detail = trace.detail === undefined ? {} : { detail: trace.detail }
    const via = trace.via.length === 0 ? {} : { via: trace.via.map(this.locate) }
    if (converted instanceof Unresolved) {
      const allowed = scalars(converted.allowed)
      return { value: undefined, origin: 'unresolved', location, reason: converted.reason, ...detail, ...via, ...(allowed && { allowed }) }
    }
    return { value: converted, origin: trace.origin, location, ...detail, ...via }
  }

  /**
   * Whether something (not null) is written at a path: an object written in the template counts as
   * literal however many expressions it holds.
   */
  written(path: readonly string[]): Sourced<true> {
    const node = this.node(path)
    if (node.kind === 'template') return { value: true, origin: 'literal', location: this.locate(node.ref) }
    return this.readWith(path, value => (value instanceof Unresolved ? value : true))
  }

  /** The evaluated value at a path and where it is written, or undefined when it is not set. */
  resolve(path: readonly string[]): { traced: Traced; ref: JsonRef } | undefined {
    const node = this.node(path)
    if (node.kind === 'absent') return undefined
    if (node.kind === 'evaluated') return node
    return { traced: evaluateJson(node.json, node.context, node.ref), ref: node.ref }
  }

  private node(path: readonly string[]): PropertyNode {
    const { body, ref, context } = this.instance
    this.root ??= { kind: 'template', json: body, ref, context }
    return path.reduce<PropertyNode>(child, this.root)
  }

  private root: TemplateNode | undefined
}

type TemplateNode = Extract<PropertyNode, { kind: 'template' }> & {
  /**
   * Members already looked up that are template objects or absent: finding them evaluates nothing,
   * and every read of a resource starts over from its root (`properties.storageProfile...`).
   */
  members?: Map<string, PropertyNode>
}

const ABSENT: PropertyNode = { kind: 'absent' }

function child(node: PropertyNode, key: string): PropertyNode {
  if (node.kind === 'absent') return node
  if (node.kind === 'template') {
    const known = (node as TemplateNode).members?.get(key)
    if (known !== undefined) return known
    const member = jsonMember(node.json, key)
    if (member === undefined) return remember(node, key, ABSENT)
    const ref = at(node.ref, member.key)
    if (isJsonObject(member.value)) return remember(node, key, { kind: 'template', json: member.value, ref, context: node.context })
    // An evaluated member is evaluated on every read, as each read may report what it finds.
    return { kind: 'evaluated', traced: evaluateJson(member.value, node.context, ref), ref }
  }
  const { value, trace } = node.traced
  if (value === null) return { kind: 'absent' }
  if (value instanceof Unresolved) return { kind: 'evaluated', traced: { value: derived(value), trace }, ref: node.ref }
  if (!isArmObject(value)) {
    return { kind: 'evaluated', traced: { value: new Unresolved(`expected an object holding '${key}', found ${typeName(value)}`), trace }, ref: node.ref }
  }
  const member = getMember(value, key)
  return member === undefined ? { kind: 'absent' } : { kind: 'evaluated', traced: { value: member, trace }, ref: node.ref }
}

function remember(node: TemplateNode, key: string, member: PropertyNode): PropertyNode {
  node.members ??= new Map()
  node.members.set(key, member)
  return member
}

/** Allowed values that are all scalars (the ones a model field can take), else undefined. */
function scalars(values: readonly ArmValue[] | undefined): (string | number | boolean)[] | undefined {
  if (values === undefined || values.length === 0) return undefined
  const kept = values.filter((value): value is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof value))
  return kept.length === values.length ? kept : undefined
}
