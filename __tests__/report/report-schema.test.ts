/**
 * schemas/report.schema.json: generated reports validate against it, and its required and optional
 * fields are exactly those of the TypeScript contract (src/report/json-report.ts).
 */
import { describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { readFileSync } from 'node:fs'
import { buildJsonReport } from '../../src/report/build-report.js'
import type {
  JsonReport,
  ReportAssignmentEvidence,
  ReportDeclaredPlanEvidence,
  ReportExemption,
  ReportFinding,
  ReportParseError,
  ReportPlan,
  ReportRelated,
  ReportResource,
  ReportSummary
} from '../../src/report/json-report.js'
import { makeScanResult } from './builders.js'
import { scenario } from './scenario.js'

interface SchemaObject {
  readonly required?: readonly string[]
  readonly properties?: Readonly<Record<string, SchemaObject>>
  readonly $defs?: Readonly<Record<string, SchemaObject>>
  readonly items?: SchemaObject
}

const schemaText = readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8')
const schema = JSON.parse(schemaText) as SchemaObject
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema)

/**
 * Every key of T, true when required and false when optional. A table that is not exactly this does
 * not compile, so a field added to the contract fails `tsc` here until the schema test knows it.
 */
type KeyTable<T> = { readonly [K in keyof T]-?: object extends Pick<T, K> ? false : true }
type Fix = NonNullable<ReportFinding['fix']>

const REPORT: KeyTable<JsonReport> = {
  schemaVersion: true,
  tool: true,
  asOf: true,
  resources: true,
  findings: true,
  parseErrors: true,
  summary: true,
  advisories: true,
  plans: true,
  configuration: false,
  exemptions: false,
  knowledge: false,
  failOn: false
}
const PLAN: KeyTable<ReportPlan> = { kind: true, name: true, file: true, startLine: true, declaredIn: false, valueFiles: false }
const ASSIGNMENT_EVIDENCE: KeyTable<ReportAssignmentEvidence> = {
  kind: true,
  file: true,
  startLine: true,
  status: true,
  name: true,
  via: true,
  configuration: false,
  nextWindow: false,
  detail: true
}
const DECLARED_PLAN_EVIDENCE: KeyTable<ReportDeclaredPlanEvidence> = {
  kind: true,
  file: true,
  startLine: true,
  status: true,
  name: true,
  window: true,
  owner: false,
  ticket: false,
  problem: false
}
const RESOURCE: KeyTable<ReportResource> = {
  file: true,
  startLine: true,
  name: true,
  type: true,
  format: true,
  verdict: true,
  reasons: true,
  related: true,
  key: true,
  variant: false,
  evidence: true
}
const FINDING: KeyTable<ReportFinding> = {
  ruleId: true,
  severity: true,
  file: true,
  startLine: true,
  endLine: true,
  message: true,
  resource: true,
  resourceKey: false,
  fingerprint: true,
  docsUrl: true,
  advisoryId: false,
  related: true,
  fix: false,
  exemption: false
}
const FIX: KeyTable<Fix> = { snippet: false, replacement: false }
const REPLACEMENT: KeyTable<NonNullable<Fix['replacement']>> = { file: true, line: true, text: true }
const EXEMPTION: KeyTable<NonNullable<ReportFinding['exemption']>> = { reason: true, owner: true, expires: true, source: true }
const PARSE_ERROR: KeyTable<ReportParseError> = { file: true, line: true, column: true, message: true, severity: true, skipped: false }
const RELATED: KeyTable<ReportRelated> = { file: true, startLine: true, role: true }
const SUMMARY: KeyTable<ReportSummary> = {
  files: true,
  resources: true,
  errors: true,
  warnings: true,
  notices: true,
  exempted: true,
  verdicts: true
}
const ADVISORY: KeyTable<JsonReport['advisories'][number]> = { id: true, title: true, url: true }
const CONFIGURATION: KeyTable<NonNullable<JsonReport['configuration']>> = { file: true, advisories: false }
const EXEMPTION_ENTRY: KeyTable<ReportExemption> = {
  source: true,
  file: true,
  startLine: true,
  resource: true,
  rule: true,
  reason: true,
  owner: true,
  expires: true,
  ticket: false,
  status: true,
  problem: false,
  resources: true,
  exempted: true,
  new: false,
  change: false
}

const defs = schema.$defs ?? {}
const def = (name: string): SchemaObject => defs[name] as SchemaObject
const finding = def('finding').properties ?? {}

describe('schemas/report.schema.json', () => {
  it.each([
    ['report', schema, REPORT],
    ['resource', def('resource'), RESOURCE],
    ['finding', def('finding'), FINDING],
    ['finding.fix', finding.fix as SchemaObject, FIX],
    ['finding.fix.replacement', finding.fix?.properties?.replacement as SchemaObject, REPLACEMENT],
    ['finding.exemption', finding.exemption as SchemaObject, EXEMPTION],
    ['parseError', def('parseError'), PARSE_ERROR],
    ['related', def('related'), RELATED],
    ['summary', def('summary'), SUMMARY],
    ['advisory', schema.properties?.advisories?.items as SchemaObject, ADVISORY],
    ['configuration', schema.properties?.configuration as SchemaObject, CONFIGURATION],
    ['exemption', def('exemption'), EXEMPTION_ENTRY],
    ['plan', def('plan'), PLAN],
    ['assignmentEvidence', def('assignmentEvidence'), ASSIGNMENT_EVIDENCE],
    ['declaredPlanEvidence', def('declaredPlanEvidence'), DECLARED_PLAN_EVIDENCE]
  ])('describes the %s fields of the TypeScript contract, required exactly when required there', (_name, object, table) => {
    const entries = Object.entries(table as Record<string, boolean>)
    expect(Object.keys(object.properties ?? {}).sort()).toEqual(entries.map(([key]) => key).sort())
    const required = entries.filter(([, isRequired]) => isRequired).map(([key]) => key)
    expect([...(object.required ?? [])].sort()).toEqual(required.sort())
  })

  it('accepts the reports the builder writes', () => {
    for (const result of [scenario, makeScanResult({})]) {
      const report: unknown = JSON.parse(JSON.stringify(buildJsonReport(result, { toolVersion: '0.1.0', asOf: '2025-11-03' })))
      expect(validate(report) ? [] : validate.errors).toEqual([])
    }
    const configured = buildJsonReport(scenario, {
      toolVersion: '0.1.0',
      asOf: '2025-11-03',
      configurationFile: '.github/gate.yml',
      configurationAdvisories: ['.github/advisories/next.yml']
    })
    expect(configured.configuration).toEqual({ file: '.github/gate.yml', advisories: ['.github/advisories/next.yml'] })
    expect(validate(JSON.parse(JSON.stringify(configured))) ? [] : validate.errors).toEqual([])
  })

  it('rejects a report with a field it does not know, an unknown verdict or a bad date', () => {
    const report = JSON.parse(JSON.stringify(buildJsonReport(scenario, { toolVersion: '0.1.0', asOf: '2025-11-03' })))
    report.resources[0].verdict = 'fine'
    report.resources[1].extra = true
    report.asOf = '3 Nov 2025'
    expect(validate(report)).toBe(false)
    expect(validate.errors?.map(e => `${e.instancePath} ${e.message}`)).toEqual([
      '/asOf must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"',
      '/resources/0/verdict must be equal to one of the allowed values',
      '/resources/1 must NOT have additional properties'
    ])
  })
})
