import {
  MAINTENANCE_ASSIGNMENT_TYPE,
  MAINTENANCE_CONFIGURATION_TYPE,
  parseResourceId,
  VM_TYPE,
  VMSS_TYPE
} from '../../model/identity.js'
import type {
  DynamicScopeFilter,
  MaintenanceAssignment,
  MaintenanceConfiguration,
  RelatedLocation,
  Resource,
  ResourceIdentity,
  ResourceReference,
  VirtualMachine
} from '../../model/resources.js'
import { absent, known, type Sourced } from '../../model/source.js'
import { FieldReader, type Lookup } from './field-reader.js'
import type { ResourceInstance } from './resource-instance.js'
import { indexLabel, mapSourced, sourcedFrom, unresolvedFrom } from './sourced-values.js'
import { describeKind, type ResourceHandle } from './values.js'

type Unresolved = Extract<Lookup, { kind: 'unresolved' }>

const LEGACY_ASSIGNMENT_SUFFIX = '/providers/configurationassignments'

const MODEL_TYPES: ReadonlyMap<string, string> = new Map(
  [VM_TYPE, VMSS_TYPE, MAINTENANCE_CONFIGURATION_TYPE, MAINTENANCE_ASSIGNMENT_TYPE].map(type => [
    type.toLowerCase(),
    type
  ])
)

/** Whether a resource type (`T` or `T@version`) becomes part of the model. */
export function isModelType(typeReference: string): boolean {
  const type = (typeReference.split('@')[0] as string).toLowerCase()
  return MODEL_TYPES.has(type) || type.endsWith(LEGACY_ASSIGNMENT_SUFFIX)
}

/** The model resource for a deployed resource instance, if its type is one the policy reads. */
export function toModelResource(instance: ResourceInstance): Resource | undefined {
  if (instance.existing) return undefined
  const type = instance.type.toLowerCase()
  const reader = new FieldReader(instance.body(), instance.template.at(instance.declaration.span))
  if (type === VM_TYPE.toLowerCase()) return virtualMachine(instance, reader, 'virtual-machine')
  if (type === VMSS_TYPE.toLowerCase()) return virtualMachine(instance, reader, 'scale-set')
  if (type === MAINTENANCE_CONFIGURATION_TYPE.toLowerCase()) return maintenanceConfiguration(instance, reader)
  if (type === MAINTENANCE_ASSIGNMENT_TYPE.toLowerCase() || type.endsWith(LEGACY_ASSIGNMENT_SUFFIX)) {
    return assignment(instance, reader)
  }
  return undefined
}

/** The identity a resource handle stands for: its name when known, and always its symbol. */
export function identityOf(handle: ResourceHandle, type = handle.type): ResourceIdentity {
  const name = handle.name()
  const identity: ResourceIdentity = {
    type: MODEL_TYPES.get(type.toLowerCase()) ?? type,
    name: name.kind === 'string' && name.value !== '' ? name.value.split('/').pop() : undefined,
    symbol: handle.symbol
  }
  return handle.resourceGroup === undefined ? identity : { ...identity, resourceGroup: handle.resourceGroup }
}

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
  return {
    format: 'bicep' as const,
    identity,
    displayName: identity.name ?? instance.symbol,
    reportAt: site.calls[0] ?? declaredAt,
    declaredAt,
    related,
    variant: site.variant + indexLabel(instance.expansion.index),
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
  return { ...resource, related: [...resource.related, ...related] }
}

function virtualMachine(instance: ResourceInstance, reader: FieldReader, kind: VirtualMachine['kind']): VirtualMachine {
  const base = common(instance, reader, kind === 'scale-set' ? VMSS_TYPE : VM_TYPE)
  const profile = kind === 'scale-set' ? ['properties', 'virtualMachineProfile'] : ['properties']
  const image = [...profile, 'storageProfile', 'imageReference']
  const windows = [...profile, 'osProfile', 'windowsConfiguration']
  const patch = [...windows, 'patchSettings']
  const at = reader.declaredAt
  const vm: VirtualMachine = {
    ...base,
    kind,
    canHotpatch: true,
    orchestrationMode:
      // Unset stays absent: the REST default is not documented, and the policy decides what unset means.
      kind === 'scale-set' ? reader.string(['properties', 'orchestrationMode']) : absent(at),
    osType: osType(reader, profile),
    image: {
      publisher: reader.string([...image, 'publisher']),
      offer: reader.string([...image, 'offer']),
      sku: reader.string([...image, 'sku']),
      version: reader.string([...image, 'version']),
      customImageId: firstWritten([
        reader.string([...image, 'id']),
        reader.string([...image, 'sharedGalleryImageId']),
        reader.string([...image, 'communityGalleryImageId'])
      ])
    },
    location: reader.string(['location']),
    tags: reader.stringMap(['tags']),
    patchMode: reader.string([...patch, 'patchMode']),
    enableHotpatching: orDefault(reader.boolean([...patch, 'enableHotpatching']), false),
    rebootSetting: reader.string([...patch, 'automaticByPlatformSettings', 'rebootSetting']),
    bypassPlatformSafetyChecksOnUserSchedule: reader.boolean([
      ...patch,
      'automaticByPlatformSettings',
      'bypassPlatformSafetyChecksOnUserSchedule'
    ])
  }
  return withParameterFile(instance, reader, vm)
}

