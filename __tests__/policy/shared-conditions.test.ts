/**
 * A VM and its maintenance assignment declared under one condition that cannot be evaluated (an ARM `condition` or
 * `copy.count`, a Bicep `if`, module `if` or loop, a Terraform `count` or `for_each`, each from a value set at
 * deployment): whenever the VM exists, so does its assignment, so the window is the VM's plan. An assignment under
 * another condition, or a VM deployed for certain whose assignment is conditional, stays `indeterminate` (its
 * assignment may not exist). Loops of one count or over one collection pair their instances index by index.
 * Scanned through the CLI as of 2026-11-24, as certain-stays-certain.test.ts does.
 */
import { describe, expect, it } from '@jest/globals'
import { resolve } from 'node:path'
import { scanJson } from '../support/cli-scan.js'

const FIXTURES = resolve('__tests__/fixtures/certain/shared-conditions')

const scan = (folder: string) => scanJson(FIXTURES, folder)

const MAY_NOT_EXIST = (at: string) => `its deployment condition could not be evaluated (${at}); assuming it is deployed`
const IMAGE =
  'image MicrosoftWindowsServer:WindowsServer:2025-datacenter-azure-edition is hotpatch-capable (Windows Server 2025 Datacenter: Azure Edition)'
const HOTPATCH = (at: string) => `enableHotpatching is true (${at})`
const PLAN = (configuration: string, assignment: string) =>
  `maintenance configuration '${configuration}' is assigned directly (assignment '${assignment}') and is an InGuestPatch window ` +
  'that allows reboots (rebootSetting IfRequired); next reboot window 2027-01-16 21:00 UTC, 4 days after the January 2027 baseline'
const HONOURED = 'patchMode is AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule is true, so the window is honoured'
/** The reasons of an assignment under a condition of its own, and the input that makes the VM indeterminate. */
const MAY_BE = (assignment: string, at: string, why: string) => {
  const whether = `whether assignment '${assignment}' is deployed could not be evaluated (condition at ${at}: ${why})`
  return [
    `maintenance configuration 'mc-ok' may be assigned directly (assignment '${assignment}'), but ${whether}`,
    `maintenanceAssignment.deployed could not be resolved (${at}): ${whether}`
  ]
}
const RESOLVABLE = 'Make these values resolvable (a literal, a parameter default or a parameter file), or exempt the resource with a reason.'
const TF_RESOLVABLE = 'Make these values resolvable (a literal, a variable default or a .tfvars file of the root module), or exempt the resource with a reason.'
const INDETERMINATE = (vm: string, inputs: string) =>
  `VM '${vm}' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition, but its reboot plan could not be verified: ` +
  `${inputs}. ${inputs.includes('.tf:') ? TF_RESOLVABLE : RESOLVABLE}`
const DEPLOYED_INPUT = (assignment: string, at: string, why: string) =>
  `maintenanceAssignment.deployed at ${at}: whether assignment '${assignment}' is deployed could not be evaluated (condition at ${at}: ${why})`

async function expectScan(folder: string, resources: readonly (readonly unknown[])[], findings: readonly (readonly string[])[]): Promise<void> {
  const { code, report } = await scan(folder)
  // Warnings only: the run passes.
  expect(code).toBe(0)
  expect(report.resources.map(r => [r.name, `${r.file}:${r.startLine}`, r.verdict, r.reasons])).toEqual(resources)
  expect(report.findings.map(f => [f.ruleId, f.severity, `${f.file}:${f.startLine}`, f.message])).toEqual(findings)
}

