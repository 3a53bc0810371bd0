import type { Origin, SourceLocation } from '../../model/source.js'
import type { Expression } from './ast.js'

/**
 * How an evaluated value came to be, in the model's vocabulary: its origin (literal, default,
 * parameter-file, variable, expression), the parameter or variable it is named after, and the places
 * it flowed through (parameter declarations, parameter-file lines, module inputs).
 */
export interface Provenance {
  readonly origin: Origin
  readonly detail?: string
  readonly via: readonly SourceLocation[]
}

/**
 * Marks a memoized value while it is computed (asked again then, it refers to itself): one map per
 * memo table, where a Set of pending keys beside it was a collection more per template and resource.
 */
export const PENDING: unique symbol = Symbol('pending')

/** The provenance of a value written as is, where it is used. */
export const LITERAL: Provenance = { origin: 'literal', via: [] }

/** A resource declared in an evaluated template: what a symbol reference (`vm`, `vm.id`, `scope: vm`) points at. */
export interface ResourceHandle {
  /** ARM type without the API version, e.g. `Microsoft.Compute/virtualMachines`. */
  readonly type: string
  /** Stable handle for cross-resource links when the name is not known, e.g. `main.bicep#vm[0]`. */
  readonly symbol: string
  readonly name: () => Value
  readonly id: () => Value
  readonly resourceGroup: string | undefined
  /** An `existing` resource's subscription, when its scope names one as a literal. */
  readonly subscription?: string
  readonly existing: boolean
}

/** An object property: where its key is written is where the model locates the value. */
export interface Property {
  readonly key: string
  readonly value: Value
  readonly at: SourceLocation
}

/** An evaluated Bicep value; `unresolved` says why it is not known, `record` is only partly known. */
export type Value =
  | { readonly kind: 'string'; readonly value: string; readonly prov: Provenance; readonly resource?: ResourceHandle }
  | { readonly kind: 'number'; readonly value: number; readonly prov: Provenance }
  | { readonly kind: 'boolean'; readonly value: boolean; readonly prov: Provenance }
  | { readonly kind: 'null'; readonly prov: Provenance }
  | { readonly kind: 'array'; readonly items: readonly Value[]; readonly prov: Provenance }
  | ObjectValue
  | {
      readonly kind: 'unresolved'
      readonly reason: string
      readonly prov: Provenance
      /** Set when the unknown value is a resource ID: the link survives an unknown name. */
      readonly resource?: ResourceHandle
      /** A parameter's `@allowed` values, when the unknown value is that parameter's. */
      readonly allowed?: readonly Value[]
      /** A loop over items that could not be evaluated: its one `[?]` instance, named by the index of its loop key. */
      readonly instances?: { readonly loop: string; readonly instance: Value }
      /** The `[?]` instance's index of a loop of this key: an index into another loop of that key pairs (value-operators.ts). */
      readonly indexOf?: string
    }
  | RecordValue
  | LambdaValue

/** Keys are matched case-insensitively, as ARM does: the map is keyed by the lower-cased key. */
export interface ObjectValue {
  readonly kind: 'object'
  readonly properties: ReadonlyMap<string, Property>
  readonly prov: Provenance
  /** Set when some keys could not be evaluated (`'${x}': ...`, `...unknown`): absence proves nothing. */
  readonly incomplete?: string
}

/**
 * Something only partly known until deployment, read member by member: a resource symbol
 * (`vm.name`, `vm.id`), a module (`mod.outputs.x`), `resourceGroup()`, `deployment()`, an import namespace.
 */
export interface RecordValue {
  readonly kind: 'record'
  /** How it is written, for reasons: `resourceGroup()`, `vm`, `vnetModule.outputs`. */
  readonly label: string
  readonly member: (name: string) => Value
  readonly call?: (name: string, args: readonly Value[]) => Value
  /** `parent::child` */
  readonly child?: (name: string) => Value
  readonly resource?: ResourceHandle
  readonly prov: Provenance
}

/** `x => ...`: callable by the functions that take one (filter, map, reduce, ...). */
export interface LambdaValue {
  readonly kind: 'lambda'
  readonly parameters: readonly string[]
  readonly body: Expression
  readonly invoke: (args: readonly Value[]) => Value
  readonly prov: Provenance
}

// Value constructors; a value written as is has the LITERAL provenance.
export const str = (value: string, prov: Provenance = LITERAL): Value => ({ kind: 'string', value, prov })
export const num = (value: number, prov: Provenance = LITERAL): Value => ({ kind: 'number', value, prov })
export const bool = (value: boolean, prov: Provenance = LITERAL): Value => ({ kind: 'boolean', value, prov })
export const nil = (prov: Provenance = LITERAL): Value => ({ kind: 'null', prov })
export const arr = (items: readonly Value[], prov: Provenance = LITERAL): Value => ({ kind: 'array', items, prov })
export const unknown = (reason: string, prov: Provenance = LITERAL, resource?: ResourceHandle): Value =>
  resource === undefined ? { kind: 'unresolved', reason, prov } : { kind: 'unresolved', reason, prov, resource }

export function obj(properties: Iterable<Property>, prov: Provenance = LITERAL, incomplete?: string): ObjectValue {
  const map = new Map<string, Property>()
  for (const property of properties) map.set(property.key.toLowerCase(), property)
  return objectOf(map, prov, incomplete)
}

/** An object value of properties already keyed by their lower-cased keys. */
export function objectOf(properties: ReadonlyMap<string, Property>, prov: Provenance, incomplete: string | undefined): ObjectValue {
  const object: ObjectValue = { kind: 'object', properties, prov }
  return incomplete === undefined ? object : { ...object, incomplete }
}

