import { match } from '../model/match.js'
import type { MaintenanceAssignment, VirtualMachine } from '../model/resources.js'
import type { UnresolvedInput } from './types.js'

/**
 * Why an assignment without `scope` that names the VM only by its body's `properties.resourceId` may not be the
 * VM's plan; undefined when it is (ResourceReference.unscoped). Such an assignment is an extension resource of the
 * resource group it is deployed into (a group's configuration assignment, as the REST API creates one for a dynamic
 * scope), not of the VM: Azure documents `scope` as what places an assignment on a resource, and a body's ID that
 * names a VM of another group places nothing there. The gate takes it for the VM only when the VM is in the
 * assignment's own group, as far as the manifests say (the one matching function decides: model/match.ts).
 */
export function unscopedDoubt(assignment: MaintenanceAssignment, vm: VirtualMachine): UnresolvedInput | undefined {
  const target = assignment.target
  if (target?.unscoped !== true || target.target.value === undefined) return undefined
  const group = assignment.scope?.resourceGroup.value
  // The VM of that name in the assignment's own group: a named group, else the one its deployment is run against.
  const inOwnGroup = { type: vm.identity.type, name: vm.identity.name, ...(group !== undefined && { resourceGroup: group }) }
  if (match(inOwnGroup, assignment, vm) === 'yes') return undefined
  const created = group === undefined ? 'the resource group its deployment is run against' : `resource group '${group}'`
  const vmGroup = vm.identity.resourceGroup ?? vm.scope?.resourceGroup.value
  const vmIn = vmGroup === undefined ? 'the group its own deployment is run against' : `resource group '${vmGroup}'`
  const reason =
    `assignment '${assignment.displayName}' has no \`scope\`, so it is created in ${created} and names the VM only by ` +
    `\`properties.resourceId\`, while the VM is deployed into ${vmIn}: it assigns the VM only if the two groups are one ` +
    '(set `scope` to the VM)'
  return { field: 'maintenanceAssignment.target', reason, location: target.target.location }
}
