/**
 * Bicep condition keys (src/readers/bicep/condition-keys.ts, model/deployment-condition.ts): a resource whose `if`,
 * module `if` or loop could not be evaluated carries a key per such condition, equal for one expression (its syntax
 * tree, whatever its layout) in one template instance, and for a loop's filter that reads the item, for one item of
 * loops over one iterable. The `[?]` instance of a loop over unknown items is named, as written `vms[i]`, by the index
 * of another loop over the same items: not by a value computed of that index.
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceAssignment, Resource } from '../../../src/model/resources.js'
import { readMemory } from './memory-files.js'

const VM = (symbol: string, head: string, name = `'${symbol}'`) =>
  `resource ${symbol} 'Microsoft.Compute/virtualMachines@2024-07-01' = ${head}{\n  name: ${name}\n  location: 'westeurope'\n  properties: {}\n}${head.startsWith('[') ? ']' : ''}\n`
const ASSIGNMENT = (symbol: string, head: string, scope: string) =>
  `resource ${symbol} 'Microsoft.Maintenance/configurationAssignments@2023-04-01' = ${head}{\n  name: '${symbol}'\n  location: 'westeurope'\n  scope: ${scope}\n  properties: { maintenanceConfigurationId: 'x' }\n}${head.startsWith('[') ? ']' : ''}\n`

const keysOf = (resources: readonly Resource[], name: string) => resources.find(r => r.displayName === name)?.conditionKeys

describe('Bicep condition keys', () => {
  it('one `if` expression in one template instance: one key, whatever its layout; a module’s `if` is its resources’', async () => {
    const { resources } = await readMemory({
      'main.bicep':
        'param deployVm bool\nparam deployPlan bool\n' +
        VM('a', 'if (deployVm) ') +
        VM('b', 'if (  deployVm  ) ') +
        VM('c', 'if (deployPlan) ') +
        "module stack 'stack.bicep' = if (deployVm) {\n  name: 'stack'\n  params: { deployVm: deployPlan }\n}\n",
      'stack.bicep': 'param deployVm bool\n' + VM('d', 'if (deployVm) ') + VM('e', '')
    })
    const ifKey = (name: string, file = 'main.bicep') => `bicep:${file}|if|{"kind":"identifier","name":"${name}"}`
    expect(['a', 'b', 'c', 'd', 'e'].map(name => keysOf(resources, name))).toEqual([
      [ifKey('deployVm')],
      [ifKey('deployVm')],
      [ifKey('deployPlan')],
      [ifKey('deployVm'), ifKey('deployVm', 'main.bicep#stack > stack.bicep')],
      [ifKey('deployVm')]
    ])
  })

  it('a filter that reads the item is keyed with the loop and the item it reads, whatever else the loop binds', async () => {
    const { resources } = await readMemory({
      'main.bicep':
        'param names array\n' +
        VM('vms', "[for name in names: if (name != 'spare') ", 'name') +
        ASSIGNMENT('same', "[for (name, i) in names: if (name != 'spare') ", 'vms[i]') +
        ASSIGNMENT('swapped', "[for (i, name) in names: if (name != 'spare') ", 'vms[name]')
    })
    const [vms, same, swapped] = resources as [Resource, MaintenanceAssignment, MaintenanceAssignment]
    const loop = 'bicep:main.bicep|for|{"kind":"identifier","name":"names"}'
    const filter = `|if|{"kind":"binary","operator":"!=","left":{"kind":"identifier","name":"name"},"right":{"kind":"string","value":"spare"}}`
    expect([vms, same, swapped].map(resource => resource.conditionKeys)).toEqual([
      [loop, `${loop}[?]|name,${filter}`],
      [loop, `${loop}[?]|name,${filter}`],
      // `name` is the index here: another value than the other loops' item.
      [loop, `${loop}[?]|,name${filter}`]
    ])
    // Both name the VM of their own iteration (`name` is `swapped`'s index), but only `same` filters on the item.
    const vm = { type: 'Microsoft.Compute/virtualMachines', name: undefined, symbol: 'main.bicep#vms[?]' }
    expect([same.target?.target.value, swapped.target?.target.value]).toEqual([vm, vm])
  })

  it('`vms[i]` names the instance of the same iteration; an index computed of `i`, or of another loop, does not', async () => {
    const { resources } = await readMemory({
      'main.bicep':
        'param names array\nparam otherNames array\n' +
        VM('vms', '[for name in names: ', 'name') +
        ASSIGNMENT('paired', '[for (name, i) in names: ', 'vms[i]') +
        ASSIGNMENT('shifted', '[for (name, i) in names: ', 'vms[i + 1]') +
        ASSIGNMENT('reversed', '[for (name, i) in names: ', 'vms[length(names) - 1 - i]') +
        ASSIGNMENT('other', '[for (name, i) in otherNames: ', 'vms[i]')
    })
    const targets = (resources as MaintenanceAssignment[]).slice(1).map(a => [a.displayName, a.target?.target.origin, a.target?.target.value?.symbol])
    expect(targets).toEqual([
      ['paired', 'literal', 'main.bicep#vms[?]'],
      ['shifted', 'unresolved', undefined],
      ['reversed', 'unresolved', undefined],
      ['other', 'unresolved', undefined]
    ])
  })
})
