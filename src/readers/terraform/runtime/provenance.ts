import { known, type Origin, type SourceLocation, type Sourced, unresolved } from '../../../model/source.js'
import type { Expression } from '../hcl/ast.js'
import type { Hop } from '../eval/budget.js'
import { isLazy, isMissing, isUnknown, type Value } from '../eval/value.js'
import { keptText } from '../../../model/intern.js'

/** An evaluated attribute with what it needs to become a Sourced value. */
export interface TracedValue {
  readonly value: Value
  readonly location: SourceLocation
  readonly origin: Origin
  readonly detail?: string
  readonly via: readonly SourceLocation[]
}

/** Whether an expression is a constant (literals, constant collections and templates). */
export function isConstant(expression: Expression, depth = 0): boolean {
  if (depth > 32) return false
  switch (expression.kind) {
    case 'literal':
      return true
    // Loops, not every(): asked for every attribute read, where a closure per call was garbage.
    case 'template': {
      const parts = expression.parts
      for (let i = 0; i < parts.length; i++) if ((parts[i] as (typeof parts)[number]).kind !== 'text') return false
      return true
    }
    case 'tuple': {
      const items = expression.items
      for (let i = 0; i < items.length; i++) if (!isConstant(items[i] as Expression, depth + 1)) return false
      return true
    }
    case 'object': {
      const items = expression.items
      for (let i = 0; i < items.length; i++) {
        const item = items[i] as (typeof items)[number]
        if (!isConstant(item.key, depth + 1) || !isConstant(item.value, depth + 1)) return false
      }
      return true
    }
    default:
      return false
  }
}

/** `var.x`, `var.x.y[0]`, `local.z.a`: the root and its name, when the expression is a plain reference. */
export function referenceOf(expression: Expression): { root: string; name: string } | undefined {
  let current = expression
  for (let steps = 0; steps < 64; steps++) {
    if (current.kind === 'getattr' && current.target.kind === 'variable') {
      return { root: current.target.name, name: current.name }
    }
    if (current.kind === 'getattr' || current.kind === 'index') current = current.target
    else return undefined
  }
  return undefined
}

/** The `via` of a value that went through nothing: shared (never mutated, toSourced keeps no empty list). */
const NO_PLACES: readonly SourceLocation[] = Object.freeze([])

const ORIGIN_OF_HOP: Readonly<Record<Hop['kind'], Origin>> = {
  default: 'default',
  tfvars: 'parameter-file',
  'module-input': 'variable',
  local: 'variable',
  'unset-variable': 'unresolved',
  // A data file `file()` read: what the expression computes from it.
  file: 'expression'
}

/**
 * Classifies an attribute: a constant is `literal`; `var.x` takes the origin of the variable's value
 * (its default, a tfvars file, the calling module); `local.x` is `variable`; the rest `expression`.
 */
export function traced(expression: Expression, value: Value, location: SourceLocation, hops: readonly Hop[]): TracedValue {
  // A constant did not go through anything (hops of a surrounding expression are not its own).
  if (isConstant(expression)) return { value, location, origin: 'literal', via: NO_PLACES }
  const via = uniqueLocations(hops, location)
  const reference = referenceOf(expression)
  const isVariable = reference?.root === 'var' || reference?.root === 'local'
  const hop = isVariable
    ? hops.find(hop => hop.name === reference?.name && (hop.kind === 'local') === (reference.root === 'local'))
    : undefined
  if (hop) return { value, location, origin: ORIGIN_OF_HOP[hop.kind], detail: hop.name, via }
  return { value, location, origin: 'expression', via }
}

/** The first 8 distinct places of the hops (file, line and column), without `exclude`. */
function uniqueLocations(hops: readonly Hop[], exclude: SourceLocation): readonly SourceLocation[] {
  if (hops.length === 0) return NO_PLACES
  const result: SourceLocation[] = []
  for (const { location } of hops) {
    if (samePlace(location, exclude) || result.some(kept => samePlace(kept, location))) continue
    result.push(location)
    // Later places are never kept: comparing with at most 8 keeps this linear in the hops.
    if (result.length === 8) break
  }
  // A copy of its own length: the model keeps it, and `push` grew it to room for 17 (152 bytes for one place).
  return result.length === 0 ? NO_PLACES : result.slice()
}

const samePlace = (a: SourceLocation, b: SourceLocation): boolean => a.line === b.line && a.column === b.column && a.file === b.file

/** Turns a traced value into a Sourced one, converting the value (undefined = not convertible, with a reason). */
export function toSourced<T>(
  traced: TracedValue,
  convert: (value: Value) => { value: T } | { reason: string }
): Sourced<T> {
  // The model's constructors (known, unresolved): one object literal per value, in the shapes every
  // reader shares, where spreading partial objects made two to four short-lived copies per attribute.
  const detail = traced.detail === undefined ? undefined : keptText(traced.detail)
  const via = traced.via.length > 0 ? traced.via : undefined
  const value = traced.value
  if (isMissing(value) || isLazy(value)) {
    const reason = isLazy(value) ? `${value.description} is not a value` : value.reason
    const prefix = isUnknown(value) || isLazy(value) ? '' : 'invalid expression: '
    const kept = unresolved<T>(traced.location, keptText(prefix + reason), detail, via)
    const allowed = isUnknown(value) ? scalars(value.allowed) : undefined
    return allowed ? { ...kept, allowed } : kept
  }
  const converted = convert(value)
  if ('reason' in converted) return unresolved(traced.location, keptText(converted.reason), detail, via)
  return known(converted.value, traced.location, traced.origin, detail, via)
}

/** Allowed values that are all scalars (the ones a model field can take), else undefined. */
function scalars(values: readonly Value[] | undefined): (string | number | boolean)[] | undefined {
  if (values === undefined || values.length === 0) return undefined
  const kept = values.filter((value): value is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof value))
  return kept.length === values.length ? kept : undefined
}
