import { ARC_MACHINE_TYPE, MAINTENANCE_CONFIGURATION_TYPE, VMSS_TYPE } from '../../model/identity.js'
import type {
  DynamicScopeFilter,
  MaintenanceAssignment,
  MaintenanceConfiguration,
  RelatedLocation,
  Resource,
  ResourceIdentity,
  VirtualMachine
} from '../../model/resources.js'
import { absent, known, unresolved, type SourceLocation, type Sourced } from '../../model/source.js'
import { child, isScalar } from '../../yaml/nodes.js'
import { locate } from '../../yaml/sourced.js'
import { folderOf } from '../../model/paths.js'
import { azureScope, deploymentUnit } from '../shared/units.js'
import {
  mapArcLicenseProfile,
  mapArcMachine,
  mapMaintenanceConfiguration,
  mapVirtualMachine,
  type ArmPath,
  type ArmPropertySource
} from '../shared/azure-compute/index.js'
import type { ProgramResource, ResourceCatalog } from './catalog.js'
import type { Term } from './evaluator.js'
import type { TermValues } from './values.js'
import { onFrame } from '../shared/resource-shape.js'
import { assignmentTarget } from './assignment-target.js'
import { defaultSubscription, providerSubscription } from './providers.js'

/** Its group, and the subscription of the explicit provider it deploys through (unwritten for the default one). */
function scopeOf(resource: ProgramResource, identity: ResourceIdentity, context: EvaluationContext, at: SourceLocation) {
  const provider = providerSubscription(resource, context.catalog, context.values, context.programFile)
  const runsAgainst = provider === undefined ? defaultSubscription(context.catalog, context.values, at) : undefined
  return azureScope(identity.resourceGroup ?? autoNamedGroup(resource, context, at), at, undefined, provider?.subscription, provider?.handle, runsAgainst)
}

/**
 * A group the program auto-names (`resourceGroupName: ${rg.name}`, `rg` without a name): its stand-in, so that what
 * is placed in another group of the program is told apart from the resource, as with written names. The identity
 * keeps no group: the name is Azure's only after deployment.
 */
function autoNamedGroup(resource: ProgramResource, context: EvaluationContext, at: SourceLocation): Sourced<string> | undefined {
  const term = context.catalog.property(resource, ['resourceGroupName'])
  const group = context.catalog.autoNamedGroup(term, at)
  return group === undefined || term?.kind !== 'resource' ? undefined : known(group, term.at, 'expression', 'Pulumi auto-names this resource group at deployment')
}

/**
 * azure-native's configuration assignments, each what its REST path makes it: `ConfigurationAssignment`
 * assigns to one resource, `ConfigurationAssignmentParent` to one child resource (a scale set's VM
 * instance), and the two `ConfigurationAssignmentsFor*` are dynamic scopes of a resource group or a
 * subscription. Another name is not one of them and is not read as any.
 */
const ASSIGNMENT_KINDS: ReadonlySet<string> = new Set([
  'maintenance:ConfigurationAssignment',
  'maintenance:ConfigurationAssignmentParent',
  'maintenance:ConfigurationAssignmentsForResourceGroup',
  'maintenance:ConfigurationAssignmentsForSubscription'
])

/** What every resource of one evaluation shares. */
export interface EvaluationContext {
  readonly programFile: string
  readonly catalog: ResourceCatalog
  readonly values: TermValues
  /** The stack name, or '' for an evaluation with config defaults only. */
  readonly variant: string
  readonly related: readonly RelatedLocation[]
}

/** The model resource of one `azure-native` resource; other types are not modelled. */
export function toResource(resource: ProgramResource, context: EvaluationContext): Resource | undefined {
  const token = resource.token
  if (token === undefined) return undefined
  const kind = `${token.module}:${token.type}`
  // An Arc machine is usually onboarded by its agent: one the program reads with `get:` is still a machine the gate
  // reports (as Bicep's `existing`, docs/arc.md). Any other resource read with `get:` is deployed elsewhere.
  if (resource.existing) return kind === 'hybridcompute:Machine' ? arcMachine(resource, context, 'existing') : undefined
  if (kind === 'compute:VirtualMachine' || kind === 'compute:VirtualMachineScaleSet') {
    return virtualMachine(resource, context)
  }
  if (kind === 'hybridcompute:Machine') return arcMachine(resource, context, 'declared')
  if (kind === 'hybridcompute:LicenseProfile') return arcLicenseProfile(resource, context)
  if (kind === 'maintenance:MaintenanceConfiguration') return configuration(resource, context)
  if (ASSIGNMENT_KINDS.has(kind)) return assignment(resource, kind, context)
  return undefined
}

