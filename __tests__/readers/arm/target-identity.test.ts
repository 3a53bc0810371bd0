/**
 * Unit tests for src/readers/arm/model/target-identity.ts: the VM an assignment names by an ID built from
 * parameters the template cannot resolve (found by the parity suite: a maintenance template of another
 * folder whose subscription ID is a parameter without default).
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceAssignment } from '../../../src/model/resources.js'
import { armReader } from '../../../src/readers/arm/arm-reader.js'
import { memoryWorkspace, readWorkspace } from '../kubernetes/helpers.js'

/** An ID built with format(): `{0}` is the subscription parameter, `{1}` the environment parameter. */
const vmId = (group: string, name: string) =>
  `[format('/subscriptions/{0}/resourceGroups/${group}/providers/Microsoft.Compute/virtualMachines/${name}', ` +
  "parameters('subscriptionId'), parameters('environment'))]"

const assignment = (name: string, scope: string) => ({
  type: 'Microsoft.Maintenance/configurationAssignments',
  apiVersion: '2023-04-01',
  name,
  location: 'westeurope',
  scope,
  properties: {
    maintenanceConfigurationId: "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'mc-app-monthly')]",
    resourceId: scope
  }
})

const TEMPLATE = {
  $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
  contentVersion: '1.0.0.0',
  parameters: { subscriptionId: { type: 'string' }, environment: { type: 'string' } },
  resources: [
    assignment('known-group', vmId('rg-app', 'vm-app-01')),
    assignment('unknown-group', vmId('rg-{1}', 'vm-app-02')),
    assignment('unknown-name', vmId('rg-app', 'vm-{1}'))
  ]
}

describe('an assignment target whose ID has unresolved segments', () => {
  it('is named by its type and name when only the subscription or resource group is unknown', async () => {
    const workspace = memoryWorkspace({ 'maintenance.json': JSON.stringify(TEMPLATE, null, 2) })
    const assignments = (await readWorkspace(armReader, workspace)).resources as MaintenanceAssignment[]
    const targets = assignments.map(a => [a.displayName, a.target?.target.value ?? a.target?.target.reason])
    expect(targets).toEqual([
      ['known-group', { type: 'Microsoft.Compute/virtualMachines', name: 'vm-app-01', resourceGroup: 'rg-app' }],
      ['unknown-group', { type: 'Microsoft.Compute/virtualMachines', name: 'vm-app-02' }],
      ['unknown-name', "parameter 'subscriptionId' has no default value and no parameter file sets it"]
    ])
  })
})

describe('an assignment that names its target twice', () => {
  const vm = (name: string) => `[resourceId('Microsoft.Compute/virtualMachines', '${name}')]`
  const twice = (name: string, scope: string, resourceId: string) => ({ ...assignment(name, scope), properties: { ...assignment(name, scope).properties, resourceId } })

  it('targets the scope, whether properties.resourceId holds the same ID or another', async () => {
    const template = { ...TEMPLATE, resources: [twice('same', vm('vm-a'), vm('vm-a')), twice('other', vm('vm-b'), vm('vm-c'))] }
    const workspace = memoryWorkspace({ 'maintenance.json': JSON.stringify(template, null, 2) })
    const assignments = (await readWorkspace(armReader, workspace)).resources as MaintenanceAssignment[]
    expect(assignments.map(a => [a.displayName, a.target?.target.value, a.configuration.target.value])).toEqual([
      ['same', { type: 'Microsoft.Compute/virtualMachines', name: 'vm-a' }, { type: 'Microsoft.Maintenance/maintenanceConfigurations', name: 'mc-app-monthly' }],
      ['other', { type: 'Microsoft.Compute/virtualMachines', name: 'vm-b' }, { type: 'Microsoft.Maintenance/maintenanceConfigurations', name: 'mc-app-monthly' }]
    ])
  })
})
