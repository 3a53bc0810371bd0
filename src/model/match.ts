import type { AzureScope, DeploymentUnit, ResourceIdentity } from './resources.js'
import type { Sourced } from './source.js'

/** Whether a reference names a resource: `unknown` only when a value it depends on was not evaluated. */
export type Match = 'yes' | 'no' | 'unknown'

/** Where a resource (or the resource holding a reference) is deployed. */
export interface Placed {
  readonly unit?: Sourced<DeploymentUnit>
  readonly scope?: AzureScope
  /** The file it is declared in. */
  readonly declaredAt?: { readonly file: string }
}

/** A resource as the matcher sees it. */
export interface Candidate extends Placed {
  readonly identity: ResourceIdentity
}

/**
 * Whether `reference`, written in a resource placed at `from`, names `candidate` (issue 9: a plan
 * belongs to a VM by deployment scope, never by a bare name):
 * - the same symbol (the reader resolved the reference to that very declaration): `yes`;
 * - a symbol of another unit's declaration, or a bare name (no resource group: relative to its own
 *   deployment), cannot reach another unit: `no`;
 * - otherwise type and name decide (case-insensitively, as in Azure), then the scope: resource groups
 *   (and subscriptions) that are both known and differ give `no`; a reference that names its resource
 *   group is a resource ID and links across units and formats.
 * `unknown` comes only from a name or resource group that could not be evaluated, and only for a
 * candidate the reference can reach (a known resource group that differs still gives `no`).
 */
export function match(reference: ResourceIdentity, from: Placed, candidate: Candidate): Match {
  const target = candidate.identity
  if (reference.type.toLowerCase() !== target.type.toLowerCase() || otherEnvironment(from, candidate)) return 'no'
  if (reference.symbol !== undefined && reference.symbol === target.symbol) return 'yes'
  // A resource ID into a known subscription never names a resource of another known one, and only may name one
  // whose subscription its deployment names but was not evaluated.
  const subscription = target.subscription ?? knownSubscriptionOf(candidate)
  if (reference.subscription !== undefined && subscription !== undefined && reference.subscription.toLowerCase() !== subscription.toLowerCase()) return 'no'
  const found = byNameAndGroup(reference, from, candidate)
  return found === 'yes' && subscriptionUnevaluated(reference, candidate) ? 'unknown' : found
}

/** A resource ID into a known subscription, for a candidate whose subscription its deployment names but was not evaluated. */
const subscriptionUnevaluated = (reference: ResourceIdentity, candidate: Candidate): boolean =>
  reference.subscription !== undefined &&
  candidate.identity.subscription === undefined &&
  candidate.scope?.subscription.value === undefined &&
  candidate.scope?.subscription.origin === 'unresolved'

/**
 * Whether `match` gave `unknown` for the subscription alone: the reference names the candidate by type, name and
 * group, in a subscription the candidate's deployment names but that was not evaluated. Such a reference is about
 * that very VM, wherever it is written, unlike one whose name could not be evaluated.
 */
export function unknownBySubscriptionOnly(reference: ResourceIdentity, from: Placed, candidate: Candidate): boolean {
  return subscriptionUnevaluated(reference, candidate) && byNameAndGroup(reference, from, candidate) === 'yes'
}

/** `match` past the type, the symbol and the subscription: the unit, the name and the resource group. */
function byNameAndGroup(reference: ResourceIdentity, from: Placed, candidate: Candidate): Match {
  const target = candidate.identity
  const units = sameUnit(from, candidate)
  // A symbol names a declaration of the reference's own unit; a bare name is relative to its deployment.
  const relative = reference.symbol !== undefined || reference.resourceGroup === undefined
  if (relative && units === 'no') return 'no'
  // A partly known ID (its name not evaluated) still names nothing in a resource group it does not fit.
  if (reference.name === undefined || target.name === undefined) return sameGroup(reference, from, candidate, units) === 'no' ? 'no' : 'unknown'
  if (reference.name.toLowerCase() !== target.name.toLowerCase()) return 'no'
  return sameGroup(reference, from, candidate, units)
}

/**
 * Whether two resources are in one deployment unit; `unknown` when either carries none. One folder's
 * templates evaluated with two different parameter files are two deployments (DeploymentUnit.environment).
 */
export function sameUnit(a: Placed, b: Placed): Match {
  const [x, y] = [a.unit?.value, b.unit?.value]
  if (x === undefined || y === undefined) return 'unknown'
  if (x.key !== y.key) return 'no'
  return differentEnvironments(x, y) ? 'no' : 'yes'
}

const differentEnvironments = (x: DeploymentUnit, y: DeploymentUnit): boolean =>
  x.environment !== undefined && y.environment !== undefined && x.environment !== y.environment

/**
 * Whether two resources are of two environments of one Terraform root (dev.tfvars and prod.tfvars) or Pulumi
 * program (its stacks), or of two Kustomize builds of Kubernetes objects (overlays of one base, in any namespace):
 * alternative deployments of one configuration, often to other subscriptions with the same names, so what one
 * deploys never reaches the other, even by a resource ID or a dynamic scope. The environments of a folder's
 * templates (their parameter files) keep apart references by name only (`sameUnit`): a resource ID written for
 * one of them still links.
 */
