import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js'
import schema from '../../schemas/report.schema.json' with { type: 'json' }
import type { JsonReport } from '../report/json-report.js'

/**
 * The first error only (ajv's default): the artifact is untrusted, and collecting every error (`allErrors`)
 * concatenates each item's errors onto the list so far, quadratic in the items (20,000 findings `{"ruleId":"X"}`,
 * 303 KB: 22 s; 40,000: 84 s and 395 MB), enough to hold the poster's job for hours.
 */
const validate = new Ajv2020({ allErrors: false, strict: false }).compile<JsonReport>(schema)

/**
 * Checks an untrusted JSON report (e.g. an artifact a fork's workflow produced) against
 * schemas/report.schema.json. Returns the report, or its first error as a `path: message` line.
 */
export function validateReport(
  value: unknown
): { readonly report: JsonReport } | { readonly errors: readonly string[] } {
  if (validate(value)) return { report: value }
  const errors = (validate.errors ?? []).slice(0, 1).map(describe)
  return { errors: errors.length > 0 ? errors : ['the report does not match schemas/report.schema.json'] }
}

function describe(error: ErrorObject): string {
  const extra = error.keyword === 'additionalProperties' ? ` '${String(error.params.additionalProperty)}'` : ''
  return `${error.instancePath || '(root)'}: ${error.message ?? 'is invalid'}${extra}`
}
