/**
 * ARM: a nested deployment of a linked template that is not read and whose link names maintenance
 * (`nested/maintenance-assignment.json`) is, as an unread Bicep or Terraform maintenance module is, an assignment to
 * each VM it is passed the ID of, and a dynamic scope for each filter it is passed, whose configuration is decided
 * inside the template. A hotpatch VM it may cover was `affected-no-plan`, "no maintenance configuration is assigned":
 * it is `indeterminate`, naming the deployment. A link that names no maintenance assigns nothing.
 */
import { describe, expect, it } from '@jest/globals'
import { scanTree } from '../../support/temporary-tree.js'

const AS_OF = new Date('2026-11-24T00:00:00Z')

const VM = {
  type: 'Microsoft.Compute/virtualMachines',
  apiVersion: '2024-07-01',
  name: 'vm-hp',
  location: 'westeurope',
  tags: { UpdateManagement: 'mc-win' },
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

const deployment = (uri: string, parameters: Record<string, unknown>) => ({
  type: 'Microsoft.Resources/deployments',
  apiVersion: '2022-09-01',
  name: 'patching',
  properties: { mode: 'Incremental', templateLink: { uri }, parameters }
})

/** One template per line of its resources' JSON, so that each resource starts at a line of its own (VM at 4, the deployment at 5). */
const template = (resources: readonly unknown[]) =>
  [
    '{',
    '  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0.0.0",',
    '  "resources": [',
    resources.map(resource => `    ${JSON.stringify(resource)}`).join(',\n'),
    '  ]',
    '}'
  ].join('\n')

const LINK = 'https://example.com/templates/nested/maintenance-assignment.json'
const FILTER = { resourceTypes: ['Microsoft.Compute/virtualMachines'], tagSettings: { filterOperator: 'All', tags: { UpdateManagement: ['mc-win'] } } }
const INSIDE = 'decided inside deployment patching, which is not read (the linked template (templateLink) is not read)'
const BYPASS =
  'rebootSetting is IfRequired on the VM (main.json:4), but with bypassPlatformSafetyChecksOnUserSchedule true the platform only patches it in a maintenance window'

async function judged(parameters: Record<string, unknown>, uri = LINK) {
  const result = await scanTree({ 'main.json': template([VM, deployment(uri, parameters)]) }, { asOf: AS_OF, threads: 1 })
  const [assessment] = result.assessments
  return { verdict: assessment?.verdict, reasons: assessment?.reasons.slice(1) }
}

describe('an unread linked template whose link names maintenance', () => {
  it("passed the VM's resource ID: an assignment to it whose configuration is decided inside", async () => {
    expect(await judged({ vmId: { value: "[resourceId('Microsoft.Compute/virtualMachines', 'vm-hp')]" } })).toEqual({
      verdict: 'indeterminate',
      reasons: [
        'enableHotpatching is true (main.json:4)',
        `assignment 'deployment patching' targets it directly, but its maintenance configuration cannot be verified (${INSIDE})`,
        `maintenanceAssignment.configuration could not be resolved (main.json:5): ${INSIDE}`
      ]
    })
  })

  it('passed a dynamic scope filter that selects the VM: a dynamic scope whose configuration is decided inside', async () => {
    expect(await judged({ scope: { value: { filter: FILTER } } })).toEqual({
      verdict: 'indeterminate',
      reasons: [
        'enableHotpatching is true (main.json:4)',
        `assignment 'deployment patching' selects it by dynamic scope, but its maintenance configuration cannot be verified (${INSIDE})`,
        `maintenanceAssignment.configuration could not be resolved (main.json:5): ${INSIDE}`
      ]
    })
  })

  it("passed a filter whose tags rule the VM out, or another VM's ID: still no plan", async () => {
    const other = { tagSettings: { tags: { UpdateManagement: ['mc-linux'] } }, resourceTypes: ['Microsoft.Compute/virtualMachines'] }
    const otherVm = "[resourceId('Microsoft.Compute/virtualMachines', 'vm-other')]"
    expect(await judged({ filter: { value: other }, vmId: { value: otherVm } })).toEqual({
      verdict: 'affected-no-plan',
      reasons: ['enableHotpatching is true (main.json:4)', 'no maintenance configuration is assigned', BYPASS]
    })
  })

  it('whose link names no maintenance: assigns nothing, whatever it is passed', async () => {
    expect(await judged({ filter: { value: FILTER } }, 'https://example.com/templates/nested/network.json')).toEqual({
      verdict: 'affected-no-plan',
      reasons: ['enableHotpatching is true (main.json:4)', 'no maintenance configuration is assigned', BYPASS]
    })
  })
})
