import { keptText } from './intern.js'
import type { DeploymentUnit } from './resources.js'

/** Keys the table may hold before it is emptied: what it keeps alive beyond its users. */
const MAX_KEYS = 8192
/** The unit of each key, or its units when one key has several (another path or environment). */
const table = new Map<string, DeploymentUnit | DeploymentUnit[]>()

/**
 * One shared value for each deployment unit (kind, key, path, environment): every resource of a unit carries
 * its own `Sourced<DeploymentUnit>` (located where the reader learnt it) but the value is the same for all of
 * them, and a model of 20,000 ARM files held 27,500 equal `{kind,key}` objects (1.5 MB). The fields are set in
 * the order the report prints them (kind, key, path, environment), a path only when non-empty. Values are
 * read-only, so sharing one changes nothing anyone can see. Bounded: the table is emptied when it fills.
 */
export function unitValue(kind: DeploymentUnit['kind'], key: string, path?: string, environment?: string): DeploymentUnit {
  const wanted = path !== undefined && path !== '' ? path : undefined
  const known = table.get(key)
  const same = (unit: DeploymentUnit): boolean => unit.kind === kind && unit.path === wanted && unit.environment === environment
  if (known !== undefined) {
    const found = Array.isArray(known) ? known.find(same) : same(known) ? known : undefined
    if (found !== undefined) return found
  } else if (table.size >= MAX_KEYS) table.clear()
  // The key kept as a flat string of its own (a reader may pass a concatenation or a slice of a file's text).
  const unit = newUnit(kind, keptText(key), wanted, environment)
  if (known === undefined) table.set(unit.key, unit)
  else if (Array.isArray(known)) known.push(unit)
  else table.set(unit.key, [known, unit])
  return unit
}

/** One object literal per set of fields: a spread of optional parts gave each its own hidden class. */
function newUnit(kind: DeploymentUnit['kind'], key: string, path: string | undefined, environment: string | undefined): DeploymentUnit {
  if (path === undefined) return environment === undefined ? { kind, key } : { kind, key, environment }
  return environment === undefined ? { kind, key, path } : { kind, key, path, environment }
}

/**
 * Empties the table (the scan calls it once its units are read): the model keeps the values it gave, and
 * the table would otherwise keep the room it grew to (8,192 keys: ~0.2 MB) through the policy and the report.
 */
export function releaseUnitValues(): void {
  table.clear()
}
