import {
  ARC_LICENSE_PROFILE_TYPE,
  ARC_MACHINE_TYPE,
  MAINTENANCE_ASSIGNMENT_TYPE,
  MAINTENANCE_CONFIGURATION_TYPE,
  parseResourceId,
  VM_TYPE,
  VMSS_TYPE
} from '../../model/identity.js'
import type {
  AzureScope,
  DynamicScopeFilter,
  MaintenanceAssignment,
  MaintenanceConfiguration,
  RelatedLocation,
  Resource,
  ResourceIdentity,
  ResourceReference,
  VirtualMachine
} from '../../model/resources.js'
import { absent, known, type SourceLocation, type Sourced } from '../../model/source.js'
import {
  mapArcLicenseProfile,
  mapArcMachine,
  mapDynamicScope,
  mapMaintenanceConfiguration,
  mapVirtualMachine,
  type ArmPropertySource
} from '../shared/azure-compute/index.js'
import { azureScope, templateDeployment } from '../shared/units.js'
import { FieldReader } from './field-reader.js'
import type { ResourceInstance } from './resource-instance.js'
import { indexLabel, mapSourced, reasonOf, sourcedFrom, unresolvedFrom } from './sourced-values.js'
import type { DeploymentSite } from './template-context.js'
import { describeKind, type ResourceHandle } from './values.js'
import { keptText } from '../../model/intern.js'
import { onFrame } from '../shared/resource-shape.js'
import { rejectedTarget } from './rejected-target.js'

const LEGACY_ASSIGNMENT_SUFFIX = '/providers/configurationassignments'

const MODEL_TYPES: ReadonlyMap<string, string> = new Map(
  [VM_TYPE, VMSS_TYPE, ARC_MACHINE_TYPE, ARC_LICENSE_PROFILE_TYPE, MAINTENANCE_CONFIGURATION_TYPE, MAINTENANCE_ASSIGNMENT_TYPE].map(type => [
    type.toLowerCase(),
    type
  ])
)

/** Whether a resource type (`T` or `T@version`) becomes part of the model. */
export function isModelType(typeReference: string): boolean {
  const at = typeReference.indexOf('@')
  const type = (at < 0 ? typeReference : typeReference.slice(0, at)).toLowerCase()
  return MODEL_TYPES.has(type) || type.endsWith(LEGACY_ASSIGNMENT_SUFFIX)
}

/** The model resource for a deployed resource instance, if its type is one the policy reads. */
export function toModelResource(instance: ResourceInstance): Resource | undefined {
  const resource = modelResource(instance)
  if (resource?.deployed.origin !== 'unresolved') return resource
  // In place, on the few resources whose condition could not be evaluated (a field on every one cost more).
  const conditionKeys = instance.conditionKeys()
  return conditionKeys === undefined ? resource : Object.assign(resource, { conditionKeys })
}

function modelResource(instance: ResourceInstance): Resource | undefined {
  const type = instance.type.toLowerCase()
  const reader = new FieldReader(instance.body(), instance.template.at(instance.declaration.span))
  // An Arc machine is usually onboarded by its agent: an `existing` one is still a machine the gate reports.
  if (type === ARC_MACHINE_TYPE.toLowerCase()) return arcMachine(instance, reader)
  if (instance.existing) return undefined
  if (type === ARC_LICENSE_PROFILE_TYPE.toLowerCase()) return arcLicenseProfile(instance, reader)
  if (type === VM_TYPE.toLowerCase()) return virtualMachine(instance, reader, 'virtual-machine')
  if (type === VMSS_TYPE.toLowerCase()) return virtualMachine(instance, reader, 'scale-set')
  if (type === MAINTENANCE_CONFIGURATION_TYPE.toLowerCase()) return maintenanceConfiguration(instance, reader)
  if (type === MAINTENANCE_ASSIGNMENT_TYPE.toLowerCase() || type.endsWith(LEGACY_ASSIGNMENT_SUFFIX)) {
    return assignment(instance, reader)
  }
  return undefined
}

