/**
 * Bicep tags built on a parameter that has no value (`union(baseTags, { PatchGroup: 'B' })`,
 * `{ ...baseTags, PatchGroup: 'B' }`): the later argument or property wins a duplicate key, so the keys written after
 * the unknown object are certain and a dynamic scope's tag filter decides on them. A key the unknown object alone
 * may hold stays unknown, and so does one written before it.
 */
import { describe, expect, it } from '@jest/globals'
import { scheduledBicepVm, scheduledBicepWindow } from '../../support/plan-manifests.js'
import { scanTree } from '../../support/temporary-tree.js'

const dynamicScope = (operator: string, tags: string) => `resource ds 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'ds-patch-group'
  properties: {
    maintenanceConfigurationId: mc.id
    filter: {
      resourceTypes: [ 'Microsoft.Compute/virtualMachines' ]
      tagSettings: { filterOperator: '${operator}', tags: ${tags} }
    }
  }
}
`

const verdictOf = async (tags: string, operator = 'All', filter = "{ PatchGroup: [ 'A' ] }"): Promise<string[]> => {
  const main = `param baseTags object\n${scheduledBicepWindow()}${dynamicScope(operator, filter)}${scheduledBicepVm({ tags })}`
  const result = await scanTree({ 'main.bicep': main }, { asOf: new Date('2025-11-03T00:00:00Z'), threads: 1 })
  return result.assessments.map(({ vm, verdict }) => `${vm.displayName} ${verdict}`)
}

describe.each([
  ['union()', (tags: string) => `union(baseTags, ${tags})`, (tags: string) => `union(${tags}, baseTags)`],
  ['a spread', (tags: string) => `{ ...baseTags, ${tags.slice(1)}`, (tags: string) => `${tags.slice(0, -1)}, ...baseTags }`]
])('Bicep: tags of %s on a parameter without a value', (_name, after, before) => {
  it('are not selected when a key written after the unknown object has another value', async () => {
    expect(await verdictOf(after("{ PatchGroup: 'B' }"))).toEqual(['vm-bicep affected-no-plan'])
  })

  it('are selected when a key written after the unknown object has the value the filter asks for', async () => {
    expect(await verdictOf(after("{ PatchGroup: 'A' }"))).toEqual(['vm-bicep affected-with-plan'])
  })

  it('stay indeterminate when the key may come from the unknown object only, or is written before it', async () => {
    expect(await verdictOf(after("{ Owner: 'team' }"))).toEqual(['vm-bicep indeterminate'])
    expect(await verdictOf(before("{ PatchGroup: 'B' }"))).toEqual(['vm-bicep indeterminate'])
  })

  it('honour the filter operator: All fails on one certain mismatch, Any waits for a key it does not know', async () => {
    const both = "{ PatchGroup: [ 'A' ], Env: [ 'prod' ] }"
    expect(await verdictOf(after("{ PatchGroup: 'B' }"), 'All', both)).toEqual(['vm-bicep affected-no-plan'])
    expect(await verdictOf(after("{ PatchGroup: 'B' }"), 'Any', both)).toEqual(['vm-bicep indeterminate'])
    expect(await verdictOf(after("{ PatchGroup: 'B', Env: 'test' }"), 'Any', both)).toEqual(['vm-bicep affected-no-plan'])
  })
})

describe('Bicep: union() of objects with one not known', () => {
  it('merges a later nested object into what the unknown one may hold there (deep, as ARM does)', async () => {
    // The nested object is incomplete: its known key stays certain; one it does not write may come from baseTags.nested.
    expect(await verdictOf("union(baseTags, { nested: { PatchGroup: 'B' } }).nested")).toEqual(['vm-bicep affected-no-plan'])
    expect(await verdictOf("union(baseTags, { nested: { Owner: 'team' } }).nested")).toEqual(['vm-bicep indeterminate'])
  })
})
