/**
 * Terraform plan reader (src/readers/terraform/plan/plan-references.ts): `vm[each.key].id` and
 * `vm[count.index].id` are written in a plan's configuration as the whole resource and `each.key` /
 * `count.index` (the subject of a reference with a dynamic index). Each assignment instance names the VM
 * instance of its own key; with several VM instances and no such key, the reference stays unresolved.
 * Before, every instance named the first VM instance: a plan credited to the VM without one, and an error
 * on the VM that had it (a helper's reproduction).
 */
import { describe, expect, it } from '@jest/globals'
import { planAssignmentTargets, plannedCreate as change } from './support.js'

const VM_TYPE = 'azurerm_windows_virtual_machine'
const ASSIGNMENT_TYPE = 'azurerm_maintenance_assignment_virtual_machine'

/** A plan with VM instances at `vmKeys` and assignment instances at `assignmentKeys`, whose target is written as `references`. */
function plan(vmKeys: readonly string[], assignmentKeys: readonly string[], references: readonly string[]): string {
  const vms = vmKeys.map(key => change(`${VM_TYPE}.vm${key}`, VM_TYPE, { name: `vm-${key.replace(/\W/g, '')}`, resource_group_name: 'rg-app' }, { id: true }))
  const assignments = assignmentKeys.map(key =>
    change(`${ASSIGNMENT_TYPE}.as${key}`, ASSIGNMENT_TYPE, { location: 'westeurope' }, { id: true, virtual_machine_id: true, maintenance_configuration_id: true })
  )
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.8',
    resource_changes: [...vms, ...assignments],
    configuration: {
      root_module: {
        resources: [{ address: `${ASSIGNMENT_TYPE}.as`, mode: 'managed', type: ASSIGNMENT_TYPE, name: 'as', expressions: { virtual_machine_id: { references } } }]
      }
    }
  })
}

/** `assignment address -> VM symbol it targets` (or what its target is instead). */
async function targets(text: string): Promise<string[]> {
  return (await planAssignmentTargets(text)).map(({ symbol, target }) => `${symbol} -> ${target?.value?.symbol ?? target?.origin ?? 'none'}`)
}

describe('an assignment instance that targets a VM instance by its own key', () => {
  it('vm[each.key].id: the VM instance of the same key', async () => {
    expect(await targets(plan(['["a"]', '["b"]'], ['["b"]'], [VM_TYPE + '.vm', 'each.key']))).toEqual([
      `.#${ASSIGNMENT_TYPE}.as["b"] -> .#${VM_TYPE}.vm["b"]`
    ])
  })

  it('vm[count.index].id: each assignment its own VM', async () => {
    expect(await targets(plan(['[0]', '[1]'], ['[0]', '[1]'], [VM_TYPE + '.vm', 'count.index']))).toEqual([
      `.#${ASSIGNMENT_TYPE}.as[0] -> .#${VM_TYPE}.vm[0]`,
      `.#${ASSIGNMENT_TYPE}.as[1] -> .#${VM_TYPE}.vm[1]`
    ])
  })

  it('several VM instances and an index the plan does not tell: unresolved, never the first instance', async () => {
    expect(await targets(plan(['["a"]', '["b"]'], [''], [VM_TYPE + '.vm', 'local.pick']))).toEqual([`.#${ASSIGNMENT_TYPE}.as -> unresolved`])
  })

  it('one VM instance: that one, whatever the index', async () => {
    expect(await targets(plan(['["a"]'], [''], [VM_TYPE + '.vm', 'local.pick']))).toEqual([`.#${ASSIGNMENT_TYPE}.as -> .#${VM_TYPE}.vm["a"]`])
  })
})
