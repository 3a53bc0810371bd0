import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js'
import schema from '../../schemas/report.schema.json' with { type: 'json' }
import type { JsonReport } from '../report/json-report.js'

const validate = new Ajv2020({ allErrors: true, strict: false }).compile<JsonReport>(schema)

/** At most this many schema errors are reported: enough to see what is wrong, not a wall of text. */
const MAX_ERRORS = 10

/**
 * Checks an untrusted JSON report (e.g. an artifact a fork's workflow produced) against
 * schemas/report.schema.json. Returns the report, or the first errors as `path: message` lines.
 */
export function validateReport(
  value: unknown
): { readonly report: JsonReport } | { readonly errors: readonly string[] } {
  if (validate(value)) return { report: value }
  const errors = (validate.errors ?? []).slice(0, MAX_ERRORS).map(describe)
  return { errors: errors.length > 0 ? errors : ['the report does not match schemas/report.schema.json'] }
}

function describe(error: ErrorObject): string {
  const extra = error.keyword === 'additionalProperties' ? ` '${String(error.params.additionalProperty)}'` : ''
  return `${error.instancePath || '(root)'}: ${error.message ?? 'is invalid'}${extra}`
}
