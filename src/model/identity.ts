import { intern, keptText } from './intern.js'
import { match, type Match } from './match.js'
import type { DeploymentUnit, ResourceIdentity } from './resources.js'
import type { Sourced } from './source.js'

export const VM_TYPE = 'Microsoft.Compute/virtualMachines'
export const VMSS_TYPE = 'Microsoft.Compute/virtualMachineScaleSets'
/** An Azure Arc-enabled server (issue 17). */
export const ARC_MACHINE_TYPE = 'Microsoft.HybridCompute/machines'
/** An Arc machine's license profile (`default`): where Hotpatch is enabled for it. */
export const ARC_LICENSE_PROFILE_TYPE = 'Microsoft.HybridCompute/machines/licenseProfiles'
export const MAINTENANCE_CONFIGURATION_TYPE = 'Microsoft.Maintenance/maintenanceConfigurations'
export const MAINTENANCE_ASSIGNMENT_TYPE = 'Microsoft.Maintenance/configurationAssignments'

/**
 * Parses an ARM resource ID (`/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm`)
 * into the identity of its last resource. Segments we could not evaluate may be left as `{...}`
 * placeholders by the evaluators; a placeholder name gives an identity without a name.
 * Returns undefined for text that is not a resource ID.
 */
export function parseResourceId(id: string): ResourceIdentity | undefined {
  const parts = idSegments(id)
  return identityOfSegments(parts, lastProvidersSegment(parts))
}

/** The non-empty `/`-separated segments of a resource ID. */
export function idSegments(id: string): string[] {
  const parts = id.split('/')
  // An ID's only empty part is usually its first (before the leading `/`): dropped in place, without a filtered copy.
  if (parts[0] === '' && !parts.includes('', 1)) {
    parts.shift()
    return parts
  }
  return parts.filter(part => part !== '')
}

/** Index of the last segment that is `providers` in any case, or -1 (no lower-cased copy of every segment). */
export function lastProvidersSegment(parts: readonly string[]): number {
  for (let i = parts.length - 1; i >= 0; i--) if (isSegment(parts[i] as string, 'providers')) return i
  return -1
}

const isSegment = (part: string, lowerCase: string): boolean => part.length === lowerCase.length && part.toLowerCase() === lowerCase

/**
 * The identity `parseResourceId` gives for the segments of an ID whose last `providers` segment is at
 * `providers`: the type after it (namespace, then every other segment), the last name, the resource group
 * before it.
 */
export function identityOfSegments(parts: readonly string[], providers: number): ResourceIdentity | undefined {
  if (providers < 0 || providers + 3 > parts.length) return undefined
  // The rest alternates type, name, childType, childName, ...
  let type = parts[providers + 1] as string
  let name: string | undefined
  for (let i = providers + 2; i < parts.length; i += 2) {
    type = `${type}/${parts[i] as string}`
    name = parts[i + 1]
  }
  let rgIndex = -1
  for (let i = 0; i < parts.length && rgIndex < 0; i++) if (isSegment(parts[i] as string, 'resourcegroups')) rgIndex = i
  const resourceGroup = rgIndex >= 0 && rgIndex < providers ? parts[rgIndex + 1] : undefined
  // Kept by the model: the type as one shared copy, the names as strings of their own (not views of the ID),
  // short ones interned: an assignment's target names the VM its reader has just read (ARM 20,000 files: 12,192
  // copies of names the resources hold).
  const kept = name === undefined || isPlaceholder(name) ? undefined : keptText(name)
  // Built field by field (the key order of `{ ...identity, resourceGroup }`): a spread gave these identities
  // a hidden class of their own in V8.
  const group = resourceGroup !== undefined && !isPlaceholder(resourceGroup) ? keptText(resourceGroup) : undefined
  const subscription = subscriptionOf(parts, providers)
  // An ID into a named subscription: an identity of its own (rare; the shared table keys type, name and group).
  if (subscription !== undefined) {
    return group === undefined ? { type: intern(type), name: kept, subscription } : { type: intern(type), name: kept, resourceGroup: group, subscription }
  }
  if (kept !== undefined) return sharedIdentity(intern(type), kept, group)
  return group !== undefined ? { type: intern(type), name: kept, resourceGroup: group } : { type: intern(type), name: kept }
}

