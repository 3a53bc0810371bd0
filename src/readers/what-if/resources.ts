import type { Node } from 'jsonc-parser'
import { ARC_LICENSE_PROFILE_TYPE, ARC_MACHINE_TYPE, MAINTENANCE_ASSIGNMENT_TYPE, MAINTENANCE_CONFIGURATION_TYPE, parseResourceId, VMSS_TYPE } from '../../model/identity.js'
import type { MaintenanceAssignment, Resource, ResourceIdentity, ResourceReference, VirtualMachine } from '../../model/resources.js'
import { absent, known, type SourceLocation, type Sourced, unresolved } from '../../model/source.js'
import { mapArcLicenseProfile, mapArcMachine, mapDynamicScope, mapMaintenanceConfiguration, mapVirtualMachine, type ArmPropertySource } from '../shared/azure-compute/index.js'
import { deploymentUnit } from '../shared/units.js'
import type { SourceDeclaration } from './declarations.js'
import { descend, payloadSource, type Position } from './json-source.js'
import { extendedResourceId, subscriptionOf, type WhatIfEntry } from './what-if-document.js'

/** What every resource of one what-if result shares. */
export interface ResultContext {
  readonly file: string
  readonly position: Position
  /** Each resource's declaration in a file beside the result, where one is unambiguous. */
  readonly declarations: ReadonlyMap<WhatIfEntry, SourceDeclaration>
  /** The resource IDs of the result, lower-cased: a reference to one of them names that very resource. */
  readonly resourceIds: ReadonlySet<string>
}

type CommonFields = Pick<VirtualMachine, 'format' | 'identity' | 'displayName' | 'reportAt' | 'declaredAt' | 'related' | 'variant' | 'deployed' | 'unit' | 'scope'>

/** One resource of a what-if result, mapped by the shared compute adapter. */
export function modelResource(entry: WhatIfEntry, payload: Node, identity: ResourceIdentity, context: ResultContext): Resource {
  const entryAt = locate(context, entry.node)
  const declaration = context.declarations.get(entry)
  const source = payloadSource(payload, context.file, context.position, declaration?.at ?? entryAt)
  const common = commonFields(entry, identity, entryAt, declaration, context)
  if (identity.type === MAINTENANCE_CONFIGURATION_TYPE) return { ...common, ...mapMaintenanceConfiguration(source) }
  if (identity.type === MAINTENANCE_ASSIGNMENT_TYPE) return assignment(entry, payload, source, common, context)
  // Arc-enabled servers (issue 17): the machine, and its license profile as a part of it that the model joins
  // to the machine (joinArcMachines), as the ARM reader reads them.
  if (identity.type === ARC_MACHINE_TYPE) return { ...common, ...mapArcMachine(source, 'declared') }
  if (identity.type === ARC_LICENSE_PROFILE_TYPE) {
    const machine = parseResourceId(entry.resourceId.slice(0, entry.resourceId.toLowerCase().lastIndexOf('/licenseprofiles/')))
    const owner = machine === undefined ? common.identity : { ...machine, symbol: symbolOf(context, entry.resourceId) }
    return Object.assign({ ...common, identity: owner, displayName: owner.name ?? common.displayName }, mapArcLicenseProfile(source))
  }
  const apiVersion = source.string(['apiVersion'])
  return { ...common, ...mapVirtualMachine(source, identity.type === VMSS_TYPE ? 'scale-set' : 'virtual-machine', { apiVersion }) }
}

/**
 * A machine the result lists without a payload (`--result-format ResourceIdOnly`, a change what-if cannot predict):
 * deployed, but with every value unknown, so its verdict is `indeterminate` and says why. A note alone let a
 * hotpatch VM without a plan pass.
 */
export function payloadlessMachine(entry: WhatIfEntry, identity: ResourceIdentity, context: ResultContext, why: string): Resource {
  const entryAt = locate(context, entry.node)
  const declaration = context.declarations.get(entry)
  const at = declaration?.at ?? entryAt
  // The OS is asked first: its reason says it all; the other values point to it.
  const unknown = <T>(): Sourced<T> => unresolved(at, 'not in the what-if result')
  const source: ArmPropertySource = { at, string: unknown, boolean: unknown, strings: unknown, stringMap: unknown, stringListMap: unknown, records: unknown, written: unknown }
  const common = commonFields(entry, identity, entryAt, declaration, context)
  const osType = unresolved<'Windows' | 'Linux'>(at, why)
  if (identity.type === ARC_MACHINE_TYPE) return { ...common, ...mapArcMachine(source, 'declared'), osType }
  return { ...common, ...mapVirtualMachine(source, identity.type === VMSS_TYPE ? 'scale-set' : 'virtual-machine'), osType }
}

