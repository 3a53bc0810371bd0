/**
 * Terraform plan reader (src/readers/terraform/plan/plan-references.ts): an unknown `virtual_machine_id` written
 * `var.use_blue ? azurerm_windows_virtual_machine.blue.id : azurerm_windows_virtual_machine.green.id` is listed in
 * the plan's configuration with the references of both branches, not the branch taken. The reader linked the first
 * VM named: with `use_blue = false` the blue VM passed on a plan that is the green one's, and the green VM got an
 * error (a false pass and a false error, found on a real repository). Now a value links only when every reference
 * naming a resource names the same one; otherwise each VM it may be is `indeterminate`, as the HCL reader has it.
 */
import { describe, expect, it } from '@jest/globals'
import { scan } from '../../../src/scan.js'
import { FIXTURES, planAssignmentTargets, plannedCreate as change } from './support.js'
import { verdicts } from './scan-files.js'

const VM_TYPE = 'azurerm_windows_virtual_machine'
const ASSIGNMENT_TYPE = 'azurerm_maintenance_assignment_virtual_machine'

/** A plan with VMs at `vmAddresses` and one assignment whose unknown target is written as `references`. */
function plan(vmAddresses: readonly string[], references: readonly string[]): string {
  const vms = vmAddresses.map(address => change(address, VM_TYPE, { name: address.replace(/\W/g, '-'), resource_group_name: 'rg-app' }, { id: true }))
  const assignment = change(`${ASSIGNMENT_TYPE}.as`, ASSIGNMENT_TYPE, { location: 'westeurope' }, { id: true, virtual_machine_id: true })
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.8',
    variables: { primary: { value: false } },
    resource_changes: [...vms, assignment],
    configuration: {
      root_module: {
        resources: [{ address: `${ASSIGNMENT_TYPE}.as`, mode: 'managed', type: ASSIGNMENT_TYPE, name: 'as', expressions: { virtual_machine_id: { references } } }]
      }
    }
  })
}

const targets = async (text: string): Promise<string[]> =>
  (await planAssignmentTargets(text)).map(({ target }) => target?.value?.symbol ?? `${target?.origin ?? 'none'}: ${String(target?.reason)}`)

describe('an unknown VM ID whose references name several resources', () => {
  it('var.primary ? vm[0].id : vm[1].id: unresolved, never the first instance named', async () => {
    const references = ['var.primary', `${VM_TYPE}.vm[0].id`, `${VM_TYPE}.vm[0]`, `${VM_TYPE}.vm`, `${VM_TYPE}.vm[1].id`, `${VM_TYPE}.vm[1]`]
    expect(await targets(plan([`${VM_TYPE}.vm[0]`, `${VM_TYPE}.vm[1]`], references))).toEqual(['unresolved: known after apply'])
  })

  it('the same resource written twice (vm.id and vm): that resource', async () => {
    expect(await targets(plan([`${VM_TYPE}.vm`], ['var.primary', `${VM_TYPE}.vm.id`, `${VM_TYPE}.vm`]))).toEqual([`.#${VM_TYPE}.vm`])
  })

  it('the blue/green plan (plans/conditional-target/): both VMs indeterminate, neither a pass nor an error', async () => {
    const result = await scan({ root: FIXTURES, paths: ['plans/conditional-target'], asOf: new Date('2026-12-07T00:00:00Z'), threads: 1 })
    expect(result.model.parseErrors).toEqual([])
    expect(verdicts({ assessments: result.assessments, findings: result.findings, parseErrors: [] })).toEqual([
      'vm-blue indeterminate: indeterminate',
      'vm-green indeterminate: indeterminate'
    ])
    const reasons = result.findings.filter(finding => finding.ruleId === 'indeterminate').map(finding => finding.message)
    expect(reasons).toEqual(
      ['vm-blue', 'vm-green'].map(
        name =>
          `VM '${name}' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition, but its reboot plan could not be verified: ` +
          'maintenanceAssignment.target at plans/conditional-target/tfplan.json:142: known after apply. ' +
          'Make these values resolvable (a literal or a variable, not a value known only after apply), or exempt the resource with a reason.'
      )
    )
  })
})
