/**
 * Builders for JSON reports in the action's tests: a finding or parse error differs from the
 * defaults only in what a test says.
 */
import type { JsonReport, ReportFinding, ReportParseError } from '../../src/report/json-report.js'

export function finding(overrides: Partial<ReportFinding> = {}): ReportFinding {
  return {
    ruleId: 'reboot-plan-required',
    severity: 'error',
    file: 'infra/vm.json',
    startLine: 10,
    endLine: 10,
    message: 'VM vm-app has hotpatching on and no maintenance configuration assigned.',
    resource: 'vm-app',
    fingerprint: `fp-${overrides.file ?? 'infra/vm.json'}-${overrides.startLine ?? 10}-${overrides.resource ?? 'vm-app'}`,
    docsUrl: 'https://example.test/docs/rules/reboot-plan-required.md',
    related: [],
    ...overrides
  }
}

export function parseError(overrides: Partial<ReportParseError> = {}): ReportParseError {
  return {
    file: 'infra/broken.json',
    line: 3,
    column: 5,
    message: "expected ',' or '}' after a property value",
    severity: 'error',
    ...overrides
  }
}

export function report(parts: Partial<Pick<JsonReport, 'findings' | 'parseErrors'>> = {}): JsonReport {
  const findings = parts.findings ?? []
  const count = (severity: string): number =>
    findings.filter(f => f.severity === severity && f.exemption === undefined).length
  return {
    schemaVersion: 2,
    tool: { name: 'hotpatch-reboot-gate', version: '0.1.0' },
    asOf: '2025-11-03',
    resources: [],
    findings,
    parseErrors: parts.parseErrors ?? [],
    summary: {
      files: 1,
      resources: 0,
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
      exempted: findings.filter(f => f.exemption !== undefined).length,
      verdicts: {}
    },
    advisories: [],
    plans: []
  }
}
