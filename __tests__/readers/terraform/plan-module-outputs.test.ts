/**
 * Terraform plan reader (src/readers/terraform/plan/plan-references.ts): an assignment whose
 * `virtual_machine_id` is a module output (`module.app.id`), unknown in the plan, is linked to the VM
 * through the configuration's module outputs, as the HCL reader links it (found by the parity suite).
 */
import { describe, expect, it } from '@jest/globals'
import type { MaintenanceAssignment, VirtualMachine } from '../../../src/model/resources.js'
import { plannedCreate as change, readMemoryModel, show } from './support.js'

const references = (...names: string[]) => ({ references: names })

const VM = { name: 'vm-app-01', resource_group_name: 'rg-app', patch_mode: 'AutomaticByPlatform', hotpatching_enabled: true }
const ASSIGNMENT = { location: 'westeurope' }
const UNKNOWN_IDS = { id: true, maintenance_configuration_id: true, virtual_machine_id: true }
const ASSIGNMENT_TYPE = 'azurerm_maintenance_assignment_virtual_machine'

/** A plan whose root assigns `reference` to the VM planned at `vmAddress`, with the given module configuration. */
function plan(vmAddress: string, reference: readonly string[], moduleCalls: Record<string, unknown>): string {
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.8',
    resource_changes: [
      change(vmAddress, 'azurerm_windows_virtual_machine', VM, { id: true }),
      change(`${ASSIGNMENT_TYPE}.app`, ASSIGNMENT_TYPE, ASSIGNMENT, UNKNOWN_IDS)
    ],
    configuration: {
      root_module: {
        resources: [
          {
            address: `${ASSIGNMENT_TYPE}.app`,
            mode: 'managed',
            type: ASSIGNMENT_TYPE,
            name: 'app',
            expressions: { virtual_machine_id: references(...reference) }
          }
        ],
        module_calls: moduleCalls
      }
    }
  })
}

const vmModule = (outputs: Record<string, unknown>, moduleCalls: Record<string, unknown> = {}) => ({
  source: './modules/vm',
  module: { outputs, module_calls: moduleCalls }
})

async function target(planText: string, vmAddress: string) {
  const model = await readMemoryModel({ 'tfplan.json': planText })
  expect(model.parseErrors).toEqual([])
  const vm = model.resources.find((r): r is VirtualMachine => r.kind === 'virtual-machine')
  const assignment = model.resources.find((r): r is MaintenanceAssignment => r.kind === 'maintenance-assignment')
  expect(vm?.identity.symbol).toBe(`.#${vmAddress}`)
  const reference = assignment?.target?.target
  if (reference?.value === undefined) return reference === undefined ? 'no target' : show(reference)
  // The link is the VM's own symbol, which the rebuilt ID carries.
  const { type, name, symbol } = reference.value
  return `${type} ${String(name)} (${reference.origin}), ${symbol === vm?.identity.symbol ? 'the VM' : 'another resource'}`
}

describe('an assignment to a module output', () => {
  it('follows module.app.id to the VM the module plans', async () => {
    const address = 'module.app.azurerm_windows_virtual_machine.this'
    const id = references('azurerm_windows_virtual_machine.this.id', 'azurerm_windows_virtual_machine.this')
    const outputs = { id: { expression: id } }
    const text = plan(address, ['module.app.id', 'module.app'], { app: vmModule(outputs) })
    expect(await target(text, address)).toBe('Microsoft.Compute/virtualMachines vm-app-01 (expression), the VM')
  })

  it('follows outputs through nested modules and instance keys', async () => {
    const address = 'module.platform["weu"].module.app.azurerm_windows_virtual_machine.this'
    const inner = { id: { expression: references('azurerm_windows_virtual_machine.this.id') } }
    const outer = { vm_id: { expression: references('module.app.id', 'module.app') } }
    const text = plan(address, ['module.platform["weu"].vm_id'], { platform: vmModule(outer, { app: vmModule(inner) }) })
    expect(await target(text, address)).toBe('Microsoft.Compute/virtualMachines vm-app-01 (expression), the VM')
  })

  it('stays known after apply when outputs refer to each other in a cycle', async () => {
    const address = 'module.app.azurerm_windows_virtual_machine.this'
    const outputs = { a: { expression: references('module.self.b') } }
    const self = { b: { expression: references('module.self.b') } }
    const text = plan(address, ['module.app.a'], { app: vmModule(outputs, { self: vmModule(self) }) })
    expect(await target(text, address)).toBe('unresolved: known after apply @tfplan.json:1')
  })
})
