import type { MaintenanceAssignment, MaintenanceConfiguration } from '../model/resources.js'
import type { SourceLocation } from '../model/source.js'
import { at } from './describe.js'
import type { PausedBy, UnresolvedInput } from './types.js'

/** Whether the manifests write a maintenance resource they do not manage (cheap: asked per VM and assignment). */
export const isUnmanaged = (resource: MaintenanceAssignment | MaintenanceConfiguration): boolean =>
  resource.paused !== undefined || resource.observedOnly !== undefined

/**
 * The unresolved input that says why the manifests do not manage a maintenance resource they write, or undefined
 * when they do. Crossplane pauses one annotated `crossplane.io/paused: "true"` or with `managementPolicies: []`: its
 * provider does not reconcile it,
 * so it is never created, and one that exists keeps in Azure what it has (the pause comes first: nothing else of
 * the object is looked at). It only observes one whose `managementPolicies` leave out Create and Update: it exists
 * in Azure, managed elsewhere. Either way what the plan is in Azure cannot be verified from the manifest.
 */
export function unmanagedInput(
  resource: MaintenanceAssignment | MaintenanceConfiguration,
  field: string,
  location: SourceLocation
): UnresolvedInput | undefined {
  const assignment = resource.kind === 'maintenance-assignment'
  const name = `maintenance ${assignment ? 'assignment' : 'configuration'} '${resource.displayName}'`
  if (resource.paused !== undefined) {
    // The reader names what pauses it as the detail of `deployed`: the annotation unless it is the empty list.
    const pausedBy: PausedBy = resource.deployed.detail === 'managementPolicies' ? 'managementPolicies' : 'crossplane.io/paused'
    const written = pausedBy === 'managementPolicies' ? 'managementPolicies: []' : pausedBy
    const reason =
      `${name} is paused (${written} at ${at(resource.paused)}): its provider does not reconcile it, so ` +
      'the manifest neither creates it nor changes one that exists in Azure'
    return { field, reason, location, paused: pausedBy }
  }
  if (resource.observedOnly === undefined) return undefined
  const settings = assignment ? 'what it assigns there is not what the manifest writes' : 'its settings there are not the ones the manifest writes'
  const reason = `${name} is only observed (managementPolicies at ${at(resource.observedOnly)}): it exists in Azure, managed elsewhere, and ${settings}`
  return { field, reason, location, observed: true }
}