/** The subscription an ID's leading `subscriptions/<id>` names before its providers, unless a placeholder. */
function subscriptionOf(parts: readonly string[], providers: number): string | undefined {
  const subscription = isSegment(parts[0] ?? '', 'subscriptions') && providers > 1 ? parts[1] : undefined
  return subscription === undefined || isPlaceholder(subscription) ? undefined : keptText(subscription)
}

/** Identities the shared-identity table holds before it is emptied. */
const MAX_IDENTITIES = 8192
const identities = new Map<string, ResourceIdentity>()

/**
 * One object per named identity (type, name, resource group): a resource's own and the references to it
 * (an assignment's target and configuration, read from IDs just after the resources they name) are equal,
 * and were an object each (ARM 20,000 files: 12,192 references). Keys in the order `identityOfSegments`
 * always gave them (type, name, resourceGroup). Read-only values, so sharing changes nothing anyone sees;
 * bounded, and emptied once the units are read (`releaseSharedIdentities`).
 */
export function sharedIdentity(type: string, name: string, resourceGroup?: string): ResourceIdentity {
  // Lengths before the texts: no name or group can make another identity's key.
  const key = resourceGroup === undefined ? `a${type.length}:${type}${name}` : `b${type.length}:${type}${name.length}:${name}${resourceGroup}`
  const known = identities.get(key)
  if (known !== undefined) return known
  if (identities.size >= MAX_IDENTITIES) identities.clear()
  const identity = resourceGroup === undefined ? { type, name } : { type, name, resourceGroup }
  identities.set(key, identity)
  return identity
}

/** Empties the shared-identity table (the scan calls it once its units are read). */
export function releaseSharedIdentities(): void {
  identities.clear()
}

const isPlaceholder = (segment: string): boolean => segment.startsWith('{') || segment.includes('[')

/**
 * A stable key for an identity: type and name (or symbol when the name is unknown), lower-cased, after the
 * folder of the deployment unit it is declared in when that is not the root (`teams/a:microsoft.compute/
 * virtualmachines/dc01`): two VMs with one type and name in two deployment units are two resources (issue 9/12),
 * and a VM of a unit at the root keeps the key it always had.
 */
export function identityKey(identity: ResourceIdentity, unitFolder = ''): string {
  const handle = identity.name ?? identity.symbol ?? '?'
  // The lower-cased type is kept by every key: one copy of it (a report's resources hold thousands of keys).
  const key = `${intern(identity.type.toLowerCase())}/${handle.toLowerCase()}`
  return unitFolder === '' ? key : `${unitFolder}:${key}`
}

/**
 * The folder of a resource's deployment unit (where the file or call that makes it one is: the entry template's
 * folder, the Terraform root, the plan's or the what-if result's folder, the Pulumi project, the Kubernetes
 * manifest's folder), relative to the scan root, `''` at the root; `base` (the scan root's folder inside its
 * repository) makes it repository-relative. A resource without a unit (built by hand) has no folder.
 */
export function unitFolder(resource: { readonly unit?: Sourced<DeploymentUnit> }, base = ''): string {
  const file = resource.unit?.location.file
  if (file === undefined) return ''
  const folder = file.slice(0, Math.max(file.lastIndexOf('/'), 0))
  return base === '' ? folder : folder === '' ? base : `${base}/${folder}`
}

/**
 * Whether two identities name the same resource, ignoring deployment units: `match` (src/model/match.ts)
 * for resources that carry none. Kept for callers that hold bare identities.
 */
export function sameResource(a: ResourceIdentity, b: ResourceIdentity): Match {
  return match(a, {}, { identity: b })
}
