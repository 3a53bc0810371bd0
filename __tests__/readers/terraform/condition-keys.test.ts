/**
 * Terraform condition keys (src/readers/terraform/runtime/condition-keys.ts, model/deployment-condition.ts): a
 * resource whose `count` or `for_each` (or a module call's on its way) has no value carries a key per such
 * condition: its expression in the module instance evaluating it. `vm[count.index]` / `vm[each.key]` written in a
 * resource of the same count or for_each as `vm` name its one instance (the same iteration), and `vm[0]` of a `vm`
 * counted 0 or 1 (`var.create ? 1 : 0`) names it too; an index computed of those, a count that may be more than 1,
 * or a resource reached through a local, does not (eval/traverse.ts `pairedInstance`).
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceAssignment, Resource } from '../../../src/model/resources.js'
import { readMemoryModel } from './support.js'

const VM = (label: string, meta: string) =>
  `resource "azurerm_windows_virtual_machine" "${label}" {\n  ${meta}\n  name = "${label}-\${count.index}"\n  resource_group_name = "rg"\n}\n`
const ASSIGNMENT = (label: string, meta: string, target: string) =>
  `resource "azurerm_maintenance_assignment_virtual_machine" "${label}" {\n  ${meta}\n  location = "westeurope"\n  maintenance_configuration_id = "x"\n  virtual_machine_id = ${target}\n}\n`
const VARIABLES = 'variable "create" {\n  type = bool\n}\nvariable "size" {\n  type = number\n}\n'

const targetOf = (resources: readonly Resource[], address: string) => {
  const found = resources.find(r => r.displayName === `azurerm_maintenance_assignment_virtual_machine.${address}`) as MaintenanceAssignment
  return found.target?.target.value?.symbol ?? found.target?.target.origin
}

describe('Terraform condition keys', () => {
  it('`vm[count.index]` of one count names its instance; computed of it, of another count or through a local, it does not', async () => {
    const { resources } = await readMemoryModel({
      'main.tf':
        VARIABLES +
        'locals {\n  vms = azurerm_windows_virtual_machine.vm\n}\n' +
        VM('vm', 'count = var.size') +
        ASSIGNMENT('paired', 'count = var.size', 'azurerm_windows_virtual_machine.vm[count.index].id') +
        ASSIGNMENT('shifted', 'count = var.size', 'azurerm_windows_virtual_machine.vm[count.index + 1].id') +
        ASSIGNMENT('local', 'count = var.size', 'local.vms[count.index].id') +
        ASSIGNMENT('other', 'count = var.create ? 1 : 0', 'azurerm_windows_virtual_machine.vm[count.index].id') +
        ASSIGNMENT('first', 'count = var.size', 'azurerm_windows_virtual_machine.vm[0].id')
    })
    expect(['paired', 'shifted', 'local', 'other', 'first'].map(address => targetOf(resources, address))).toEqual([
      '.#azurerm_windows_virtual_machine.vm',
      'unresolved',
      'unresolved',
      'unresolved',
      'unresolved'
    ])
    const count = (expression: string) => `terraform:.|||count|${expression}`
    const size = count('{"kind":"getattr","target":{"kind":"variable","name":"var"},"name":"size"}')
    expect(resources.map(r => [r.displayName, r.conditionKeys])).toEqual([
      ['azurerm_windows_virtual_machine.vm', [size]],
      ...['paired', 'shifted', 'local'].map(name => [`azurerm_maintenance_assignment_virtual_machine.${name}`, [size]]),
      [
        'azurerm_maintenance_assignment_virtual_machine.other',
        [
          count(
            '{"kind":"conditional","condition":{"kind":"getattr","target":{"kind":"variable","name":"var"},"name":"create"},' +
              '"then":{"kind":"literal","value":1},"else":{"kind":"literal","value":0}}'
          )
        ]
      ],
      ['azurerm_maintenance_assignment_virtual_machine.first', [size]]
    ])
  })

  it('`vm[0]` of a VM counted 0 or 1 names its one instance; counted 0 or 2, it does not', async () => {
    const { resources } = await readMemoryModel({
      'main.tf':
        VARIABLES +
        VM('single', 'count = var.create ? 1 : 0') +
        VM('double', 'count = var.create ? 2 : 0') +
        ASSIGNMENT('single', '', 'azurerm_windows_virtual_machine.single[0].id') +
        ASSIGNMENT('double', '', 'azurerm_windows_virtual_machine.double[0].id')
    })
    expect(['single', 'double'].map(address => targetOf(resources, address))).toEqual(['.#azurerm_windows_virtual_machine.single', 'unresolved'])
  })

  it('a module call’s count is its resources’ (keyed in the calling module); one of its own that is 0 leaves no key', async () => {
    const { resources } = await readMemoryModel({
      'main.tf': `${VARIABLES}module "stack" {\n  source = "./stack"\n  count = var.size\n  size = var.size\n}\n`,
      'stack/main.tf': 'variable "size" {\n  type = number\n}\n' + VM('vm', 'count = var.size') + VM('none', 'count = 0')
    })
    const size = (scope: string) => `terraform:.||${scope}|count|{"kind":"getattr","target":{"kind":"variable","name":"var"},"name":"size"}`
    expect(resources.map(r => [r.displayName, r.deployed.origin, r.conditionKeys])).toEqual([
      ['module.stack.azurerm_windows_virtual_machine.vm', 'unresolved', [size(''), size('module.stack')]],
      ['module.stack.azurerm_windows_virtual_machine.none', 'unresolved', undefined]
    ])
  })
})
