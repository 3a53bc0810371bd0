/**
 * Issue 9 item 2 over every fixture: a resource's verdict may never disagree with its findings (an error
 * that fails the run on a resource whose verdict asks for no action). src/report/verdict-agreement.ts
 * holds the relation; this test runs it on the report of every fixture folder and of every parity cell
 * scanned alone.
 *
 * KNOWN: the disagreements below exist on main and are pinned, not accepted. Removing them changes
 * verdicts that other tests assert (e.g. __tests__/parity/cross-format.test.ts `arm-scope-aso-vm`:
 * affected-platform-reboot with a schedule-prerequisites error), so which side wins is the lead's call.
 * The test fails when a new disagreement appears, and when a known one is fixed (then delete its line).
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

const KNOWN: Readonly<Record<string, readonly string[]>> = {
  // An indeterminate VM (an unresolved input) whose only window has expired, or is not honoured.
  arm: [
    'maintenance/main.json:42 sql-01 indeterminate <- reboot-window-expired',
    // Its window opens in no reboot period of the next baselines; another input is unresolved.
    'symbolic/main.json:54 symbolic/main.json#vm indeterminate <- reboot-window-misses-baseline'
  ],
  // An exemption that cannot be honoured on a VM that has a plan: the error is about the exemption.
  kubernetes: ['crossplane-split/vm.yaml:1 db-1 affected-with-plan <- invalid-exemption'],
  // A window that is not honoured on a VM the platform reboots anyway (rebootSetting IfRequired).
  'parity/cross/arm-scope-aso-vm': [
    'clusters/prod/vm-app-01.yaml:9 vm-app-01 affected-platform-reboot <- schedule-prerequisites'
  ],
  'what-if': ['rest/whatif-response.json:169 vm-app-03 affected-platform-reboot <- schedule-prerequisites'],
  // The whole parity folder at once: the dynamic-scope scenario's window reaches the other scenarios' VMs.
  parity: [
    'cross/arm-scope-aso-vm/clusters/prod/vm-app-01.yaml:9 vm-app-01 affected-platform-reboot <- schedule-prerequisites',
    'detection/k8s/vm-app-02.yaml:1 vm-app-02 affected-platform-reboot <- schedule-prerequisites',
    ...['arm/azuredeploy.json:14', 'aso/vm.yaml:9', 'bicep/main.bicep:7', 'crossplane/vm.yaml:1', 'pulumi/Pulumi.yaml:25'].map(
      at => `platform-reboot-only/${at} vm-app-01 affected-platform-reboot <- schedule-prerequisites`
    ),
    'platform-reboot-only/what-if/whatif.json:3 vm-app-01 affected-platform-reboot <- schedule-prerequisites',
    ...['terraform-plan/tfplan.json:216', 'terraform/main.tf:26'].map(
      at => `platform-reboot-only/${at} vm-app-01 affected-platform-reboot <- schedule-prerequisites`
    )
  ]
}

describe('a resource’s verdict agrees with its findings', () => {
  it.each(ROOTS)('%s', async root => {
    const result = await scan({ root: join(FIXTURES, root), asOf: new Date(`${AS_OF}T00:00:00Z`) })
    const report = buildJsonReport(result, { toolVersion: 'test', asOf: AS_OF })
    expect([...verdictDisagreements(report)].sort()).toEqual([...(KNOWN[root] ?? [])].sort())
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
})
