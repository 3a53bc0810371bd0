import { deployedWhenever } from '../model/deployment-condition.js'
import type { MaintenanceAssignment, MaintenanceConfiguration, ResourceIdentity, VirtualMachine } from '../model/resources.js'
import type { SourceLocation } from '../model/source.js'
import { match, whyUnknown } from '../model/match.js'
import { configurationStatus, type ConfigurationStatus } from './configuration-status.js'
import { at, unresolvedInput } from './describe.js'
import type { PlanIndex } from './plan-index.js'
import type { RebootCalendar } from './reboot-calendar.js'
import type { PlanEvidence, UnresolvedInput } from './types.js'
import { unmanagedInput } from './unmanaged.js'

/**
 * The configuration an assignment names, as the model's index resolves it, with whether it is a reboot plan at the
 * evaluation date; or why that cannot be verified (`problem`, and neither of the others).
 */
export interface FoundConfiguration {
  readonly configuration: MaintenanceConfiguration | undefined
  readonly status: ConfigurationStatus | undefined
  readonly problem: UnresolvedInput | undefined
}

const FIELD = 'maintenanceAssignment.configuration'

/**
 * `alongside`: the VM the plan is for, when its own condition could not be evaluated either: a configuration
 * under that same condition exists whenever the VM does (model/deployment-condition.ts).
 */
export function resolveConfiguration(
  assignment: MaintenanceAssignment,
  index: PlanIndex,
  asOf: Date,
  calendar: RebootCalendar | undefined,
  alongside?: VirtualMachine
): FoundConfiguration {
  const reference = assignment.configuration.target
  if (reference.value === undefined) return unverified(unresolvedInput(FIELD, reference))
  const identity = reference.value
  const { matches, unnamed } = index.configurationsFor(identity, assignment.unit?.value?.key)
  const named = matches.filter(c => match(identity, assignment, c) === 'yes')
  const tied = preferred(named, alongside)
  if (tied.length > 0) {
    const judged = tied.map(c => judge(c, reference.location, asOf, calendar, alongside))
    return oneOutcome(judged, tied, identity, reference.location)
  }
  // One of that name that may be it, in a resource group the manifests do not tell apart from the one named.
  const maybe = matches.find(c => match(identity, assignment, c) === 'unknown')
  if (maybe !== undefined && identity.name !== undefined) {
    return unverified({ field: FIELD, reason: whyUnknown(identity, assignment, maybe, 'the assignment', 'maintenance configuration'), location: reference.location })
  }
  const ambiguous =
    identity.name === undefined || unnamed.some(c => match(identity, assignment, c) === 'unknown')
  const reason = ambiguous
    ? 'its name could not be evaluated, so it cannot be matched to a declared configuration'
    : `maintenance configuration '${String(identity.name)}' is not declared in the scanned files`
  return unverified({ field: FIELD, reason, location: reference.location })
}

const unverified = (problem: UnresolvedInput): FoundConfiguration => ({ configuration: undefined, status: undefined, problem })

/**
 * Of the declarations the reference names, the ones it may be. Of declarations of one name under opposite conditions
 * (Bicep's `if (env == 'prod')` / `if (env != 'prod')`, ARM's new-or-existing), those deployed, else those deployed
 * with the VM: all of them, since the manifests do not say which one a resource ID names (two folders' templates
 * deployed to its group, one template with two parameter files), and the verdict must not depend on their order.
 * Else the first whose condition could not be evaluated, else the first (one its condition removes): either way no
 * configuration that is certain to exist, whichever it is.
 */
function preferred(named: readonly MaintenanceConfiguration[], alongside: VirtualMachine | undefined): readonly MaintenanceConfiguration[] {
  const deployed = named.filter(c => c.deployed.value === true)
  if (deployed.length > 0) return deployed
  const withVm = alongside === undefined ? [] : named.filter(c => deployedWhenever(c, alongside))
  if (withVm.length > 0) return withVm
  const maybe = named.find(c => c.deployed.origin === 'unresolved') ?? named[0]
  return maybe === undefined ? [] : [maybe]
}

