/**
 * A resource ID that fits several VM declarations (src/policy/tied-vms.ts): `vm-web01` declared by two teams' folders
 * (ARM, Bicep, Terraform, a what-if result) and one assignment naming `rg-app/vm-web01`. An ID names one Azure
 * resource, so the plan is certain only for a declaration the manifests pin to it (its resource group written) or
 * when the others are provably that same resource; otherwise each such VM is `indeterminate`, naming the others.
 * Every case asserts the exact verdicts and unresolved inputs of a scan of files written here.
 */
import { describe, expect, it } from '@jest/globals'
import { hotpatchVm, scanFiles } from '../readers/terraform/scan-files.js'
import { armTemplate, armVm as sharedArmVm, SCHEDULED_ARM_SETTINGS } from '../support/manifests.js'
import { scheduledBicepWindow } from '../support/plan-manifests.js'

const SUBSCRIPTION = '00000000-0000-0000-0000-000000000000'
const VM_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm-web01`
const MC_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-maint/providers/Microsoft.Maintenance/maintenanceConfigurations/mc-windows`

const WINDOWS_2025 = "imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' }"
const PATCH_SETTINGS = `patchSettings: {
      patchMode: 'AutomaticByPlatform'
      enableHotpatching: true
      automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true }
    }`

/** A hotpatch VM named vm-web01 at line 2 (line 3 with `head`), in the group its deployment is run against. */
const bicepVm = (head?: string): string => `${head === undefined ? '' : `${head}\n`}
resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {
  name: 'vm-web01'
  location: 'westeurope'
  properties: {
    storageProfile: { ${WINDOWS_2025} }
    osProfile: { windowsConfiguration: { ${PATCH_SETTINGS} } }
  }
}
`

const MAINTENANCE = { 'maintenance/main.bicep': scheduledBicepWindow() }

/** An ARM template of vm-web01 (its resource at line 5), in the group its deployment is run against. */
const armVm = (extra: object = {}): string => armTemplate([sharedArmVm('vm-web01', { location: 'westeurope', ...extra }, SCHEDULED_ARM_SETTINGS)])

/** The platform team's ARM assignment of mc-windows to the VM, by its resource ID (`scope` at line 10). */
const ARM_ASSIGNMENT = {
  'platform/assign.json': armTemplate([
    {
      type: 'Microsoft.Maintenance/configurationAssignments',
      apiVersion: '2023-04-01',
      name: 'mca-web01',
      location: 'westeurope',
      scope: VM_ID,
      properties: { maintenanceConfigurationId: MC_ID, resourceId: VM_ID }
    }
  ])
}

/** The platform team's Bicep assignment: a module deployed to rg-app, scoped to its `existing` vm-web01 (`scope` at line 7). */
const BICEP_ASSIGNMENT = {
  'platform/main.bicep': "module assign 'assign.bicep' = {\n  name: 'assign'\n  scope: resourceGroup('rg-app')\n}\n",
  'platform/assign.bicep': `resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' existing = {
  name: 'vm-web01'
}
resource mca 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'mca-web01'
  location: 'westeurope'
  scope: vm
  properties: { maintenanceConfigurationId: '${MC_ID}', resourceId: vm.id }
}
`
}

/** A Terraform vm-web01 (line 1, or after `head`) in `group` (an expression: `"rg-app"`, `var.rg`). */
const terraformVm = (group: string, head = ''): string => hotpatchVm({ name: '"vm-web01"', group, head })
const UNSET_GROUP = 'variable "rg" {\n  type = string\n}\n'
const provider = (subscription: string): string => `provider "azurerm" {\n  features {}\n  subscription_id = "${subscription}"\n}\n`

/** The platform team's Terraform assignment, naming the VM by `vmId` (line 9 after the data source, else line 5). */
const terraformAssignment = (vmId: string, head = ''): Record<string, string> => ({
  'platform/main.tf': `${head}
resource "azurerm_maintenance_assignment_virtual_machine" "web" {
  location                     = "westeurope"
  maintenance_configuration_id = "${MC_ID}"
  virtual_machine_id           = ${vmId}
}
`
})
const DATA_SOURCE = 'data "azurerm_virtual_machine" "vm" {\n  name                = "vm-web01"\n  resource_group_name = "rg-app"\n}\n'

/** Each VM at its file and line (and variant), its verdict and the unresolved inputs of its plan. */
async function verdicts(files: Record<string, string>) {
  const { assessments } = await scanFiles(files)
  return assessments.map(a => ({
    vm: `${a.vm.reportAt.file}:${a.vm.reportAt.line}${a.vm.variant === '' ? '' : ` [${a.vm.variant}]`}`,
    verdict: a.verdict,
    unresolved: a.unresolved.map(u => `${u.field} @${u.location.file}:${u.location.line}: ${u.reason}`)
  }))
}

