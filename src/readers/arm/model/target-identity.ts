import { identityOfSegments, idSegments, lastProvidersSegment } from '../../../model/identity.js'
import type { ResourceIdentity } from '../../../model/resources.js'
import { derived, typeName, Unresolved, type ArmValue } from '../expressions/values.js'
import { RESOURCE_GROUP_PLACEHOLDER } from '../expressions/functions/resource-ids.js'
import { legacyAssignmentNameProblem } from '../../shared/legacy-assignment-name.js'

/**
 * Symbols of the resources of one evaluated template, by the pattern of their unresolved name:
 * an assignment whose scope is `resourceId('...virtualMachines', parameters('vmName'))` and a VM
 * named `parameters('vmName')` (no value known) share the pattern `{s0:vmName}`, so they link.
 */
export class SymbolIndex {
  /** Made on the first unresolved name: most templates name every resource. */
  private symbols: Map<string, string> | undefined

  add(type: string, name: ArmValue, symbol: string): void {
    if (name instanceof Unresolved && name.pattern !== undefined) (this.symbols ??= new Map()).set(key(type, name.pattern), symbol)
  }

  find(type: string, namePattern: string): string | undefined {
    return this.symbols?.get(key(type, namePattern))
  }
}

const key = (type: string, name: string): string => `${type.toLowerCase()}|${name}`

/**
 * The identity an ID names: a full resource ID, or the relative `Namespace/type/name` form an
 * extension resource's `scope` may use. An unresolved ID whose pattern names a resource of this
 * template gives that resource's symbol.
 */
export function targetIdentity(value: ArmValue, symbols: SymbolIndex): ResourceIdentity | Unresolved {
  if (value instanceof Unresolved) {
    const parsed = value.pattern === undefined ? undefined : parseIdText(value.pattern)
    const symbol = parsed === undefined ? undefined : symbols.find(parsed.identity.type, parsed.name)
    if (symbol !== undefined && parsed !== undefined) return { type: parsed.identity.type, name: undefined, symbol }
    // Only other segments are unknown (a subscription ID parameter): the type and name still identify the target.
    return (parsed && knownParts(parsed.identity)) ?? derived(value)
  }
  if (typeof value !== 'string') return new Unresolved(`expected a resource ID, found ${typeName(value)}`)
  return parseIdText(value)?.identity ?? new Unresolved(`'${value}' is not a resource ID`)
}

/**
 * A target known in full that Azure rejects (a `scope` that is not a resource ID, a legacy name of the wrong
 * shape): the assignment's deployment fails, so it assigns nothing. Told apart from `Unresolved`, a value not
 * evaluated, which may still name the VM.
 */
export class Rejected {
  constructor(readonly reason: string) {}
}

/**
 * An extension resource's `scope`: `targetIdentity`, except that a value known in full that is not a resource ID
 * is one ARM rejects (`concat('Microsoft.Compute/virtualMachines', name)` without the `/`), not one not evaluated.
 */
export function scopeIdentity(value: ArmValue, identity: ResourceIdentity | Unresolved): ResourceIdentity | Unresolved | Rejected {
  if (value instanceof Unresolved || !(identity instanceof Unresolved)) return identity
  return new Rejected(typeof value === 'string' ? `its scope '${value}' is not a resource ID` : `its scope is of type ${typeName(value)}, not a resource ID`)
}

/** The target of a legacy `<type>/providers/configurationAssignments` named `<vm>/Microsoft.Maintenance/<name>`. */
export function parentIdentity(parentType: string, assignmentName: ArmValue, symbols: SymbolIndex): ResourceIdentity | Unresolved | Rejected {
  const text = assignmentName instanceof Unresolved ? assignmentName.pattern : assignmentName
  if (typeof text !== 'string') return assignmentName instanceof Unresolved ? derived(assignmentName) : new Rejected(`its name is of type ${typeName(assignmentName)}, not a string`)
  const [parentName = '', provider] = text.split('/')
  if (!(assignmentName instanceof Unresolved)) {
    const problem = legacyAssignmentNameProblem(parentType, text)
    return problem === undefined ? { type: parentType, name: parentName } : new Rejected(problem)
  }
  if (provider === undefined) return new Unresolved(`'${text}' does not name the resource it assigns (expected '<name>/Microsoft.Maintenance/<assignment>')`)
  const symbol = symbols.find(parentType, parentName)
  return symbol === undefined ? derived(assignmentName) : { type: parentType, name: undefined, symbol }
}

function parseIdText(text: string): { identity: ResourceIdentity; name: string } | undefined {
  const id = text.startsWith('/') ? text : `/providers/${text}`
  const parts = idSegments(id)
  const providers = lastProvidersSegment(parts)
  const typesAndNames = parts.length - providers - 2
  if (providers < 0 || typesAndNames < 2 || typesAndNames % 2 !== 0 || !(parts[providers + 1] ?? '').includes('.')) return undefined
  const identity = identityOfSegments(parts, providers)
  return identity === undefined ? undefined : { identity, name: parts[parts.length - 1] as string }
}

/** An identity without the segments a pattern leaves unknown (`{s0:env}`), or undefined when its type or name is one. */
function knownParts(identity: ResourceIdentity): ResourceIdentity | undefined {
  const { type, name, resourceGroup } = identity
  if (name === undefined || name.includes('{') || type.includes('{')) return undefined
  return resourceGroup === undefined || resourceGroup.includes('{') ? { type, name } : { type, name, resourceGroup }
}

/**
 * Whether an ID's resource group is the one the deployment is run against (`resourceId()` without a group
 * evaluated in the root template's scope, or given `resourceGroup().name` there), not one it names or one
 * not evaluated.
 */
export function namesDeploymentGroup(value: ArmValue): boolean {
  const text = value instanceof Unresolved ? value.pattern : value
  if (typeof text !== 'string' || !text.includes(RESOURCE_GROUP_PLACEHOLDER)) return false
  const parts = idSegments(text)
  const providers = lastProvidersSegment(parts)
  for (let i = 0; i < providers; i++) if ((parts[i] as string).toLowerCase() === 'resourcegroups') return parts[i + 1] === RESOURCE_GROUP_PLACEHOLDER
  return false
}

/** The last segment of a child resource's `parent/child` name. */
export const lastSegment = (name: string): string => name.slice(name.lastIndexOf('/') + 1)