/** `osDisk.osType` when written, else which of windowsConfiguration / linuxConfiguration is set. */
function osType(reader: FieldReader, profile: readonly string[]): Sourced<'Windows' | 'Linux'> {
  const written = reader.string([...profile, 'storageProfile', 'osDisk', 'osType'])
  if (written.value !== undefined) {
    const value = written.value.toLowerCase()
    if (value === 'windows') return { ...written, value: 'Windows' }
    if (value === 'linux') return { ...written, value: 'Linux' }
    const reason = `osType '${written.value}' is neither Windows nor Linux`
    return { ...written, value: undefined, origin: 'unresolved', reason }
  }
  const windows = reader.lookup([...profile, 'osProfile', 'windowsConfiguration'])
  const linux = reader.lookup([...profile, 'osProfile', 'linuxConfiguration'])
  if (windows.kind === 'found') return sourcedFrom('Windows', windows.at, windows.prov)
  if (linux.kind === 'found') return sourcedFrom('Linux', linux.at, linux.prov)
  if (written.origin === 'unresolved') return written as Sourced<never>
  const unknown = [windows, linux].find((lookup): lookup is Unresolved => lookup.kind === 'unresolved')
  if (unknown !== undefined) return unresolvedFrom(unknown.at, unknown.reason, unknown.prov)
  return absent(reader.declaredAt)
}

function maintenanceConfiguration(instance: ResourceInstance, reader: FieldReader): MaintenanceConfiguration {
  const window = ['properties', 'maintenanceWindow']
  const patches = ['properties', 'installPatches']
  const windowsParameters = [...patches, 'windowsParameters']
  const configuration: MaintenanceConfiguration = {
    ...common(instance, reader, MAINTENANCE_CONFIGURATION_TYPE),
    kind: 'maintenance-configuration',
    maintenanceScope: reader.string(['properties', 'maintenanceScope']),
    window: {
      startDateTime: reader.string([...window, 'startDateTime']),
      expirationDateTime: reader.string([...window, 'expirationDateTime']),
      duration: reader.string([...window, 'duration']),
      timeZone: reader.string([...window, 'timeZone']),
      recurEvery: reader.string([...window, 'recurEvery'])
    },
    rebootSetting: reader.string([...patches, 'rebootSetting']),
    excludeKbsRequiringReboot: reader.boolean([...windowsParameters, 'excludeKbsRequiringReboot']),
    classificationsToInclude: reader.strings([...windowsParameters, 'classificationsToInclude']),
    kbNumbersToInclude: reader.strings([...windowsParameters, 'kbNumbersToInclude'])
  }
  return withParameterFile(instance, reader, configuration)
}

function assignment(instance: ResourceInstance, reader: FieldReader): MaintenanceAssignment {
  const legacy = instance.type.toLowerCase().endsWith(LEGACY_ASSIGNMENT_SUFFIX)
  const configuration = reference(reader, ['properties', 'maintenanceConfigurationId']) ?? {
    target: absent(reader.declaredAt)
  }
  const target = legacy
    ? legacyTarget(instance, reader)
    : (reference(reader, ['scope']) ?? reference(reader, ['properties', 'resourceId']))
  const filter = dynamicScope(reader)
  const base: MaintenanceAssignment = {
    ...common(instance, reader, MAINTENANCE_ASSIGNMENT_TYPE),
    kind: 'maintenance-assignment',
    configuration
  }
  return withParameterFile(instance, reader, { ...base, ...(target && { target }), ...(filter && { filter }) })
}

/** A reference written as a resource symbol, `x.id`, or a resource ID string; undefined when not written. */
function reference(reader: FieldReader, path: readonly string[]): ResourceReference | undefined {
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
  const type = instance.type.slice(0, instance.type.toLowerCase().lastIndexOf(LEGACY_ASSIGNMENT_SUFFIX))
  const targetType = MODEL_TYPES.get(type.toLowerCase()) ?? type
  const target = mapSourced(reader.string(['name']), (name): ResourceIdentity => ({
    type: targetType,
    name: name.split('/')[0]
  }))
  return { target }
}

function dynamicScope(reader: FieldReader): DynamicScopeFilter | undefined {
  const filter = ['properties', 'filter']
  if (reader.lookup(filter).kind === 'absent') return undefined
  const tagSettings = [...filter, 'tagSettings']
  return {
    resourceTypes: reader.strings([...filter, 'resourceTypes']),
    resourceGroups: reader.strings([...filter, 'resourceGroups']),
    locations: reader.strings([...filter, 'locations']),
    osTypes: reader.strings([...filter, 'osTypes']),
    tags: reader.stringListMap([...tagSettings, 'tags']),
    tagOperator: orDefault(reader.string([...tagSettings, 'filterOperator']), 'Any')
  }
}

/** A field the platform defaults when it is not written. */
function orDefault<T>(field: Sourced<T>, value: T): Sourced<T> {
  return field.origin === 'absent' ? known(value, field.location, 'provider-default') : field
}

/** The first of several alternative fields that is written (or not known), else absent. */
function firstWritten(fields: readonly Sourced<string>[]): Sourced<string> {
  return fields.find(field => field.origin !== 'absent') ?? (fields[0] as Sourced<string>)
}
