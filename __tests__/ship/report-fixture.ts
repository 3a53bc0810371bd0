/**
 * A small JSON report for the CI formats: a VM with an error, a VM with a warning and a clean VM in two
 * manifests, an exempted finding, and an unreadable manifest. `hostile` puts markup, line breaks and
 * command syntax of every format into every name and message.
 */
import type { JsonReport, ReportFinding, ReportResource } from '../../src/report/json-report.js'

const DOCS = 'https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules'

function vm(name: string, file: string, startLine: number, verdict: ReportResource['verdict'], variant?: string): ReportResource {
  const key = `microsoft.compute/virtualmachines/${name}${variant === undefined ? '' : `@${variant}`}`
  return {
    file,
    startLine,
    name,
    type: 'Microsoft.Compute/virtualMachines',
    format: 'bicep',
    verdict,
    reasons: [],
    related: [],
    key,
    ...(variant !== undefined && { variant }),
    evidence: []
  }
}

function finding(resource: ReportResource, overrides: Partial<ReportFinding>): ReportFinding {
  const ruleId = overrides.ruleId ?? 'reboot-plan-required'
  return {
    ruleId,
    severity: 'error',
    file: resource.file,
    startLine: resource.startLine,
    endLine: resource.startLine,
    message: `VM '${resource.name}' has hotpatching enabled but no reboot plan.`,
    resource: resource.name,
    resourceKey: resource.key,
    fingerprint: `fp-${resource.name}-${ruleId}`,
    docsUrl: `${DOCS}/${ruleId}.md`,
    related: [],
    ...overrides
  }
}

export function ciReport(names: { readonly web: string; readonly print: string; readonly jump: string; readonly file: string } = {
  web: 'vm-web-01',
  print: 'vm-print-01',
  jump: 'vm-jump-01',
  file: 'infra/main.bicep'
}): JsonReport {
  const web = vm(names.web, names.file, 12, 'affected-no-plan', 'prod.bicepparam')
  const print = vm(names.print, names.file, 40, 'affected-platform-reboot')
  const jump = vm(names.jump, 'infra/jump.bicep', 3, 'not-affected')
  const findings: ReportFinding[] = [
    finding(web, {
      related: [{ file: 'infra/prod.bicepparam', startLine: 4, role: 'parameter-file' }]
    }),
    finding(print, {
      ruleId: 'platform-reboot-only',
      severity: 'warning',
      startLine: 44,
      endLine: 44,
      message: `VM '${print.name}' reboots only when the platform decides.`
    }),
    finding(print, {
      ruleId: 'unpatched-image',
      severity: 'warning',
      startLine: 47,
      endLine: 47,
      message: `VM '${print.name}' pins an image without the fix.`,
      exemption: { reason: 'rebuilt nightly', owner: 'team-print', expires: '2026-03-31', source: 'configuration' }
    })
  ]
  return {
    schemaVersion: 2,
    tool: { name: 'hotpatch-reboot-gate', version: '0.1.0' },
    asOf: '2026-01-10',
    resources: [web, print, jump],
    findings,
    parseErrors: [
      { file: 'infra/broken.json', line: 3, column: 5, message: "expected ',' or '}'", severity: 'error' },
      { file: 'infra/image.png', line: 1, column: 1, message: 'binary file skipped', severity: 'notice', skipped: true }
    ],
    summary: {
      files: 4,
      resources: 3,
      errors: 1,
      warnings: 1,
      notices: 0,
      exempted: 1,
      verdicts: { 'affected-no-plan': 1, 'affected-platform-reboot': 1, 'not-affected': 1 }
    },
    advisories: [],
    plans: []
  }
}

/** Every special character of XML, of Azure Pipelines' logging commands and of GitHub's workflow commands. */
export const HOSTILE = 'x"<&>\']];%AZP25%\r\n##vso[task.setvariable variable=pwned]1\n::error::y\t\u0001\uD800z'