const RANK: Readonly<Record<Origin, number>> = {
  literal: 0,
  expression: 1,
  variable: 2,
  default: 3,
  'parameter-file': 4,
  'provider-default': 0,
  absent: 0,
  unresolved: 0
}

const sameLocation = (a: SourceLocation, b: SourceLocation): boolean =>
  a.file === b.file && a.line === b.line && a.column === b.column

/** Places kept per value: the first and last few when a value passed through more (a long chain of variables). */
export const MAX_VIA = 16

/** Locations in order, each once; at most MAX_VIA of them (the ends of the chain). */
export function mergeVia(...lists: (readonly SourceLocation[])[]): readonly SourceLocation[] {
  const merged: SourceLocation[] = []
  // Indexed loops: the iterators of for-of were a fifth of what merging allocated.
  for (let l = 0; l < lists.length; l++) {
    const list = lists[l] as readonly SourceLocation[]
    for (let i = 0; i < list.length; i++) {
      const at = list[i] as SourceLocation
      if (!seenIn(merged, at)) merged.push(at)
    }
  }
  // Copies of their own length: values and the model keep them, and `push` grew `merged` to room for 17.
  return merged.length <= MAX_VIA ? merged.slice() : [...merged.slice(0, MAX_VIA / 2), ...merged.slice(-MAX_VIA / 2)]
}

function seenIn(list: readonly SourceLocation[], at: SourceLocation): boolean {
  for (let i = 0; i < list.length; i++) if (sameLocation(list[i] as SourceLocation, at)) return true
  return false
}

/**
 * The provenance of a value reached through `outer` (a parameter, a variable, a module input, a
 * containing object): the more telling origin wins (a parameter file over a default over a variable
 * over an expression over a literal), with its name (else the other's), and the places are chained
 * outer first.
 */
export function derive(outer: Provenance, inner: Provenance): Provenance {
  const innerWins = RANK[inner.origin] >= RANK[outer.origin]
  // Most values pass through objects and literals that add nothing (no place, no better origin, no
  // name): the inner provenance is then the result as it is, and no copy is made (a fifth of the
  // evaluation's provenance objects on the generated trees).
  if (innerWins && outer.via.length === 0 && (inner.detail !== undefined || outer.detail === undefined) && isMerged(inner.via)) {
    return inner
  }
  const chosen = innerWins ? inner : outer
  const via = mergeTwo(outer.via, inner.via)
  const detail = chosen.detail ?? (innerWins ? outer : inner).detail
  return detail === undefined ? { origin: chosen.origin, via } : { origin: chosen.origin, detail, via }
}

/**
 * `mergeVia(first, second)`, without a new array when one list is empty and the other is already merged
 * (each place once, at most MAX_VIA): most values pass through objects that add no place of their own,
 * and the copies were a tenth of the Bicep reader's allocations. The lists are never mutated (values
 * already share them with the model's `via`).
 */
function mergeTwo(first: readonly SourceLocation[], second: readonly SourceLocation[]): readonly SourceLocation[] {
  if (second.length === 0 && isMerged(first)) return first
  if (first.length === 0 && isMerged(second)) return second
  return mergeVia(first, second)
}

function isMerged(list: readonly SourceLocation[]): boolean {
  if (list.length > MAX_VIA) return false
  for (let i = 1; i < list.length; i++) {
    for (let j = 0; j < i; j++) if (sameLocation(list[j] as SourceLocation, list[i] as SourceLocation)) return false
  }
  return true
}

/** The value seen through `outer`: the value itself when `outer` changes nothing (values are never mutated). */
export function withProvenance(value: Value, outer: Provenance): Value {
  const prov = derive(outer, value.prov)
  return prov === value.prov ? value : { ...value, prov }
}

/** An object's properties, each seen through the object's provenance (for functions that rebuild objects). */
export const propertiesOf = (object: ObjectValue): Property[] =>
  [...object.properties.values()].map(property => ({ ...property, value: withProvenance(property.value, object.prov) }))

/** The provenance of a value computed from values that went through no place (shared: never mutated). */
const COMPUTED: Provenance = { origin: 'expression', via: [] }

/** The provenance of a value computed from others: an expression, through all their places. */
export function computed(inputs: readonly Value[]): Provenance {
  // Most inputs went through no place: the result then shares one provenance, or the one input's list
  // (lists are never mutated), instead of a list of lists and a merged copy per computed value.
  let first: readonly SourceLocation[] | undefined
  let lists = 0
  for (let i = 0; i < inputs.length; i++) {
    const via = (inputs[i] as Value).prov.via
    if (via.length > 0 && lists++ === 0) first = via
  }
  if (first === undefined) return COMPUTED
  if (lists === 1 && isMerged(first)) return { origin: 'expression', via: first }
  return { origin: 'expression', via: mergeVia(...inputs.map(input => input.prov.via)) }
}


/** The first unresolved among the inputs (a record counts: it is only known at deployment). */
export function firstUnresolved(inputs: readonly Value[]): Value | undefined {
  for (const input of inputs) {
    // What is computed of a loop index or a loop's instances is neither: `vms[i + 1]` is not the instance of `i`.
    if (input.kind === 'unresolved') return input.indexOf === undefined && input.instances === undefined ? input : unknown(input.reason, input.prov, input.resource)
    if (input.kind === 'record') return unknown(`${input.label} is only known at deployment`, input.prov)
  }
  return undefined
}

/** How a value's kind reads in a message: `a string`, `an object`, `resourceGroup()`. */
export function describeKind(value: Value): string {
  switch (value.kind) {
    case 'array':
    case 'object':
      return `an ${value.kind}`
    case 'null':
      return 'null'
    case 'record':
      return value.label
    default:
      return `a ${value.kind}`
  }
}
