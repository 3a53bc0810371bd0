import { deployedWhenever } from '../model/deployment-condition.js'
import type { MaintenanceAssignment, VirtualMachine } from '../model/resources.js'
import { at } from './describe.js'
import type { UnresolvedInput } from './types.js'

/**
 * Why an assignment that may apply to the VM may not exist, or undefined when it exists whenever the VM does. Its
 * condition could not be evaluated (an ARM `condition` or `copy.count`, a Bicep `if` or a loop over unknown items, a
 * Terraform `count` or `for_each` without a value): unless that condition is the VM's own (the same key, model/
 * deployment-condition.ts: both under `if (deployVm)` of one template instance, in one module called with one, or
 * counted by one `count`), where the VM is judged as deployed and so is its assignment; its window is then verified
 * as any other. Reported at the condition: `whether assignment 'x' is deployed could not be evaluated (condition at
 * f:l: why)`.
 */
export function deployedDoubt(assignment: MaintenanceAssignment, vm: VirtualMachine): UnresolvedInput | undefined {
  const { deployed } = assignment
  if (deployed.origin !== 'unresolved' || deployedWhenever(assignment, vm)) return undefined
  const reason = `whether assignment '${assignment.displayName}' is deployed could not be evaluated (condition at ${at(deployed.location)}: ${deployed.reason ?? 'unknown'})`
  return { field: 'maintenanceAssignment.deployed', reason, location: deployed.location }
}
