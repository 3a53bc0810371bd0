/**
 * The report's value sources look up the assignments that may reach a VM through an index
 * (`assignmentsThatMayReach`) instead of asking `mayReach` of every pair: on every fixture folder, the
 * indexed answer is the pairwise one, VM by VM, in model order. Unresolved targets that can only name a
 * non-Windows VM, which the policy's own evidence leaves out, are kept.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { MaintenanceAssignment, VirtualMachine } from '../../src/model/resources.js'
import { assignmentsThatMayReach, mayReach } from '../../src/policy/plans.js'
import { readModel } from '../../src/scan.js'
import { Workspace } from '../../src/workspace/workspace.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url))
const folders = readdirSync(FIXTURES)
  .filter(name => statSync(join(FIXTURES, name)).isDirectory())
  .sort()

describe('assignmentsThatMayReach', () => {
  it.each(folders)('gives the pairwise answer of mayReach on %s', async folder => {
    const model = await readModel(new Workspace(join(FIXTURES, folder)), {})
    const assignments = model.maintenanceAssignments
    const reaching = assignmentsThatMayReach(assignments)
    for (const vm of model.virtualMachines) {
      expect(names(reaching(vm), vm)).toEqual(names(assignments.filter(assignment => mayReach(assignment, vm)), vm))
    }
  })

  it('keeps an unresolved target that can only name a non-Windows VM, near the VM', () => {
    const at = (file: string) => ({ file, line: 1, column: 1 })
    const assignment = {
      reportAt: at('infra/plan.tf'),
      deployed: { value: true, origin: 'literal', location: at('infra/plan.tf') },
      target: { target: { origin: 'unresolved', reason: 'x', location: at('infra/plan.tf') }, notWindowsVm: true }
    } as unknown as MaintenanceAssignment
    const vm = (file: string) =>
      ({ identity: { type: 'Microsoft.Compute/virtualMachines', name: 'vm1' }, reportAt: at(file) }) as unknown as VirtualMachine
    const reaching = assignmentsThatMayReach([assignment])
    expect(reaching(vm('infra/vm/main.tf'))).toEqual([assignment])
    expect(reaching(vm('other/main.tf'))).toEqual([])
    expect(mayReach(assignment, vm('infra/vm/main.tf'))).toBe(true)
    expect(mayReach(assignment, vm('other/main.tf'))).toBe(false)
  })
})

/** Assignments by position and file, with the VM they were asked about, so a failure says where. */
const names = (assignments: readonly MaintenanceAssignment[], vm: VirtualMachine): string[] =>
  assignments.map(assignment => `${vm.displayName} <- ${assignment.displayName} (${assignment.reportAt.file}:${assignment.reportAt.line})`)
