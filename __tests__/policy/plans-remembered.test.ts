/**
 * How much of its evidence src/policy/plans.ts remembers (issue 18): an assignment's evidence is shared by
 * the VMs it reaches, but the table is emptied every REMEMBERED_ASSIGNMENTS assignments, so that the
 * evidence of the many assignments that reach one VM does not live to the last VM. What is made again is
 * equal to what was made first.
 */
import { describe, expect, it } from '@jest/globals'
import type { VirtualMachine } from '../../src/model/resources.js'
import { collectPlanEvidence } from '../../src/policy/plans.js'
import { REMEMBERED_ASSIGNMENTS } from '../../src/policy/remembered-evidence.js'
import { assignment, assignmentId, ASSIGNMENT_LINES, configuration, dynamicScope, lit, model, vm } from './builders.js'

const AS_OF = new Date('2026-01-15T00:00:00Z')
const named = (name: string): VirtualMachine => vm({ identity: { type: 'Microsoft.Compute/virtualMachines', name } })
const targeting = (name: string) =>
  assignment(lit({ type: 'Microsoft.Compute/virtualMachines', name }, ASSIGNMENT_LINES.target), { identity: assignmentId(`${name}-patch-window`) })

describe('collectPlanEvidence remembers a bounded number of assignments', () => {
  it('shares the evidence of an assignment among the VMs it reaches', () => {
    const vms = [named('web-01'), named('web-02')]
    const scanned = model({ virtualMachines: vms, maintenanceConfigurations: [configuration()], maintenanceAssignments: [dynamicScope()] })
    const [first, second] = vms.map(machine => collectPlanEvidence(machine, scanned, AS_OF).evidence[0])
    expect(first).toBeDefined()
    expect(second).toBe(first)
  })

  it(`makes an assignment's evidence again, equal, once ${REMEMBERED_ASSIGNMENTS} others were remembered after it`, () => {
    const names = Array.from({ length: REMEMBERED_ASSIGNMENTS + 1 }, (_, i) => `vm-${i}`)
    const vms = names.map(named)
    const scanned = model({ virtualMachines: vms, maintenanceConfigurations: [configuration()], maintenanceAssignments: names.map(targeting) })
    const evidenceOf = (machine: VirtualMachine): unknown => collectPlanEvidence(machine, scanned, AS_OF).evidence[0]
    const first = evidenceOf(vms[0] as VirtualMachine)
    expect(first).toBeDefined()
    expect(evidenceOf(vms[0] as VirtualMachine)).toBe(first)
    for (const machine of vms.slice(1)) evidenceOf(machine)
    const again = evidenceOf(vms[0] as VirtualMachine)
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
  })
})
