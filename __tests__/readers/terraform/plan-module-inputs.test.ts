/**
 * Terraform plan reader (src/readers/terraform/plan/plan-references.ts): an assignment inside a module whose
 * `virtual_machine_id = var.vm_id`, unknown in the plan (the VM is new), is linked to the VM through what the
 * calling module passes (`configuration...module_calls.<name>.expressions.<input>.references`), as the HCL reader
 * links it. It stayed "known after apply": the VM was `indeterminate` while the same configuration as `.tf` passed
 * (found by probing: a registry maintenance module, which README says to scan as a plan, takes the VM ID as an input).
 * Only a value that is that one resource is followed: anything else it may be leaves it unresolved.
 */
import { describe, expect, it } from '@jest/globals'
import { scan } from '../../../src/scan.js'
import { FIXTURES, planAssignmentTargets, plannedCreate as change } from './support.js'
import { verdicts } from './scan-files.js'

const VM_TYPE = 'azurerm_windows_virtual_machine'
const ASSIGNMENT_TYPE = 'azurerm_maintenance_assignment_virtual_machine'
const references = (...names: string[]) => ({ references: names })

/** A module whose assignment is written `virtual_machine_id = var.vm_id`, with the calls it makes itself. */
const maintModule = (inputs: Record<string, unknown>, moduleCalls: Record<string, unknown> = {}) => ({
  source: './modules/maint',
  expressions: inputs,
  module: {
    resources: [{ address: `${ASSIGNMENT_TYPE}.this`, mode: 'managed', type: ASSIGNMENT_TYPE, name: 'this', expressions: { virtual_machine_id: references('var.vm_id') } }],
    variables: { vm_id: {} },
    module_calls: moduleCalls
  }
})

/** A plan with VMs at `vmAddresses` and assignments at `assignmentAddresses`, whose root calls `moduleCalls`. */
function plan(vmAddresses: readonly string[], assignmentAddresses: readonly string[], moduleCalls: Record<string, unknown>): string {
  const vms = vmAddresses.map(address => change(address, VM_TYPE, { name: `vm-${address.replace(/^.*\.app/, '').replace(/\W/g, '') || 'app'}`, resource_group_name: 'rg-app' }, { id: true }))
  const assignments = assignmentAddresses.map(address =>
    change(address, ASSIGNMENT_TYPE, { location: 'westeurope' }, { id: true, virtual_machine_id: true, maintenance_configuration_id: true })
  )
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.8',
    resource_changes: [...vms, ...assignments],
    configuration: { root_module: { resources: [{ address: `${VM_TYPE}.app`, mode: 'managed', type: VM_TYPE, name: 'app', expressions: {} }], module_calls: moduleCalls } }
  })
}

/** `assignment address -> VM symbol it targets` (or what its target is instead). */
async function targets(text: string): Promise<string[]> {
  return (await planAssignmentTargets(text)).map(({ symbol, target }) => {
    const address = symbol.replace(/^\.#/, '')
    return `${address} -> ${target?.value?.symbol?.replace(/^\.#/, '') ?? `${target?.origin ?? 'none'}: ${target?.reason ?? ''}`}`
  })
}

const VM_ID = references(`${VM_TYPE}.app.id`, `${VM_TYPE}.app`)
const IN_MAINT = `module.maint.${ASSIGNMENT_TYPE}.this`

describe('an assignment in a module given the VM ID as an input', () => {
  it('var.vm_id: the VM the calling module passes', async () => {
    expect(await targets(plan([`${VM_TYPE}.app`], [IN_MAINT], { maint: maintModule({ vm_id: VM_ID }) }))).toEqual([`${IN_MAINT} -> ${VM_TYPE}.app`])
  })

  it('through nested modules, each passing its own var on, and a keyed module instance', async () => {
    const assignment = `module.platform["weu"].module.maint.${ASSIGNMENT_TYPE}.this`
    const platform = { source: './modules/platform', expressions: { vm_id: VM_ID }, module: { module_calls: { maint: maintModule({ vm_id: references('var.vm_id') }) } } }
    expect(await targets(plan([`${VM_TYPE}.app`], [assignment], { platform }))).toEqual([`${assignment} -> ${VM_TYPE}.app`])
  })

  it('vm[each.key].id passed to a module with for_each: each module instance its own VM instance', async () => {
    const assignments = ['["a"]', '["b"]'].map(key => `module.maint${key}.${ASSIGNMENT_TYPE}.this`)
    const text = plan([`${VM_TYPE}.app["a"]`, `${VM_TYPE}.app["b"]`], assignments, { maint: maintModule({ vm_id: references(`${VM_TYPE}.app`, 'each.key') }) })
    expect(await targets(text)).toEqual([`${assignments[0]} -> ${VM_TYPE}.app["a"]`, `${assignments[1]} -> ${VM_TYPE}.app["b"]`])
  })

  it('a module output passed in (module.vm.id): followed into that module', async () => {
    const vmModule = { source: './modules/vm', module: { outputs: { id: { expression: references(`${VM_TYPE}.this.id`, `${VM_TYPE}.this`) } } } }
    const vm = `module.vm.${VM_TYPE}.this`
    const text = plan([vm], [IN_MAINT], { vm: vmModule, maint: maintModule({ vm_id: references('module.vm.id', 'module.vm') }) })
    expect(await targets(text)).toEqual([`${IN_MAINT} -> ${vm}`])
  })
})

describe('an input that may be something else stays known after apply', () => {
  const unresolved = `${IN_MAINT} -> unresolved: known after apply`

  it.each<[string, Record<string, unknown>]>([
    ['another value beside the VM (var.other_id != "" ? var.other_id : vm.id)', { vm_id: references('var.other_id', `${VM_TYPE}.app.id`, `${VM_TYPE}.app`) }],
    ['each.value of the module call', { vm_id: references('each.value.virtual_machine_id', 'each.value') }],
    ['a variable of the root module (the plan’s own input)', { vm_id: references('var.vm_id') }],
    ['an input the call does not pass (its default)', {}]
  ])('%s', async (_case, inputs) => {
    expect(await targets(plan([`${VM_TYPE}.app`], [IN_MAINT], { maint: maintModule(inputs) }))).toEqual([unresolved])
  })

  it('several VM instances and a module instance of no key: never the first instance', async () => {
    const text = plan([`${VM_TYPE}.app["a"]`, `${VM_TYPE}.app["b"]`], [IN_MAINT], { maint: maintModule({ vm_id: references(`${VM_TYPE}.app`, 'each.key') }) })
    expect(await targets(text)).toEqual([unresolved])
  })
})

describe('the plan of a VM whose assignment is in a module (plans/module-input/)', () => {
  it('passes, as the same configuration written as .tf does', async () => {
    const result = await scan({ root: FIXTURES, paths: ['plans/module-input'], asOf: new Date('2026-12-07T00:00:00Z'), threads: 1 })
    expect(result.model.parseErrors).toEqual([])
    expect(verdicts({ assessments: result.assessments, findings: result.findings, parseErrors: [] })).toEqual(['vm-app-01 affected-with-plan:'])
  })
})