/** The reason a tied VM's plan cannot be verified, at the assignment's target. */
const TIED = (at: string, others: string) =>
  `maintenanceAssignment.target @${at}: it names 'rg-app/vm-web01', which may be this VM or ${others}; the deployment decides which one it names`
const another = (where: string): string => `another declaration of that name the manifests do not tell apart from it: ${where}`
const WITH_PLAN = { verdict: 'affected-with-plan', unresolved: [] }

describe('an ARM resource ID fitting two teams\' VMs, each in the group its deployment is run against', () => {
  it('leaves both indeterminate, each naming the other', async () => {
    expect(await verdicts({ ...MAINTENANCE, ...ARM_ASSIGNMENT, 'team-a/vm.json': armVm(), 'team-b/vm.json': armVm() })).toEqual([
      { vm: 'team-a/vm.json:5', verdict: 'indeterminate', unresolved: [TIED('platform/assign.json:10', another('team-b/vm.json:5'))] },
      { vm: 'team-b/vm.json:5', verdict: 'indeterminate', unresolved: [TIED('platform/assign.json:10', another('team-a/vm.json:5'))] }
    ])
  })

  it('names five of seven and counts the rest', async () => {
    const teams = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    const files = { ...MAINTENANCE, ...ARM_ASSIGNMENT, ...Object.fromEntries(teams.map(team => [`team-${team}/vm.json`, armVm()])) }
    const others = (team: string) =>
      'any of 6 other declarations of that name the manifests do not tell apart from it: ' +
      `${teams.filter(other => other !== team).slice(0, 5).map(other => `team-${other}/vm.json:5`).join(', ')} and 1 more`
    expect(await verdicts(files)).toEqual(
      teams.map(team => ({ vm: `team-${team}/vm.json:5`, verdict: 'indeterminate', unresolved: [TIED('platform/assign.json:10', others(team))] }))
    )
  })

  // The reader takes a module's group it cannot evaluate for the group the deployment is run against (as ARM's own).
  it('one of them in a module scoped to a group a parameter without a value names: both indeterminate', async () => {
    const inParameterGroup = {
      'team-b/main.bicep': "param group string\nmodule vm 'vm.bicep' = {\n  name: 'vm'\n  scope: resourceGroup(group)\n}\n",
      'team-b/vm.bicep': bicepVm()
    }
    expect(await verdicts({ ...MAINTENANCE, ...ARM_ASSIGNMENT, 'team-a/vm.json': armVm(), ...inParameterGroup })).toEqual([
      { vm: 'team-a/vm.json:5', verdict: 'indeterminate', unresolved: [TIED('platform/assign.json:10', another('team-b/main.bicep:2'))] },
      { vm: 'team-b/main.bicep:2', verdict: 'indeterminate', unresolved: [TIED('platform/assign.json:10', another('team-a/vm.json:5'))] }
    ])
  })

  it('one VM of the name: its plan', async () => {
    expect(await verdicts({ ...MAINTENANCE, ...ARM_ASSIGNMENT, 'team-a/vm.json': armVm() })).toEqual([{ vm: 'team-a/vm.json:5', ...WITH_PLAN }])
  })

  it('two files of one folder (one deployment, one group): one resource, both have the plan', async () => {
    expect(await verdicts({ ...MAINTENANCE, ...ARM_ASSIGNMENT, 'team-a/vm.json': armVm(), 'team-a/copy.json': armVm() })).toEqual([
      { vm: 'team-a/copy.json:5', ...WITH_PLAN },
      { vm: 'team-a/vm.json:5', ...WITH_PLAN }
    ])
  })

  it('the other one not deployed (its condition false): the plan of the one that is', async () => {
    expect(await verdicts({ ...MAINTENANCE, ...ARM_ASSIGNMENT, 'team-a/vm.json': armVm(), 'team-b/vm.json': armVm({ condition: false }) })).toEqual([
      { vm: 'team-a/vm.json:5', ...WITH_PLAN },
      { vm: 'team-b/vm.json:5', verdict: 'not-affected', unresolved: [] }
    ])
  })
})

