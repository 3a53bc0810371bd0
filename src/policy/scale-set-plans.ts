/**
 * Why a maintenance assignment to a scale set is no reboot plan for it. Maintenance Configurations' Guest scope
 * (InGuestPatch, the scope Azure Update Manager's schedules use) supports virtual machines and Azure Arc-enabled
 * servers; scale sets take the OS image scope (automatic OS image upgrades), and Update Manager lists Virtual
 * Machine Scale Sets among its unsupported workloads. So a window assigned to the scale set resource (ARM/Bicep
 * `configurationAssignments` scoped to it, `azurerm_maintenance_assignment_virtual_machine_scale_set`, azapi,
 * Pulumi's `ConfigurationAssignment` of `virtualMachineScaleSets`) reboots nothing, whatever its configuration says.
 */
import type { MaintenanceAssignment, VirtualMachine } from '../model/resources.js'
import { match } from '../model/match.js'
import type { Match } from './dynamic-scope.js'
import { sharedText } from '../model/intern.js'
import { resolveConfiguration } from './plan-configuration.js'
import type { PlanIndex } from './plan-index.js'
import type { RebootCalendar } from './reboot-calendar.js'
import type { PlanEvidence, UnresolvedInput } from './types.js'
import { isUnmanaged } from './unmanaged.js'

/** Why no InGuestPatch window reaches a scale set, as a finding's evidence says it. */
export const NO_GUEST_WINDOW_FOR_SCALE_SETS =
  "a scale set takes no InGuestPatch window: Maintenance Configurations' Guest scope supports VMs and Azure " +
  'Arc-enabled servers, not scale sets (theirs is OSImage, for automatic OS image upgrades), and Azure Update ' +
  'Manager does not support scale sets'

/** What a scale set's plan rules say a reboot plan is: none can be assigned to it (messages.ts's planDefinition for other machines). */
export const SCALE_SET_PLAN =
  'A scale set cannot be given a reboot plan: an InGuestPatch window (the Guest scope Azure Update Manager schedules ' +
  'use) reaches VMs and Azure Arc-enabled servers only.'

/** The plan rules' last sentence for a scale set: what can be done `instead` of a window, or with standalone VMs. */
export const scaleSetPlanAdvice = (instead: string): string =>
  `${instead}, or deploy its machines as standalone VMs (Microsoft.Compute/virtualMachines) and assign each a window.`

type Found = { readonly evidence: PlanEvidence; readonly unresolved: readonly UnresolvedInput[] } | undefined

/**
 * The evidence of an assignment whose target may be the scale set: `not-in-guest-patch` when it names it, with the
 * configuration's own reason when that is already another scope or mode, else why a scale set takes no window.
 * One that may not name it, may not exist or is not managed here is left out: it could not be a plan anyway
 * (certain stays certain).
 */
export function scaleSetTargetEvidence(
  assignment: MaintenanceAssignment,
  scaleSet: VirtualMachine,
  index: PlanIndex,
  asOf: Date,
  calendar: RebootCalendar | undefined
): Found {
  const target = assignment.target?.target
  if (target?.value === undefined || assignment.deployed.value === false || isUnmanaged(assignment)) return undefined
  if (match(target.value, assignment, scaleSet) !== 'yes') return undefined
  const { configuration, status } = resolveConfiguration(assignment, index, asOf, calendar)
  const lead =
    configuration === undefined
      ? `assignment '${assignment.displayName}' targets it directly`
      : `maintenance configuration '${configuration.displayName}' is assigned directly (assignment '${assignment.displayName}')`
  const why = status?.status === 'not-in-guest-patch' ? status.detail : NO_GUEST_WINDOW_FOR_SCALE_SETS
  const evidence: PlanEvidence = { assignment, configuration, via: 'direct', status: 'not-in-guest-patch', detail: sharedText(`${lead}, but ${why}`) }
  return { evidence, unresolved: [] }
}

/** Why a dynamic scope whose filters fit a scale set is not a plan the gate can confirm. */
export const SCALE_SET_SELECTION =
  'a dynamic scope selects machines when it runs: the scale set resource takes no InGuestPatch window, and whether ' +
  "it selects the scale set's VMs (a Flexible scale set's instances are VMs of their own) the manifests do not tell"

/**
 * A dynamic scope's match on a scale set: `unknown` where its filters fit the scale set resource, which is not what
 * it selects (the VMs of a Flexible scale set may be, by their own values at run time): never a certain plan.
 */
export function scaleSetSelection<R extends { readonly match: Match; readonly unresolved: readonly UnresolvedInput[] }>(
  vm: VirtualMachine,
  assignment: MaintenanceAssignment,
  reach: R
): R {
  if (vm.kind !== 'scale-set' || reach.match !== 'yes') return reach
  return { ...reach, match: 'unknown', unresolved: [{ field: 'maintenanceAssignment.filter', reason: SCALE_SET_SELECTION, location: assignment.reportAt }] }
}
