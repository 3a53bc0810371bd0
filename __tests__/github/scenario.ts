/**
 * A realistic pull request for the conversation tests: Codertocat/Hello-World#2 (the pull_request.opened
 * payload from @octokit/webhooks-examples) turning on hotpatching in a Bicep VM and switching a parameter
 * file to an Azure Edition image, with the JSON report the gate produces for it.
 */
import { readFileSync } from 'node:fs'
import type { JsonReport, ReportEvidence, ReportFinding, ReportResource } from '../../src/report/json-report.js'
import { FakeGitHub, type FakeFile } from './fake-github/server.js'

export const event = JSON.parse(
  readFileSync(new URL('../fixtures/github/events/pull_request.opened.json', import.meta.url), 'utf8')
) as {
  pull_request: Record<string, unknown> & { number: number; head: { sha: string; ref: string; repo: Record<string, unknown> } }
  repository: { name: string; owner: { login: string } }
}

export const OWNER = event.repository.owner.login
export const REPO = event.repository.name
export const NUMBER = event.pull_request.number
export const HEAD = event.pull_request.head.sha
export const FIX_COMMIT = '5c1d6f0e9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d'

/** infra/main.bicep: lines 17-20 add patchSettings with hotpatching on; 10-21 are in the hunk. */
export const MAIN_PATCH = [
  '@@ -10,8 +10,12 @@ param adminUsername string',
  ' param location string = resourceGroup().location',
  ' ',
  " resource vmWeb 'Microsoft.Compute/virtualMachines@2024-07-01' = {",
  "   name: 'vm-web'",
  '   properties: {',
  '     osProfile: {',
  '       windowsConfiguration: {',
  '+        patchSettings: {',
  "+          patchMode: 'AutomaticByGuest'",
  '+          enableHotpatching: true',
  '+        }',
  '       }'
].join('\n')

/** infra/prod.bicepparam: line 3 switches the image to a hotpatch-capable SKU. */
export const PARAM_PATCH = [
  '@@ -1,3 +1,3 @@',
  " using './app.bicep'",
  ' ',
  "-param imageSku = '2022-datacenter-azure-edition'",
  "+param imageSku = '2025-datacenter-azure-edition'"
].join('\n')

/** infra/legacy.bicep: a comment line at the top; the VM (line 45) is far from the hunk. */
export const LEGACY_PATCH = [
  '@@ -1,2 +1,3 @@',
  ' // Legacy tier',
  '+// Owner: platform team',
  " targetScope = 'resourceGroup'"
].join('\n')

export const FILES: readonly FakeFile[] = [
  { filename: 'infra/legacy.bicep', status: 'modified', patch: LEGACY_PATCH },
  { filename: 'infra/main.bicep', status: 'modified', patch: MAIN_PATCH },
  { filename: 'infra/prod.bicepparam', status: 'modified', patch: PARAM_PATCH },
  { filename: 'docs/diagram.png', status: 'added' }
]

const DOCS = 'https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules'

export const SNIPPET = [
  "resource webWindow 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {",
  "  name: 'mc-vm-web'",
  '}'
].join('\n')

export function finding(
  overrides: Partial<ReportFinding> & Pick<ReportFinding, 'fingerprint' | 'file' | 'startLine'>
): ReportFinding {
  return {
    ruleId: 'reboot-plan-required',
    severity: 'error',
    endLine: overrides.startLine,
    message: 'vm-web has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition but no reboot plan.',
    resource: 'vm-web',
    docsUrl: `${DOCS}/reboot-plan-required.md`,
    advisoryId: 'KB5070881',
    related: [],
    ...overrides
  }
}

function resource(
  overrides: Partial<ReportResource> & Pick<ReportResource, 'name' | 'file' | 'startLine' | 'key'>
): ReportResource {
  return {
    type: 'Microsoft.Compute/virtualMachines',
    format: 'bicep',
    verdict: 'affected-no-plan',
    reasons: ['hotpatch-capable image', 'hotpatching enabled', 'no maintenance assignment'],
    related: [],
    evidence: [],
    ...overrides
  }
}

export const FINDINGS = {
  webPlan: finding({
    fingerprint: '3f9c2a7d81b04e6a',
    file: 'infra/main.bicep',
    startLine: 19,
    resourceKey: 'microsoft.compute/virtualmachines/vm-web',
    fix: { snippet: { language: 'bicep', text: SNIPPET } }
  }),
  webPatchMode: finding({
    ruleId: 'schedule-prerequisites',
    severity: 'warning',
    fingerprint: '8e41b6c09d2f7a35',
    file: 'infra/main.bicep',
    startLine: 18,
    message: "vm-web uses patchMode 'AutomaticByGuest': a maintenance schedule needs 'AutomaticByPlatform'.",
    docsUrl: `${DOCS}/schedule-prerequisites.md`,
    resourceKey: 'microsoft.compute/virtualmachines/vm-web',
    fix: { replacement: { file: 'infra/main.bicep', line: 18, text: "          patchMode: 'AutomaticByPlatform'" } }
  }),
  appPlan: finding({
    fingerprint: 'c7a1d3e5f7092b4d',
    file: 'infra/app.bicep',
    startLine: 30,
    resource: 'vm-app',
    message: 'vm-app has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition but no reboot plan.',
    resourceKey: 'microsoft.compute/virtualmachines/vm-app@prod.bicepparam',
    related: [{ file: 'infra/prod.bicepparam', startLine: 3, role: 'parameter-file' }]
  }),
  legacyBlocked: finding({
    ruleId: 'reboot-blocked',
    fingerprint: '0b5e7c9a1d3f5b7e',
    file: 'infra/legacy.bicep',
    startLine: 52,
    resource: 'vm-legacy',
    message: "vm-legacy's maintenance configuration mc-never never reboots (rebootSetting Never).",
    docsUrl: `${DOCS}/reboot-blocked.md`,
    resourceKey: 'microsoft.compute/virtualmachines/vm-legacy'
  }),
  dbPlan: finding({
    fingerprint: 'e2d4f6a8b0c1e3f5',
    file: 'infra/db.bicep',
    startLine: 7,
    resource: 'vm-db',
    message: 'vm-db has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition but no reboot plan.',
    resourceKey: 'microsoft.compute/virtualmachines/vm-db'
  }),
  labPlan: finding({
    fingerprint: '5a7c9e1b3d5f7a9c',
    file: 'infra/main.bicep',
    startLine: 60,
    resource: 'vm-lab',
    message: 'vm-lab has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition but no reboot plan.',
    resourceKey: 'microsoft.compute/virtualmachines/vm-lab',
    exemption: {
      reason: 'lab VM, rebuilt nightly',
      owner: 'platform-team',
      expires: '2026-03-31',
      source: '.github/hotpatch-reboot-gate.yml'
    }
  })
} as const