/** One declaration the reference may name: whether it is a reboot plan, or why that cannot be verified. */
function judge(
  configuration: MaintenanceConfiguration,
  location: SourceLocation,
  asOf: Date,
  calendar: RebootCalendar | undefined,
  alongside: VirtualMachine | undefined
): FoundConfiguration {
  // A configuration its condition removes (a Bicep `if`, an ARM `condition`, `count = 0`) is no plan: the
  // assignment names one that will not exist. One whose condition is unknown may not exist either.
  const { deployed } = configuration
  const name = `maintenance configuration '${configuration.displayName}'`
  // Observed or paused, not deployed: what it does in Azure, if it exists there, is not what the manifest writes.
  const unmanaged = unmanagedInput(configuration, FIELD, location)
  if (unmanaged !== undefined) return unverified(unmanaged)
  if (deployed.value === false) {
    return unverified({ field: FIELD, reason: `${name} is not deployed (condition at ${at(deployed.location)})`, location })
  }
  if (deployed.origin === 'unresolved' && (alongside === undefined || !deployedWhenever(configuration, alongside))) {
    const reason = `whether ${name} is deployed could not be evaluated (condition at ${at(deployed.location)}: ${deployed.reason ?? 'unknown'})`
    return unverified({ field: FIELD, reason, location })
  }
  return { configuration, status: configurationStatus(configuration, asOf, calendar), problem: undefined }
}

/** What a declaration would make of the plan: its status, `unverifiable` when it cannot be verified. */
const outcomeOf = (found: FoundConfiguration): PlanEvidence['status'] => found.status?.status ?? 'unverifiable'

/**
 * The statuses of windows that reboot nothing in time, in the order they decide a VM's verdict (verdict.ts): one that
 * blocks reboots, then one that is there but does not work, then one that is no InGuestPatch window, then one that
 * is never created.
 */
const NO_WINDOW_ORDER: readonly PlanEvidence['status'][] = ['reboot-blocked', 'malformed-window', 'expired', 'misses-baseline', 'not-in-guest-patch', 'rejected']

/**
 * The plan an assignment gives, judged against every declaration its reference may name. When they all give one
 * outcome, it stands (one template deployed with several parameter files whose windows all reboot: the first one's
 * words). When none is a window that reboots the VM in time, the VM fails whichever it names (certain stays certain):
 * the one that decides the verdict first stands for all, and its detail names them. Otherwise the plan cannot be
 * verified: the deployment decides which one the reference names.
 */
function oneOutcome(
  judged: readonly FoundConfiguration[],
  tied: readonly MaintenanceConfiguration[],
  identity: ResourceIdentity,
  location: SourceLocation
): FoundConfiguration {
  const outcomes = judged.map(outcomeOf)
  const first = judged[0] as FoundConfiguration
  if (outcomes.every(outcome => outcome === outcomes[0])) return first
  const name = identity.name ?? (tied[0] as MaintenanceConfiguration).displayName
  const named = identity.resourceGroup === undefined ? `'${name}'` : `'${identity.resourceGroup}/${name}'`
  const candidates = namedCandidates(tied, outcomes)
  const which = `it names ${named}, which may be any of ${tied.length} declared configurations`
  if (outcomes.some(outcome => outcome === 'valid' || outcome === 'unverifiable')) {
    return unverified({ field: FIELD, reason: `${which} that differ: ${candidates}; the deployment decides which one it names`, location })
  }
  const rank = (i: number): number => NO_WINDOW_ORDER.indexOf(outcomes[i] as PlanEvidence['status'])
  let decides = 0
  for (let i = 1; i < outcomes.length; i++) if (rank(i) < rank(decides)) decides = i
  const stands = judged[decides] as FoundConfiguration
  const status = stands.status as ConfigurationStatus
  return { ...stands, status: { ...status, detail: `${status.detail}; ${which} (${candidates}), none a window that reboots it in time` } }
}

/** Candidates a reason names, at most: every outcome's first, then the others in order (a repository of many folders may declare 70). */
export const CANDIDATES_NAMED = 5

/** The candidates a reason names, with their outcomes: the first of each outcome, then the others in order, and how many more. */
function namedCandidates(tied: readonly MaintenanceConfiguration[], outcomes: readonly PlanEvidence['status'][]): string {
  const shown = new Set<number>()
  for (const outcome of new Set(outcomes)) shown.add(outcomes.indexOf(outcome))
  for (let i = 0; i < tied.length && shown.size < CANDIDATES_NAMED; i++) shown.add(i)
  const named = [...shown].sort((a, b) => a - b).map(i => {
    const c = tied[i] as MaintenanceConfiguration
    return `${at(c.reportAt)}${c.variant === '' ? '' : ` [${c.variant}]`} (${String(outcomes[i])})`
  })
  const more = tied.length - named.length
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ')
}