describe('a Bicep module deployed to rg-app, assigning its existing vm-web01', () => {
  it('two Bicep VMs of the group their deployment is run against: both indeterminate', async () => {
    expect(await verdicts({ ...MAINTENANCE, ...BICEP_ASSIGNMENT, 'team-a/main.bicep': bicepVm(), 'team-b/main.bicep': bicepVm() })).toEqual([
      { vm: 'team-a/main.bicep:2', verdict: 'indeterminate', unresolved: [TIED('platform/assign.bicep:7', another('team-b/main.bicep:2'))] },
      { vm: 'team-b/main.bicep:2', verdict: 'indeterminate', unresolved: [TIED('platform/assign.bicep:7', another('team-a/main.bicep:2'))] }
    ])
  })

  it('a Bicep copy and a Terraform copy in rg-app: the Terraform VM is the one it names, the Bicep one is indeterminate', async () => {
    expect(await verdicts({ ...MAINTENANCE, ...BICEP_ASSIGNMENT, 'team-a/main.bicep': bicepVm(), 'team-b/main.tf': terraformVm('"rg-app"') })).toEqual([
      { vm: 'team-a/main.bicep:2', verdict: 'indeterminate', unresolved: [TIED('platform/assign.bicep:7', another('team-b/main.tf:1'))] },
      { vm: 'team-b/main.tf:1', ...WITH_PLAN }
    ])
  })

  it('a Bicep VM with another plan of its own that is certain: that plan', async () => {
    const own = `${bicepVm()}${scheduledBicepWindow({ symbol: 'own', name: 'mc-own' })}resource ownAssignment 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'own'
  location: 'westeurope'
  scope: vm
  properties: { maintenanceConfigurationId: own.id, resourceId: vm.id }
}
`
    expect(await verdicts({ ...MAINTENANCE, ...BICEP_ASSIGNMENT, 'team-a/main.bicep': own, 'team-b/main.bicep': bicepVm() })).toEqual([
      { vm: 'team-a/main.bicep:2', ...WITH_PLAN },
      { vm: 'team-b/main.bicep:2', verdict: 'indeterminate', unresolved: [TIED('platform/assign.bicep:7', another('team-a/main.bicep:2'))] }
    ])
  })
})

describe('one Bicep template deployed with two parameter files, its VM named by an ID from another folder', () => {
  it('leaves each environment\'s VM indeterminate, naming the other', async () => {
    const files = {
      ...MAINTENANCE,
      ...ARM_ASSIGNMENT,
      'team-a/vm.bicep': bicepVm('param environment string'),
      'team-a/vm.dev.bicepparam': "using './vm.bicep'\nparam environment = 'dev'\n",
      'team-a/vm.prod.bicepparam': "using './vm.bicep'\nparam environment = 'prod'\n"
    }
    expect(await verdicts(files)).toEqual([
      { vm: 'team-a/vm.bicep:3 [vm.dev.bicepparam]', verdict: 'indeterminate', unresolved: [TIED('platform/assign.json:10', another('team-a/vm.bicep:3 [vm.prod.bicepparam]'))] },
      { vm: 'team-a/vm.bicep:3 [vm.prod.bicepparam]', verdict: 'indeterminate', unresolved: [TIED('platform/assign.json:10', another('team-a/vm.bicep:3 [vm.dev.bicepparam]'))] }
    ])
  })

  it('the assignment in the template, scoped to its VM: each environment has its plan', async () => {
    const files = {
      'team-a/vm.bicep': `${bicepVm('param environment string')}${scheduledBicepWindow()}resource mca 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'mca'
  location: 'westeurope'
  scope: vm
  properties: { maintenanceConfigurationId: mc.id, resourceId: vm.id }
}
`,
      'team-a/vm.dev.bicepparam': "using './vm.bicep'\nparam environment = 'dev'\n",
      'team-a/vm.prod.bicepparam': "using './vm.bicep'\nparam environment = 'prod'\n",
      'team-b/main.bicep': bicepVm()
    }
    expect(await verdicts(files)).toEqual([
      { vm: 'team-a/vm.bicep:3 [vm.dev.bicepparam]', ...WITH_PLAN },
      { vm: 'team-a/vm.bicep:3 [vm.prod.bicepparam]', ...WITH_PLAN },
      { vm: 'team-b/main.bicep:2', verdict: 'affected-no-plan', unresolved: [] }
    ])
  })
})

