import { derived, Unresolved, type ArmValue } from '../values.js'
import { argumentValues, mismatch, wrongArity, type ArmFunction, type FunctionEnv } from './function.js'
import { joinText, scalarText } from './text.js'

/** Placeholders for the parts of an ID only the deployment knows (`parseResourceId` leaves them nameless). */
export const SUBSCRIPTION_PLACEHOLDER = '{subscriptionId}'
/**
 * The group the deployment is run against: the root template's, which an outer-scope nested template's functions
 * resolve to too. Also the pattern of `resourceGroup().name` there, so an ID built from it names that group.
 */
export const RESOURCE_GROUP_PLACEHOLDER = '{resourceGroup}'
/** A group named by a value that could not be evaluated (never a resource group name: those hold no braces). */
export const UNKNOWN_GROUP_PLACEHOLDER = '{unknownResourceGroup}'

type Piece = string | Unresolved

/**
 * `/providers/<namespace>/<type>/<name>[/<childType>/<childName>...]` from the type at `values[typeAt]`
 * and the names after it, after `before` (the scope the ID is in) when given: the pieces `joinText` joins.
 * (An index into the arguments, not a slice of them: this runs for every resource ID evaluated.)
 */
function providerPath(fn: string, values: readonly ArmValue[], typeAt: number, before?: Piece): Piece[] | Unresolved {
  const type = values[typeAt] ?? null
  if (type instanceof Unresolved) return derived(type)
  if (typeof type !== 'string') return mismatch(fn, 'a resource type', type)
  const written = type.split('/')
  // Empty segments (a `//`, a leading or trailing `/`) are dropped; most types have none.
  const segments = written.includes('') ? written.filter(segment => segment !== '') : written
  const nameSegments: Piece[] = []
  for (let i = typeAt + 1; i < values.length; i++) {
    const name = values[i] as ArmValue
    if (name instanceof Unresolved) nameSegments.push(name)
    else if (typeof name !== 'string') return mismatch(fn, 'string resource names', name)
    else if (!name.includes('/')) nameSegments.push(name)
    else for (const segment of name.split('/')) nameSegments.push(segment)
  }
  if (segments.length < 2 || nameSegments.length !== segments.length - 1) {
    return new Unresolved(`${fn}() got ${values.length - typeAt - 1} name(s) for resource type '${type}'`)
  }
  // Sized once: pushes grew the array from one element to seventeen.
  const pieces = new Array<Piece>((before === undefined ? 0 : 1) + 2 * segments.length - 1)
  let next = 0
  if (before !== undefined) pieces[next++] = before
  pieces[next++] = `/providers/${segments[0] as string}`
  for (let i = 1; i < segments.length; i++) {
    pieces[next++] = `/${segments[i] as string}/`
    pieces[next++] = nameSegments[i - 1] as Piece
  }
  return pieces
}

/** A subscription or resource group argument: unknown ones become placeholders, not failures. */
function scopeSegment(value: ArmValue | undefined, placeholder: string): string {
  return value === undefined || value instanceof Unresolved ? placeholder : (scalarText(value) ?? placeholder)
}

/**
 * The group segment of `resourceId()`: the argument's, else the group the template's functions resolve to (ARM's
 * "current resource group": the parent's in an outer-scope nested template). The group the deployment is run
 * against, written or as `resourceGroup().name`, stays apart from a group that could not be evaluated.
 */
function groupSegment(group: ArmValue | undefined, env: FunctionEnv): string {
  if (group === undefined) return env.resourceGroup ?? (env.resourceGroupUnknown ? UNKNOWN_GROUP_PLACEHOLDER : RESOURCE_GROUP_PLACEHOLDER)
  if (group instanceof Unresolved) return group.pattern === RESOURCE_GROUP_PLACEHOLDER ? RESOURCE_GROUP_PLACEHOLDER : UNKNOWN_GROUP_PLACEHOLDER
  return scalarText(group) ?? UNKNOWN_GROUP_PLACEHOLDER
}

/** Index of the resource type argument: the first that looks like `Namespace/type`. */
const typeIndex = (values: readonly ArmValue[]): number =>
  values.findIndex(value => typeof value === 'string' && value.includes('/'))

function resourceId(values: readonly ArmValue[], env: FunctionEnv): ArmValue {
  const index = typeIndex(values)
  if (index < 0 || index > 2) return values.find(value => value instanceof Unresolved) ?? mismatch('resourceId', 'a resource type', null)
  // Before the type: nothing, the resource group, or the subscription and the resource group.
  const subscription = index === 2 ? values[0] : undefined
  const group = index === 0 ? undefined : values[index - 1]
  const before = `/subscriptions/${scopeSegment(subscription, SUBSCRIPTION_PLACEHOLDER)}/resourceGroups/${groupSegment(group, env)}`
  const path = providerPath('resourceId', values, index, before)
  return path instanceof Unresolved ? path : joinText(path)
}

function subscriptionResourceId(values: readonly ArmValue[]): ArmValue {
  const index = typeIndex(values)
  if (index < 0 || index > 1) return mismatch('subscriptionResourceId', 'a resource type', null)
  const before = `/subscriptions/${scopeSegment(index === 1 ? values[0] : undefined, SUBSCRIPTION_PLACEHOLDER)}`
  const path = providerPath('subscriptionResourceId', values, index, before)
  return path instanceof Unresolved ? path : joinText(path)
}

function extensionResourceId(values: readonly ArmValue[]): ArmValue {
  const base = values[0] ?? null
  if (base instanceof Unresolved && base.pattern === undefined) return base
  if (!(base instanceof Unresolved) && typeof base !== 'string') return mismatch('extensionResourceId', 'a resource ID', base)
  const path = providerPath('extensionResourceId', values, 1, base)
  return path instanceof Unresolved ? path : joinText(path)
}

const withAllArguments =
  (name: string, min: number, body: (values: readonly ArmValue[], env: FunctionEnv) => ArmValue): ArmFunction =>
  (args, env) =>
    args.length < min ? wrongArity(name, min, Infinity, args.length) : body(argumentValues(args), env)

export const RESOURCE_ID_FUNCTIONS: Readonly<Record<string, ArmFunction>> = {
  resourceid: withAllArguments('resourceId', 2, resourceId),
  subscriptionresourceid: withAllArguments('subscriptionResourceId', 2, subscriptionResourceId),
  tenantresourceid: withAllArguments('tenantResourceId', 2, values => {
    const path = providerPath('tenantResourceId', values, 0)
    return path instanceof Unresolved ? path : joinText(path)
  }),
  extensionresourceid: withAllArguments('extensionResourceId', 3, extensionResourceId)
}
