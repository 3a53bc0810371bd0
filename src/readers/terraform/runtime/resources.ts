import type { Sourced } from '../../../model/source.js'
import type { ResourceDeclaration } from '../config/module-config.js'
import { childScope, type Scope } from '../eval/evaluator.js'
import { type Lazy, unknown, type Value } from '../eval/value.js'
import { type Memos, memoized } from './memo.js'
import { AZAPI_RESOURCE, AZURERM_ARM_TYPES, RESOURCE_GROUP_TYPE, withoutApiVersion } from '../model/resource-types.js'
import { expand, keySuffix } from './expansion.js'
import type { ModuleInstance } from './module-instance.js'
import { providerSubscription, subscriptionOf, subscriptionSegment } from './subscriptions.js'

/** One instance of a `resource` or `data` block (one per `count` index / `for_each` key). */
export interface ResourceInstance {
  readonly declaration: ResourceDeclaration
  readonly module: ModuleInstance
  readonly key: number | string | undefined
  /** Full address from the root: `module.vm.azurerm_windows_virtual_machine.this[0]`. */
  readonly address: string
  readonly symbol: string
  /** The module scope plus `count` / `each`. */
  readonly scope: Scope
  readonly deployed: Sourced<boolean>
  /** The key of its own `count` or `for_each` when that has no value (condition-keys.ts). */
  readonly conditionKey?: string
  /** What a reference to this instance evaluates to. */
  readonly reference: Lazy
  /** A top-level argument's value, evaluated once. */
  attribute(name: string): Value
}

export interface ResourceSet {
  readonly instances: readonly ResourceInstance[]
  /** What `type.name` evaluates to: one instance, a list (count) or a map (for_each). */
  readonly value: Value
  readonly note?: string
}

/** Expands a declaration within a module instance into its instances. */
export function expandResource(module: ModuleInstance, declaration: ResourceDeclaration): ResourceSet {
  const evaluator = module.session.evaluator
  const prefix = module.address === '' ? '' : `${module.address}.`
  const local = declaration.mode === 'data' ? `data.${declaration.type}.${declaration.name}` : `${declaration.type}.${declaration.name}`
  const budget = { factors: module.factors, limits: module.session.limits, what: local }
  const expansion = expand(declaration.block, declaration.file, module.scope, evaluator, budget, module.conditionScope)
  if (expansion.exceeded !== undefined) module.session.notEvaluated(declaration.file, declaration.block.pos, expansion.exceeded)
  const instances = expansion.instances.map(expanded => {
    const address = `${prefix}${local}${keySuffix(expanded.key)}`
    const instance = createInstance(module, declaration, expanded.key, address, childScope(module.scope, expanded.names), expanded.deployed)
    // Set on the one instance of an undecided count (a field on every instance cost more).
    return expanded.conditionKey === undefined ? instance : Object.assign(instance, { conditionKey: expanded.conditionKey })
  })
  const value = expansion.collect(instances.map(instance => instance.reference))
  return { instances, value, ...(expansion.note ? { note: expansion.note } : {}) }
}

function createInstance(
  module: ModuleInstance,
  declaration: ResourceDeclaration,
  key: number | string | undefined,
  address: string,
  scope: Scope,
  deployed: Sourced<boolean>
): ResourceInstance {
  const memo: Memos = new Map()
  const session = module.session
  const symbol = session.symbol(address)
  const attributes = declaration.block.body.attributes
  const instance: ResourceInstance = {
    declaration,
    module,
    key,
    address,
    symbol,
    scope,
    deployed,
    attribute(name) {
      const attribute = attributes.get(name)
      if (!attribute) return null
      return memoized(memo, name, `${address}.${name}`, session.evaluator, () =>
        session.evaluator.evaluate(attribute.expression, scope)
      )
    },
    reference: {
      kind: 'lazy',
      description: address,
      attribute: name => {
        const current = currentSubscriptionAttribute(instance, name)
        if (current !== undefined) return current
        if (name === 'id') return syntheticId(instance)
        if (attributes.has(name)) return instance.attribute(name)
        return unknown(
          declaration.mode === 'data'
            ? `data source ${address} is read when Terraform plans`
            : `${address}.${name} is known only after apply`
        )
      }
    }
  }
  return instance
}

