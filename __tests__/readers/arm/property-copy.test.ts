/**
 * ARM property iteration (`"copy": [{ "name": "resourceGroups", "count": 1, "input": "rg-x" }]` inside a property
 * object) builds the property it names, for every read of the property reader, as the evaluator expands it: a
 * dynamic scope's `filter.resourceGroups` and a configuration's `classificationsToInclude` built so were read as
 * absent ("all groups", "default classifications"). The literal form is the control; a count that cannot be
 * evaluated leaves the property unresolved, never guessed, and the evaluation budget bounds it.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MaintenanceAssignment, MaintenanceConfiguration } from '../../../src/model/resources.js'
import { armReader } from '../../../src/readers/arm/arm-reader.js'
import { buildJsonReport } from '../../../src/report/build-report.js'
import { scan } from '../../../src/scan.js'
import { Workspace } from '../../../src/workspace/workspace.js'
import { armWindow } from '../../support/manifests.js'

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'
/** A dynamic scope of the subscription is created by a subscription deployment (one of a resource group's selects its VMs only). */
const SUBSCRIPTION_SCHEMA = 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#'
const AS_OF = new Date('2025-11-03T00:00:00Z')

type Json = Record<string, unknown>
const folders: string[] = []
afterAll(() => folders.forEach(folder => rmSync(folder, { recursive: true, force: true })))

const configuration = (windowsParameters: Json): Json => armWindow('mc1', { windowsParameters })
const SECURITY = { classificationsToInclude: ['Critical', 'Security'] }
const vm: Json = {
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
const loop = (name: string, count: unknown, input: unknown): Json => ({ copy: [{ name, count, input }] })
/** The VM and its configuration in rg-app (an inner-scope nested deployment), a dynamic scope of the subscription with this filter. */
const dynamicScope = (filter: Json): Json[] => [
  {
    type: 'Microsoft.Resources/deployments',
    apiVersion: '2022-09-01',
    name: 'app',
    resourceGroup: 'rg-app',
    properties: { mode: 'Incremental', expressionEvaluationOptions: { scope: 'inner' }, template: { $schema: SCHEMA, contentVersion: '1.0.0.0', resources: [configuration(SECURITY), vm] } }
  },
  {
    type: 'Microsoft.Maintenance/configurationAssignments',
    apiVersion: '2023-04-01',
    name: 'dyn',
    location: 'global',
    properties: {
      maintenanceConfigurationId: "[resourceId('rg-app', 'Microsoft.Maintenance/maintenanceConfigurations', 'mc1')]",
      filter: { resourceTypes: ['Microsoft.Compute/virtualMachines'], osTypes: ['Windows'], ...filter }
    }
  }
]
/** The VM and its configuration side by side, assigned directly. */
const direct = (windowsParameters: Json): Json[] => [
  configuration(windowsParameters),
  vm,
  {
    type: 'Microsoft.Maintenance/configurationAssignments',
    apiVersion: '2023-04-01',
    name: 'a1',
    location: 'westeurope',
    scope: 'Microsoft.Compute/virtualMachines/vm1',
    properties: { maintenanceConfigurationId: "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'mc1')]" }
  }
]

function folderOf(resources: Json[], parameters: Json = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'property-copy-'))
  folders.push(root)
  const $schema = resources.some(resource => resource.type === 'Microsoft.Resources/deployments') ? SUBSCRIPTION_SCHEMA : SCHEMA
  writeFileSync(join(root, 'main.json'), `${JSON.stringify({ $schema, contentVersion: '1.0.0.0', parameters, resources }, null, 2)}\n`)
  return root
}

async function verdictOf(resources: Json[], parameters: Json = {}) {
  const report = buildJsonReport(await scan({ root: folderOf(resources, parameters), asOf: AS_OF, repositoryFolder: '' }), { toolVersion: 'test', asOf: '2025-11-03' })
  const [vmEntry] = report.resources
  // A finding's message up to its first sentence (the rest is the advisory's).
  const findings = report.findings.map(f => `${f.ruleId} ${f.file}:${f.startLine}: ${f.message.slice(0, f.message.indexOf('. '))}`)
  return { verdict: vmEntry?.verdict, reasons: vmEntry?.reasons.slice(2), findings }
}

async function readModel(resources: Json[], limits?: { instances: number; steps: number }) {
  const workspace = new Workspace(folderOf(resources))
  return (await armReader.read(workspace.list(), workspace, limits)).resources
}

