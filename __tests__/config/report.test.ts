/**
 * Exemptions in the reports (src/report/exemptions.ts, text.ts, markdown.ts, build-report.ts): the JSON
 * `exemptions` list validates against schemas/report.schema.json, the job summary shows every exemption,
 * the pull request summary section lists the new ones, the text report shows them under the findings.
 */
import { describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { loadConfigurationFile, selectFiles } from '../../src/pipeline/load-configuration.js'
import { classifyExemptions } from '../../src/pipeline/novelty.js'
import { buildJsonReport } from '../../src/report/build-report.js'
import { newExemptions, renderExemptions, renderNewExemptions } from '../../src/report/exemptions.js'
import type { JsonReport, ReportExemption } from '../../src/report/json-report.js'
import { renderJobSummary } from '../../src/report/markdown.js'
import { renderText } from '../../src/report/text.js'
import { scan } from '../../src/scan.js'

const FIXTURES = resolve('__tests__/fixtures/config')
const ESTATE = resolve(FIXTURES, 'estate')
const schema = JSON.parse(readFileSync(resolve('schemas/report.schema.json'), 'utf8')) as object
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema)

/** The estate scanned with failing.yml (as if it lived in the estate), compared with base.yml. */
async function failingReport(): Promise<JsonReport> {
  const { configuration, advisories } = loadConfigurationFile(resolve(FIXTURES, 'failing.yml'), { root: ESTATE, cwd: ESTATE })
  const select = selectFiles(configuration)
  const result = await scan({
    root: ESTATE,
    asOf: new Date('2026-01-10T00:00:00Z'),
    advisories: advisories.map(a => a.advisory),
    configuration,
    ...(select && { select })
  })
  const exemptionChanges = classifyExemptions(result.exemptions ?? [], {
    baseConfiguration: readFileSync(resolve(FIXTURES, 'base.yml'), 'utf8'),
    changedFiles: [{ path: 'infra/web.bicep', status: 'modified', patch: '@@ -3,2 +3,3 @@\n ctx\n+// hotpatch-reboot-gate-exempt\n ctx' }]
  })
  return buildJsonReport(result, { toolVersion: '0.1.0', asOf: '2026-01-10', exemptionChanges })
}

describe('the JSON report', () => {
  it('lists every exemption with its state and whether the pull request adds or extends it, and validates', async () => {
    const report = await failingReport()
    expect(report.exemptions).toEqual([
      {
        source: 'configuration',
        file: '../failing.yml',
        startLine: 8,
        resource: 'vm-files-01',
        rule: 'platform-reboot-only',
        reason: 'Rebooted by the file services runbook until the ASO upgrade',
        owner: 'team-files',
        expires: '2026-01-05',
        status: 'expired',
        resources: ['vm-files-01'],
        exempted: 0,
        new: true,
        change: 'extended'
      },
      {
        source: 'configuration',
        file: '../failing.yml',
        startLine: 13,
        resource: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachines/vm-legacy-01',
        rule: '*',
        reason: 'Decommissioned with the old data centre',
        owner: 'team-legacy',
        expires: '2026-12-31',
        status: 'too-long',
        problem:
          'it expires on 2026-12-31, 355 days after the evaluation date 2026-01-10; exemptions may last at most 90 days (max-exemption-days)',
        resources: ['vm-legacy-01'],
        exempted: 0,
        new: true,
        change: 'added'
      },
      {
        source: 'inline',
        file: 'infra/web.bicep',
        startLine: 4,
        resource: 'vm-web-01',
        rule: 'reboot-plan-required',
        reason: 'Retired in the February release (CAB-2291)',
        owner: 'team-web',
        expires: '2026-02-13',
        status: 'active',
        resources: ['vm-web-01'],
        exempted: 1,
        new: true,
        change: 'changed'
      }
    ])
    expect(validate(JSON.parse(JSON.stringify(report))) ? [] : validate.errors).toEqual([])
  })

  it('has no exemptions field when there is none', async () => {
    const result = await scan({ root: resolve(ESTATE, 'terraform'), asOf: new Date('2026-01-10T00:00:00Z') })
    expect(Object.keys(buildJsonReport(result, { toolVersion: '0.1.0', asOf: '2026-01-10' }))).not.toContain('exemptions')
  })
})

