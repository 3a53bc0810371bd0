import { sameResource } from '../../model/identity.js'
import type { Match } from '../../model/match.js'
import type { ResourceIdentity } from '../../model/resources.js'
import { absent, known, unresolved, type SourceLocation, type Sourced } from '../../model/source.js'
import type { ProgramResource } from './catalog.js'
import type { Term } from './evaluator.js'
import { deployedTo, providerSubscription, sameProviderSubscription, type ProgramProviders } from './providers.js'

/** What the target is read with: the program's resources, its values and its file, of one evaluation. */
export type TargetProgram = ProgramProviders

/** The inputs azure-native requires of a `ConfigurationAssignment`: its REST path, without them it is never created. */
const PATH_FIELDS = ['providerName', 'resourceGroupName', 'resourceType', 'resourceName'] as const

/**
 * A resource group as a path field names it: its evaluated text, or the `name` output of a resource group of
 * the program that azure-native names at deployment (no `resourceGroupName` written), known only as that output.
 */
type GroupName = Sourced<string> | { readonly output: string; readonly at: SourceLocation; readonly reason: string }

/**
 * `ConfigurationAssignment`'s target, where Azure creates it: the REST path of ConfigurationAssignments_CreateOrUpdate,
 * `resourceGroups/{resourceGroupName}/providers/{providerName}/{resourceType}/{resourceName}`, whose four inputs
 * azure-native requires. The path alone decides:
 * - `resourceId` is an optional body property ("The unique resourceId") that places nothing: one naming another
 *   resource does not move the assignment there, and one without the path (azure-native refuses the missing
 *   required inputs) assigns nothing;
 * - `resourceName: ${vm.name}` is that very resource only where the path's provider, type and group are its own
 *   and the assignment deploys to its subscription (the assignment's own provider's); elsewhere it is the resource
 *   of that name the path names (another one, or none);
 * - a path field that is not evaluated leaves the target unresolved; one not written, nothing is assigned.
 */
export function assignmentTarget(
  read: (key: string) => Term | undefined,
  program: TargetProgram,
  at: SourceLocation,
  holder: ProgramResource
): Sourced<ResourceIdentity> {
  if (PATH_FIELDS.some(key => read(key) === undefined)) return absent(at)
  const provider = program.values.string(read('providerName'), at)
  if (provider.value === undefined) return notEvaluated(provider, 'providerName')
  const type = program.values.string(read('resourceType'), at)
  if (type.value === undefined) return notEvaluated(type, 'resourceType')
  const path = { type: `${provider.value}/${type.value}`, group: groupName(read('resourceGroupName'), program, at) }
  const name = read('resourceName') as Term
  const output = nameOutputOf(name)
  if (output !== undefined && name.kind === 'resource') return byNameOutput(output, name.at, path, program, holder)
  if (!('value' in path.group)) return unresolved(path.group.at, path.group.reason)
  if (path.group.value === undefined) return notEvaluated(path.group, 'resourceGroupName')
  const resourceName = program.values.string(name, at)
  if (resourceName.value === undefined) return notEvaluated(resourceName, 'resourceName')
  return { ...resourceName, value: { type: path.type, name: resourceName.value, resourceGroup: path.group.value } }
}

interface TargetPath {
  /** `providerName/resourceType`: `Microsoft.Compute/virtualMachines`. */
  readonly type: string
  readonly group: GroupName
}