describe('ARM: resources under one unevaluated condition', () => {
  const why = (parameter: string) => `parameter '${parameter}' has no default value and no parameter file sets it`

  it('a VM and its assignment of one condition (whitespace aside), or both in a conditional nested deployment: the plan; another condition, or a VM deployed for certain: indeterminate', async () => {
    const at = (line: number) => `azuredeploy.json:${line}`
    await expectScan(
      'arm-condition',
      [
        ['vm-same', at(43), 'affected-with-plan', [MAY_NOT_EXIST(at(48)), IMAGE, HOTPATCH(at(68)), PLAN('mc-ok', 'a-same'), HONOURED]],
        ['vm-other', at(88), 'indeterminate', [MAY_NOT_EXIST(at(93)), IMAGE, HOTPATCH(at(113)), ...MAY_BE('a-other', at(127), why('deployPlan'))]],
        ['vm-always', at(133), 'indeterminate', [IMAGE, HOTPATCH(at(157)), ...MAY_BE('a-always', at(171), why('deployVm'))]],
        ['vm-nested', at(188), 'affected-with-plan', [MAY_NOT_EXIST(at(181)), IMAGE, HOTPATCH(at(212)), PLAN('mc-ok', 'a-nested'), HONOURED]]
      ],
      [
        ['indeterminate', 'warning', at(127), INDETERMINATE('vm-other', DEPLOYED_INPUT('a-other', at(127), why('deployPlan')))],
        ['indeterminate', 'warning', at(171), INDETERMINATE('vm-always', DEPLOYED_INPUT('a-always', at(171), why('deployVm')))]
      ]
    )
  })

  it('VMs and assignments copied by one unknown count, named by copyIndex(): each VM has its assignment; by another count: indeterminate', async () => {
    const at = (line: number) => `azuredeploy.json:${line}`
    const count = `the copy count is unresolved: ${why('count')}`
    const vms = 'azuredeploy.json#resources[1][*]'
    const others = 'azuredeploy.json#resources[3][*]'
    const [assignments, otherAssignments] = ['azuredeploy.json#resources[2][*]', 'azuredeploy.json#resources[4][*]']
    const otherTarget = `copyIndex() of loop 'otherAssignments' is unknown: ${why('count')}`
    const notNamed = 'the target resource is named by a value that could not be evaluated'
    const whether = (assignment: string, line: number) =>
      `whether assignment '${assignment}' is deployed could not be evaluated (condition at ${at(line)}: ${count})`
    await expectScan(
      'arm-copy',
      [
        [
          vms,
          at(40),
          'affected-with-plan',
          [
            MAY_NOT_EXIST(at(45)),
            IMAGE,
            HOTPATCH(at(68)),
            PLAN('mc-ok', assignments),
            `maintenance configuration 'mc-ok' may be assigned directly (assignment '${otherAssignments}'), but whether it applies cannot be verified (maintenanceAssignment.target: ${otherTarget})`,
            HONOURED
          ]
        ],
        [
          others,
          at(91),
          'indeterminate',
          [
            MAY_NOT_EXIST(at(96)),
            IMAGE,
            HOTPATCH(at(119)),
            `maintenance configuration 'mc-ok' may be assigned directly (assignment '${assignments}'), but whether it applies cannot be verified (maintenanceAssignment.target: ${notNamed}; maintenanceAssignment.deployed: ${whether(assignments, 82)})`,
            `maintenance configuration 'mc-ok' may be assigned directly (assignment '${otherAssignments}'), but whether it applies cannot be verified (maintenanceAssignment.target: ${otherTarget}; maintenanceAssignment.deployed: ${whether(otherAssignments, 133)})`,
            `maintenanceAssignment.target could not be resolved (${at(86)}): ${notNamed}`,
            `maintenanceAssignment.deployed could not be resolved (${at(82)}): ${whether(assignments, 82)}`,
            `maintenanceAssignment.target could not be resolved (${at(137)}): ${otherTarget}`,
            `maintenanceAssignment.deployed could not be resolved (${at(133)}): ${whether(otherAssignments, 133)}`
          ]
        ]
      ],
      [
        [
          'indeterminate',
          'warning',
          at(86),
          INDETERMINATE(
            others,
            `maintenanceAssignment.target at ${at(86)}: ${notNamed}; maintenanceAssignment.deployed at ${at(82)}: ${whether(assignments, 82)}; ` +
              `maintenanceAssignment.target at ${at(137)}: ${otherTarget}; maintenanceAssignment.deployed at ${at(133)}: ${whether(otherAssignments, 133)}`
          )
        ]
      ]
    )
  })
})

