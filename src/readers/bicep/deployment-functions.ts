import { badArgument, type Builtin, type CallSite, strict } from './function-support.js'
import { utcNow } from './deployment-time.js'
import { computed, type Provenance, str, unknown, type Value } from './values.js'

/** Placeholders for ID segments only known at deployment (parseResourceId reads them as unknown). */
export const SUBSCRIPTION_PLACEHOLDER = '{subscriptionId}'
export const RESOURCE_GROUP_PLACEHOLDER = '{resourceGroupName}'

/**
 * A deployment-time object (`resourceGroup()`, `deployment()`, ...): members we know (a resource
 * group's name from a module scope) and a reason for the rest.
 */
export function deploymentRecord(label: string, known: Readonly<Record<string, Value>>, prov: Provenance): Value {
  return {
    kind: 'record',
    label,
    prov,
    member: name => {
      if (Object.hasOwn(known, name)) return known[name] as Value
      return unknown(`${label}.${name} is only known at deployment`, prov)
    }
  }
}

/** `resourceGroup()`, `resourceGroup('rg')`, `resourceGroup('sub', 'rg')`: the last argument names it. */
const resourceGroup: Builtin = (args, site) => {
  const prov = computed(args)
  const name = args[args.length - 1] ?? (site.resourceGroup === undefined ? undefined : str(site.resourceGroup, prov))
  return namingSubscription(deploymentRecord('resourceGroup()', name === undefined ? {} : { name }, prov), args.length === 2 ? args[0] : undefined)
}

/** `subscription()`, `subscription('sub')`: the deployment's own subscription, or the one named. */
const subscription: Builtin = args => namingSubscription(deploymentRecord('subscription()', {}, computed(args)), args[0])

/** The subscription argument of the scope values made here (`resourceGroup(sub, 'rg')`, `subscription(sub)`). */
const namedSubscriptions = new WeakMap<Value, Value>()

function namingSubscription(scope: Value, named: Value | undefined): Value {
  if (named !== undefined) namedSubscriptions.set(scope, named)
  return scope
}

const CURRENT_SUBSCRIPTION_ID = 'subscription().subscriptionId is only known at deployment'

/**
 * The subscription a scope value names (a module's `scope: resourceGroup(subscriptionId, 'rg')` or
 * `subscription(subscriptionId)`), evaluated; undefined for the deployment's own (none named, or
 * `subscription().subscriptionId`, as a parameter's default too).
 */
export function subscriptionNamedBy(scope: Value): Value | undefined {
  const named = namedSubscriptions.get(scope)
  return named?.kind === 'unresolved' && named.reason === CURRENT_SUBSCRIPTION_ID ? undefined : named
}

const opaque =
  (label: string): Builtin =>
  args =>
    deploymentRecord(label, {}, computed(args))

/** Functions whose result only the deployment knows. */
const atDeployment: Builtin = (args, site) => unknown(`${site.name}() is only known at deployment`, computed(args))

/** `ns/type/childType` with one name per type segment: `providers/ns/type/name/childType/childName`. */
function providerPath(type: string, names: readonly string[]): string | undefined {
  const [namespace, ...types] = type.split('/')
  if (namespace === undefined || types.length === 0 || types.length !== names.length) return undefined
  return `providers/${namespace}/${types.map((segment, i) => `${segment}/${names[i] as string}`).join('/')}`
}

/** The scope part of an ID from the arguments before the type; undefined when they do not fit. */
type ScopePrefix = (scopeArgs: readonly string[], site: CallSite) => string | undefined

/** The `resourceId` family: optional leading scope arguments, then a type and one name per type segment. */
const idFunction = (prefix: ScopePrefix): Builtin =>
  strict((args, site) => {
    const notText = args.findIndex(arg => arg.kind !== 'string')
    if (notText >= 0) return badArgument(site, args, notText, 'a string')
    const texts = args.map(arg => (arg as { value: string }).value)
    const typeIndex = texts.findIndex(text => text.includes('/') && !text.startsWith('/'))
    if (typeIndex < 0) return badArgument(site, args, 0, 'a resource type')
    const scope = prefix(texts.slice(0, typeIndex), site)
    const path = providerPath(texts[typeIndex] as string, texts.slice(typeIndex + 1))
    if (scope === undefined || path === undefined) {
      return unknown(`${site.name}() arguments do not form a resource ID`, computed(args))
    }
    return str(`${scope}/${path}`, computed(args))
  })

const inResourceGroup: ScopePrefix = (scopeArgs, site) => {
  if (scopeArgs.length > 2) return undefined
  const subscription = scopeArgs.length === 2 ? (scopeArgs[0] as string) : SUBSCRIPTION_PLACEHOLDER
  const group = scopeArgs[scopeArgs.length - 1] ?? site.resourceGroup ?? RESOURCE_GROUP_PLACEHOLDER
  return `/subscriptions/${subscription}/resourceGroups/${group}`
}

const inSubscription: ScopePrefix = scopeArgs =>
  scopeArgs.length <= 1 ? `/subscriptions/${scopeArgs[0] ?? SUBSCRIPTION_PLACEHOLDER}` : undefined

const inManagementGroup: ScopePrefix = scopeArgs =>
  scopeArgs.length <= 1
    ? `/providers/Microsoft.Management/managementGroups/${scopeArgs[0] ?? '{managementGroupName}'}`
    : undefined

const unscoped: ScopePrefix = scopeArgs => (scopeArgs.length === 0 ? '' : undefined)

const tenantResourceId = idFunction(unscoped)

/** Deployment-scope functions (`resourceGroup()`, the `resourceId` family, ...), by lower-cased name. */
export const deploymentFunctions: Readonly<Record<string, Builtin>> = {
  resourcegroup: resourceGroup,
  subscription,
  deployment: opaque('deployment()'),
  environment: opaque('environment()'),
  tenant: opaque('tenant()'),
  managementgroup: opaque('managementGroup()'),
  resourceid: idFunction(inResourceGroup),
  subscriptionresourceid: idFunction(inSubscription),
  managementgroupresourceid: idFunction(inManagementGroup),
  tenantresourceid: tenantResourceId,
  extensionresourceid: strict((args, site) => {
    const base = args[0]
    if (base?.kind !== 'string') return badArgument(site, args, 0, 'a resource ID')
    const rest = tenantResourceId(args.slice(1), site)
    return rest.kind === 'string' ? str(`${base.value}${rest.value}`, computed(args)) : rest
  }),
  uniquestring: atDeployment,
  guid: atDeployment,
  newguid: atDeployment,
  utcnow: utcNow,
  reference: atDeployment,
  getsecret: atDeployment,
  pickzones: atDeployment,
  datetimeadd: atDeployment,
  datetimefromepoch: atDeployment,
  datetimetoepoch: atDeployment,
  readenvironmentvariable: args => {
    const name = args[0]?.kind === 'string' ? args[0].value : '?'
    return unknown(`environment variable ${name} is read when the parameters are built`, computed(args))
  }
}