const KEEPS_WRITTEN_NAME: ReadonlySet<string> = new Set([VM_TYPE.toLowerCase(), VMSS_TYPE.toLowerCase()])

/** The identity a resource handle stands for: its name when known, and always its symbol. */
export function identityOf(handle: ResourceHandle, type = handle.type): ResourceIdentity {
  const name = handle.name()
  const modelType = MODEL_TYPES.get(type.toLowerCase()) ?? type
  // A child's name is its last segment; a VM or scale set has no parent: its name stays as written (invalid-vm-name).
  // Names are slices of the file's text (or concatenations): the model keeps copies of its own (keptText).
  const written =
    name.kind === 'string' && name.value !== '' ? keptName(KEEPS_WRITTEN_NAME.has(type.toLowerCase()) ? name.value : name.value.split('/').pop()) : undefined
  const group = handle.resourceGroup === undefined ? undefined : keptText(handle.resourceGroup)
  // One literal per set of fields (a spread gave each identity a hidden class of its own). An `existing`
  // resource is declared elsewhere (maybe another deployment): its symbol names no model resource.
  if (handle.existing) {
    // Into a subscription its scope names: an identity of its own, as a resource ID into one (model/identity.ts).
    const subscription = handle.subscription === undefined ? undefined : keptText(handle.subscription)
    if (subscription !== undefined) return { type: modelType, name: written, ...(group !== undefined && { resourceGroup: group }), subscription }
    return group === undefined ? { type: modelType, name: written } : { type: modelType, name: written, resourceGroup: group }
  }
  const symbol = keptText(handle.symbol)
  return group === undefined
    ? { type: modelType, name: written, symbol }
    : { type: modelType, name: written, symbol, resourceGroup: group }
}

/** The resource group, and the subscription a module call on the way names (the deployment's own when none does). */
function scopeOf(identity: ResourceIdentity, site: DeploymentSite, reportAt: SourceLocation): AzureScope {
  const scope = azureScope(identity.resourceGroup, reportAt)
  if (site.subscription === undefined) return scope
  const { value, at } = site.subscription
  const subscription: Sourced<string> =
    value.kind === 'string' ? sourcedFrom(value.value, at, value.prov) : unresolvedFrom(at, reasonOf(value, 'a subscription ID'), value.prov)
  return { subscription, resourceGroup: scope.resourceGroup }
}

const keptName = (name: string | undefined): string | undefined => (name === undefined ? undefined : keptText(name))

function common(instance: ResourceInstance, reader: FieldReader, type: string) {
  const site = instance.template.site
  const declaredAt = reader.declaredAt
  const identity = identityOf(instance, type)
  reader.places.push(...instance.name().prov.via)
  // Each module file on the way, at the line that leads on (the next module call, or the resource).
  const related: RelatedLocation[] = site.files.slice(1).map((file, i) => ({
    file,
    startLine: (site.calls[i + 1] ?? declaredAt).line,
    role: 'module'
  }))
  const reportAt = site.calls[0] ?? declaredAt
  const modules = site.files.slice(1).join(' > ')
  return {
    format: 'bicep' as const,
    identity,
    // The entry file's folder is the deployment; modules deploy with it.
    unit: templateDeployment(
      site.files[0] ?? declaredAt.file,
      reportAt,
      modules === '' ? undefined : `modules ${modules}`,
      site.parameterFile?.path
    ),
    scope: scopeOf(identity, site, reportAt),
    displayName: identity.name ?? keptText(instance.symbol),
    reportAt,
    declaredAt,
    related,
    variant: keptText(site.variant + indexLabel(instance.expansion.index)),
    deployed: instance.deployed()
  }
}

