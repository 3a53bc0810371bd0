import { sharedIdentity, VM_TYPE, VMSS_TYPE } from '../../../model/identity.js'
import { exactLength, keptText } from '../../../model/intern.js'
import type { ConditionKeys } from '../../../model/deployment-condition.js'
import type { AzureScope, MaintenanceConfiguration, RelatedLocation, ResourceIdentity, VirtualMachine } from '../../../model/resources.js'
import type { ComputeFields, ConfigurationFields } from '../../shared/azure-compute/index.js'
import type { Sourced, SourceLocation } from '../../../model/source.js'
import { typeName, Unresolved, type ArmValue } from '../expressions/values.js'
import type { JsonRef } from '../expressions/trace.js'
import { targetText, type DeploymentTarget, type TargetValue } from '../template/nested-deployment.js'
import type { Condition, ResourceInstance } from '../template/resource-walker.js'
import { asBoolean } from './converters.js'
import type { PropertyReader } from './property-reader.js'
import { lastSegment } from './target-identity.js'
import { azureScope, templateDeployment } from '../../shared/units.js'

/** The fields every model resource has. */
export type CommonFields = Pick<VirtualMachine, 'format' | 'identity' | 'displayName' | 'reportAt' | 'declaredAt' | 'related' | 'variant' | 'deployed' | 'unit' | 'scope'>

/**
 * A model resource: the common fields, then the type's own (a later field of the same name keeps the
 * common field's place, as in `{ ...common, ...fields }`). Built field by field: V8 gives each object
 * a spread of this many fields makes its own hidden class (about 7 KB each, and reads of them
 * megamorphic everywhere after), while these share one per resource type.
 */
export function withCommon<T extends object>(common: CommonFields, fields: T): CommonFields & T {
  const copy: CommonFields = {
    format: common.format,
    identity: common.identity,
    unit: common.unit,
    scope: common.scope,
    displayName: common.displayName,
    reportAt: common.reportAt,
    declaredAt: common.declaredAt,
    related: common.related,
    variant: common.variant,
    deployed: common.deployed
  }
  return Object.assign(copy, fields)
}

/**
 * A VM or scale set: the common fields, then the shared adapter's, in one literal (withCommon's order). The
 * fields `Object.assign` adds past a literal's own go to a separate property array of V8's, grown in steps
 * (ARM 20,000 files: 28,502 of them, 2.6 MB); in one literal every field is in the object.
 */
export function virtualMachineOf(c: CommonFields, f: ComputeFields): VirtualMachine {
  const { format, identity, unit, scope, displayName, reportAt, declaredAt, related, variant, deployed } = c
  const { kind, canHotpatch, orchestrationMode, osType, image, location, tags, patchMode, enableHotpatching, rebootSetting } = f
  const bypassPlatformSafetyChecksOnUserSchedule = f.bypassPlatformSafetyChecksOnUserSchedule
  return { format, identity, unit, scope, displayName, reportAt, declaredAt, related, variant, deployed,
    kind, canHotpatch, orchestrationMode, osType, image, location, tags, patchMode, enableHotpatching, rebootSetting, bypassPlatformSafetyChecksOnUserSchedule }
}

/** A maintenance configuration in one literal, as `virtualMachineOf`. */
export function maintenanceConfigurationOf(c: CommonFields, f: ConfigurationFields): MaintenanceConfiguration {
  const { format, identity, unit, scope, displayName, reportAt, declaredAt, related, variant, deployed } = c
  const { kind, maintenanceScope, window, rebootSetting, excludeKbsRequiringReboot, classificationsToInclude, kbNumbersToInclude } = f
  return { format, identity, unit, scope, displayName, reportAt, declaredAt, related, variant, deployed,
    kind, maintenanceScope, window, rebootSetting, excludeKbsRequiringReboot, classificationsToInclude, kbNumbersToInclude,
    inGuestPatchMode: f.inGuestPatchMode }
}

/** How a template was evaluated: with a parameter file (its path), or with defaults only. */
export interface Evaluation {
  readonly parameterFile: string | undefined
  /** What the variants of its resources start with: the parameter file's name ('' without one), one text for all. */
  readonly variantPrefix: string
}