/**
 * The ID a resource will have, built from its evaluated name and resource group (placeholders
 * where unknown), and remembered with its symbol so references to it resolve to it.
 */
function syntheticId(instance: ResourceInstance): Value {
  const { type } = instance.declaration
  const text = (name: string, placeholder: string): string => {
    const value = instance.attribute(name)
    return typeof value === 'string' && value !== '' ? value : placeholder
  }
  const name = text('name', `{${instance.address.replaceAll('/', '%2F')}}`)
  // The subscription it is deployed to (its provider configuration's, or its parent's): known, or a placeholder.
  const subscription = (): string => subscriptionSegment(instance, subscriptionOf(instance, () => parentId(instance)))
  let id: string
  if (type === RESOURCE_GROUP_TYPE) {
    id = `/subscriptions/${subscription()}/resourceGroups/${name}`
  } else if (type === AZAPI_RESOURCE) {
    const armType = instance.attribute('type')
    if (typeof armType !== 'string') return unknown(`${instance.address}.id: its type is not known`)
    const bare = withoutApiVersion(armType)
    id =
      bare.toLowerCase() === 'microsoft.resources/resourcegroups'
        ? `/subscriptions/${subscription()}/resourceGroups/${name}`
        : `${text('parent_id', '{parent}')}/providers/${bare}/${name}`
  } else {
    const armType = AZURERM_ARM_TYPES.get(type)
    if (!armType) return unknown(`${instance.address}.id is known only after apply`)
    id = `/subscriptions/${subscription()}/resourceGroups/${text('resource_group_name', '{resourceGroup}')}/providers/${armType}/${name}`
  }
  // A data source reads a resource declared elsewhere (maybe another root): its ID links, its symbol would not.
  if (instance.declaration.mode === 'managed') instance.module.session.registerId(id, instance.symbol)
  return id
}

/** An azapi resource's `parent_id` as a Sourced string, located at the resource (for its subscription). */
function parentId(instance: ResourceInstance): Sourced<string> {
  const { file, block } = instance.declaration
  const at = { file, line: block.pos.line, column: block.pos.column }
  const value = instance.attribute('parent_id')
  if (typeof value === 'string') return { value, origin: 'expression', location: at }
  if (value === null) return { value: undefined, origin: 'absent', location: at }
  return { value: undefined, origin: 'unresolved', location: at, reason: 'its parent_id could not be evaluated' }
}

/** Data sources that read the subscription of the provider configuration they use (`current`). */
const CURRENT_SUBSCRIPTION_SOURCES = new Set(['azurerm_client_config', 'azurerm_subscription'])

/**
 * `data.azurerm_client_config.current.subscription_id`, `data.azurerm_subscription.current.id`: the subscription of
 * the data source's provider configuration, as a resource of that configuration is placed (`{subscription}` for
 * the one the deployment runs against), so a `parent_id` built from them names it. Undefined for anything else (an
 * `azurerm_subscription` given its own `subscription_id` is read like any data source).
 */
function currentSubscriptionAttribute(instance: ResourceInstance, name: string): Value | undefined {
  const { declaration } = instance
  if (declaration.mode !== 'data' || !CURRENT_SUBSCRIPTION_SOURCES.has(declaration.type)) return undefined
  if (declaration.block.body.attributes.has('subscription_id')) return undefined
  const segment = (): string => subscriptionSegment(instance, providerSubscription(instance))
  if (name === 'subscription_id') return segment()
  if (name === 'id' && declaration.type === 'azurerm_subscription') return `/subscriptions/${segment()}`
  return undefined
}