/** Parameter-file lines the fields passed through (else its `using` line), once the fields are read. */
function withParameterFile<T extends { related: readonly RelatedLocation[] }>(
  instance: ResourceInstance,
  reader: FieldReader,
  resource: T
): T {
  const parameterFile = instance.template.site.parameterFile
  if (parameterFile === undefined) return resource
  const used = reader.places.filter(place => place.file === parameterFile.path).map(place => place.line)
  const lines = [...new Set(used)].sort((a, b) => a - b)
  const related = (lines.length > 0 ? lines : [parameterFile.line]).map(startLine => ({
    file: parameterFile.path,
    startLine,
    role: 'parameter-file'
  }))
  // In place (the resource is this reader's own object): a copy by spread would get a hidden class of its own.
  return Object.assign(resource, { related: [...resource.related, ...related] })
}

function virtualMachine(instance: ResourceInstance, reader: FieldReader, kind: VirtualMachine['kind']): VirtualMachine {
  const base = common(instance, reader, kind === 'scale-set' ? VMSS_TYPE : VM_TYPE)
  // The API version is the one of the type reference (`...@2020-06-01`), written on the declaration line.
  const apiVersion = instance.apiVersion === '' ? {} : { apiVersion: known(instance.apiVersion, reader.declaredAt) }
  return withParameterFile(instance, reader, onFrame(base, mapVirtualMachine(bicepSource(reader), kind, apiVersion)))
}

function arcMachine(instance: ResourceInstance, reader: FieldReader): VirtualMachine {
  const base = common(instance, reader, ARC_MACHINE_TYPE)
  const declaration = instance.existing ? 'existing' : 'declared'
  return withParameterFile(instance, reader, onFrame(base, mapArcMachine(bicepSource(reader), declaration)))
}

/** A license profile: the machine it belongs to (its `parent`, else its name's first segment), reported here. */
function arcLicenseProfile(instance: ResourceInstance, reader: FieldReader): VirtualMachine {
  const base = common(instance, reader, ARC_LICENSE_PROFILE_TYPE)
  const parent = instance.parentResource()
  const name = instance.name()
  const fromName = name.kind === 'string' && name.value.includes('/') ? name.value.split('/')[0] : undefined
  const group = base.identity.resourceGroup === undefined ? {} : { resourceGroup: base.identity.resourceGroup }
  const identity: ResourceIdentity =
    parent !== undefined ? identityOf(parent, ARC_MACHINE_TYPE) : { type: ARC_MACHINE_TYPE, name: keptName(fromName), ...group }
  const displayName = identity.name ?? base.displayName
  // The machine's identity and name take the places of the common ones (as in a spread).
  base.identity = identity
  base.displayName = displayName
  return withParameterFile(instance, reader, onFrame(base, mapArcLicenseProfile(bicepSource(reader))))
}

function maintenanceConfiguration(instance: ResourceInstance, reader: FieldReader): MaintenanceConfiguration {
  const base = common(instance, reader, MAINTENANCE_CONFIGURATION_TYPE)
  return withParameterFile(instance, reader, onFrame(base, mapMaintenanceConfiguration(bicepSource(reader))))
}

/** A Bicep resource body for the shared Azure compute adapter: Bicep writes ARM's body as is. */
export function bicepSource(reader: FieldReader): ArmPropertySource {
  return {
    at: reader.declaredAt,
    string: path => reader.string(path),
    boolean: path => reader.boolean(path),
    strings: path => reader.strings(path),
    stringMap: path => reader.stringMap(path),
    stringListMap: path => reader.stringListMap(path),
    records: path => reader.records(path),
    written: path => {
      const found = reader.lookup(path)
      if (found.kind === 'found') return sourcedFrom(true as const, found.at, found.prov)
      if (found.kind === 'unresolved') return unresolvedFrom(found.at, found.reason, found.prov)
      return absent(reader.declaredAt)
    }
  }
}