export function evaluationWith(parameterFile: string | undefined): Evaluation {
  return { parameterFile, variantPrefix: parameterFile === undefined ? '' : parameterFile.slice(parameterFile.lastIndexOf('/') + 1) }
}

/**
 * Identity, locations, variant and deployment condition of an instance. Resources of inline nested
 * deployments are reported and declared at their own line (the same file); the nested deployments
 * on the way are related locations. A resource of a linked template (another file) is reported, as a
 * Bicep module's, at the deployment of the entry template that leads to it, and declared at its own line
 * (a related `declaration`, so a change to that file alone concerns it).
 */
export function commonFields(instance: ResourceInstance, reader: PropertyReader, type: string, evaluation: Evaluation): CommonFields {
  // Interned: the references of the template's other resources name it too (an assignment's target).
  const name = typeof instance.name.value === 'string' ? keptText(nameOf(instance.name.value, type)) : undefined
  const target = instance.target
  // In a nested deployment that sets its group, the resource is deployed there (whatever its template's scope).
  const resourceGroup = target?.resourceGroup === undefined ? instance.context.resourceGroup : targetText(target.resourceGroup)
  // The handle of a resource whose name is not known (references to it by symbol are made only then,
  // SymbolIndex): a named one is kept without it (ARM 20,000 files: 28,502 symbols, 2.3 MB).
  const symbol = name === undefined ? symbolOf(instance) : undefined
  const identity = identityOf(type, name, symbol, resourceGroup)
  const deployments: RelatedLocation[] = instance.deployments.map(ref => ({ file: ref.file, startLine: reader.locate(ref).line, role: 'nested-deployment' }))
  // An inline nested deployment's resource is in the entry's file: reported at its own line (issue 13); a linked one at its call.
  const callSite = linkingCall(instance)
  const reportAt = callSite === undefined ? reader.resourceLocation : reader.locate(callSite)
  if (callSite !== undefined) deployments.push({ file: instance.ref.file, startLine: reader.resourceLocation.line, role: 'declaration' })
  const outermost = instance.deployments[0] === undefined ? reportAt : reader.locate(instance.deployments[0])
  // A deployment in a linked template (another file) is named with its file.
  const nested = instance.deployments.length === 0 ? '' : instance.deployments.map(ref => deploymentPlace(reader.locate(ref), outermost.file)).join(' > ')
  return {
    format: 'arm',
    identity,
    // The outermost deployment's file is the entry template; nested deployments deploy with it.
    unit: templateDeployment(
      outermost.file,
      outermost,
      nested === '' ? undefined : `nested deployments at lines ${nested}`,
      evaluation.parameterFile
    ),
    scope: target === undefined ? azureScope(resourceGroup, outermost, outermost === reader.resourceLocation ? reader.absent() : undefined) : targetScope(target, resourceGroup, outermost, reader),
    displayName: name ?? symbol ?? '',
    reportAt,
    declaredAt: reader.resourceLocation,
    // One shared empty list for the resources of no nested deployment (most): 32 bytes each otherwise.
    related: exactLength(deployments),
    variant: instance.variant === '' ? evaluation.variantPrefix : `${evaluation.variantPrefix}${instance.variant}`,
    deployed: deployed(instance.conditions, reader)
  }
}

/**
 * For a resource declared in another file than the entry template (a linked template's): the last deployment
 * of the entry template on the way to it, the one whose link leaves that file. Undefined for the entry's own.
 */
function linkingCall(instance: ResourceInstance): JsonRef | undefined {
  const { deployments } = instance
  const entry = deployments[0]?.file
  if (entry === undefined || instance.ref.file === entry) return undefined
  return deployments.findLast(ref => ref.file === entry)
}

const deploymentPlace = (at: SourceLocation, entry: string): string => (at.file === entry ? String(at.line) : `${at.file}:${at.line}`)

/** Built without a spread (which made two objects more, and an identity of another hidden class). */
function identityOf(type: string, name: string | undefined, symbol: string | undefined, resourceGroup: string | undefined): ResourceIdentity {
  // Named: the references of the template's other resources to it share the object (sharedIdentity).
  if (symbol === undefined) return name === undefined ? { type, name } : sharedIdentity(type, name, resourceGroup)
  return resourceGroup === undefined ? { type, name, symbol } : { type, name, symbol, resourceGroup }
}