describe('Bicep: resources under one unevaluated condition', () => {
  const why = (parameter: string) => `parameter '${parameter}' has no default and no parameter file sets it`
  const at = (line: number) => `main.bicep:${line}`

  it('a VM and its assignment both `if (deployVm)`, or with their window in a module called `if (deployStack)`: the plan; another condition, or a VM deployed for certain: indeterminate', async () => {
    await expectScan(
      'bicep-if',
      [
        ['vm-same', at(25), 'affected-with-plan', [MAY_NOT_EXIST(at(25)), IMAGE, HOTPATCH(at(39)), PLAN('mc-ok', 'a-same'), HONOURED]],
        ['vm-other', at(54), 'indeterminate', [MAY_NOT_EXIST(at(54)), IMAGE, HOTPATCH(at(68)), ...MAY_BE('a-other', at(76), why('deployPlan'))]],
        ['vm-always', at(83), 'indeterminate', [IMAGE, HOTPATCH(at(97)), ...MAY_BE('a-always', at(105), why('deployVm'))]],
        ['vm-stack', at(113), 'affected-with-plan', [MAY_NOT_EXIST(at(113)), IMAGE, HOTPATCH('stack.bicep:34'), PLAN('mc-stack', 'a-stack'), HONOURED]]
      ],
      [
        ['indeterminate', 'warning', at(76), INDETERMINATE('vm-other', DEPLOYED_INPUT('a-other', at(76), why('deployPlan')))],
        ['indeterminate', 'warning', at(105), INDETERMINATE('vm-always', DEPLOYED_INPUT('a-always', at(105), why('deployVm')))]
      ]
    )
  })

  it('VMs and assignments looping over one unknown array, `scope: vms[i]` (with one filter on the item, too): each VM has its assignment; VMs over another array: indeterminate', async () => {
    const [vms, others, filtered] = ['main.bicep#vms[?]', 'main.bicep#others[?]', 'main.bicep#filtered[?]']
    const [assignments, otherAssignments, filteredAssignments] = ['main.bicep#assignments[?]', 'main.bicep#otherAssignments[?]', 'main.bicep#filteredAssignments[?]']
    const items = (parameter: string) => `the loop's items are unresolved: ${why(parameter)}`
    const notNamed = 'the target resource is named by a value that could not be evaluated'
    const whether = (assignment: string, line: number) =>
      `whether assignment '${assignment}' is deployed could not be evaluated (condition at ${at(line)}: ${items('names')})`
    const may = (assignment: string, inputs: string) =>
      `maintenance configuration 'mc-ok' may be assigned directly (assignment '${assignment}'), but whether it applies cannot be verified (${inputs})`
    const otherTarget = why('otherNames')
    await expectScan(
      'bicep-loop',
      [
        [
          vms,
          at(25),
          'affected-with-plan',
          [
            MAY_NOT_EXIST(at(25)),
            IMAGE,
            HOTPATCH(at(39)),
            PLAN('mc-ok', assignments),
            may(otherAssignments, `maintenanceAssignment.target: ${otherTarget}`),
            // Its filter is not the VM's: it may not exist.
            may(filteredAssignments, `maintenanceAssignment.target: ${notNamed}; maintenanceAssignment.deployed: ${whether(filteredAssignments, 107)}`),
            HONOURED
          ]
        ],
        [
          others,
          at(55),
          'indeterminate',
          [
            MAY_NOT_EXIST(at(55)),
            IMAGE,
            HOTPATCH(at(69)),
            may(assignments, `maintenanceAssignment.target: ${notNamed}; maintenanceAssignment.deployed: ${whether(assignments, 47)}`),
            may(otherAssignments, `maintenanceAssignment.target: ${otherTarget}; maintenanceAssignment.deployed: ${whether(otherAssignments, 77)}`),
            may(filteredAssignments, `maintenanceAssignment.target: ${notNamed}; maintenanceAssignment.deployed: ${whether(filteredAssignments, 107)}`),
            `maintenanceAssignment.target could not be resolved (${at(50)}): ${notNamed}`,
            `maintenanceAssignment.deployed could not be resolved (${at(47)}): ${whether(assignments, 47)}`,
            `maintenanceAssignment.target could not be resolved (${at(80)}): ${otherTarget}`,
            `maintenanceAssignment.deployed could not be resolved (${at(77)}): ${whether(otherAssignments, 77)}`,
            `maintenanceAssignment.target could not be resolved (${at(110)}): ${notNamed}`,
            `maintenanceAssignment.deployed could not be resolved (${at(107)}): ${whether(filteredAssignments, 107)}`
          ]
        ],
        [
          filtered,
          at(85),
          'affected-with-plan',
          [
            MAY_NOT_EXIST(at(85)),
            IMAGE,
            HOTPATCH(at(99)),
            may(assignments, `maintenanceAssignment.target: ${notNamed}`),
            may(otherAssignments, `maintenanceAssignment.target: ${otherTarget}`),
            PLAN('mc-ok', filteredAssignments),
            HONOURED
          ]
        ]
      ],
      [
        [
          'indeterminate',
          'warning',
          at(50),
          INDETERMINATE(
            others,
            `maintenanceAssignment.target at ${at(50)}: ${notNamed}; maintenanceAssignment.deployed at ${at(47)}: ${whether(assignments, 47)}; ` +
              `maintenanceAssignment.target at ${at(80)}: ${otherTarget}; maintenanceAssignment.deployed at ${at(77)}: ${whether(otherAssignments, 77)}; ` +
              `maintenanceAssignment.target at ${at(110)}: ${notNamed}; maintenanceAssignment.deployed at ${at(107)}: ${whether(filteredAssignments, 107)}`
          )
        ]
      ]
    )
  })
})