describe('a Terraform assignment naming the VM by a data source or a literal ID', () => {
  it('two Terraform VMs written into rg-app: one resource, both have the plan', async () => {
    const files = { ...MAINTENANCE, ...terraformAssignment('data.azurerm_virtual_machine.vm.id', DATA_SOURCE), 'team-a/main.tf': terraformVm('"rg-app"'), 'team-b/main.tf': terraformVm('"rg-app"') }
    expect(await verdicts(files)).toEqual([
      { vm: 'team-a/main.tf:1', ...WITH_PLAN },
      { vm: 'team-b/main.tf:1', ...WITH_PLAN }
    ])
  })

  it('two Terraform VMs in rg-app of two subscriptions their providers write: both indeterminate', async () => {
    const files = {
      ...MAINTENANCE,
      ...terraformAssignment('data.azurerm_virtual_machine.vm.id', DATA_SOURCE),
      'team-a/main.tf': terraformVm('"rg-app"', provider('11111111-1111-1111-1111-111111111111')),
      'team-b/main.tf': terraformVm('"rg-app"', provider('22222222-2222-2222-2222-222222222222'))
    }
    expect(await verdicts(files)).toEqual([
      { vm: 'team-a/main.tf:5', verdict: 'indeterminate', unresolved: [TIED('platform/main.tf:9', another('team-b/main.tf:5'))] },
      { vm: 'team-b/main.tf:5', verdict: 'indeterminate', unresolved: [TIED('platform/main.tf:9', another('team-a/main.tf:5'))] }
    ])
  })

  it('a literal ID into one of those subscriptions: the plan of that one VM, the other has none', async () => {
    const id = VM_ID.replace(SUBSCRIPTION, '11111111-1111-1111-1111-111111111111')
    const files = {
      ...MAINTENANCE,
      ...terraformAssignment(`"${id}"`),
      'team-a/main.tf': terraformVm('"rg-app"', provider('11111111-1111-1111-1111-111111111111')),
      'team-b/main.tf': terraformVm('"rg-app"', provider('22222222-2222-2222-2222-222222222222'))
    }
    expect(await verdicts(files)).toEqual([
      { vm: 'team-a/main.tf:5', ...WITH_PLAN },
      { vm: 'team-b/main.tf:5', verdict: 'affected-no-plan', unresolved: [] }
    ])
  })

  it('two Bicep VMs of the group their deployment is run against: both indeterminate', async () => {
    const files = { ...MAINTENANCE, ...terraformAssignment('data.azurerm_virtual_machine.vm.id', DATA_SOURCE), 'team-a/main.bicep': bicepVm(), 'team-b/main.bicep': bicepVm() }
    expect(await verdicts(files)).toEqual([
      { vm: 'team-a/main.bicep:2', verdict: 'indeterminate', unresolved: [TIED('platform/main.tf:9', another('team-b/main.bicep:2'))] },
      { vm: 'team-b/main.bicep:2', verdict: 'indeterminate', unresolved: [TIED('platform/main.tf:9', another('team-a/main.bicep:2'))] }
    ])
  })

  it('a literal ID, an ARM VM and a Terraform VM whose group is a variable without a value: the ARM VM is indeterminate', async () => {
    const files = { ...MAINTENANCE, ...terraformAssignment(`"${VM_ID}"`), 'team-a/main.tf': terraformVm('var.rg', UNSET_GROUP), 'team-b/vm.json': armVm() }
    expect(await verdicts(files)).toEqual([
      { vm: 'team-b/vm.json:5', verdict: 'indeterminate', unresolved: [TIED('platform/main.tf:5', another('team-a/main.tf:4'))] },
      // Far from the assignment, whose ID may not name it: no plan, as before (plans.ts, a target it cannot name).
      { vm: 'team-a/main.tf:4', verdict: 'affected-no-plan', unresolved: [] }
    ])
  })
})

describe('a what-if result\'s VM (its full ID known) and a Bicep copy, named by an ARM assignment', () => {
  it('the what-if VM has the plan, the Bicep copy is indeterminate', async () => {
    const change = {
      changeType: 'Create',
      resourceId: VM_ID,
      after: { id: VM_ID, ...sharedArmVm('vm-web01', { location: 'westeurope' }, SCHEDULED_ARM_SETTINGS) }
    }
    const files = { ...MAINTENANCE, ...ARM_ASSIGNMENT, 'deploy/whatif.json': `${JSON.stringify({ status: 'Succeeded', changes: [change] }, null, 2)}\n`, 'team-a/main.bicep': bicepVm() }
    const [whatIf, bicep] = await verdicts(files)
    expect(whatIf).toEqual({ vm: expect.stringMatching(/^deploy\/whatif\.json:\d+$/) as unknown as string, ...WITH_PLAN })
    expect(bicep).toEqual({ vm: 'team-a/main.bicep:2', verdict: 'indeterminate', unresolved: [TIED('platform/assign.json:10', another(whatIf?.vm ?? '?'))] })
  })
})
