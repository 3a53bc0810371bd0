import type { ErrorObject } from 'ajv'
import { ConfigurationError } from '../errors.js'
import type { Advisory } from './advisory.js'
import { isShippedAdvisory, readAdvisory } from './read-advisory.js'
import { locateYamlPath } from './yaml-locate.js'
// The schema compiled ahead of time (scripts/generate-validators.mjs): ajv itself is never loaded.
import { validate } from './advisory-validator.generated.js'

// Kept here for the modules and tests that import it with loadAdvisory.
export { registerShippedAdvisory } from './read-advisory.js'

/**
 * Parses and validates an advisory file (src/policy/read-advisory.ts), against the schema unless it
 * is a shipped one. Throws a ConfigurationError that names the file and the line of the offending
 * field.
 */
export function loadAdvisory(text: string, source: string): Advisory {
  return readAdvisory(text, source, isShippedAdvisory(text) ? undefined : checkAgainstSchema)
}

function checkAgainstSchema(data: unknown, text: string, source: string): void {
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