/**
 * The scope of a resource a nested deployment deploys: the group (and subscription) located at the
 * deployment's `resourceGroup` (`subscriptionId`) with its provenance, unresolved when not evaluated.
 */
function targetScope(target: DeploymentTarget, resourceGroup: string | undefined, outermost: SourceLocation, reader: PropertyReader): AzureScope {
  const scope = azureScope(resourceGroup, outermost)
  const text = (value: ArmValue): string | Unresolved => (typeof value === 'string' || value instanceof Unresolved ? value : new Unresolved(`expected a string, found ${typeName(value)}`))
  const at = (value: TargetValue | undefined): Sourced<string> | undefined => (value === undefined ? undefined : reader.sourced(value.traced, value.ref, text))
  return { subscription: at(target.subscription) ?? scope.subscription, resourceGroup: at(target.resourceGroup) ?? scope.resourceGroup }
}

/**
 * A child resource's name is its last segment (`vm-web/ext`); a VM or scale set has no parent, so a `/` in
 * its name is a mistake Azure refuses: it is kept as written, and rule invalid-vm-name says so.
 */
function nameOf(written: string, type: string): string {
  return type === VM_TYPE || type === VMSS_TYPE ? written : lastSegment(written)
}

/**
 * A handle for an instance whose name may be unknown: file and symbolic name or index path. Kept by the model:
 * joined, it is one flat string of its own (as `ownCopy` makes), without a concatenation to copy first.
 */
export const symbolOf = (instance: ResourceInstance): string => [instance.ref.file, '#', instance.symbolPath].join('')

/** False as soon as one condition is known false; unresolved if one is unknown; true otherwise. */
function deployed(conditions: readonly Condition[], reader: PropertyReader): Sourced<boolean> {
  let pending: Sourced<boolean> | undefined
  let last: Sourced<boolean> | undefined
  for (const condition of conditions) {
    const value = conditionValue(condition)
    const sourced = reader.sourced(condition.traced, condition.ref, () => value)
    if (sourced.value === false) return sourced
    if (sourced.value === undefined) pending ??= sourced
    last = sourced
  }
  return pending ?? last ?? { value: true, origin: 'provider-default', location: reader.resourceLocation }
}

const conditionValue = (condition: Condition): boolean | Unresolved =>
  condition.traced.value instanceof Unresolved ? condition.traced.value : asBoolean(condition.traced.value)

/** The keys of the conditions of a resource whose `deployed` is unresolved: those that could not be evaluated. */
export function conditionKeysOf(conditions: readonly Condition[]): ConditionKeys {
  const keys: string[] = []
  for (const condition of conditions) {
    if (conditionValue(condition) instanceof Unresolved && !keys.includes(condition.key)) keys.push(condition.key)
  }
  return keys
}

/**
 * The parameter file entry of `related`: at the first line of the file that one of the resource's
 * values came from (its Sourced fields, and those of its image, window, filter, references), or line 1
 * when none did.
 */
export function parameterFileEntry(resource: object, file: string): RelatedLocation {
  const first = firstLineIn(resource, file, 0)
  return { file, startLine: first === Infinity ? 1 : first, role: 'parameter-file' }
}

/** The first line in `file` of the Sourced values in a value, at most 3 levels down (Infinity: none). */
function firstLineIn(value: unknown, file: string, depth: number): number {
  if (typeof value !== 'object' || value === null || depth > 3) return Infinity
  if ('origin' in value && 'location' in value) {
    const { location, via } = value as Sourced<unknown>
    let first = location.file === file ? location.line : Infinity
    if (via === undefined) return first
    for (let i = 0; i < via.length; i++) {
      const place = via[i] as SourceLocation
      if (place.file === file && place.line < first) first = place.line
    }
    return first
  }
  let first = Infinity
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue
    const line = firstLineIn((value as Record<string, unknown>)[key], file, depth + 1)
    if (line < first) first = line
  }
  return first
}
