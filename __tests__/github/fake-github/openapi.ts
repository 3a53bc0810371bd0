/**
 * GitHub's own OpenAPI schemas for the operations the poster calls, extracted once from
 * @octokit/openapi by scripts/extract-openapi.mjs into __tests__/fixtures/github/openapi-operations.json.
 */
import { readFileSync } from 'node:fs'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsPlugin from 'ajv-formats'

const addFormats = addFormatsPlugin.default

export interface OperationSpec {
  readonly method: string
  readonly path: string
  readonly requestBody?: unknown
  readonly responses: Readonly<Record<string, unknown>>
}

interface OpenApiFixture {
  readonly source: { readonly package: string; readonly version: string }
  readonly operations: Readonly<Record<string, OperationSpec>>
  readonly components: { readonly schemas: Readonly<Record<string, unknown>> }
}

/**
 * OpenAPI 3.0's `nullable: true` beside `allOf`/`anyOf` without a `type` (GitHub's commit schemas use it)
 * is not JSON Schema: ajv refuses it. It means "this, or null".
 */
function withNullables(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withNullables)
  if (value === null || typeof value !== 'object') return value
  const copy = Object.fromEntries(Object.entries(value).map(([key, child]) => [key, withNullables(child)]))
  if (copy.nullable !== true || 'type' in copy) return copy
  const { nullable: _nullable, ...rest } = copy
  return { anyOf: [rest, { type: 'null' }] }
}

export const openapi = withNullables(
  JSON.parse(readFileSync(new URL('../../fixtures/github/openapi-operations.json', import.meta.url), 'utf8'))
) as OpenApiFixture

// OpenAPI 3.0 schemas: `nullable` is understood by ajv; `example`-style keywords were stripped at extraction.
const ajv = new Ajv({ strict: false, allErrors: true })
addFormats(ajv)
ajv.addSchema({ ...openapi, $id: 'openapi' })

const pointer = (id: string): string => id.replace(/~/g, '~0').replace(/\//g, '~1')
const cache = new Map<string, ValidateFunction>()

function validator(ref: string): ValidateFunction {
  let validate = cache.get(ref)
  if (validate === undefined) {
    validate = ajv.compile({ $ref: ref })
    cache.set(ref, validate)
  }
  return validate
}

/** Errors of a request body against the operation's schema (empty when valid). */
export function requestBodyErrors(operationId: string, body: unknown): string[] {
  const spec = openapi.operations[operationId]
  if (spec?.requestBody === undefined) return []
  return run(validator(`openapi#/operations/${pointer(operationId)}/requestBody`), body)
}

/** Errors of a response body against the operation's schema for that status (empty when valid). */
export function responseBodyErrors(operationId: string, status: number, body: unknown): string[] {
  const spec = openapi.operations[operationId]
  if (spec?.responses[String(status)] === undefined || spec.responses[String(status)] === null) return []
  return run(validator(`openapi#/operations/${pointer(operationId)}/responses/${status}`), body)
}

function run(validate: ValidateFunction, value: unknown): string[] {
  if (validate(value)) return []
  return (validate.errors ?? []).map(error => `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`)
}