function commonFields(
  entry: WhatIfEntry,
  identity: ResourceIdentity,
  entryAt: SourceLocation,
  declaration: SourceDeclaration | undefined,
  context: ResultContext
): CommonFields {
  const reportAt = declaration?.at ?? entryAt
  const subscription = subscriptionOf(entry.resourceId)
  const changeAt = locate(context, entry.changeTypeNode)
  return {
    format: 'what-if',
    identity: { ...identity, symbol: symbolOf(context, entry.resourceId) },
    // One result is one deployment, whatever templates and modules it expanded.
    unit: deploymentUnit('template-deployment', `what-if:${context.file}`, entryAt),
    scope: {
      subscription: subscription === undefined ? absent(entryAt) : known(subscription, entryAt),
      resourceGroup: identity.resourceGroup === undefined ? absent(entryAt) : known(identity.resourceGroup, entryAt)
    },
    displayName: identity.name ?? entry.resourceId,
    reportAt,
    declaredAt: reportAt,
    related: declaration === undefined ? [] : [{ file: context.file, startLine: entryAt.line, role: 'what-if' }],
    variant: '',
    deployed: deployedOf(entry, changeAt)
  }
}

/**
 * Whether the deployment leaves the resource in place. `Delete`: the deployment (complete mode) removes it. A potential
 * change may or may not be deployed (or deleted): unknown, as an unevaluated condition is, so the policy judges a
 * machine there as deployed and does not count a plan there as certain.
 */
function deployedOf(entry: WhatIfEntry, changeAt: SourceLocation): Sourced<boolean> {
  if (entry.potential) {
    return unresolved(changeAt, `what-if lists this ${entry.changeType} among its potential changes, which may or may not be deployed`)
  }
  return { value: entry.changeType !== 'Delete', origin: 'literal', location: changeAt, detail: `changeType ${entry.changeType}` }
}

/**
 * A configuration assignment: per resource when its ID extends a resource (`<vm ID>/providers/
 * Microsoft.Maintenance/configurationAssignments/x`) or `properties.resourceId` names one, else a
 * dynamic scope selected by `properties.filter`.
 */
function assignment(entry: WhatIfEntry, payload: Node, source: ArmPropertySource, common: CommonFields, context: ResultContext): MaintenanceAssignment {
  const configuration = idReference(source.string(['properties', 'maintenanceConfigurationId']), context)
  const extended = extendedResourceId(entry.resourceId)
  const written = source.string(['properties', 'resourceId'])
  const target =
    extended !== undefined
      ? idReference(known(extended, locate(context, descend(entry.node, ['resourceId']) ?? entry.node)), context)
      : written.origin !== 'absent'
        ? { ...idReference(written, context), unscoped: true as const }
        : undefined
  const filter = target === undefined && descend(payload, ['properties', 'filter']) !== undefined ? mapDynamicScope(source) : undefined
  return {
    ...common,
    kind: 'maintenance-assignment',
    configuration,
    ...(target === undefined ? {} : { target }),
    ...(filter === undefined ? {} : { filter })
  }
}

/** A resource ID as a reference: the resource of this result it names (by symbol), or its identity. */
function idReference(id: Sourced<string>, context: ResultContext): ResourceReference {
  if (id.value === undefined) return { target: id as Sourced<never> }
  const identity = parseResourceId(id.value)
  if (identity === undefined) return { target: unresolved(id.location, `'${id.value}' is not a resource ID`) }
  const symbol = context.resourceIds.has(id.value.toLowerCase()) ? { symbol: symbolOf(context, id.value) } : {}
  return { target: { ...id, value: { ...identity, ...symbol } } }
}

const symbolOf = (context: ResultContext, resourceId: string): string => `${context.file}#${resourceId.toLowerCase()}`

const locate = (context: ResultContext, node: Node): SourceLocation => ({ file: context.file, ...context.position(node.offset) })
