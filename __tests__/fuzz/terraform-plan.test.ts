/**
 * The Terraform plan reader under fast-check at CI scale: mutated `terraform show -json` plans give
 * located ParseErrors only, each call within the hang bound.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { terraformPlanReader } from '../../src/readers/terraform/plan/terraform-plan-reader.js'
import { PLAN_SEED } from './seeds.js'
import { manifestText, PARAMETERS, readChecked, RUNS, timeoutFor } from './support.js'

const TOKENS = [
  '{', '}', '[', ']', '"', ',', ':', '\\', 'null', 'true', '1e309', '"__proto__": {}', '"constructor": 1',
  '"module.a.module.b."', '"address": "module.x[\\"k\\"].azurerm_windows_virtual_machine.web[0]"',
  '"actions": ["delete"]', '"after": null', '"after_unknown": true',
  '"child_modules": [{"address": "module.m", "resources": []}]',
  '"references": ["azurerm_windows_virtual_machine.web"]', '/*', '//', '\n'
]

const plan = manifestText([PLAN_SEED], TOKENS)

describe('Terraform plan reader fuzzing', () => {
  it('reads its seed without an error', async () => {
    const output = await readChecked(terraformPlanReader, { 'plan/plan.json': PLAN_SEED })
    expect(output.parseErrors).toEqual([])
    expect(output.resources.map(r => `${r.kind} ${r.displayName}`)).toEqual([
      'virtual-machine vm-plan-a',
      'maintenance-assignment azurerm_maintenance_assignment_virtual_machine.web'
    ])
  })

  it(`gives only located errors on ${RUNS} mutated plans`, async () => {
    await fc.assert(
      fc.asyncProperty(plan, async text => {
        await readChecked(terraformPlanReader, { 'plan/plan.json': text })
      }),
      PARAMETERS
    )
  }, timeoutFor(3))
})