/** `resourceName: ${vm.name}`: the program's resource `vm` where the path is its own, else what the path names. */
function byNameOutput(resource: string, at: SourceLocation, path: TargetPath, program: TargetProgram, holder: ProgramResource): Sourced<ResourceIdentity> {
  const identity = program.catalog.identityOf(resource)
  if (identity === undefined) return unresolved(at, `${resource} is not a resource of the program`)
  const own = program.catalog.resource(resource)
  const ownGroup: GroupName =
    identity.resourceGroup !== undefined
      ? known(identity.resourceGroup, at)
      : groupName(own && program.catalog.property(own, ['resourceGroupName']), program, at)
  const expression = (value: ResourceIdentity): Sourced<ResourceIdentity> => ({ value, origin: 'expression', location: at, detail: resource })
  if (pathNamesIt(resource, path, identity.type, ownGroup) === 'yes') {
    // The path is in the subscription the assignment deploys to: the resource's own only if it deploys there too.
    const subscriptions = own === undefined ? 'yes' : sameProviderSubscription(holder, own, program, at)
    if (subscriptions === 'yes') return expression(identity)
    if (subscriptions === 'unknown') return unresolved(at, otherProvider(resource))
    const { symbol: _symbol, ...named } = identity
    return expression({ ...named, subscription: deployedTo(providerSubscription(holder, program.catalog, program.values, program.programFile), program, at) })
  }
  if (!('value' in path.group)) return unresolved(path.group.at, path.group.reason)
  if (path.group.value === undefined) return notEvaluated(path.group, 'resourceGroupName')
  return expression({ type: path.type, name: identity.name, resourceGroup: path.group.value })
}

/**
 * Whether the path's type and group are those of the resource whose name it takes: `unknown` when a group is
 * not evaluated (or is the name output of another auto-named group).
 */
function pathNamesIt(resource: string, path: TargetPath, ownType: string, ownGroup: GroupName): Match {
  // `${vm.name}` is the resource's own name, whatever it is: one stand-in on both sides leaves type and group to match.
  const name = `\${${resource}.name}`
  if (sameResource({ type: path.type, name }, { type: ownType, name }) === 'no') return 'no'
  const [wanted, group] = [path.group, ownGroup]
  if ('value' in wanted && 'value' in group && wanted.value !== undefined && group.value !== undefined) {
    return sameResource({ type: path.type, name, resourceGroup: wanted.value }, { type: ownType, name, resourceGroup: group.value })
  }
  // Both the name output of one resource group the program names at deployment: the same group.
  return 'output' in wanted && 'output' in group && wanted.output === group.output ? 'yes' : 'unknown'
}

function groupName(term: Term | undefined, program: TargetProgram, at: SourceLocation): GroupName {
  const output = nameOutputOf(term)
  if (output === undefined || term?.kind !== 'resource') return program.values.string(term, at)
  const name = program.catalog.nameOf(output)
  if (name !== undefined) return known(name, term.at, 'expression', output)
  // An auto-named group of the program: its stand-in, which tells it from every other group (catalog.autoNamedGroup).
  const autoNamed = program.catalog.autoNamedGroup(term, at)
  if (autoNamed !== undefined) return known(autoNamed, term.at, 'expression', output)
  return { output, at: term.at, reason: unknownGroupName(output, program) }
}

/** Why `${rg.name}` is not known: Pulumi names the group at deployment, or its `resourceGroupName` is not evaluated. */
function unknownGroupName(output: string, program: TargetProgram): string {
  const group = program.catalog.resource(output)
  const written = group !== undefined && program.catalog.property(group, ['resourceGroupName']) !== undefined
  return written
    ? `\${${output}.name} is not known: the resourceGroupName of ${output} is not evaluated`
    : `\${${output}.name} is known only after deployment: Pulumi auto-names resource group ${output} then (its logical name and a random suffix)`
}

/** The resource whose `name` output a term is (`${vm.name}`). */
function nameOutputOf(term: Term | undefined): string | undefined {
  return term?.kind === 'resource' && term.path.length === 1 && term.path[0] === 'name' ? term.resource : undefined
}

function notEvaluated(value: Sourced<string>, key: string): Sourced<ResourceIdentity> {
  return unresolved(value.location, value.reason ?? `${key} is not known`)
}

const otherProvider = (resource: string): string =>
  `the assignment deploys through another azure-native provider than ${resource}, and the two subscriptions are not both known: ` +
  `it names ${resource} only if they are one`
