import type { ErrorObject } from 'ajv'
// The schema compiled ahead of time (scripts/generate-validators.mjs): a run never loads ajv nor compiles it.
import { validate } from './config-validator.generated.js'
import { GOVERNANCE_RULES } from './types.js'

/** A schema violation, in words, with the node to point at. */
export interface SchemaProblem {
  /** Keys and indexes from the root: where to point (an unknown key is the last step). */
  readonly path: readonly (string | number)[]
  readonly message: string
}

interface SchemaNode {
  readonly 'x-expected'?: string
  readonly enum?: readonly unknown[]
  readonly properties?: Readonly<Record<string, unknown>>
  readonly required?: readonly string[]
  readonly type?: string | readonly string[]
}

/** The first schema violation of a parsed configuration, or undefined when it conforms. */
export function checkSchema(data: unknown): SchemaProblem | undefined {
  if (validate(data)) return undefined
  return describeError(validate.errors?.[0] as ErrorObject)
}

function describeError(error: ErrorObject): SchemaProblem {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map(segment => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map(segment => (/^\d+$/.test(segment) ? Number(segment) : segment))
  const node = (error.parentSchema ?? {}) as SchemaNode
  const where = describePath(path)
  const expected = expectedOf(node)
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty)
      const keyPath = [...path, key]
      if (path.length === 1 && path[0] === 'rules' && GOVERNANCE_RULES.includes(key)) {
        return { path: keyPath, message: `rules.${key} cannot be set: the rules about exemptions always report errors` }
      }
      const known = Object.keys(node.properties ?? {})
      const hint = suggest(key, known)
      const subject = path.length === 0 ? `unknown setting "${key}"` : `${where} has an unknown key "${key}"`
      const shape = path.length === 0 ? `one of ${known.join(', ')}` : expected
      return { path: keyPath, message: `${subject}${hint}; expected ${shape}` }
    }
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty)
      return { path, message: `${where} is missing ${missing}; expected ${expected}` }
    }
    case 'minItems':
    case 'maxItems': {
      // The value is the right kind of list, so "must be a list, got a list" would say nothing: say how long it is.
      const limit = Number((error.params as { limit: number }).limit)
      const count = Array.isArray(error.data) ? error.data.length : 0
      const got = count === 0 ? 'is an empty list' : `has ${count} entries`
      const bound = `${error.keyword === 'minItems' ? 'at least' : 'at most'} ${limit} entr${limit === 1 ? 'y' : 'ies'}`
      return { path, message: `${where} ${got}; expected ${expected} with ${bound}` }
    }
    default:
      return { path, message: `${where} must be ${expected}, got ${describeValue(error.data)}` }
  }
}

function expectedOf(node: SchemaNode): string {
  if (node['x-expected'] !== undefined) return node['x-expected']
  if (node.enum !== undefined) return `one of ${node.enum.map(String).join(', ')}`
  return `a ${String(node.type)}`
}

/** `exemptions[0].expires`; `the configuration` for the root. */
export function describePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the configuration'
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('')
}

/** How a wrong value reads in a message: `"next month"`, `42`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value)
  const scalar = value as number | boolean
  return String(scalar)
}

/** ` (did you mean "fail-on"?)` for a key one or two edits from a known one. */
function suggest(key: string, known: readonly string[]): string {
  if (key.length > 64) return ''
  const close = known.find(candidate => editDistance(key.toLowerCase(), candidate) <= 2)
  return close === undefined ? '' : ` (did you mean "${close}"?)`
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost)
    }
    previous = current
  }
  return previous[b.length] as number
}
