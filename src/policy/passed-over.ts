import type { InfrastructureModel, MaintenanceAssignment, VirtualMachine } from '../model/resources.js'
import { at } from './describe.js'
import { whyNotSelected } from './dynamic-scope.js'
import { PlanIndex } from './plan-index.js'

/** How many dynamic scopes that pass a VM over a finding names; the rest are counted. */
const NAMED_SCOPES = 3

/**
 * The dynamic scopes of the VM's subscription whose filter rules it out, each with why, for the finding of a VM
 * without a reboot plan (docs/rules/reboot-plan-required.md: what was found, and why it does not count). The
 * usual slip is a tag or a resource group written one way on the VM and another in the filter. Computed only for
 * a failing VM: the policy's own matching (plans.ts) never keeps them.
 */
export function scopesPassingOver(vm: VirtualMachine, model: InfrastructureModel): string[] {
  // A set: one scope declared for two environments (or in two templates of a folder) is said once.
  const said = new Set<string>()
  for (const assignment of PlanIndex.of(model).assignmentsFor(vm)) {
    const why = passedOverBecause(assignment, vm)
    if (why !== undefined) said.add(`dynamic scope '${assignment.displayName}' (${at(assignment.reportAt)}) does not select it: ${why}`)
  }
  const named = [...said].slice(0, NAMED_SCOPES)
  const more = said.size - named.length
  if (more > 0) named.push(`${more} more dynamic ${more === 1 ? 'scope does' : 'scopes do'} not select it either`)
  return named
}

function passedOverBecause(assignment: MaintenanceAssignment, vm: VirtualMachine): string | undefined {
  if (assignment.filter === undefined || assignment.deployed.value === false || assignment.observedOnly !== undefined) return undefined
  return whyNotSelected(assignment.filter, vm, assignment)
}
