/**
 * Environments of one deployment unit: a Terraform root deployed with dev.tfvars and prod.tfvars, a
 * Pulumi program with dev and prod stacks. They are alternative deployments, often to other subscriptions
 * with the same names: the plan one of them deploys never reaches the other's VM, not even through the ID
 * `azurerm_windows_virtual_machine.app.id` evaluates to, a name written the same in both, or a dynamic
 * scope (before, dev's assignment passed prod's VM: a helper's reproduction). Fixtures:
 * __tests__/fixtures/parity/environments/<case>/.
 */
import { describe, expect, it } from '@jest/globals'
import { scanFixture, subfolders } from './support.js'

const CASES: Readonly<Record<string, readonly string[]>> = {
  // count = var.with_window ? 1 : 0: dev.tfvars has the assignment, prod.tfvars does not.
  'terraform-var-files': ['vm-app-01 dev.tfvars affected-with-plan', 'vm-app-01 prod.tfvars affected-no-plan'],
  // The prod stack's window never reboots; the assignment names the VM by a literal name in both stacks.
  'pulumi-stacks': ['vm-app-01 dev affected-with-plan', 'vm-app-01 prod affected-reboot-blocked']
}

describe('environments of one unit', () => {
  it.each(Object.entries(CASES))('%s: each VM has the plan of its own environment only', async (folder, expected) => {
    const result = await scanFixture(`environments/${folder}`)
    expect(result.model.parseErrors).toEqual([])
    expect(result.assessments.map(a => `${a.vm.displayName} ${a.vm.variant} ${a.verdict}`).sort()).toEqual(expected)
  })

  it('has a fixture folder for exactly the listed cases', () => {
    expect(subfolders('environments')).toEqual(Object.keys(CASES).sort())
  })
})
