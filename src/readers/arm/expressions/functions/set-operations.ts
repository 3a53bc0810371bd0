import {
  createArmObject,
  deepEquals,
  findKey,
  getMember,
  isArmArray,
  isArmObject,
  MAX_ARRAY_LENGTH,
  MAX_VALUE_DEPTH,
  PartialArmObject,
  tooLong,
  Unresolved,
  type ArmObject,
  type ArmValue
} from '../values.js'

/** Whether an array holds an item equal to `item`: unresolved when only an unresolved element could match. */
export function arrayIncludes(items: readonly ArmValue[], item: ArmValue): boolean | Unresolved {
  let pending: Unresolved | undefined
  for (const element of items) {
    const equal = deepEquals(element, item)
    if (equal === true) return true
    if (equal instanceof Unresolved) pending ??= equal
  }
  return pending ?? false
}

/**
 * ARM `union` of objects: later properties win; nested objects are merged recursively (nested
 * arrays are replaced). `shallowMerge` replaces nested objects too. A part not known (an Unresolved, or a
 * PartialArmObject's unknown part) may hold any key: the result is a PartialArmObject of the members after it,
 * a later object member merged into what the unknown part may hold under its key.
 */
export function mergeObjects(objects: readonly (ArmObject | Unresolved)[], mode: 'deep' | 'shallow', depth = 0): ArmValue {
  if (depth > MAX_VALUE_DEPTH) return new Unresolved(`value nested deeper than ${MAX_VALUE_DEPTH} levels`)
  const merged = new Map<string, { key: string; value: ArmValue }>()
  let reason: string | undefined
  let unknownPart: Unresolved | undefined
  for (const part of objects) {
    if (part instanceof Unresolved) {
      reason ??= part.reason
      unknownPart = part
      merged.clear()
    }
    const object = part instanceof PartialArmObject ? part.known : part
    if (object instanceof Unresolved) continue
    for (const [key, value] of Object.entries(object)) {
      const earlier = merged.get(key.toLowerCase())?.value ?? unknownPart
      // An object merges into an earlier object, or into what a value not known (the unknown part's) may hold there.
      const into = mode === 'deep' ? mergeable(earlier) : undefined
      merged.set(key.toLowerCase(), { key, value: into !== undefined && isArmObject(value) ? mergeObjects([into, value], mode, depth + 1) : value })
    }
  }
  const result = createArmObject([...merged.values()].map(({ key, value }) => [key, value] as const))
  return reason === undefined ? result : new PartialArmObject(reason, result)
}

const mergeable = (value: ArmValue | undefined): ArmObject | Unresolved | undefined =>
  isArmObject(value) || value instanceof Unresolved ? value : undefined

/** ARM `union` of arrays: the items of all, in order, without duplicates. */
export function unionArrays(arrays: readonly (readonly ArmValue[])[]): ArmValue {
  const items: ArmValue[] = []
  const scalars = new Set<string>()
  const containers: ArmValue[] = []
  for (const item of arrays.flat()) {
    // Scalars are compared through a set (union of long arrays stays linear); the rest deeply.
    if (item === null || typeof item !== 'object') {
      const key = `${typeof item}:${String(item)}`
      if (scalars.has(key)) continue
      scalars.add(key)
    } else {
      const seen = arrayIncludes(containers, item)
      if (seen instanceof Unresolved) return seen
      if (seen) continue
      containers.push(item)
    }
    items.push(item)
    if (items.length > MAX_ARRAY_LENGTH) return tooLong('array')
  }
  return items
}

/** ARM `intersection`: the items (or equal properties) that all arguments share. */
export function intersect(values: readonly ArmValue[]): ArmValue {
  const [first, ...others] = values
  if (isArmArray(first) && others.every(isArmArray)) return intersectArrays(first, others)
  if (isArmObject(first) && others.every(isArmObject)) return intersectObjects(first, others)
  return new Unresolved('intersection() expects all objects or all arrays')
}

function intersectArrays(first: readonly ArmValue[], others: readonly (readonly ArmValue[])[]): ArmValue {
  const kept: ArmValue[] = []
  for (const item of first) {
    const shared = all(others.map(other => arrayIncludes(other, item)))
    if (shared instanceof Unresolved) return shared
    if (shared && arrayIncludes(kept, item) === false) kept.push(item)
  }
  return kept
}

function intersectObjects(first: ArmObject, others: readonly ArmObject[]): ArmValue {
  const entries: Array<readonly [string, ArmValue]> = []
  for (const [key, value] of Object.entries(first)) {
    const shared = all(
      others.map(other => (findKey(other, key) === undefined ? false : deepEquals(getMember(other, key) as ArmValue, value)))
    )
    if (shared instanceof Unresolved) return shared
    if (shared) entries.push([key, value])
  }
  return createArmObject(entries)
}

/** True when all are true, false when any is false (whatever the others), else unresolved. */
function all(results: readonly (boolean | Unresolved)[]): boolean | Unresolved {
  if (results.includes(false)) return false
  return results.find((result): result is Unresolved => result instanceof Unresolved) ?? true
}