const NOT_SELECTED = {
  verdict: 'affected-no-plan',
  reasons: [
    'no maintenance configuration is assigned',
    'rebootSetting is IfRequired on the VM (main.json:67), but with bypassPlatformSafetyChecksOnUserSchedule true the platform only patches it in a maintenance window'
  ],
  findings: [
    "reboot-plan-required main.json:47: VM 'vm1' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition but no reboot plan: " +
      "no maintenance configuration is assigned to it; dynamic scope 'dyn' (main.json:79) does not select it: its filter's resource groups (rg-x) do not include 'rg-app'"
  ]
}

describe('a property built by a property copy loop', () => {
  it('restricts a dynamic scope to the resource groups it lists (it selected every group)', async () => {
    expect(await verdictOf(dynamicScope(loop('resourceGroups', 1, 'rg-x')))).toEqual(NOT_SELECTED)
    // Control: the literal list says the same.
    expect(await verdictOf(dynamicScope({ resourceGroups: ['rg-x'] }))).toEqual(NOT_SELECTED)
    // A loop whose items include the VM's group selects it.
    const both = await verdictOf(dynamicScope(loop('resourceGroups', 2, "[if(equals(copyIndex('resourceGroups'), 0), 'rg-x', 'rg-app')]")))
    expect([both.verdict, both.findings]).toEqual(['affected-with-plan', []])
  })

  it('gives a configuration the classifications it lists (it installed the default ones), located at the loop', async () => {
    expect(await verdictOf(direct(loop('classificationsToInclude', 1, 'Definition')))).toEqual({
      verdict: 'affected-reboot-blocked',
      reasons: ["maintenance configuration 'mc1' is assigned directly (assignment 'a1'), but it installs only Definition updates (main.json:27), never a baseline's Security update"],
      findings: [
        "reboot-blocked main.json:27: VM 'vm1' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition, but its maintenance configuration 'mc1' " +
          "installs only Definition updates: a baseline is a Security update, which this window never installs or reboots for"
      ]
    })
    const [mc] = (await readModel(direct(loop('classificationsToInclude', 2, "[createArray('Definition', 'Security')[copyIndex('classificationsToInclude')]]"))))
      .filter((r): r is MaintenanceConfiguration => r.kind === 'maintenance-configuration')
    expect(mc?.classificationsToInclude).toEqual({ value: ['Definition', 'Security'], origin: 'expression', location: { file: 'main.json', line: 27, column: 17 } })
  })

  it('is unresolved, never guessed, when its count cannot be evaluated, and bounded by the evaluation budget', async () => {
    const filterOf = async (filter: Json, limits?: { instances: number; steps: number }) =>
      (await readModel(dynamicScope(filter), limits)).find((r): r is MaintenanceAssignment => r.kind === 'maintenance-assignment')?.filter?.resourceGroups
    expect(await filterOf(loop('resourceGroups', "[parameters('n')]", 'rg-x'))).toEqual({
      value: undefined,
      origin: 'unresolved',
      reason: "parameter 'n' is not declared",
      location: { file: 'main.json', line: 95, column: 15 }
    })
    expect(await filterOf(loop('resourceGroups', 800, 'rg-x'), { instances: 10_000, steps: 200 })).toMatchObject({
      origin: 'unresolved',
      reason: 'evaluation stopped: the template needs too many steps'
    })
    // Another loop of the object builds another property: this one is not written.
    expect(await filterOf(loop('locations', 1, 'westeurope'))).toMatchObject({ origin: 'absent' })
    const undecided = await verdictOf(dynamicScope(loop('resourceGroups', "[parameters('n')]", 'rg-x')), { n: { type: 'int' } })
    const why = "parameter 'n' has no default value and no parameter file sets it"
    expect(undecided).toEqual({
      verdict: 'indeterminate',
      reasons: [
        `maintenance configuration 'mc1' may be assigned by dynamic scope (assignment 'dyn'), but whether it applies cannot be verified (filter.resourceGroups: ${why})`,
        `filter.resourceGroups could not be resolved (main.json:99): ${why}`
      ],
      findings: [
        "indeterminate main.json:99: VM 'vm1' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition, but its reboot plan could not be verified: " +
          `filter.resourceGroups at main.json:99: ${why}`
      ]
    })
  })
})
