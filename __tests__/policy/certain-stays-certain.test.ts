/**
 * Certain stays certain (issue 13): an assignment whose target is set at deployment (a Terraform variable, a
 * Bicep or ARM parameter without a default) makes a VM `indeterminate` only if it could name that VM (the same
 * deployment unit) and the VM would pass if it did. A VM without the Customer Managed Schedules flags fails
 * whatever it targets and keeps its error; a VM of another deployment unit is not blurred; Crossplane references
 * that name another VM (or are known never to resolve) do not apply. Scanned through the CLI as of 2026-11-24.
 */
import { describe, expect, it } from '@jest/globals'
import { resolve } from 'node:path'
import { scanJson } from '../support/cli-scan.js'
import { match } from '../../src/model/match.js'
import { known } from '../../src/model/source.js'

const FIXTURES = resolve('__tests__/fixtures/certain')

const scan = (folder: string) => scanJson(FIXTURES, folder)

const noPlan = (vm: string, language: string) =>
  `VM '${vm}' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition but no reboot plan: no maintenance ` +
  'configuration is assigned to it. Hotpatch machines still restart for every baseline update (January, April, July, ' +
  'October); the next baseline is January 2027 (Patch Tuesday 2027-01-12). A reboot plan is an InGuestPatch maintenance ' +
  "configuration assigned to the VM that allows reboots (rebootSetting IfRequired or Always) and opens between a baseline's " +
  "release and the next one's, with patchMode AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule true on the " +
  `VM. Add one: the suggested fix shows how in ${language}.`
const unverified = (target: string, reason: string) =>
  "VM 'vm-flagged' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition, but its reboot plan could not " +
  `be verified: maintenanceAssignment.target at ${target}: ${reason}. Make these values resolvable (` +
  `${target.includes('.tf:') ? 'a literal, a variable default or a .tfvars file of the root module' : 'a literal, a parameter default or a parameter file'}), ` +
  'or exempt the resource with a reason.'

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

/**
 * An assignment whose own existence is unknown (an ARM `condition` or `copy.count`, a Bicep `if` or a loop over an
 * array, a Terraform `count`, from a value set at deployment) may not exist: the VM it would give a working window
 * is `indeterminate`, naming the condition. Known true, it is the VM's plan; known false, there is none; unknown
 * but its configuration blocks reboots, the VM fails either way and keeps the error.
 */
const CONDITIONS = [
  {
    folder: 'conditions/arm-condition',
    file: 'azuredeploy.json',
    lines: { unknown: 116, true: 149, false: 182, blocked: 215, never: 62 },
    names: { unknown: 'a-unknown', true: 'a-true', blocked: 'a-blocked' },
    conditions: { unknown: 77, blocked: 110 },
    why: "parameter 'deploy' has no default value and no parameter file sets it"
  },
  {
    folder: 'conditions/arm-copy-count',
    file: 'azuredeploy.json',
    lines: { unknown: 128, true: 161, false: 194, blocked: 227, never: 62 },
    // The copy's name is built with copyIndex(), which has no value when the count has none.
    names: { unknown: 'azuredeploy.json#resources[2][*]', true: 'a-true-0', blocked: 'azuredeploy.json#resources[5][*]' },
    conditions: { unknown: 77, blocked: 119 },
    why: "the copy count is unresolved: parameter 'count' has no default value and no parameter file sets it"
  },
  {
    folder: 'conditions/bicep-if',
    file: 'main.bicep',
    lines: { unknown: 72, true: 94, false: 116, blocked: 138, never: 38 },
    names: { unknown: 'a-unknown', true: 'a-true', blocked: 'a-blocked' },
    conditions: { unknown: 44, blocked: 65 },
    why: "parameter 'deploy' has no default and no parameter file sets it"
  },
  {
    folder: 'conditions/bicep-loop',
    file: 'main.bicep',
    lines: { unknown: 72, true: 94, false: 116, blocked: 138, never: 38 },
    names: { unknown: 'main.bicep#aUnknown[?]', true: 'a-true-a', blocked: 'main.bicep#aBlocked[?]' },
    conditions: { unknown: 44, blocked: 65 },
    why: "the loop's items are unresolved: parameter 'names' has no default and no parameter file sets it"
  },
  {
    folder: 'conditions/terraform-count',
    file: 'main.tf',
    lines: { unknown: 84, true: 107, false: 130, blocked: 153, never: 49 },
    names: {
      unknown: 'azurerm_maintenance_assignment_virtual_machine.unknown',
      true: 'azurerm_maintenance_assignment_virtual_machine.true[0]',
      blocked: 'azurerm_maintenance_assignment_virtual_machine.blocked'
    },
    conditions: { unknown: 57, blocked: 78 },
    why: 'variable "enable" has no default and no tfvars value: it is set when Terraform runs'
  }
] as const

