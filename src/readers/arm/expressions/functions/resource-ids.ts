import { derived, Unresolved, type ArmValue } from '../values.js'
import { mismatch, wrongArity, type ArmFunction, type FunctionEnv } from './function.js'
import { joinText, scalarText } from './text.js'

/** Placeholders for the parts of an ID only the deployment knows (`parseResourceId` leaves them nameless). */
export const SUBSCRIPTION_PLACEHOLDER = '{subscriptionId}'
export const RESOURCE_GROUP_PLACEHOLDER = '{resourceGroup}'

type Piece = string | Unresolved

/**
 * `/providers/<namespace>/<type>/<name>[/<childType>/<childName>...]` from a type and its names, after
 * `before` (the scope the ID is in) when given: the pieces `joinText` joins.
 */
function providerPath(fn: string, type: ArmValue, names: readonly ArmValue[], before?: Piece): Piece[] | Unresolved {
  if (type instanceof Unresolved) return derived(type)
  if (typeof type !== 'string') return mismatch(fn, 'a resource type', type)
  const segments = type.split('/').filter(segment => segment !== '')
  const nameSegments: Piece[] = []
  for (const name of names) {
    if (name instanceof Unresolved) nameSegments.push(name)
    else if (typeof name !== 'string') return mismatch(fn, 'string resource names', name)
    else if (!name.includes('/')) nameSegments.push(name)
    else for (const segment of name.split('/')) nameSegments.push(segment)
  }
  if (segments.length < 2 || nameSegments.length !== segments.length - 1) {
    return new Unresolved(`${fn}() got ${names.length} name(s) for resource type '${type}'`)
  }
  const pieces: Piece[] = before === undefined ? [] : [before]
  pieces.push(`/providers/${segments[0] as string}`)
  for (let i = 1; i < segments.length; i++) pieces.push(`/${segments[i] as string}/`, nameSegments[i - 1] as Piece)
  return pieces
}

/** A subscription or resource group argument: unknown ones become placeholders, not failures. */
function scopeSegment(value: ArmValue | undefined, placeholder: string): string {
  return value === undefined || value instanceof Unresolved ? placeholder : (scalarText(value) ?? placeholder)
}

/** Index of the resource type argument: the first that looks like `Namespace/type`. */
const typeIndex = (values: readonly ArmValue[]): number =>
  values.findIndex(value => typeof value === 'string' && value.includes('/'))

function resourceId(values: readonly ArmValue[], env: FunctionEnv): ArmValue {
  const index = typeIndex(values)
  if (index < 0 || index > 2) return values.find(value => value instanceof Unresolved) ?? mismatch('resourceId', 'a resource type', null)
  const scope = values.slice(0, index)
  const [subscription, group] = scope.length === 2 ? scope : [undefined, scope[0]]
  const groupName = group === undefined && env.resourceGroup !== undefined ? env.resourceGroup : scopeSegment(group, RESOURCE_GROUP_PLACEHOLDER)
  const before = `/subscriptions/${scopeSegment(subscription, SUBSCRIPTION_PLACEHOLDER)}/resourceGroups/${groupName}`
  const path = providerPath('resourceId', values[index] ?? null, values.slice(index + 1), before)
  return path instanceof Unresolved ? path : joinText(path)
}

function subscriptionResourceId(values: readonly ArmValue[]): ArmValue {
  const index = typeIndex(values)
  if (index < 0 || index > 1) return mismatch('subscriptionResourceId', 'a resource type', null)
  const before = `/subscriptions/${scopeSegment(index === 1 ? values[0] : undefined, SUBSCRIPTION_PLACEHOLDER)}`
  const path = providerPath('subscriptionResourceId', values[index] ?? null, values.slice(index + 1), before)
  return path instanceof Unresolved ? path : joinText(path)
}

function extensionResourceId(values: readonly ArmValue[]): ArmValue {
  const [base = null, type = null, ...names] = values
  if (base instanceof Unresolved && base.pattern === undefined) return base
  if (!(base instanceof Unresolved) && typeof base !== 'string') return mismatch('extensionResourceId', 'a resource ID', base)
  const path = providerPath('extensionResourceId', type, names, base)
  return path instanceof Unresolved ? path : joinText(path)
}

const withAllArguments =
  (name: string, min: number, body: (values: readonly ArmValue[], env: FunctionEnv) => ArmValue): ArmFunction =>
  (args, env) =>
    args.length < min ? wrongArity(name, min, Infinity, args.length) : body(args.map(arg => arg()), env)

export const RESOURCE_ID_FUNCTIONS: Readonly<Record<string, ArmFunction>> = {
  resourceid: withAllArguments('resourceId', 2, resourceId),
  subscriptionresourceid: withAllArguments('subscriptionResourceId', 2, subscriptionResourceId),
  tenantresourceid: withAllArguments('tenantResourceId', 2, ([type = null, ...names]) => {
    const path = providerPath('tenantResourceId', type, names)
    return path instanceof Unresolved ? path : joinText(path)
  }),
  extensionresourceid: withAllArguments('extensionResourceId', 3, extensionResourceId)
}
