import type { InfrastructureModel, VirtualMachine } from '../model/resources.js'
import { at } from './describe.js'
import { passesOver, whyNotSelected } from './dynamic-scope.js'
import { PlanIndex } from './plan-index.js'
import { isUnmanaged } from './unmanaged.js'

/** How many dynamic scopes that pass a VM over a finding names; that there are more is said, not how many. */
const NAMED_SCOPES = 3

/**
 * The dynamic scopes of the VM's subscription whose filter rules it out, each with why, then the assignments near
 * it whose target Azure rejects, for the finding of a VM without a reboot plan (docs/rules/reboot-plan-required.md:
 * what was found, and why it does not count). The usual slip is a tag or a resource group written one way on the
 * VM and another in the filter. Computed only for a failing VM: the policy's own matching (plans.ts) never keeps
 * them. The look stops at the first scope past the named ones: counting them all matched every failing VM against
 * every scope once more (a monorepo's hundreds).
 */
export function scopesPassingOver(vm: VirtualMachine, model: InfrastructureModel): string[] {
  return [...scopesNotSelecting(vm, model), ...rejectedNear(vm, model)]
}

function scopesNotSelecting(vm: VirtualMachine, model: InfrastructureModel): string[] {
  const named: string[] = []
  // One scope declared for two environments (or in two templates of a folder) is said once.
  const seen = new Set<string>()
  for (const assignment of PlanIndex.of(model).assignmentsFor(vm)) {
    const filter = assignment.filter
    if (filter === undefined || assignment.deployed.value === false || isUnmanaged(assignment)) continue
    const where = at(assignment.reportAt)
    const key = `${assignment.displayName}\u0000${where}`
    if (seen.has(key)) continue
    if (named.length === NAMED_SCOPES) {
      if (passesOver(filter, vm, assignment)) return [...named, 'other dynamic scopes do not select it either']
      continue
    }
    const why = whyNotSelected(filter, vm, assignment)
    if (why === undefined) continue
    named.push(`dynamic scope '${assignment.displayName}' (${where}) does not select it: ${why}`)
    seen.add(key)
  }
  return named
}

/**
 * The assignments near the VM whose target Azure rejects, each with why (the value quoted): they assign nothing,
 * and the VM they were likely written for has no plan from them. Said once per declaration.
 */
function rejectedNear(vm: VirtualMachine, model: InfrastructureModel): string[] {
  const said = new Set<string>()
  for (const assignment of PlanIndex.of(model).rejectedNear(vm)) {
    const rejected = assignment.rejectedTarget
    if (rejected === undefined || assignment.deployed.value === false) continue
    // A refused target that names its VM is that VM's news alone.
    const intended = rejected.intendedFor
    if (intended !== undefined && (intended.file !== vm.reportAt.file || intended.line !== vm.reportAt.line || intended.column !== vm.reportAt.column)) continue
    said.add(`assignment '${assignment.displayName}' (${at(rejected.location)}) assigns nothing: ${rejected.reason}, which ${rejected.rejectedBy ?? 'Azure'} rejects`)
  }
  return [...said]
}
