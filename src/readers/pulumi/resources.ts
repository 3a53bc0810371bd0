import { MAINTENANCE_CONFIGURATION_TYPE, VMSS_TYPE, VM_TYPE } from '../../model/identity.js'
import type {
  DynamicScopeFilter,
  ImageReference,
  MaintenanceAssignment,
  MaintenanceConfiguration,
  RelatedLocation,
  Resource,
  ResourceIdentity,
  VirtualMachine
} from '../../model/resources.js'
import { absent, known, unresolved, type SourceLocation, type Sourced } from '../../model/source.js'
import { locate } from '../../yaml/sourced.js'
import type { ProgramResource, ResourceCatalog } from './catalog.js'
import type { Term } from './evaluator.js'
import type { TermValues } from './values.js'

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
  if (token === undefined || resource.existing) return undefined
  const kind = `${token.module}:${token.type}`
  if (kind === 'compute:VirtualMachine' || kind === 'compute:VirtualMachineScaleSet') {
    return virtualMachine(resource, context)
  }
  if (kind === 'maintenance:MaintenanceConfiguration') return configuration(resource, context)
  if (kind.startsWith('maintenance:ConfigurationAssignment')) return assignment(resource, kind, context)
  return undefined
}

function base(resource: ProgramResource, context: EvaluationContext) {
  const at = locate(context.programFile, resource.entry.keyNode)
  const identity = context.catalog.identityOf(resource.logicalName) ?? { type: 'unknown', name: undefined }
  return {
    format: 'pulumi' as const,
    identity,
    displayName: identity.name ?? resource.logicalName,
    reportAt: at,
    declaredAt: at,
    related: context.related,
    variant: context.variant,
    deployed: known(true, at)
  }
}

/** ARM's VM body with `properties` flattened; a scale set nests it under `virtualMachineProfile`. */
function virtualMachine(resource: ProgramResource, context: EvaluationContext): VirtualMachine {
  const common = base(resource, context)
  const at = common.declaredAt
  const { catalog, values } = context
  const isScaleSet = common.identity.type === VMSS_TYPE
  const profile = isScaleSet ? ['virtualMachineProfile'] : []
  const read = (...path: string[]): Term | undefined => catalog.property(resource, [...profile, ...path])
  const windows = read('osProfile', 'windowsConfiguration')
  const linux = read('osProfile', 'linuxConfiguration')
  const patch = ['osProfile', 'windowsConfiguration', 'patchSettings']
  const osType: Sourced<'Windows' | 'Linux'> = windows
    ? known('Windows', locationOf(windows, at))
    : linux
      ? known('Linux', locationOf(linux, at))
      : absent(at)
  return {
    ...common,
    kind: isScaleSet ? 'scale-set' : 'virtual-machine',
    canHotpatch: true,
    orchestrationMode: isScaleSet ? values.string(catalog.property(resource, ['orchestrationMode']), at) : absent(at),
    osType,
    image: image(read, values, at),
    location: values.string(catalog.property(resource, ['location']), at),
    tags: values.stringMap(catalog.property(resource, ['tags']), at),
    patchMode: values.string(read(...patch, 'patchMode'), at, osType.value === 'Windows' ? 'AutomaticByOS' : undefined),
    enableHotpatching: values.boolean(read(...patch, 'enableHotpatching'), at, false),
    rebootSetting: values.string(read(...patch, 'automaticByPlatformSettings', 'rebootSetting'), at),
    bypassPlatformSafetyChecksOnUserSchedule: values.boolean(
      read(...patch, 'automaticByPlatformSettings', 'bypassPlatformSafetyChecksOnUserSchedule'),
      at
    )
  }
}