function base(resource: ProgramResource, context: EvaluationContext) {
  const at = locate(context.programFile, resource.entry.keyNode)
  const identity = context.catalog.identityOf(resource.logicalName) ?? { type: 'unknown', name: undefined }
  return {
    format: 'pulumi' as const,
    identity,
    // Each stack is an environment of the program: two stacks are two deployments of it.
    unit: deploymentUnit('pulumi-stack', `pulumi:${folderOf(context.programFile)}`, at, undefined, context.variant === '' ? undefined : context.variant),
    scope: scopeOf(resource, identity, context, at),
    displayName: identity.name ?? resource.logicalName,
    reportAt: at,
    declaredAt: at,
    related: context.related,
    variant: context.variant,
    deployed: known(true, at)
  }
}

/**
 * An azure-native resource's inputs for the shared Azure compute adapter: azure-native flattens
 * ARM's `properties` into the inputs, and a configuration's `maintenanceWindow` and a license
 * profile's `productProfile` too (`productFeatures` is an input of `hybridcompute:LicenseProfile`).
 */
function pulumiSource(resource: ProgramResource, context: EvaluationContext, at: SourceLocation): ArmPropertySource {
  const { catalog, values } = context
  const read = (path: ArmPath): Term | undefined => catalog.property(resource, inputPath(path))
  return {
    at,
    string: path => values.string(read(path), at),
    boolean: path => values.boolean(read(path), at),
    strings: path => values.stringList(read(path), at),
    stringMap: path => values.stringMap(read(path), at),
    stringListMap: path => values.stringListMap(read(path), at),
    records: path => values.records(read(path), at),
    written: path => {
      const term = read(path)
      return term === undefined ? absent(at) : known(true as const, locationOf(term, at))
    }
  }
}

function inputPath(path: ArmPath): readonly string[] {
  if (path[0] !== 'properties') return path
  return path[1] === 'maintenanceWindow' || path[1] === 'productProfile' ? path.slice(2) : path.slice(1)
}

function virtualMachine(resource: ProgramResource, context: EvaluationContext): VirtualMachine {
  const common = base(resource, context)
  const kind = common.identity.type === VMSS_TYPE ? 'scale-set' : 'virtual-machine'
  const image = [...(kind === 'scale-set' ? ['virtualMachineProfile'] : []), 'storageProfile', 'imageReference']
  const read = (key: string): Term | undefined => context.catalog.property(resource, [...image, key])
  const custom = read('id') ?? read('sharedGalleryImageId') ?? read('communityGalleryImageId')
  // An image ID from another resource's output is still a custom image, whatever its value.
  const customImageId =
    custom?.kind === 'resource'
      ? known(`\${${[custom.resource, ...custom.path].join('.')}}`, custom.at, 'expression')
      : undefined
  const source = pulumiSource(resource, context, common.declaredAt)
  // A versioned module (`azure-native:compute/v20220301:VirtualMachine`) sends its API version's schema.
  const version = resource.token?.apiVersion
  const apiVersion = version === undefined ? {} : { apiVersion: known(version, common.declaredAt) }
  const vm = onFrame(common, mapVirtualMachine(source, kind, { ...apiVersion, ...(customImageId !== undefined && { customImageId }) }))
  return withGroupExpression(vm, resource)
}

/**
 * The machine with its `resourceGroupName` as written when the program does not give its value but the text is an
 * interpolation (`${rg.name}`, `${groupName}`): it means the same group in a fix pasted into the same program.
 */
function withGroupExpression(vm: VirtualMachine, resource: ProgramResource): VirtualMachine {
  if (vm.identity.resourceGroup !== undefined) return vm
  const written = resource.properties?.kind === 'node' ? child(resource.properties.node, 'resourceGroupName') : undefined
  if (!isScalar(written) || typeof written.value !== 'string' || !written.value.includes('${')) return vm
  return onFrame(vm, { resourceGroupExpression: written.value })
}

/** An `azure-native:hybridcompute:Machine` (an Arc-enabled server, docs/arc.md), mapped by the shared adapter. */
function arcMachine(resource: ProgramResource, context: EvaluationContext, declaration: 'declared' | 'existing'): VirtualMachine {
  const common = base(resource, context)
  return withGroupExpression(onFrame(common, mapArcMachine(pulumiSource(resource, context, common.declaredAt), declaration)), resource)
}

/**
 * An `azure-native:hybridcompute:LicenseProfile`: the machine it belongs to (`machineName`, in its `resourceGroupName`,
 * as its REST path puts it), reported at the profile. `${dc.name}` is the program's machine `dc` itself, by symbol;
 * `joinArcMachines` merges the profile into a machine the repository declares.
 */