export function otherEnvironment(a: Placed, b: Placed): boolean {
  const [x, y] = [a.unit?.value, b.unit?.value]
  if (x === undefined || y === undefined) return false
  if (KUBERNETES_UNITS.has(x.kind) && KUBERNETES_UNITS.has(y.kind)) return differentEnvironments(x, y)
  if (x.key !== y.key || (x.kind !== 'terraform-root' && x.kind !== 'pulumi-stack')) return false
  return differentEnvironments(x, y)
}

const KUBERNETES_UNITS: ReadonlySet<DeploymentUnit['kind']> = new Set(['kubernetes-namespace', 'kubernetes-cluster'])

/**
 * Resource groups: the reference's against the candidate's. A reference that names no group (a bare name, a
 * relative `scope`, a `resourceId()` without one) names a resource of the group its holder is deployed into;
 * held by a resource of a template deployment that is in the group the deployment is run against:
 * - to a candidate its deployment puts in a named group (a module or nested deployment scoped to `rg-other`),
 *   or in a group that could not be evaluated: the same resource only if the deployment is run against that
 *   group: `unknown`;
 * - to a candidate of that same group: `yes`.
 * A reference that names a group, to a candidate in the group its deployment is run against:
 * - written as a resource ID for a VM where it is deployed (an assignment of one template or repository
 *   naming a VM another deploys): `yes`;
 * - held by a resource that its own deployment puts in a named group, a module or nested deployment scoped
 *   to `rg-shared` whose `existing` VM is `rg-shared/vm1`, beside a VM of the deployment's own group; or
 *   written in the file that declares the candidate (an `existing` configuration scoped to `rg-maint` beside
 *   a declared one of the same name): the same resource only if the deployment is run against that group,
 *   which the manifests do not say: `unknown`.
 */
function sameGroup(reference: ResourceIdentity, from: Placed, candidate: Candidate, units: Match): Match {
  const wanted = reference.resourceGroup
  const group = candidate.identity.resourceGroup ?? candidate.scope?.resourceGroup.value
  if (wanted !== undefined && group !== undefined) return sameGroupName(wanted, group)
  // Relative to the group the deployment is run against, not to its holder's: a candidate there is named; one in
  // a named group (or one not evaluated) only if the deployment is run against that group, which no manifest says.
  if (wanted === undefined && reference.inDeploymentGroup === true) {
    return group !== undefined || candidate.scope?.resourceGroup.origin === 'unresolved' ? 'unknown' : 'yes'
  }
  if (wanted === undefined) return units === 'yes' && heldInDeploymentGroup(from) && inOtherGroup(candidate) ? 'unknown' : 'yes'
  // A resource ID into a group we could not evaluate for the candidate: it may or may not be that group.
  if (candidate.scope?.resourceGroup.origin === 'unresolved') return 'unknown'
  if (units !== 'yes') return 'yes'
  // Held in a named group, or written in the very file that declares the candidate in the deployment's group.
  const inNamedGroup = from.scope?.resourceGroup.value !== undefined
  const besideIt = from.declaredAt !== undefined && from.declaredAt.file === candidate.declaredAt?.file
  return inNamedGroup || besideIt ? 'unknown' : 'yes'
}

/**
 * Whether a resource is in the group its template deployment is run against (an ARM or Bicep resource whose
 * resource group no module or nested deployment on the way names). Terraform, Pulumi and Kubernetes resources
 * name their groups; one without a group (a Terraform assignment) is in none.
 */
const heldInDeploymentGroup = (from: Placed): boolean =>
  from.unit?.value?.kind === 'template-deployment' && from.scope?.resourceGroup.origin === 'absent'

/** Whether its deployment puts a resource in a named group, or in one that could not be evaluated. */
const inOtherGroup = (candidate: Candidate): boolean =>
  candidate.identity.resourceGroup !== undefined || (candidate.scope !== undefined && candidate.scope.resourceGroup.origin !== 'absent')

/**
 * Why `match` gave `unknown` for a reference to a candidate, in words for a finding; `holder` names what
 * holds the reference (an assignment, or a Terraform `azapi_update_resource` by its address).
 */