function image(read: (...path: string[]) => Term | undefined, values: TermValues, at: SourceLocation): ImageReference {
  const reference = ['storageProfile', 'imageReference']
  const custom =
    read(...reference, 'id') ??
    read(...reference, 'sharedGalleryImageId') ??
    read(...reference, 'communityGalleryImageId')
  return {
    publisher: values.string(read(...reference, 'publisher'), at),
    offer: values.string(read(...reference, 'offer'), at),
    sku: values.string(read(...reference, 'sku'), at),
    version: values.string(read(...reference, 'version'), at),
    // An image ID from another resource's output is still a custom image, whatever its value.
    customImageId:
      custom?.kind === 'resource'
        ? known(`\${${[custom.resource, ...custom.path].join('.')}}`, custom.at, 'expression')
        : values.string(custom, at)
  }
}

/** azure-native flattens `maintenanceWindow` to top-level inputs. */
function configuration(resource: ProgramResource, context: EvaluationContext): MaintenanceConfiguration {
  const common = base(resource, context)
  const at = common.declaredAt
  const { catalog, values } = context
  const read = (...path: string[]): Term | undefined => catalog.property(resource, path)
  const windows = ['installPatches', 'windowsParameters']
  return {
    ...common,
    kind: 'maintenance-configuration',
    maintenanceScope: values.string(read('maintenanceScope'), at),
    window: {
      startDateTime: values.string(read('startDateTime'), at),
      expirationDateTime: values.string(read('expirationDateTime'), at),
      duration: values.string(read('duration'), at),
      timeZone: values.string(read('timeZone'), at),
      recurEvery: values.string(read('recurEvery'), at)
    },
    rebootSetting: values.string(read('installPatches', 'rebootSetting'), at),
    excludeKbsRequiringReboot: values.boolean(read(...windows, 'excludeKbsRequiringReboot'), at),
    classificationsToInclude: values.stringList(read(...windows, 'classificationsToInclude'), at),
    kbNumbersToInclude: values.stringList(read(...windows, 'kbNumbersToInclude'), at)
  }
}

function assignment(resource: ProgramResource, kind: string, context: EvaluationContext): MaintenanceAssignment {
  const common = base(resource, context)
  const at = common.declaredAt
  const { catalog, values } = context
  const read = (...path: string[]): Term | undefined => catalog.property(resource, path)
  const configurationId = values.identity(read('maintenanceConfigurationId'), at, [MAINTENANCE_CONFIGURATION_TYPE])
  const assignment: MaintenanceAssignment = {
    ...common,
    kind: 'maintenance-assignment',
    configuration: { target: configurationId }
  }
  if (kind === 'maintenance:ConfigurationAssignment') {
    return { ...assignment, target: { target: target(read, context, at) } }
  }
  const resourceGroup = kind.endsWith('ForResourceGroup') ? read('resourceGroupName') : undefined
  return { ...assignment, filter: dynamicScope(read('filter'), resourceGroup, context, at) }
}

/** `resourceId`, or `resourceName` with `providerName` / `resourceType` / `resourceGroupName`. */
function target(
  read: (...path: string[]) => Term | undefined,
  context: EvaluationContext,
  at: SourceLocation
): Sourced<ResourceIdentity> {
  const { values } = context
  const byId = read('resourceId')
  if (byId !== undefined) return values.identity(byId, at, [VM_TYPE, VMSS_TYPE])
  const name = read('resourceName')
  if (name?.kind === 'resource' && name.path.length === 1 && name.path[0] === 'name') {
    return values.identity({ ...name, path: [] }, at, [VM_TYPE, VMSS_TYPE])
  }
  const resourceName = values.string(name, at)
  if (resourceName.value === undefined) {
    if (resourceName.origin === 'absent') return absent(at)
    return unresolved(resourceName.location, resourceName.reason ?? 'not known')
  }
  const provider = values.string(read('providerName'), at, 'Microsoft.Compute').value ?? 'Microsoft.Compute'
  const type = values.string(read('resourceType'), at, 'virtualMachines').value ?? 'virtualMachines'
  const group = values.string(read('resourceGroupName'), at).value
  const identity = { type: `${provider}/${type}`, name: resourceName.value }
  return { ...resourceName, value: group === undefined ? identity : { ...identity, resourceGroup: group } }
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
