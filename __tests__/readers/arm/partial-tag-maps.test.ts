/**
 * ARM tags built on a parameter that has no value (`[union(parameters('baseTags'), createObject('PatchGroup', 'B'))]`):
 * the later argument wins a duplicate key, so the members written after the unknown object are certain and a
 * dynamic scope's tag filter decides on them. A key the unknown object alone may hold stays unknown, and so does
 * one written before it; a value computed from such an object is not that object.
 */
import { describe, expect, it } from '@jest/globals'
import { armTemplate, armVm, armWindow, SCHEDULED_ARM_SETTINGS } from '../../support/manifests.js'
import { scanTree } from '../../support/temporary-tree.js'

const WINDOW_ID = "[resourceId('Microsoft.Maintenance/maintenanceConfigurations', 'mc-hp')]"

const dynamicScope = (operator: string, tags: Record<string, string[]>) => ({
  type: 'Microsoft.Maintenance/configurationAssignments',
  apiVersion: '2023-04-01',
  name: 'ds-patch-group',
  dependsOn: [WINDOW_ID],
  properties: {
    maintenanceConfigurationId: WINDOW_ID,
    filter: { resourceTypes: ['Microsoft.Compute/virtualMachines'], tagSettings: { filterOperator: operator, tags } }
  }
})

const verdictOf = async (tags: string, operator = 'All', filter: Record<string, string[]> = { PatchGroup: ['A'] }): Promise<string[]> => {
  const resources = [armWindow('mc-hp'), dynamicScope(operator, filter), armVm('vm-hp-01', { tags }, SCHEDULED_ARM_SETTINGS)]
  const template = armTemplate(resources, { parameters: { baseTags: { type: 'object' } } })
  const result = await scanTree({ 'azuredeploy.json': template }, { asOf: new Date('2025-11-03T00:00:00Z'), threads: 1 })
  return result.assessments.map(({ vm, verdict }) => `${vm.displayName} ${verdict}`)
}

describe("ARM: tags of union() on a parameter without a value", () => {
  it('are not selected when a key written after the unknown object has another value', async () => {
    expect(await verdictOf("[union(parameters('baseTags'), createObject('PatchGroup', 'B'))]")).toEqual(['vm-hp-01 affected-no-plan'])
  })

  it('are selected when a key written after the unknown object has the value the filter asks for, in any case', async () => {
    expect(await verdictOf("[union(parameters('baseTags'), createObject('patchgroup', 'A'))]")).toEqual(['vm-hp-01 affected-with-plan'])
  })

  it('stay indeterminate when the key may come from the unknown object only, or is written before it', async () => {
    expect(await verdictOf("[union(parameters('baseTags'), createObject('Owner', 'team'))]")).toEqual(['vm-hp-01 indeterminate'])
    expect(await verdictOf("[union(createObject('PatchGroup', 'B'), parameters('baseTags'))]")).toEqual(['vm-hp-01 indeterminate'])
  })

  it('honour the filter operator: All fails on one certain mismatch, Any waits for a key it does not know', async () => {
    const both = { PatchGroup: ['A'], Env: ['prod'] }
    const patchGroupB = "[union(parameters('baseTags'), createObject('PatchGroup', 'B'))]"
    expect(await verdictOf(patchGroupB, 'All', both)).toEqual(['vm-hp-01 affected-no-plan'])
    expect(await verdictOf(patchGroupB, 'Any', both)).toEqual(['vm-hp-01 indeterminate'])
    expect(await verdictOf("[union(parameters('baseTags'), createObject('PatchGroup', 'B', 'Env', 'test'))]", 'Any', both)).toEqual([
      'vm-hp-01 affected-no-plan'
    ])
  })

  it('merge a later nested object into what the unknown one may hold there (deep); a computed value is not the object', async () => {
    const nested = (member: string) => `[union(parameters('baseTags'), createObject('nested', createObject('${member}', 'B'))).nested]`
    expect(await verdictOf(nested('PatchGroup'))).toEqual(['vm-hp-01 affected-no-plan'])
    expect(await verdictOf(nested('Owner'))).toEqual(['vm-hp-01 indeterminate'])
    const computed = "[intersection(union(parameters('baseTags'), createObject('PatchGroup', 'B')), createObject('Env', 'prod'))]"
    expect(await verdictOf(computed)).toEqual(['vm-hp-01 indeterminate'])
  })
})