const VALID_WINDOW =
  'is an InGuestPatch window that allows reboots (rebootSetting IfRequired); next reboot window 2027-01-16 21:00 UTC, ' +
  '4 days after the January 2027 baseline'

describe.each(CONDITIONS)('$folder: an assignment whose condition is not known', c => {
  it('is no plan for certain: the VM is indeterminate, unless it fails whatever the condition', async () => {
    const { code, report } = await scan(c.folder)
    expect(code).toBe(1)
    const at = (line: number) => `${c.file}:${line}`
    // After the affectedness reasons (the image, enableHotpatching).
    const whether = (name: string, line: number) =>
      `whether assignment '${name}' is deployed could not be evaluated (condition at ${at(line)}: ${c.why})`
    expect(report.resources.map(r => [r.name, `${r.file}:${r.startLine}`, r.verdict, r.reasons.slice(2)])).toEqual([
      [
        'vm-unknown',
        at(c.lines.unknown),
        'indeterminate',
        [
          `maintenance configuration 'mc-ok' may be assigned directly (assignment '${c.names.unknown}'), but ${whether(c.names.unknown, c.conditions.unknown)}`,
          `maintenanceAssignment.deployed could not be resolved (${at(c.conditions.unknown)}): ${whether(c.names.unknown, c.conditions.unknown)}`
        ]
      ],
      [
        'vm-true',
        at(c.lines.true),
        'affected-with-plan',
        [
          `maintenance configuration 'mc-ok' is assigned directly (assignment '${c.names.true}') and ${VALID_WINDOW}`,
          'patchMode is AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule is true, so the window is honoured'
        ]
      ],
      ['vm-false', at(c.lines.false), 'affected-no-plan', ['no maintenance configuration is assigned']],
      [
        'vm-blocked',
        at(c.lines.blocked),
        'affected-reboot-blocked',
        [
          `maintenance configuration 'mc-never' may be assigned directly (assignment '${c.names.blocked}'), but its rebootSetting ` +
            `is Never (${at(c.lines.never)}); ${whether(c.names.blocked, c.conditions.blocked)}`
        ]
      ]
    ])
    expect(report.findings.map(f => [f.ruleId, f.severity, `${f.file}:${f.startLine}`])).toEqual([
      ['reboot-blocked', 'error', at(c.lines.never)],
      ['indeterminate', 'warning', at(c.conditions.unknown)],
      ['reboot-plan-required', 'error', at(c.lines.false)]
    ])
    expect(report.findings.find(f => f.ruleId === 'indeterminate')?.message).toBe(
      "VM 'vm-unknown' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition, but its reboot plan could not " +
        `be verified: maintenanceAssignment.deployed at ${at(c.conditions.unknown)}: ${whether(c.names.unknown, c.conditions.unknown)}. ` +
        `Make these values resolvable (${at(c.conditions.unknown).includes('.tf:') ? 'a literal, a variable default or a .tfvars file of the root module' : 'a literal, a parameter default or a parameter file'}), or exempt the resource with a reason.`
    )
  })
})