function assignment(instance: ResourceInstance, reader: FieldReader): MaintenanceAssignment {
  const legacy = instance.type.toLowerCase().endsWith(LEGACY_ASSIGNMENT_SUFFIX)
  const configuration = resourceReference(reader, ['properties', 'maintenanceConfigurationId']) ?? {
    target: absent(reader.declaredAt)
  }
  const base: MaintenanceAssignment = onFrame(common(instance, reader, MAINTENANCE_ASSIGNMENT_TYPE), {
    kind: 'maintenance-assignment',
    configuration
  })
  // Known in full, a target Azure rejects assigns nothing: not a target, and not a filter's either.
  const rejected = rejectedTarget(reader, legacy ? legacyParentType(instance) : undefined)
  if (rejected !== undefined) return withParameterFile(instance, reader, Object.assign(base, { rejectedTarget: rejected }))
  const filter = dynamicScope(reader)
  // A dynamic scope's `properties.resourceId` is where it is created (`subscription().id`, as the REST API writes
  // it), not a resource it targets: read as a target, it hid the filter that decides which VMs it selects.
  const scoped = legacy ? legacyTarget(instance, reader) : resourceReference(reader, ['scope'])
  const bodyOnly = legacy || scoped !== undefined || filter !== undefined ? undefined : resourceReference(reader, ['properties', 'resourceId'])
  const target = scoped ?? (bodyOnly && { ...bodyOnly, unscoped: true as const })
  if (target) Object.assign(base, { target })
  if (filter) Object.assign(base, { filter, scope: createdAt(instance, base.scope as AzureScope) })
  return withParameterFile(instance, reader, base)
}

/**
 * Where a dynamic scope is created: one of a resource group file (`targetScope = 'resourceGroup'`, the default)
 * that no module on the way puts in a named group, at the group its deployment is run against
 * (AzureScope.atDeploymentGroup); of a subscription file, at the subscription.
 */
function createdAt(instance: ResourceInstance, scope: AzureScope): AzureScope {
  const targetScope = instance.template.unit.targetScope
  const atGroup = targetScope === undefined || (targetScope.kind === 'string' && targetScope.value === 'resourceGroup')
  return atGroup && scope.resourceGroup.origin === 'absent' ? { ...scope, atDeploymentGroup: true } : scope
}

/** A reference written as a resource symbol, `x.id`, or a resource ID string; undefined when not written. */
export function resourceReference(reader: FieldReader, path: readonly string[]): ResourceReference | undefined {
  const found = reader.lookup(path)
  if (found.kind === 'absent') return undefined
  const value = found.value
  const linked = value?.kind === 'string' || value?.kind === 'record' || value?.kind === 'unresolved'
  const handle = linked ? value.resource : undefined
  if (handle !== undefined) return { target: sourcedFrom(identityOf(handle), found.at, found.prov) }
  if (found.kind === 'unresolved') return { target: unresolvedFrom(found.at, found.reason, found.prov) }
  // A scope that is a resource group, subscription or management group targets no single resource.
  if (found.value.kind === 'record') return undefined
  const identity = found.value.kind === 'string' ? parseResourceId(found.value.value) : undefined
  if (identity === undefined) {
    const written = found.value.kind === 'string' ? `'${found.value.value}'` : describeKind(found.value)
    const reason = `${path[path.length - 1] as string} ${written} is not a resource ID`
    return { target: unresolvedFrom(found.at, reason, found.prov) }
  }
  return { target: sourcedFrom(identity, found.at, found.prov) }
}

/** `Microsoft.Compute/virtualMachines/providers/configurationAssignments` named `vm/Microsoft.Maintenance/x`. */
function legacyTarget(instance: ResourceInstance, reader: FieldReader): ResourceReference {
  const type = legacyParentType(instance)
  const targetType = MODEL_TYPES.get(type.toLowerCase()) ?? type
  const target = mapSourced(reader.string(['name']), (name): ResourceIdentity => ({
    type: targetType,
    name: keptName(name.split('/')[0])
  }))
  return { target }
}

const legacyParentType = (instance: ResourceInstance): string => instance.type.slice(0, instance.type.toLowerCase().lastIndexOf(LEGACY_ASSIGNMENT_SUFFIX))

function dynamicScope(reader: FieldReader): DynamicScopeFilter | undefined {
  if (reader.lookup(['properties', 'filter']).kind === 'absent') return undefined
  return mapDynamicScope(bicepSource(reader))
}
