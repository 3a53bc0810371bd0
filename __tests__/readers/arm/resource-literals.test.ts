import { describe, expect, it } from '@jest/globals'
import { known } from '../../../src/model/source.js'
import { mapMaintenanceConfiguration, mapVirtualMachine, type ArmPropertySource } from '../../../src/readers/shared/azure-compute/index.js'
import { maintenanceConfigurationOf, virtualMachineOf, withCommon, type CommonFields } from '../../../src/readers/arm/model/resource-common.js'

const at = { file: 'vm.json', line: 7, column: 5 }

/** A source that writes every path it is asked for: each value names its path, so a swapped field shows. */
const everyPath: ArmPropertySource = {
  at,
  string: path => known(path.join('.'), at),
  boolean: path => known(path.length % 2 === 0, { ...at, line: path.length }),
  strings: path => known([path.join('.')], at),
  stringMap: path => known({ path: path.join('.') }, at),
  stringListMap: path => known({ path: [path.join('.')] }, at),
  written: () => known(true as const, at)
}

const common: CommonFields = {
  format: 'arm',
  identity: { type: 'Microsoft.Compute/virtualMachines', name: 'vm', symbol: 'vm.json#resources[0]' },
  unit: known({ kind: 'template-deployment', key: 'azure-deployment:' }, at),
  scope: { subscription: { value: undefined, origin: 'absent', location: at }, resourceGroup: known('rg', at) },
  displayName: 'vm',
  reportAt: at,
  declaredAt: at,
  related: [{ file: 'vm.parameters.json', startLine: 3, role: 'parameter-file' }],
  variant: 'vm.parameters.json',
  deployed: { value: true, origin: 'provider-default', location: at }
}

describe('resources built in one literal', () => {
  it('a VM or scale set has the fields, values and key order the common fields and the adapter give', () => {
    for (const kind of ['virtual-machine', 'scale-set'] as const) {
      const fields = mapVirtualMachine(everyPath, kind)
      const built = virtualMachineOf(common, fields)
      expect(Object.keys(built)).toEqual(Object.keys(withCommon(common, fields)))
      expect(built).toStrictEqual(withCommon(common, fields))
    }
  })

  it('a maintenance configuration has the fields, values and key order the common fields and the adapter give', () => {
    const fields = mapMaintenanceConfiguration(everyPath)
    const built = maintenanceConfigurationOf(common, fields)
    expect(Object.keys(built)).toEqual(Object.keys(withCommon(common, fields)))
    expect(built).toStrictEqual(withCommon(common, fields))
  })
})
