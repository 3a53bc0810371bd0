/**
 * A resource group Bicep file (`targetScope = 'resourceGroup'`, the default) deploys its own resources into the group
 * it is run against, and a module scoped to `resourceGroup('rg-other')` deploys into that named group: a plan of the
 * own group (an assignment to an `existing` VM of that group, a dynamic scope created there) reaches the module's VM
 * only if the deployment is run against rg-other: `indeterminate`, never a plan in place. A subscription file's
 * dynamic scope is created at the subscription and selects the VMs of its groups.
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceAssignment } from '../../../src/model/resources.js'
import { buildJsonReport } from '../../../src/report/build-report.js'
import { scheduledBicepVm, scheduledBicepWindow } from '../../support/plan-manifests.js'
import { scanTree } from '../../support/temporary-tree.js'
import { readMemory } from './memory-files.js'

const AS_OF = new Date('2025-11-03T00:00:00Z')

async function verdicts(files: Readonly<Record<string, string>>) {
  const json = buildJsonReport(await scanTree(files, { asOf: AS_OF, repositoryFolder: '' }), { toolVersion: 'test', asOf: '2025-11-03' })
  return json.resources.map(resource => [resource.key, resource.verdict, resource.evidence.map(e => ('detail' in e ? e.detail : e.kind))])
}

const VM_MODULE = `param vmName string
${scheduledBicepVm({ name: 'vmName' })}`
const CONFIGURATION = scheduledBicepWindow({ name: 'mc1', start: '2025-11-15 22:00', recurEvery: 'Month Third Saturday' })
const vmModule = (scope: string): string => `module vmMod 'modules/vm.bicep' = {
  name: 'vm'
  ${scope}
  params: { vmName: 'vm1' }
}
`
const DIRECT = `resource vmx 'Microsoft.Compute/virtualMachines@2024-07-01' existing = {
  name: 'vm1'
}
resource direct 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'direct'
  location: 'westeurope'
  scope: vmx
  properties: { maintenanceConfigurationId: mc.id }
}
`
const DYNAMIC = `resource dynamic 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'dynamic'
  location: 'westeurope'
  properties: {
    maintenanceConfigurationId: mc.id
    filter: { resourceTypes: [ 'Microsoft.Compute/virtualMachines' ], osTypes: [ 'Windows' ] }
  }
}
`

const KEY = 'microsoft.compute/virtualmachines/vm1'
const RUN_AGAINST =
  "the assignment is deployed into the group its deployment is run against and names 'vm1' there, while the VM is deployed into " +
  "resource group 'rg-other': the same VM only if the deployment is run against 'rg-other'"
const CREATED_AT =
  "the dynamic scope is created at the resource group its deployment is run against and selects that group's VMs only, while the " +
  "VM is deployed into resource group 'rg-other': it selects the VM only if its deployment is run against 'rg-other'"
const WITH_PLAN = (how: string, name: string) =>
  `maintenance configuration 'mc1' is assigned ${how} (assignment '${name}') and is an InGuestPatch window that allows reboots ` +
  '(rebootSetting IfRequired); next reboot window 2026-01-17 22:00 UTC, 4 days after the January 2026 baseline'

const own = (plan: string) => ({ 'main.bicep': CONFIGURATION + vmModule('') + plan, 'modules/vm.bicep': VM_MODULE })

describe("a module's VM in resourceGroup('rg-other'), and a plan of the group the file is run against", () => {
  it('an assignment to an existing VM of the own group by that name: indeterminate, saying which group decides', async () => {
    const files = { 'main.bicep': CONFIGURATION + vmModule("scope: resourceGroup('rg-other')") + DIRECT, 'modules/vm.bicep': VM_MODULE }
    expect(await verdicts(files)).toEqual([
      [
        KEY,
        'indeterminate',
        [`maintenance configuration 'mc1' may be assigned directly (assignment 'direct'), but whether it applies cannot be verified (maintenanceAssignment.target: ${RUN_AGAINST})`]
      ]
    ])
    // Control: a module of the own group has the plan.
    expect(await verdicts(own(DIRECT))).toEqual([[KEY, 'affected-with-plan', [WITH_PLAN('directly', 'direct')]]])
  })

  it('a dynamic scope the file creates at its own group: indeterminate', async () => {
    const files = { 'main.bicep': CONFIGURATION + vmModule("scope: resourceGroup('rg-other')") + DYNAMIC, 'modules/vm.bicep': VM_MODULE }
    expect(await verdicts(files)).toEqual([
      [
        KEY,
        'indeterminate',
        [`maintenance configuration 'mc1' may be assigned by dynamic scope (assignment 'dynamic'), but whether it applies cannot be verified (resourceGroup: ${CREATED_AT})`]
      ]
    ])
    // Controls: a module of the own group has the plan; a subscription file's dynamic scope selects the VM of rg-other.
    expect(await verdicts(own(DYNAMIC))).toEqual([[KEY, 'affected-with-plan', [WITH_PLAN('by dynamic scope', 'dynamic')]]])
    const subscription = {
      'main.bicep': `targetScope = 'subscription'\nmodule mcMod 'modules/mc.bicep' = {\n  name: 'mc'\n  scope: resourceGroup('rg-other')\n}\n` +
        vmModule("scope: resourceGroup('rg-other')") +
        DYNAMIC.replace('mc.id', 'mcMod.outputs.id'),
      'modules/mc.bicep': `${CONFIGURATION}output id string = mc.id\n`,
      'modules/vm.bicep': VM_MODULE
    }
    expect(await verdicts(subscription)).toEqual([[KEY, 'affected-with-plan', [WITH_PLAN('by dynamic scope', 'dynamic')]]])
  })
})

describe('where the reader says a dynamic scope is created', () => {
  async function createdAt(files: Readonly<Record<string, string>>) {
    const { resources } = await readMemory(files)
    return resources.filter((r): r is MaintenanceAssignment => r.kind === 'maintenance-assignment').map(r => [r.displayName, r.scope?.atDeploymentGroup])
  }

  it('at the group a resource group file is run against; not at a subscription, nor at a group a module names', async () => {
    expect(await createdAt({ 'main.bicep': DYNAMIC.replace('mc.id', "'x'") })).toEqual([['dynamic', true]])
    expect(await createdAt({ 'main.bicep': `targetScope = 'resourceGroup'\n${DYNAMIC.replace('mc.id', "'x'")}` })).toEqual([['dynamic', true]])
    expect(await createdAt({ 'main.bicep': `targetScope = 'subscription'\n${DYNAMIC.replace('mc.id', "'x'")}` })).toEqual([['dynamic', undefined]])
    const module = { 'main.bicep': "module m 'm.bicep' = {\n  name: 'm'\n  scope: resourceGroup('rg-maint')\n}\n", 'm.bicep': DYNAMIC.replace('mc.id', "'x'") }
    expect(await createdAt(module)).toEqual([['dynamic', undefined]])
  })
})
