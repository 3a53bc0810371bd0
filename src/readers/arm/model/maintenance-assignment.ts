import type { MaintenanceAssignment, RejectedTarget, ResourceIdentity } from '../../../model/resources.js'
import type { Sourced } from '../../../model/source.js'
import { nameRefOf, type ResourceInstance } from '../template/resource-walker.js'
import { mapDynamicScope } from '../../shared/azure-compute/index.js'
import { armSource } from './arm-source.js'
import type { PropertyReader } from './property-reader.js'
import { withCommon, type CommonFields } from './resource-common.js'
import { namesDeploymentGroup, parentIdentity, Rejected, scopeIdentity, targetIdentity, type SymbolIndex } from './target-identity.js'
import { lowerCaseType } from '../template/type-names.js'
import { targetText } from '../template/nested-deployment.js'
import { Unresolved, type ArmValue } from '../expressions/values.js'

const LEGACY_SUFFIX = '/providers/configurationassignments'

/** Types of the legacy form `<target type>/providers/configurationAssignments`, named `<target>/Microsoft.Maintenance/<name>`. */
export const LEGACY_ASSIGNMENT_TYPES = [
  'Microsoft.Compute/virtualMachines/providers/configurationAssignments',
  'Microsoft.Compute/virtualMachineScaleSets/providers/configurationAssignments',
  'Microsoft.HybridCompute/machines/providers/configurationAssignments'
]

/**
 * A `Microsoft.Maintenance/configurationAssignments` resource: per resource (its `scope`, or
 * `properties.resourceId`, or the legacy form's parent), or a dynamic scope selected by
 * `properties.filter` when it targets no resource.
 */
export function adaptMaintenanceAssignment(
  instance: ResourceInstance,
  reader: PropertyReader,
  common: CommonFields,
  symbols: SymbolIndex
): MaintenanceAssignment {
  // `scope` and `properties.resourceId` usually hold one ID (one value, see Context.evaluate): parsed once.
  let lastValue: ArmValue | undefined
  let lastIdentity: ResourceIdentity | Unresolved | undefined
  const toIdentity = (value: ArmValue): ResourceIdentity | Unresolved => {
    if (lastIdentity === undefined || value !== lastValue) {
      lastValue = value
      lastIdentity = targetIdentity(value, symbols)
    }
    return lastIdentity
  }
  // Deployed into a group of its own (a nested deployment's), the group the deployment is run against is another.
  const holderInGroup = instance.target?.resourceGroup !== undefined
  const toConfiguration = (value: ArmValue): ResourceIdentity | Unresolved => {
    const identity = toIdentity(value)
    return holderInGroup && !(identity instanceof Unresolved) && namesDeploymentGroup(value) ? inRootGroup(identity) : identity
  }
  const group = targetText(instance.target?.resourceGroup)
  const configuration = inDeploymentGroup(reader.readWith(['properties', 'maintenanceConfigurationId'], toConfiguration), group)
  // A dynamic scope's `properties.resourceId` is where it is created (`[subscription().id]`, as the REST API writes
  // it), not a resource it targets: read as a target, it hid the filter that decides which VMs it selects.
  const filtered = hasFilter(reader)
  const resourceId = filtered ? undefined : reader.readWith(['properties', 'resourceId'], toIdentity)
  const scope = reader.readWith(['scope'], value => scopeIdentity(value, toIdentity(value)))
  const written = [legacyTarget(instance, reader, symbols), scope, resourceId].find(
    candidate => candidate !== undefined && candidate.origin !== 'absent'
  )
  const filter = written === undefined && filtered ? mapDynamicScope(armSource(reader)) : undefined
  type Fields = 'kind' | 'configuration' | 'target' | 'filter' | 'rejectedTarget'
  const fields: { -readonly [K in Fields]?: MaintenanceAssignment[K] } & Pick<MaintenanceAssignment, 'kind' | 'configuration'> = {
    kind: 'maintenance-assignment',
    configuration: { target: configuration }
  }
  const rejected = written === undefined ? undefined : rejectedTarget(written)
  if (rejected !== undefined) fields.rejectedTarget = rejected
  else if (written !== undefined) {
    const target = written as Sourced<ResourceIdentity>
    fields.target = { target: inDeploymentGroup(target, group), ...(written === resourceId && { unscoped: true }) }
  }
  if (filter !== undefined) fields.filter = filter
  return withCommon(common, fields)
}

/**
 * An ID that names no resource group (the legacy form's `<vm>/Microsoft.Maintenance/<name>`, a relative
 * `scope`, or a `resourceId()` in an inner-scope template whose group was not evaluated) names a resource of the
 * group the assignment is deployed into: in a nested deployment that sets it, that group (so an assignment of
 * rg-a never matches rg-b's VM, or configuration, of one name). Elsewhere the group stays unnamed and
 * matches as before (relative to its deployment unit).
 */
function inDeploymentGroup(target: Sourced<ResourceIdentity>, resourceGroup: string | undefined): Sourced<ResourceIdentity> {
  const identity = target.value
  if (identity === undefined || identity.resourceGroup !== undefined || identity.symbol !== undefined || identity.inDeploymentGroup === true || resourceGroup === undefined) return target
  return { ...target, value: { ...identity, resourceGroup } }
}

/**
 * A configuration ID of the group the deployment is run against, held by an assignment a nested deployment puts
 * in another group: a `resourceId()` without a group in an outer-scope nested template resolves to the parent's
 * group, as ARM evaluates it ("outer: resolve to the scope of the parent template"), not to the nested
 * deployment's. (The target is not: an extension resource's `scope` is a resource of the group it is deployed
 * into, or the deployment fails.) A symbol names the declaration itself.
 */
function inRootGroup(identity: ResourceIdentity): ResourceIdentity {
  if (identity.resourceGroup !== undefined || identity.symbol !== undefined) return identity
  return { ...identity, inDeploymentGroup: true }
}

/** A target ARM rejects, where it is written; undefined for one it takes (or that was not evaluated). */
function rejectedTarget(target: Sourced<ResourceIdentity | Rejected>): RejectedTarget | undefined {
  return target.value instanceof Rejected ? { reason: target.value.reason, location: target.location } : undefined
}

function legacyTarget(instance: ResourceInstance, reader: PropertyReader, symbols: SymbolIndex): Sourced<ResourceIdentity | Rejected> | undefined {
  const suffix = lowerCaseType(instance.type).lastIndexOf(LEGACY_SUFFIX)
  if (suffix < 0) return undefined
  const parentType = instance.type.slice(0, suffix)
  return reader.sourced(instance.name, nameRefOf(instance), name => parentIdentity(parentType, name, symbols))
}

function hasFilter(reader: PropertyReader): boolean {
  const written = reader.resolve(['properties', 'filter'])
  return written !== undefined && written.traced.value !== null
}

