import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsPkg from 'ajv-formats'
import schema from '../../schemas/advisory.schema.json' with { type: 'json' }
import { ConfigurationError } from '../errors.js'
import type { Advisory } from './advisory.js'
import { isShippedAdvisory, readAdvisory } from './read-advisory.js'
import { locateYamlPath } from './yaml-locate.js'

// Kept here for the modules and tests that import it with loadAdvisory.
export { registerShippedAdvisory } from './read-advisory.js'

// ajv-formats is CommonJS whose default export NodeNext types as the module namespace.
const addFormats = addFormatsPkg.default

let validator: ValidateFunction | undefined

/** The compiled schema, built on first use so importing the policy costs nothing. */
function getValidator(): ValidateFunction {
  if (validator === undefined) {
    const ajv = new Ajv({ allErrors: false, strict: true })
    addFormats(ajv)
    validator = ajv.compile(schema)
  }
  return validator
}

/**
 * Parses and validates an advisory file (src/policy/read-advisory.ts), against the schema unless it
 * is a shipped one. Throws a ConfigurationError that names the file and the line of the offending
 * field. This module loads ajv: the action and the CLI import it only to read a configuration's
 * advisories.
 */
export function loadAdvisory(text: string, source: string): Advisory {
  return readAdvisory(text, source, isShippedAdvisory(text) ? undefined : checkAgainstSchema)
}

function checkAgainstSchema(data: unknown, text: string, source: string): void {
  const validate = getValidator()
  if (validate(data)) return
  const error = validate.errors?.[0] as ErrorObject
  const path = errorPath(error)
  const position = locateYamlPath(text, path) ?? { line: 1, column: 1 }
  throw new ConfigurationError(`advisory ${describePath(path)} ${error.message ?? 'is invalid'}`, {
    file: source,
    ...position
  })
}

/** The path of the offending field; for a missing or unexpected property, the property itself when it is written. */
function errorPath(error: ErrorObject): (string | number)[] {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map(segment => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map(segment => (/^\d+$/.test(segment) ? Number(segment) : segment))
  const extra = (error.params as { additionalProperty?: unknown }).additionalProperty
  return typeof extra === 'string' ? [...path, extra] : path
}

function describePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'document'
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('')
}
