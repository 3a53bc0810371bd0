/**
 * A template deployed at a resource group puts its own resources in the group it is run against, and a nested
 * deployment's `resourceGroup` puts its resources in that named group: a plan of the own group (an assignment whose
 * `scope` names the VM without a group, a dynamic scope created there) reaches a VM of the named group only if the
 * deployment is run against that group, which the template does not say: `indeterminate`, never a plan in place.
 * A subscription template's dynamic scope is created at the subscription and selects the VMs of its groups.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MaintenanceAssignment } from '../../../src/model/resources.js'
import { armReader } from '../../../src/readers/arm/arm-reader.js'
import { buildJsonReport } from '../../../src/report/build-report.js'
import { scan } from '../../../src/scan.js'
import { Workspace } from '../../../src/workspace/workspace.js'
import { armWindow } from '../../support/manifests.js'

const GROUP_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'
const SUBSCRIPTION_SCHEMA = 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#'
const AS_OF = new Date('2025-11-03T00:00:00Z')

type Json = Record<string, unknown>
const folders: string[] = []
afterAll(() => folders.forEach(folder => rmSync(folder, { recursive: true, force: true })))

function templateFolder(resources: Json[], schema = GROUP_SCHEMA): string {
  const folder = mkdtempSync(join(tmpdir(), 'deployment-group-'))
  folders.push(folder)
  writeFileSync(join(folder, 'azuredeploy.json'), `${JSON.stringify({ $schema: schema, contentVersion: '1.0.0.0', resources }, null, 2)}\n`)
  return folder
}

const hotpatchVm: Json = {
  type: 'Microsoft.Compute/virtualMachines',
  apiVersion: '2024-07-01',
  name: 'vm1',
  location: 'westeurope',
  properties: {
    storageProfile: { imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' } },
    osProfile: {
      windowsConfiguration: {
        patchSettings: {
          patchMode: 'AutomaticByPlatform',
          enableHotpatching: true,
          automaticByPlatformSettings: { rebootSetting: 'IfRequired', bypassPlatformSafetyChecksOnUserSchedule: true }
        }
      }
    }
  }
}
const configuration = armWindow('mc1')
const MC_ID = "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'mc1')]"
const direct: Json = {
  type: 'Microsoft.Maintenance/configurationAssignments',
  apiVersion: '2023-04-01',
  name: 'direct',
  location: 'westeurope',
  scope: 'Microsoft.Compute/virtualMachines/vm1',
  properties: { maintenanceConfigurationId: MC_ID }
}
const dynamicScope: Json = {
  type: 'Microsoft.Maintenance/configurationAssignments',
  apiVersion: '2023-04-01',
  name: 'dynamic',
  location: 'westeurope',
  properties: { maintenanceConfigurationId: MC_ID, filter: { resourceTypes: ['Microsoft.Compute/virtualMachines'], osTypes: ['Windows'] } }
}
function deployment(target: Json, resources: Json[]): Json {
  const template = { $schema: GROUP_SCHEMA, contentVersion: '1.0.0.0', resources }
  return { type: 'Microsoft.Resources/deployments', apiVersion: '2022-09-01', name: 'nested', ...target, properties: { mode: 'Incremental', template } }
}

async function verdicts(folder: string) {
  const json = buildJsonReport(await scan({ root: folder, asOf: AS_OF, repositoryFolder: '' }), { toolVersion: 'test', asOf: '2025-11-03' })
  return json.resources.map(resource => [resource.key, resource.verdict, resource.evidence.map(e => ('detail' in e ? e.detail : e.kind))])
}

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

describe('a VM a nested deployment puts in a named group, and a plan of the group the template is run against', () => {
  it('an assignment whose scope names the VM without a group: indeterminate, saying which group decides', async () => {
    const folder = templateFolder([configuration, direct, deployment({ resourceGroup: 'rg-other' }, [hotpatchVm])])
    expect(await verdicts(folder)).toEqual([
      [
        KEY,
        'indeterminate',
        [`maintenance configuration 'mc1' may be assigned directly (assignment 'direct'), but whether it applies cannot be verified (maintenanceAssignment.target: ${RUN_AGAINST})`]
      ]
    ])
    // Control: the VM in the own group has the plan.
    expect(await verdicts(templateFolder([configuration, direct, hotpatchVm]))).toEqual([[KEY, 'affected-with-plan', [WITH_PLAN('directly', 'direct')]]])
  })

  it('a dynamic scope the template creates at its own group: indeterminate', async () => {
    const folder = templateFolder([configuration, deployment({ resourceGroup: 'rg-other' }, [hotpatchVm]), dynamicScope])
    expect(await verdicts(folder)).toEqual([
      [
        KEY,
        'indeterminate',
        [`maintenance configuration 'mc1' may be assigned by dynamic scope (assignment 'dynamic'), but whether it applies cannot be verified (resourceGroup: ${CREATED_AT})`]
      ]
    ])
    // Controls: the VM in the own group has the plan; a subscription template's dynamic scope selects the VM of rg-other.
    expect(await verdicts(templateFolder([configuration, dynamicScope, hotpatchVm]))).toEqual([[KEY, 'affected-with-plan', [WITH_PLAN('by dynamic scope', 'dynamic')]]])
    const subscription = templateFolder([deployment({ resourceGroup: 'rg-other' }, [hotpatchVm]), configuration, dynamicScope], SUBSCRIPTION_SCHEMA)
    expect(await verdicts(subscription)).toEqual([[KEY, 'affected-with-plan', [WITH_PLAN('by dynamic scope', 'dynamic')]]])
  })

  it('a configuration a nested deployment puts in a named group, for an assignment of the own group: indeterminate, not "not declared"', async () => {
    const folder = templateFolder([deployment({ resourceGroup: 'rg-maint' }, [configuration]), direct, hotpatchVm])
    expect(await verdicts(folder)).toEqual([
      [
        KEY,
        'indeterminate',
        [
          "assignment 'direct' targets it directly, but its maintenance configuration cannot be verified (the assignment is deployed into the " +
            "group its deployment is run against and names 'mc1' there, while the maintenance configuration is deployed into resource group " +
            "'rg-maint': the same maintenance configuration only if the deployment is run against 'rg-maint')"
        ]
      ]
    ])
  })
})

describe('where the reader says a dynamic scope is created', () => {
  async function createdAt(resources: Json[], schema?: string) {
    const workspace = new Workspace(templateFolder(resources, schema))
    const read = (await armReader.read(workspace.list(), workspace)).resources
    return read.filter((r): r is MaintenanceAssignment => r.kind === 'maintenance-assignment').map(r => [r.displayName, r.scope?.atDeploymentGroup])
  }

  it('at the group a resource group template is run against; not at a subscription, nor at a group a deployment names', async () => {
    expect(await createdAt([dynamicScope, direct])).toEqual([
      ['dynamic', true],
      ['direct', undefined]
    ])
    expect(await createdAt([dynamicScope], SUBSCRIPTION_SCHEMA)).toEqual([['dynamic', undefined]])
    expect(await createdAt([deployment({ resourceGroup: 'rg-maint' }, [dynamicScope])])).toEqual([['dynamic', undefined]])
    // A nested deployment that names a subscription and no group deploys at that subscription.
    expect(await createdAt([deployment({ subscriptionId: '00000000-0000-0000-0000-000000000001', location: 'westeurope' }, [dynamicScope])])).toEqual([['dynamic', undefined]])
  })
})