const exemption = (fields: Partial<ReportExemption>): ReportExemption => ({
  source: 'configuration',
  file: '.github/hotpatch-reboot-gate.yml',
  startLine: 12,
  resource: 'vm-web-*',
  rule: 'reboot-plan-required',
  reason: 'Retired in February | see <CAB-2291>',
  owner: '@team-web',
  expires: '2026-02-13',
  status: 'active',
  resources: ['vm-web-01', 'vm-web-02'],
  exempted: 2,
  ...fields
})
const reportWith = (exemptions: ReportExemption[] | undefined): JsonReport => ({
  schemaVersion: 2,
  tool: { name: 'hotpatch-reboot-gate', version: '0.1.0' },
  asOf: '2026-01-10',
  resources: [],
  findings: [],
  parseErrors: [],
  summary: { files: 1, resources: 0, errors: 0, warnings: 0, notices: 0, exempted: 0, verdicts: {} },
  advisories: [],
  plans: [],
  ...(exemptions && { exemptions })
})

describe('the pull request summary section', () => {
  it('lists the new exemptions, escaped, for reviewers', () => {
    const report = reportWith([
      exemption({ new: true, change: 'added', ticket: 'CAB-2291' }),
      exemption({ startLine: 20, new: false }),
      exemption({ source: 'inline', file: 'infra/app.bicep', startLine: 3, resource: 'vm-app-01', resources: ['vm-app-01'], rule: '*', exempted: 0, new: true, change: 'changed' }),
      exemption({ startLine: 30, status: 'expired', new: true, change: 'extended', exempted: 0 })
    ])
    expect(newExemptions(report).map(e => e.startLine)).toEqual([12, 3, 30])
    expect(renderNewExemptions(report)).toBe(
      [
        '### New exemptions in this PR',
        '',
        'This pull request adds or extends 3 exemptions: the findings it covers are shown but do not fail the gate until it expires.',
        '',
        '| Resource | Rule | Owner | Expires | Reason | Where | State |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| vm-web-01, vm-web-02 | `reboot-plan-required` | @\u200dteam-web | 2026-02-13 | Retired in February \\| see &lt;CAB-2291&gt; (CAB-2291) | `.github/hotpatch-reboot-gate.yml:12` | in force, 2 findings exempted; added in this pull request |',
        '| vm-app-01 | `*` | @\u200dteam-web | 2026-02-13 | Retired in February \\| see &lt;CAB-2291&gt; | `infra/app.bicep:3` | in force, 0 findings exempted; added or changed in this pull request |',
        '| vm-web-01, vm-web-02 | `reboot-plan-required` | @\u200dteam-web | 2026-02-13 | Retired in February \\| see &lt;CAB-2291&gt; | `.github/hotpatch-reboot-gate.yml:30` | expired, exempts nothing; extended in this pull request |'
      ].join('\n')
    )
  })

  it('is empty when the pull request adds none, or it is not known', () => {
    expect([renderNewExemptions(reportWith([exemption({ new: false })])), renderNewExemptions(reportWith([exemption({})])), renderNewExemptions(reportWith(undefined))]).toEqual(['', '', ''])
  })
})

describe('the job summary and the text report', () => {
  it('show every exemption and its state', async () => {
    const report = await failingReport()
    expect(renderExemptions(report).split('\n').slice(0, 3)).toEqual([
      '### Exemptions',
      '',
      '| Resource | Rule | Owner | Expires | Reason | Where | State |'
    ])
    expect(renderJobSummary(report)).toContain(
      '| vm-legacy-01 | `*` | team-legacy | 2026-12-31 | Decommissioned with the old data centre | `../failing.yml:13` | not applied: it expires on 2026-12-31, 355 days after the evaluation date 2026-01-10; exemptions may last at most 90 days \\(max-exemption-days\\); added in this pull request |'
    )
    const text = renderText(report, { color: false })
    expect(text.slice(text.indexOf('\nexemptions\n') + 1, text.lastIndexOf('\n\n'))).toBe(
      [
        'exemptions',
        '  ✖ vm-files-01 platform-reboot-only  ../failing.yml:8',
        '      expired, exempts nothing; extended in this pull request. Owner team-files, expires 2026-01-05:',
        '      Rebooted by the file services runbook until the ASO upgrade',
        '  ✖ vm-legacy-01 every rule  ../failing.yml:13',
        '      not applied: it expires on 2026-12-31, 355 days after the evaluation date 2026-01-10;',
        '      exemptions may last at most 90 days (max-exemption-days); added in this pull request. Owner',
        '      team-legacy, expires 2026-12-31: Decommissioned with the old data centre',
        '  ✔ vm-web-01 reboot-plan-required  infra/web.bicep:4',
        '      in force, 1 finding exempted; added or changed in this pull request. Owner team-web, expires',
        '      2026-02-13: Retired in the February release (CAB-2291)'
      ].join('\n')
    )
    const quiet = renderText(report, { color: false, quiet: true })
    expect(quiet).toContain('  ✖ vm-legacy-01 every rule  ../failing.yml:13\n')
    expect(quiet).not.toContain('  ✔ vm-web-01 reboot-plan-required')
  })
})