describe('Terraform: resources under one unevaluated count or for_each', () => {
  const why = (variable: string) => `variable "${variable}" has no default and no tfvars value: it is set when Terraform runs`
  const at = (line: number) => `main.tf:${line}`
  const address = (name: string) => `azurerm_maintenance_assignment_virtual_machine.${name}`

  it('a VM and its assignment both `count = var.create ? 1 : 0` (naming `vm[0]`), or with their window in a module of that count: the plan; another count, or a VM created for certain: indeterminate', async () => {
    await expectScan(
      'terraform-count',
      [
        ['vm-same', at(30), 'affected-with-plan', [MAY_NOT_EXIST(at(31)), IMAGE, HOTPATCH(at(40)), PLAN('mc-ok', address('same')), HONOURED]],
        ['vm-other', at(61), 'indeterminate', [MAY_NOT_EXIST(at(62)), IMAGE, HOTPATCH(at(71)), ...MAY_BE(address('other'), at(86), why('plan'))]],
        ['vm-always', at(92), 'indeterminate', [IMAGE, HOTPATCH(at(101)), ...MAY_BE(address('always'), at(116), why('create'))]],
        [
          'vm-stack',
          at(123),
          'affected-with-plan',
          [MAY_NOT_EXIST(at(125)), IMAGE, HOTPATCH('modules/stack/main.tf:30'), PLAN('mc-stack', `module.stack.${address('stack')}`), HONOURED]
        ]
      ],
      [
        ['indeterminate', 'warning', at(86), INDETERMINATE('vm-other', DEPLOYED_INPUT(address('other'), at(86), why('plan')))],
        ['indeterminate', 'warning', at(116), INDETERMINATE('vm-always', DEPLOYED_INPUT(address('always'), at(116), why('create')))]
      ]
    )
  })

  it('VMs and assignments of one unknown count naming `vm[count.index]`, or of one for_each naming `vm[each.key]`: each VM has its assignment; `vm[0]` of a count that may be more than 1: indeterminate', async () => {
    const [fleet, pool, ring] = ['fleet', 'pool', 'ring'].map(name => `azurerm_windows_virtual_machine.${name}`) as [string, string, string]
    const notNamed = 'the target resource is named by a value that could not be evaluated'
    const whether = (assignment: string, line: number, variable: string) =>
      `whether assignment '${address(assignment)}' is deployed could not be evaluated (condition at ${at(line)}: ${why(variable)})`
    const may = (assignment: string, inputs: string) =>
      `maintenance configuration 'mc-ok' may be assigned directly (assignment '${address(assignment)}'), but whether it applies cannot be verified (${inputs})`
    const ringMay = may('ring', `maintenanceAssignment.target: ${notNamed}; maintenanceAssignment.deployed: ${whether('ring', 120, 'names')}`)
    await expectScan(
      'terraform-loops',
      [
        [
          fleet,
          at(31),
          'affected-with-plan',
          [MAY_NOT_EXIST(at(32)), IMAGE, HOTPATCH(at(41)), PLAN('mc-ok', address('fleet')), may('pool', `maintenanceAssignment.target: ${why('size')}`), ringMay, HONOURED]
        ],
        [
          pool,
          at(63),
          'indeterminate',
          [
            MAY_NOT_EXIST(at(64)),
            IMAGE,
            HOTPATCH(at(73)),
            may('fleet', `maintenanceAssignment.target: ${notNamed}`),
            // Of the same count as the VM: it exists whenever the VM does, but names the first VM only.
            may('pool', `maintenanceAssignment.target: ${why('size')}`),
            ringMay,
            `maintenanceAssignment.target could not be resolved (${at(59)}): ${notNamed}`,
            `maintenanceAssignment.target could not be resolved (${at(91)}): ${why('size')}`,
            `maintenanceAssignment.target could not be resolved (${at(123)}): ${notNamed}`,
            `maintenanceAssignment.deployed could not be resolved (${at(120)}): ${whether('ring', 120, 'names')}`
          ]
        ],
        [
          ring,
          at(95),
          'affected-with-plan',
          [
            MAY_NOT_EXIST(at(96)),
            IMAGE,
            HOTPATCH(at(105)),
            may('fleet', `maintenanceAssignment.target: ${notNamed}; maintenanceAssignment.deployed: ${whether('fleet', 56, 'size')}`),
            may('pool', `maintenanceAssignment.target: ${why('size')}; maintenanceAssignment.deployed: ${whether('pool', 88, 'size')}`),
            PLAN('mc-ok', address('ring')),
            HONOURED
          ]
        ]
      ],
      [
        [
          'indeterminate',
          'warning',
          at(59),
          INDETERMINATE(
            pool,
            `maintenanceAssignment.target at ${at(59)}: ${notNamed}; maintenanceAssignment.target at ${at(91)}: ${why('size')}; ` +
              `maintenanceAssignment.target at ${at(123)}: ${notNamed}; maintenanceAssignment.deployed at ${at(120)}: ${whether('ring', 120, 'names')}`
          )
        ]
      ]
    )
  })
})
