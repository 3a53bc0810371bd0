/**
 * Issue 9 item 2 over every fixture: a resource's verdict may never disagree with its findings (an error
 * that fails the run on a resource whose verdict asks for no action). src/report/verdict-agreement.ts
 * holds the relation; this test runs it on the report of every fixture folder and of every parity cell
 * scanned alone.
 *
 * The set is empty by construction: src/policy/final-verdict.ts derives every resource's final verdict from
 * its assessment and the findings on it, and the relation checked here is that function's own. What used to
 * disagree, and how it was settled (the lead's decisions, docs/rules/*.md):
 * - a window that is not honoured (or expired, or missing the baselines) on a VM the platform would reboot
 *   anyway: the platform picks the time, so the VM is `affected-no-plan` (parity `arm-scope-aso-vm`,
 *   what-if `vm-app-03`, the platform-reboot-only cells seen from the whole parity folder);
 * - an indeterminate VM whose only window has expired or misses the baselines: certain stays certain, it
 *   fails whatever the unknown resolves to only when nothing unresolved could be a working window;
 *   otherwise it stays indeterminate and its indeterminate finding names the window (arm `sql-01`,
 *   `symbolic/main.json#vm`);
 * - an exemption that cannot be honoured: the finding is about the exemption where it is written, the VM
 *   it names is a related location (kubernetes `crossplane-split` `db-1`).
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildJsonReport } from '../../src/report/build-report.js'
import { verdictDisagreements } from '../../src/report/verdict-agreement.js'
import { scan } from '../../src/scan.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url))
const AS_OF = '2026-11-24'

const folders = (path: string): string[] =>
  readdirSync(path)
    .filter(name => statSync(join(path, name)).isDirectory())
    .sort()

/** Every top-level fixture folder, and every parity cell and cross-format case on its own. */
const ROOTS = [
  ...folders(FIXTURES),
  ...folders(join(FIXTURES, 'parity')).flatMap(scenario =>
    folders(join(FIXTURES, 'parity', scenario)).map(cell => `parity/${scenario}/${cell}`)
  )
]

describe('a resource’s verdict agrees with its findings', () => {
  it.each(ROOTS)('%s', async root => {
    const result = await scan({ root: join(FIXTURES, root), asOf: new Date(`${AS_OF}T00:00:00Z`) })
    const report = buildJsonReport(result, { toolVersion: 'test', asOf: AS_OF })
    expect(verdictDisagreements(report)).toEqual([])
  })
})

describe('verdictDisagreements', () => {
  const resource = (name: string, verdict: 'affected-no-plan' | 'affected-platform-reboot') => ({
    file: 'a.bicep',
    startLine: 1,
    name,
    type: 'Microsoft.Compute/virtualMachines',
    format: 'bicep',
    verdict,
    reasons: [],
    related: [],
    key: name,
    evidence: []
  })
  const finding = (key: string, severity: 'error' | 'warning', exempted = false) => ({
    ruleId: 'schedule-prerequisites',
    severity,
    file: 'a.bicep',
    startLine: 1,
    endLine: 1,
    message: 'm',
    resource: key,
    resourceKey: key,
    fingerprint: key,
    docsUrl: 'https://example.test',
    related: [],
    ...(exempted && { exemption: { reason: 'r', owner: 'o', expires: '2027-01-01', source: 's' } })
  })

  it('names a resource whose verdict asks for no action while an unexempted error on it fails the run', () => {
    const resources = [resource('ok', 'affected-platform-reboot'), resource('red', 'affected-no-plan')]
    expect(verdictDisagreements({ resources, findings: [finding('ok', 'error'), finding('red', 'error')] })).toEqual([
      'a.bicep:1 ok affected-platform-reboot <- schedule-prerequisites'
    ])
    expect(verdictDisagreements({ resources, findings: [finding('ok', 'warning'), finding('ok', 'error', true)] })).toEqual([])
  })

  it('accepts an indeterminate resource whose only failing error is indeterminate itself (unresolved: fail)', () => {
    const undecided = { ...resource('maybe', 'affected-no-plan'), verdict: 'indeterminate' as const }
    const own = { ...finding('maybe', 'error'), ruleId: 'indeterminate' }
    const other = { ...finding('maybe', 'error'), ruleId: 'reboot-window-expired' }
    expect(verdictDisagreements({ resources: [undecided], findings: [own] })).toEqual([])
    expect(verdictDisagreements({ resources: [undecided], findings: [own, other, other] })).toEqual([
      'a.bicep:1 maybe indeterminate <- indeterminate, reboot-window-expired'
    ])
  })
})
