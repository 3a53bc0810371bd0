/**
 * An object whose keys are not all known (src/readers/bicep/sourced-values.ts reasonOf): a VM's tags written
 * `{ ...baseTags, PatchGroup: 'B' }` with a parameter that has no value are unresolved because of that parameter,
 * said as a union with it says it, not "expected an object of strings, found an object".
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceAssignment, VirtualMachine } from '../../../src/model/resources.js'
import { readMemory } from './memory-files.js'

const VM = `param baseTags object

resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {
  name: 'vm-hp-01'
  location: 'westeurope'
  tags: { ...baseTags, PatchGroup: 'B' }
  properties: {
    storageProfile: {
      imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2025-datacenter-azure-edition', version: 'latest' }
    }
  }
}

resource ds 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = {
  name: 'ds-b'
  properties: {
    maintenanceConfigurationId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Maintenance/maintenanceConfigurations/mc'
    filter: { resourceTypes: ['Microsoft.Compute/virtualMachines'], tagSettings: { tags: { ...baseTags, PatchGroup: ['B'] }, filterOperator: 'All' } }
  }
}
`
const NO_VALUE = "parameter 'baseTags' has no default and no parameter file sets it"

describe('an object spread from a parameter without a value', () => {
  it("leaves a VM's tags unresolved because of that parameter", async () => {
    const output = await readMemory({ 'main.bicep': VM })
    const vm = output.resources.find((r): r is VirtualMachine => r.kind === 'virtual-machine')
    expect(vm?.tags).toMatchObject({ value: undefined, origin: 'unresolved', reason: NO_VALUE, location: { file: 'main.bicep', line: 6 } })
  })

  it("leaves a dynamic scope's tag filter unresolved because of that parameter", async () => {
    const output = await readMemory({ 'main.bicep': VM })
    const scope = output.resources.find((r): r is MaintenanceAssignment => r.kind === 'maintenance-assignment')
    expect(scope?.filter?.tags).toMatchObject({ value: undefined, origin: 'unresolved', reason: NO_VALUE })
  })
})
