/**
 * The Terraform (HCL) reader under fast-check at CI scale: mutated root modules, local modules and
 * tfvars give located ParseErrors only, each call within the hang bound.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { terraformReader } from '../../src/readers/terraform/terraform-reader.js'
import { TERRAFORM_SEEDS } from './seeds.js'
import { manifestText, PARAMETERS, readChecked, RUNS, timeoutFor } from './support.js'

const TOKENS = [
  '{', '}', '[', ']', '(', ')', '"', '${', '%{', '~}', '<<EOT\n', '<<-EOT\n', 'EOT\n', '=', '?', ':', '...', '[*]',
  '.', ',', '\n', '#', '//', '/*', '*/', '\\', 'count = 0\n', 'count = 100000\n', 'for_each = var.names\n',
  'dynamic "x" {', 'module "m" { source = "../" }\n', 'module "self" { source = "./" }\n', 'local.tags', 'local.hot',
  'var.names', '!', '-', '=>', 'null', '1e309', '"\\u0000"', 'for x in', 'range(100000)', 'flatten([[[[1]]]])',
  'jsondecode("[[[[1]]]]")', 'lookup({}, "__proto__", 1)', '{ "__proto__" = 1 }', '\u{1F600}', '\r\n'
]

const main = manifestText([TERRAFORM_SEEDS.main], TOKENS)
const module = manifestText([TERRAFORM_SEEDS.module], TOKENS)
const tfvars = manifestText([TERRAFORM_SEEDS.tfvars], TOKENS)

describe('Terraform reader fuzzing', () => {
  it('reads its seeds without an error', async () => {
    const output = await readChecked(terraformReader, {
      'live/main.tf': TERRAFORM_SEEDS.main,
      'live/modules/vm/main.tf': TERRAFORM_SEEDS.module,
      'live/terraform.tfvars': TERRAFORM_SEEDS.tfvars
    })
    expect(output.parseErrors).toEqual([])
    expect(output.resources.map(r => `${r.kind} ${r.displayName}`)).toEqual([
      'virtual-machine a',
      'virtual-machine b',
      'virtual-machine c',
      'maintenance-configuration mc-a-b-c',
      'maintenance-assignment azurerm_maintenance_assignment_virtual_machine.web["a"]',
      'maintenance-assignment azurerm_maintenance_assignment_virtual_machine.web["b"]',
      'maintenance-assignment azurerm_maintenance_assignment_virtual_machine.web["c"]',
      // The tfvars heredoc keeps its line end, as Terraform does.
      'virtual-machine vm-extra-Never\n'
    ])
  })

  it(`gives only located errors on ${RUNS} mutated modules and tfvars`, async () => {
    await fc.assert(
      fc.asyncProperty(main, module, tfvars, async (root, child, values) => {
        await readChecked(terraformReader, {
          'live/main.tf': root,
          'live/modules/vm/main.tf': child,
          'live/terraform.tfvars': values
        })
      }),
      PARAMETERS
    )
  }, timeoutFor(6))
})