export const RESOURCES: readonly ReportResource[] = [
  resource({
    name: 'vm-app',
    file: 'infra/app.bicep',
    startLine: 30,
    key: 'microsoft.compute/virtualmachines/vm-app@prod.bicepparam',
    variant: 'prod.bicepparam',
    related: [{ file: 'infra/prod.bicepparam', startLine: 3, role: 'parameter-file' }]
  }),
  resource({ name: 'vm-db', file: 'infra/db.bicep', startLine: 7, key: 'microsoft.compute/virtualmachines/vm-db' }),
  resource({
    name: 'vm-legacy',
    file: 'infra/legacy.bicep',
    startLine: 45,
    key: 'microsoft.compute/virtualmachines/vm-legacy',
    verdict: 'affected-reboot-blocked',
    related: [{ file: 'infra/legacy-plan.bicep', startLine: 8, role: 'assignment' }],
    evidence: [
      {
        kind: 'maintenance-assignment',
        file: 'infra/legacy-plan.bicep',
        startLine: 8,
        status: 'reboot-blocked',
        name: 'mca-legacy',
        via: 'direct',
        configuration: { name: 'mc-never', file: 'infra/legacy-plan.bicep', startLine: 2 },
        detail: 'rebootSetting is Never'
      }
    ]
  }),
  resource({
    name: 'vm-web',
    file: 'infra/main.bicep',
    startLine: 12,
    key: 'microsoft.compute/virtualmachines/vm-web'
  }),
  resource({
    name: 'vm-lab',
    file: 'infra/main.bicep',
    startLine: 58,
    key: 'microsoft.compute/virtualmachines/vm-lab'
  }),
  resource({
    name: 'vm-ok',
    file: 'infra/main.bicep',
    startLine: 80,
    key: 'microsoft.compute/virtualmachines/vm-ok',
    verdict: 'not-affected',
    reasons: ['hotpatching disabled']
  })
]

/** The report for the pull request's head commit, built like src/report/build-report.ts builds it. */
export function makeReport(
  findings: readonly ReportFinding[] = Object.values(FINDINGS),
  resources = RESOURCES
): JsonReport {
  const open = findings.filter(f => f.exemption === undefined)
  const verdicts: Record<string, number> = {}
  for (const r of resources) verdicts[r.verdict] = (verdicts[r.verdict] ?? 0) + 1
  return {
    schemaVersion: 2,
    tool: { name: 'hotpatch-reboot-gate', version: '0.1.0' },
    asOf: '2025-11-24',
    resources,
    findings: [...findings].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.startLine - b.startLine)),
    parseErrors: [],
    summary: {
      files: 6,
      resources: resources.length,
      errors: open.filter(f => f.severity === 'error').length,
      warnings: open.filter(f => f.severity === 'warning').length,
      notices: open.filter(f => f.severity === 'notice').length,
      exempted: findings.length - open.length,
      verdicts
    },
    advisories: [
      {
        id: 'KB5070881',
        title: 'CVE-2025-59287 out-of-band update (KB5070881)',
        url: 'https://support.microsoft.com/help/5070881'
      }
    ],
    plans: []
  }
}

/** A fake GitHub holding the pull request of the opened event. */
export function makeGitHub(files: readonly FakeFile[] = FILES): FakeGitHub {
  return new FakeGitHub(OWNER, REPO, NUMBER, HEAD, files, event.pull_request)
}

/** The pull request as the conversation receives it. */
export const PULL_REQUEST = { owner: OWNER, repo: REPO, number: NUMBER, headSha: HEAD, fromFork: false }

/** Client timings for tests: no waiting between writes, 1 ms per "second" of retry delay. */
export const FAST = { retryUnitMs: 1, writeSpacingMs: 0, notificationSpacingMs: 0 }

/** The report after the fixing commit: every VM the pull request touches has a reboot plan (vm-lab stays exempted). */
export function fixedReport(): JsonReport {
  const planned = (name: string): ReportEvidence[] => [
    {
      kind: 'maintenance-assignment',
      file: 'infra/maintenance.bicep',
      startLine: 20,
      status: 'valid',
      name: `mca-${name}`,
      via: 'direct',
      configuration: { name: 'mc-weekly', file: 'infra/maintenance.bicep', startLine: 4 },
      detail: 'InGuestPatch, rebootSetting IfRequired'
    }
  ]
  const resources = RESOURCES.map(r =>
    r.name === 'vm-web' || r.name === 'vm-app' || r.name === 'vm-legacy'
      ? { ...r, verdict: 'affected-with-plan' as const, evidence: planned(r.name.slice(3)) }
      : r
  )
  return makeReport([FINDINGS.dbPlan, FINDINGS.labPlan], resources)
}