export function whyUnknown(reference: ResourceIdentity, from: Placed, candidate: Candidate, holder = 'the assignment', kind = 'VM'): string {
  if (candidate.identity.name === undefined && reference.name !== undefined) {
    return `its name could not be evaluated, so ${holder}'s '${reference.name}' may name it`
  }
  if (reference.inDeploymentGroup === true && reference.name !== undefined) return inDeploymentGroupReason(reference.name, candidate, holder, kind)
  if (reference.name === undefined) return 'the target resource is named by a value that could not be evaluated'
  if (reference.resourceGroup === undefined) return besideANamedGroup(reference.name, candidate, holder, kind)
  const named = `'${reference.resourceGroup}/${reference.name}'`
  if (candidate.scope?.resourceGroup.origin === 'unresolved') {
    return `it names ${named}, and the ${kind}'s resource group could not be evaluated`
  }
  const subscription = candidate.scope?.subscription
  if (reference.subscription !== undefined && subscription?.origin === 'unresolved') {
    return `it names subscription '${reference.subscription}', and the ${kind}'s subscription could not be evaluated (${subscription.reason ?? 'unresolved'})`
  }
  // Held in a named group, or beside the candidate in the group its deployment is run against (match.ts `sameGroup`).
  const group = from.scope?.resourceGroup.value
  const held = group === undefined ? holder : `${holder} is deployed into resource group '${group}' and`
  return (
    `${held} names ${named}, while the ${kind} is in the group its ` +
    `deployment is run against: the same ${kind} only if that group is '${reference.resourceGroup}'`
  )
}

/**
 * Two resource group names. One written `${rg.name}` is a stand-in for a group the deployment names (Pulumi auto-names
 * an unnamed one: its logical name and a random suffix), which no real name can equal (Azure allows no `$`, `{` or
 * `}` in one): two stand-ins are one group only if they are one text (two distinct auto-named groups never are),
 * and a stand-in may be a group written by name, which the manifests do not say: `unknown`.
 */
export function sameGroupName(a: string, b: string): Match {
  const [x, y] = [a.includes('${'), b.includes('${')]
  if (x !== y) return 'unknown'
  if (x) return a === b ? 'yes' : 'no'
  return a.toLowerCase() === b.toLowerCase() ? 'yes' : 'no'
}

/** `whyUnknown` for a name without a group, held in the group a deployment is run against (`sameGroup`). */
function besideANamedGroup(name: string, candidate: Candidate, holder: string, kind: string): string {
  const lead = `${holder} is deployed into the group its deployment is run against and names '${name}' there`
  const group = candidate.identity.resourceGroup ?? candidate.scope?.resourceGroup.value
  if (group === undefined) {
    const reason = candidate.scope?.resourceGroup.reason ?? 'unresolved'
    return `${lead}, while the ${kind}'s resource group could not be evaluated (${reason}): the same ${kind} only if the two are one`
  }
  return `${lead}, while the ${kind} is deployed into resource group '${group}': the same ${kind} only if the deployment is run against '${group}'`
}

/**
 * Why a reference relative to the group the deployment is run against (ResourceIdentity.inDeploymentGroup) may
 * name a candidate of a named group, or of one not evaluated.
 */
export function inDeploymentGroupReason(name: string, candidate: Candidate, holder: string, noun: string): string {
  const group = candidate.identity.resourceGroup ?? candidate.scope?.resourceGroup.value
  const named = `${holder} names the '${name}' of the resource group the deployment is run against, not of the group its nested deployment puts it in`
  if (group === undefined) return `${named}, and the ${noun}'s resource group could not be evaluated`
  return `${named}, and the ${noun} is in resource group '${group}': the same ${noun} only if the deployment is run against '${group}'`
}

/**
 * Whether two resources are in one subscription, as far as the manifests say (a dynamic scope of one
 * subscription never selects another's VM): two known subscriptions compare; two deployed to the
 * subscription their deployment runs against are taken as one, as a platform team's dynamic scope plans
 * for every team's VMs, unless both deployments write which one that is and write two (AzureScope.runsAgainst:
 * two Terraform roots whose default providers name two subscriptions); a subscription a deployment names (a module scoped to `resourceGroup(sub, 'rg')`, a
 * nested deployment's `subscriptionId`, a Terraform provider's `subscription_id`) against the one a deployment
 * runs against, or one not evaluated, may be either: `unknown`, unless both are deployed through one provider
 * configuration (the same `subscriptionHandle`).
 */
export function sameSubscription(a: Placed, b: Placed): Match {
  const [x, y] = [a.scope?.subscription, b.scope?.subscription]
  const named = (subscription: Sourced<string> | undefined): boolean => subscription !== undefined && subscription.origin !== 'absent'
  const [p, q] = [knownSubscriptionOf(a), knownSubscriptionOf(b)]
  const differ = p !== undefined && q !== undefined && p.toLowerCase() !== q.toLowerCase()
  // Two deployments that each write the subscription they run against, and write two, run in two.
  if (!named(x) && !named(y)) return differ ? 'no' : 'yes'
  // Deployed through one Terraform provider configuration: one subscription, evaluated or not.
  const handle = a.scope?.subscriptionHandle
  if (handle !== undefined && handle === b.scope?.subscriptionHandle) return 'yes'
  if (p === undefined || q === undefined) return 'unknown'
  return differ ? 'no' : 'yes'
}

/**
 * The subscription a resource is known to be deployed to: the one its deployment names, evaluated, or the one it
 * runs against as its deployment writes it (AzureScope.runsAgainst); undefined when the manifests do not say.
 */
function knownSubscriptionOf(placed: Placed): string | undefined {
  const subscription = placed.scope?.subscription
  return subscription === undefined || subscription.origin === 'absent' ? placed.scope?.runsAgainst : subscription.value
}
