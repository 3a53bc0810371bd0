import { deployedWhenever } from '../model/deployment-condition.js'
import type { MaintenanceAssignment, MaintenanceConfiguration, VirtualMachine } from '../model/resources.js'
import { match, whyUnknown } from '../model/match.js'
import { at, unresolvedInput } from './describe.js'
import type { PlanIndex } from './plan-index.js'
import type { UnresolvedInput } from './types.js'
import { unmanagedInput } from './unmanaged.js'

/** The configuration an assignment names, as the model's index resolves it, or why it cannot be verified. */
export interface FoundConfiguration {
  readonly configuration: MaintenanceConfiguration | undefined
  readonly problem: UnresolvedInput | undefined
}

/**
 * `alongside`: the VM the plan is for, when its own condition could not be evaluated either: a configuration
 * under that same condition exists whenever the VM does (model/deployment-condition.ts).
 */
export function resolveConfiguration(assignment: MaintenanceAssignment, index: PlanIndex, alongside?: VirtualMachine): FoundConfiguration {
  const reference = assignment.configuration.target
  const field = 'maintenanceAssignment.configuration'
  if (reference.value === undefined) return { configuration: undefined, problem: unresolvedInput(field, reference) }
  const identity = reference.value
  const { matches, unnamed } = index.configurationsFor(identity)
  // Of declarations of one name under opposite conditions (Bicep's `if (env == 'prod')` / `if (env != 'prod')`,
  // ARM's new-or-existing), the one deployed, else the one deployed with the VM.
  const named = matches.filter(c => match(identity, assignment, c) === 'yes')
  const withVm = alongside === undefined ? undefined : named.find(c => deployedWhenever(c, alongside))
  const configuration = named.find(c => c.deployed.value === true) ?? withVm ?? named.find(c => c.deployed.origin === 'unresolved') ?? named[0]
  if (configuration !== undefined) {
    // A configuration its condition removes (a Bicep `if`, an ARM `condition`, `count = 0`) is no plan: the
    // assignment names one that will not exist. One whose condition is unknown may not exist either.
    const { deployed } = configuration
    const name = `maintenance configuration '${configuration.displayName}'`
    // Observed or paused, not deployed: what it does in Azure, if it exists there, is not what the manifest writes.
    const unmanaged = unmanagedInput(configuration, field, reference.location)
    if (unmanaged !== undefined) return { configuration: undefined, problem: unmanaged }
    if (deployed.value === false) {
      return { configuration: undefined, problem: { field, reason: `${name} is not deployed (condition at ${at(deployed.location)})`, location: reference.location } }
    }
    if (deployed.origin === 'unresolved' && configuration !== withVm) {
      const reason = `whether ${name} is deployed could not be evaluated (condition at ${at(deployed.location)}: ${deployed.reason ?? 'unknown'})`
      return { configuration: undefined, problem: { field, reason, location: reference.location } }
    }
    return { configuration, problem: undefined }
  }
  // One of that name that may be it, in a resource group the manifests do not tell apart from the one named.
  const maybe = matches.find(c => match(identity, assignment, c) === 'unknown')
  if (maybe !== undefined && identity.name !== undefined) {
    return { configuration: undefined, problem: { field, reason: whyUnknown(identity, assignment, maybe, 'the assignment', 'maintenance configuration'), location: reference.location } }
  }
  const ambiguous =
    identity.name === undefined || unnamed.some(c => match(identity, assignment, c) === 'unknown')
  const reason = ambiguous
    ? 'its name could not be evaluated, so it cannot be matched to a declared configuration'
    : `maintenance configuration '${String(identity.name)}' is not declared in the scanned files`
  return { configuration: undefined, problem: { field, reason, location: reference.location } }
}
