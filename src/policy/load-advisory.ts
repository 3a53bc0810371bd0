import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsPkg from 'ajv-formats'
import { load } from 'js-yaml'
import schema from '../../schemas/advisory.schema.json' with { type: 'json' }
import { ConfigurationError, getErrorMessage } from '../errors.js'
import type { Advisory } from './advisory.js'
import { locateYamlPath } from './yaml-locate.js'

// ajv-formats is CommonJS whose default export NodeNext types as the module namespace.
const addFormats = addFormatsPkg.default

let validator: ValidateFunction | undefined

/**
 * Advisory texts shipped in the bundle. The test suite validates them against the schema, so they
 * are not validated again on every start: compiling the schema was most of the CLI's cold start.
 */
const shippedTexts = new Set<string>()

/** Marks an advisory text as shipped with the tool (src/policy/advisories/). */
export function registerShippedAdvisory(text: string): void {
  shippedTexts.add(text)
}

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
 * Parses and validates an advisory file. Throws a ConfigurationError that names the file and the
 * line of the offending field. Aliases are refused (`maxAliases: 0`): an advisory never needs them
 * and they are how YAML bombs are built.
 */
export function loadAdvisory(text: string, source: string): Advisory {
  let data: unknown
  try {
    data = load(text, { filename: source, maxAliases: 0 })
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark
    const reason = (error as { reason?: unknown }).reason
    const message = typeof reason === 'string' ? reason : getErrorMessage(error)
    throw new ConfigurationError(`advisory is not valid YAML: ${message}`, {
      file: source,
      line: (mark?.line ?? 0) + 1,
      column: (mark?.column ?? 0) + 1
    })
  }
  const validate = shippedTexts.has(text) ? undefined : getValidator()
  if (validate !== undefined && !validate(data)) {
    const error = validate.errors?.[0] as ErrorObject
    const path = errorPath(error)
    const position = locateYamlPath(text, path) ?? { line: 1, column: 1 }
    throw new ConfigurationError(`advisory ${describePath(path)} ${error.message ?? 'is invalid'}`, {
      file: source,
      ...position
    })
  }
  const advisory = data as Advisory
  if (advisory.disruption.start > advisory.disruption.end) {
    const position = locateYamlPath(text, ['disruption', 'end']) ?? { line: 1, column: 1 }
    throw new ConfigurationError('advisory disruption.end is before disruption.start', { file: source, ...position })
  }
  return advisory
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