function arcLicenseProfile(resource: ProgramResource, context: EvaluationContext): VirtualMachine {
  const common = base(resource, context)
  const term = context.catalog.property(resource, ['machineName'])
  const named = term?.kind === 'resource' && term.path.length === 1 && term.path[0] === 'name' ? context.catalog.identityOf(term.resource) : undefined
  const group = common.identity.resourceGroup === undefined ? {} : { resourceGroup: common.identity.resourceGroup }
  const identity: ResourceIdentity =
    named?.type === ARC_MACHINE_TYPE ? named : { type: ARC_MACHINE_TYPE, name: context.values.string(term, common.declaredAt).value, ...group }
  // The machine's identity and name take the places of the profile's (as in the other readers).
  common.identity = identity
  common.displayName = identity.name ?? common.displayName
  return onFrame(common, mapArcLicenseProfile(pulumiSource(resource, context, common.declaredAt)))
}

function configuration(resource: ProgramResource, context: EvaluationContext): MaintenanceConfiguration {
  const common = base(resource, context)
  return onFrame(common, mapMaintenanceConfiguration(pulumiSource(resource, context, common.declaredAt)))
}

function assignment(resource: ProgramResource, kind: string, context: EvaluationContext): MaintenanceAssignment {
  const common = base(resource, context)
  const at = common.declaredAt
  const { catalog, values } = context
  const read = (...path: string[]): Term | undefined => catalog.property(resource, path)
  const configurationId = values.identity(read('maintenanceConfigurationId'), at, [MAINTENANCE_CONFIGURATION_TYPE])
  const assignment: MaintenanceAssignment = onFrame(common, {
    kind: 'maintenance-assignment' as const,
    configuration: { target: configurationId }
  })
  if (kind === 'maintenance:ConfigurationAssignment') {
    return onFrame(assignment, { target: { target: assignmentTarget(key => read(key), context, at, resource) } })
  }
  if (kind === 'maintenance:ConfigurationAssignmentParent') {
    // A child resource (a scale set's VM instance) is never a standalone VM: unknown parts cannot make it one.
    const child = childTarget(read, context, at)
    return onFrame(assignment, { target: child.value === undefined ? { target: child, notWindowsVm: true as const } : { target: child } })
  }
  const resourceGroup = kind.endsWith('ForResourceGroup') ? read('resourceGroupName') : undefined
  return onFrame(assignment, { filter: dynamicScope(read('filter'), resourceGroup, context, at) })
}

/**
 * `ConfigurationAssignmentParent`'s target: `providerName/resourceParentType/resourceParentName/resourceType/
 * resourceName` in `resourceGroupName`, all required (the REST path); the child's type is the parent's type
 * and its own (`Microsoft.Compute/virtualMachineScaleSets/virtualMachines`), as its resource ID says.
 */
function childTarget(
  read: (...path: string[]) => Term | undefined,
  context: EvaluationContext,
  at: SourceLocation
): Sourced<ResourceIdentity> {
  const texts: string[] = []
  let resourceName: Sourced<string> | undefined
  for (const key of ['providerName', 'resourceParentType', 'resourceParentName', 'resourceType', 'resourceName']) {
    const value = context.values.string(read(key), at)
    if (value.value === undefined) {
      return unresolved(value.location, value.origin === 'absent' ? `${key} is not set` : (value.reason ?? `${key} is not known`))
    }
    texts.push(value.value)
    resourceName = value
  }
  const [provider, parentType, , type, name] = texts as [string, string, string, string, string]
  const identity = { type: `${provider}/${parentType}/${type}`, name }
  const group = context.values.string(read('resourceGroupName'), at).value
  const value = group === undefined ? identity : { ...identity, resourceGroup: group }
  return resourceName === undefined ? known(value, at) : { ...resourceName, value }
}

function dynamicScope(
  filter: Term | undefined,
  resourceGroup: Term | undefined,
  context: EvaluationContext,
  at: SourceLocation
): DynamicScopeFilter {
  const { values } = context
  const walk = (...path: string[]) => (filter?.kind === 'node' ? context.catalog.walk(filter, path) : undefined)
  const groups = walk('resourceGroups')
  const groupName = values.string(resourceGroup, at)
  // A resource-group scope only ever covers its own group.
  const ownGroup = groups === undefined && groupName.value !== undefined ? [groupName.value] : undefined
  return {
    resourceTypes: values.stringList(walk('resourceTypes'), at),
    resourceGroups: ownGroup ? { ...groupName, value: ownGroup } : values.stringList(groups, at),
    locations: values.stringList(walk('locations'), at),
    osTypes: values.stringList(walk('osTypes'), at),
    tags: values.stringListMap(walk('tagSettings', 'tags'), at),
    tagOperator: values.string(walk('tagSettings', 'filterOperator'), at, 'Any')
  }
}

function locationOf(term: Term, fallback: SourceLocation): SourceLocation {
  if (term.kind === 'node') return locate(term.file, term.node)
  return 'at' in term ? term.at : fallback
}
