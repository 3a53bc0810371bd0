import { DERIVED_FROM_UTC_NOW_REASON, UTC_NOW_REASON } from '../../../../model/deployment-time.js'
import { isFullDateTimeFormat } from '../../../shared/utc-now-format.js'
import { createArmObject, derived, PartialArmObject, Unresolved, type ArmValue } from '../values.js'
import { argumentValues, isInteger, mismatch, runtimeOnly, type ArmFunction, type FunctionEnv } from './function.js'
import { RESOURCE_GROUP_PLACEHOLDER, SUBSCRIPTION_PLACEHOLDER, UNKNOWN_GROUP_PLACEHOLDER } from './resource-ids.js'

const atDeployment = (path: string): Unresolved => new Unresolved(`${path} is only known at deployment`)

const CURRENT_SUBSCRIPTION_ID = atDeployment('subscription().subscriptionId').reason

/** Whether a value is `subscription().subscriptionId` (as a parameter's default too): the deployment's own subscription. */
export const isCurrentSubscriptionId = (value: unknown): boolean =>
  value instanceof Unresolved && value.reason === CURRENT_SUBSCRIPTION_ID

/** An object whose properties are only known at deployment, except the ones given. */
function deploymentObject(name: string, properties: readonly string[], known: Readonly<Record<string, ArmValue>> = {}) {
  return createArmObject(properties.map(property => [property, known[property] ?? atDeployment(`${name}().${property}`)]))
}

/**
 * `deployment()`: only known at deployment, but for `properties.templateLink.uri` where the reader knows the URL
 * the template is deployed from (`env.templateUri`): Microsoft's linked-template docs build the links of a template
 * relative to its own with `uri(deployment().properties.templateLink.uri, 'nested/vm.json')`. The other members of
 * `properties` and `templateLink` stay unknown (partial objects: only the URI is certain).
 */
function deployment(env: FunctionEnv): ArmValue {
  if (env.templateUri === undefined) return deploymentObject('deployment', ['name', 'properties', 'location', 'id'])
  const templateLink = new PartialArmObject(atDeployment('deployment().properties.templateLink').reason, createArmObject([['uri', env.templateUri]]))
  const properties = new PartialArmObject(atDeployment('deployment().properties').reason, createArmObject([['templateLink', templateLink]]))
  return deploymentObject('deployment', ['name', 'properties', 'location', 'id'], { properties })
}

/**
 * `resourceGroup()` by the group's name, or its placeholder (the deployment's, or one not evaluated):
 * `resourceGroup().location` is in nearly every template, and the object, never changed, is the same every time.
 */
const resourceGroups = new Map<string, ArmValue>()
const MAX_RESOURCE_GROUPS = 1000

function resourceGroup(env: FunctionEnv): ArmValue {
  const group = env.resourceGroup ?? (env.resourceGroupUnknown ? UNKNOWN_GROUP_PLACEHOLDER : RESOURCE_GROUP_PLACEHOLDER)
  let known = resourceGroups.get(group)
  if (known === undefined) {
    if (resourceGroups.size >= MAX_RESOURCE_GROUPS) resourceGroups.clear()
    known = newResourceGroup(group)
    resourceGroups.set(group, known)
  }
  return known
}

function newResourceGroup(group: string): ArmValue {
  // The name of the group the deployment is run against keeps its placeholder as a pattern: an ID built from
  // it (`resourceId(parameters('group'), ...)` passed `resourceGroup().name`) names that group.
  const name =
    group === UNKNOWN_GROUP_PLACEHOLDER ? undefined : group === RESOURCE_GROUP_PLACEHOLDER ? new Unresolved(atDeployment('resourceGroup().name').reason, group) : group
  return deploymentObject('resourceGroup', ['id', 'name', 'type', 'location', 'managedBy', 'tags', 'properties'], {
    // The ID keeps placeholders so IDs built from it still name the resource type and name.
    id: `/subscriptions/${SUBSCRIPTION_PLACEHOLDER}/resourceGroups/${group}`,
    type: 'Microsoft.Resources/resourceGroups',
    ...(name === undefined ? {} : { name })
  })
}

/** `copyIndex()`, `copyIndex(offset)`, `copyIndex('loop')`, `copyIndex('loop', offset)`. */
const copyIndex: ArmFunction = (args, env) => {
  const values = argumentValues(args)
  const unresolved = values.find(value => value instanceof Unresolved)
  if (unresolved instanceof Unresolved) return derived(unresolved)
  const [loop, offset = 0] = typeof values[0] === 'string' ? [values[0], values[1]] : [undefined, values[0]]
  if (!isInteger(offset) || values.length > 2) return mismatch('copyIndex', "an optional loop name and int offset", values[0])
  const index = env.copyIndex(loop)
  // An unknown index with an offset is another value than the index: not the index's pattern.
  if (index instanceof Unresolved) return offset === 0 ? index : derived(index)
  return typeof index === 'number' ? index + (offset) : index
}

/**
 * `utcNow()`, `utcNow(format)`: the deployment time, which the policy reads as the evaluation date when it is a
 * window's start (src/model/deployment-time.ts), only with no format or one writing a full date and time;
 * `utcNow('yyyy')` is another value (and so is whatever a function computes from it: see the evaluator).
 */
const utcNow: ArmFunction = args => {
  const format = args.length === 1 ? args.value(0) : undefined
  const itself = args.length === 0 || (typeof format === 'string' && isFullDateTimeFormat(format))
  return new Unresolved(itself ? UTC_NOW_REASON : DERIVED_FROM_UTC_NOW_REASON)
}

export const isUtcNow = (value: ArmValue): boolean => value instanceof Unresolved && value.reason === UTC_NOW_REASON

/** A value computed from others: unresolved because of utcNow(), it is not utcNow() itself. */
export const notDeploymentTime = (value: ArmValue): ArmValue => (isUtcNow(value) ? new Unresolved(DERIVED_FROM_UTC_NOW_REASON) : value)

export const DEPLOYMENT_CONTEXT_FUNCTIONS: Readonly<Record<string, ArmFunction>> = {
  copyindex: copyIndex,
  resourcegroup: (_args, env) => resourceGroup(env),
  subscription: () =>
    deploymentObject('subscription', ['id', 'subscriptionId', 'tenantId', 'displayName'], {
      id: `/subscriptions/${SUBSCRIPTION_PLACEHOLDER}`
    }),
  deployment: (_args, env) => deployment(env),
  environment: runtimeOnly('environment() is only known at deployment'),
  tenant: runtimeOnly('tenant() is only known at deployment'),
  managementgroup: runtimeOnly('managementGroup() is only known at deployment'),
  deployer: runtimeOnly('deployer() is only known at deployment'),
  reference: runtimeOnly('reference() is only known at deployment'),
  pickzones: runtimeOnly('pickZones() is only known at deployment'),
  newguid: runtimeOnly('newGuid() is only known at deployment'),
  utcnow: utcNow,
  // Deterministic hashes of deployment-scoped inputs: computing them would only give a name Azure
  // derives from IDs we do not know either.
  uniquestring: runtimeOnly('uniqueString() is a hash computed at deployment'),
  guid: runtimeOnly('guid() is a hash computed at deployment')
}

/** `listKeys`, `listSecrets`, ...: any `list*` function reads the deployed resource. */
export const listFunction = (name: string): ArmFunction => runtimeOnly(`${name}() is only known at deployment`)
