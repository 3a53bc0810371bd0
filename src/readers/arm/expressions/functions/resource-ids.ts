import { derived, Unresolved, type ArmValue } from '../values.js'
import { mismatch, wrongArity, type ArmFunction, type FunctionEnv } from './function.js'
import { joinText, scalarText } from './text.js'

/** Placeholders for the parts of an ID only the deployment knows (`parseResourceId` leaves them nameless). */
export const SUBSCRIPTION_PLACEHOLDER = '{subscriptionId}'
export const RESOURCE_GROUP_PLACEHOLDER = '{resourceGroup}'

type Piece = string | Unresolved

/** `/providers/<namespace>/<type>/<name>[/<childType>/<childName>...]` from a type and its names. */
function providerPath(fn: string, type: ArmValue, names: readonly ArmValue[]): Piece[] | Unresolved {
  if (type instanceof Unresolved) return derived(type)
  if (typeof type !== 'string') return mismatch(fn, 'a resource type', type)
  const [namespace, ...types] = type.split('/').filter(segment => segment !== '')
  const nameSegments: Piece[] = []
  for (const name of names) {
    if (name instanceof Unresolved) nameSegments.push(name)
    else if (typeof name === 'string') nameSegments.push(...name.split('/'))
    else return mismatch(fn, 'string resource names', name)
  }
  if (namespace === undefined || types.length === 0 || nameSegments.length !== types.length) {
    return new Unresolved(`${fn}() got ${names.length} name(s) for resource type '${type}'`)
  }
  return [`/providers/${namespace}`, ...types.flatMap((segment, i) => [`/${segment}/`, nameSegments[i] as Piece])]
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
  const path = providerPath('resourceId', values[index] ?? null, values.slice(index + 1))
  if (path instanceof Unresolved) return path
  const groupName = group === undefined && env.resourceGroup !== undefined ? env.resourceGroup : scopeSegment(group, RESOURCE_GROUP_PLACEHOLDER)
  return joinText([`/subscriptions/${scopeSegment(subscription, SUBSCRIPTION_PLACEHOLDER)}/resourceGroups/${groupName}`, ...path])
}

function subscriptionResourceId(values: readonly ArmValue[]): ArmValue {
  const index = typeIndex(values)
  if (index < 0 || index > 1) return mismatch('subscriptionResourceId', 'a resource type', null)
  const path = providerPath('subscriptionResourceId', values[index] ?? null, values.slice(index + 1))
  if (path instanceof Unresolved) return path
  return joinText([`/subscriptions/${scopeSegment(index === 1 ? values[0] : undefined, SUBSCRIPTION_PLACEHOLDER)}`, ...path])
}

function extensionResourceId(values: readonly ArmValue[]): ArmValue {
  const [base = null, type = null, ...names] = values
  if (base instanceof Unresolved && base.pattern === undefined) return base
  if (!(base instanceof Unresolved) && typeof base !== 'string') return mismatch('extensionResourceId', 'a resource ID', base)
  const path = providerPath('extensionResourceId', type, names)
  return path instanceof Unresolved ? path : joinText([base, ...path])
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
