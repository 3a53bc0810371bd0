/**
 * Certain stays certain (issue 13): an assignment whose target is set at deployment (a Terraform variable, a
 * Bicep or ARM parameter without a default) makes a VM `indeterminate` only if it could name that VM (the same
 * deployment unit) and the VM would pass if it did. A VM without the Customer Managed Schedules flags fails
 * whatever it targets and keeps its error; a VM of another deployment unit is not blurred; Crossplane references
 * that name another VM (or are known never to resolve) do not apply. Scanned through the CLI as of 2026-11-24.
 */
import { describe, expect, it } from '@jest/globals'
import { resolve } from 'node:path'
import type { CliIo } from '../../src/cli/io.js'
import { runCli } from '../../src/cli/run-cli.js'
import { match } from '../../src/model/match.js'
import { known } from '../../src/model/source.js'

const FIXTURES = resolve('__tests__/fixtures/certain')

interface JsonReport {
  readonly resources: readonly { readonly name: string; readonly file: string; readonly startLine: number; readonly verdict: string }[]
  readonly findings: readonly { readonly ruleId: string; readonly severity: string; readonly message: string; readonly file: string; readonly startLine: number }[]
}

async function scan(folder: string): Promise<{ code: number; report: JsonReport }> {
  let stdout = ''
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: () => undefined },
    cwd: FIXTURES,
    env: {},
    now: () => new Date('2026-11-24T12:00:00Z')
  }
  const code = await runCli(['scan', folder, '--format', 'json', '--as-of', '2026-11-24'], io)
  return { code, report: JSON.parse(stdout) as JsonReport }
}

const noPlan = (vm: string, language: string) =>
  `VM '${vm}' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition but no reboot plan: no maintenance ` +
  'configuration is assigned to it. Hotpatch machines still restart for every baseline update (January, April, July, ' +
  'October); the next baseline is January 2027 (Patch Tuesday 2027-01-12). A reboot plan is an InGuestPatch maintenance ' +
  "configuration assigned to the VM that allows reboots (rebootSetting IfRequired or Always) and opens between a baseline's " +
  "release and the next one's, with patchMode AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule true on the " +
  `VM. Add one: the suggested fix shows how in ${language}.`
const unverified = (target: string, reason: string) =>
  "VM 'vm-flagged' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition, but its reboot plan could not " +
  `be verified: maintenanceAssignment.target at ${target}: ${reason}. Make these values resolvable (a literal, a parameter ` +
  'default or a parameter file), or exempt the resource with a reason.'

const CASES = [
  {
    folder: 'terraform',
    language: 'Terraform',
    flagged: 'main.tf:32',
    unflagged: 'main.tf:55',
    platform: 'platform/main.tf:2',
    target: 'main.tf:29',
    reason: 'variable "target_vm_id" has no default and no tfvars value: it is set when Terraform runs'
  },
  {
    folder: 'bicep',
    language: 'Bicep',
    flagged: 'main.bicep:33',
    unflagged: 'main.bicep:56',
    platform: 'platform/main.bicep:2',
    target: 'main.bicep:28',
    reason: "parameter 'targetVmId' has no default and no parameter file sets it"
  },
  {
    folder: 'arm',
    language: 'ARM template JSON',
    flagged: 'azuredeploy.json:47',
    unflagged: 'azuredeploy.json:80',
    platform: 'platform/azuredeploy.json:5',
    target: 'azuredeploy.json:42',
    reason: "parameter 'targetVm' has no default value and no parameter file sets it"
  }
] as const

describe.each(CASES)('$folder: an assignment to a target set at deployment', c => {
  it('blurs only the VM it could name and that would pass; the others keep their error', async () => {
    const { code, report } = await scan(c.folder)
    expect(code).toBe(1)
    expect(report.resources.map(r => [r.name, `${r.file}:${r.startLine}`, r.verdict])).toEqual([
      ['vm-flagged', c.flagged, 'indeterminate'],
      ['vm-unflagged', c.unflagged, 'affected-no-plan'],
      // Another deployment unit (its own root / deployment folder): the parent's assignment cannot name it.
      ['vm-platform', c.platform, 'affected-no-plan']
    ])
    const findings = report.findings.map(f => [f.ruleId, f.severity, f.message, `${f.file}:${f.startLine}`])
    expect(findings).toEqual([
      ['indeterminate', 'warning', unverified(c.target, c.reason), c.target],
      ['reboot-plan-required', 'error', noPlan('vm-unflagged', c.language), c.unflagged],
      ['reboot-plan-required', 'error', noPlan('vm-platform', c.language), c.platform]
    ])
  })
})

describe('crossplane: references that name another VM, or never resolve', () => {
  it('do not apply to a VM nothing references', async () => {
    const { code, report } = await scan('crossplane')
    expect(code).toBe(1)
    expect(report.resources.map(r => [r.name, r.verdict])).toEqual([['vm-app-01', 'affected-no-plan']])
    expect(report.findings.map(f => [f.ruleId, f.message])).toEqual([['reboot-plan-required', noPlan('vm-app-01', 'Crossplane')]])
  })
})

describe('match: a partly known ID', () => {
  const vm = {
    identity: { type: 'Microsoft.Compute/virtualMachines', name: 'vm-a', resourceGroup: 'rg-app' },
    scope: { subscription: known('s', { file: 'a', line: 1, column: 1 }), resourceGroup: known('rg-app', { file: 'a', line: 1, column: 1 }) }
  }

  it.each([
    ['its name unknown, in another resource group', { type: 'Microsoft.Compute/virtualMachines', name: undefined, resourceGroup: 'rg-other' }, 'no'],
    ['its name unknown, in the VM resource group', { type: 'Microsoft.Compute/virtualMachines', name: undefined, resourceGroup: 'RG-APP' }, 'unknown'],
    ['its name unknown, of another type', { type: 'Microsoft.Compute/virtualMachineScaleSets', name: undefined, resourceGroup: 'rg-app' }, 'no']
  ])('%s: %s', (_case, reference, expected) => {
    expect(match(reference, {}, vm)).toBe(expected)
  })
})
