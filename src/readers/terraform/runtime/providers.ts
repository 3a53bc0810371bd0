import { type SourceLocation, type Sourced, unresolved } from '../../../model/source.js'
import type { Block, Expression } from '../hcl/ast.js'
import type { ModuleConfig } from '../config/module-config.js'
import type { Evaluator, Scope } from '../eval/evaluator.js'
import { text } from '../model/fields.js'
import { HclView } from './hcl-view.js'

/**
 * What this file reads of a module instance (runtime/module-instance.ts), named here so that the runtime's
 * module files do not import one another in a cycle.
 */
export interface ModuleInstance {
  readonly config: ModuleConfig
  readonly address: string
  readonly scope: Scope
  readonly session: { readonly evaluator: Evaluator; symbol(address: string): string }
  readonly callSites: readonly { readonly block: Block }[]
  readonly caller?: ModuleInstance
  readonly providerConfigurations: Map<string, ProviderConfiguration | MissingConfiguration>
}

/**
 * The subscription an azurerm provider configuration deploys to, as the model says a subscription
 * (AzureScope): `undefined` for the one Terraform runs against (absent in the model), else known or unresolved.
 */
export interface ProviderConfiguration {
  readonly subscription: Sourced<string> | undefined
  /**
   * For an unresolved subscription: a handle of the configuration, the same for every resource deployed through
   * it, so that they are in one subscription whatever it is (AzureScope.subscriptionHandle).
   */
  readonly handle?: string
  /** For the subscription Terraform runs against: the one the root's default configuration writes (AzureScope.runsAgainst). */
  readonly runsAgainst?: string
}

/** A configuration that could not be found, said where the resource names it. */
export interface MissingConfiguration {
  readonly missing: string
  readonly handle: string
}

/** The subscription Terraform runs against: no `subscription_id`, or the default configuration's (see `normalised`). */
const RUNS_AGAINST: ProviderConfiguration = Object.freeze({ subscription: undefined })

/** The provider configuration a `provider = azurerm.x` argument (or a module's `providers` key or value) names. */
export function providerAddress(expression: Expression): string | undefined {
  if (expression.kind === 'variable') return expression.name
  if (expression.kind === 'literal' && typeof expression.value === 'string') return expression.value
  if (expression.kind === 'getattr' && expression.target.kind === 'variable') return `${expression.target.name}.${expression.name}`
  return undefined
}

/**
 * The configuration `address` (`azurerm`, `azurerm.spoke`) is in `module`, as Terraform resolves it: the module's
 * own `provider` block, else what its module block's `providers` map passes, else the caller's default
 * configuration of that name (defaults are inherited unless a `providers` map is written; aliases never are).
 */
export function providerConfiguration(module: ModuleInstance, address: string): ProviderConfiguration | MissingConfiguration {
  const memo = module.providerConfigurations
  let found = memo.get(address)
  if (found === undefined) {
    // A subscription_id computed from a resource deployed through its own configuration is a cycle: not known.
    memo.set(address, missing(module, address, `provider configuration ${address} depends on itself`))
    found = resolve(module, address)
    memo.set(address, found)
  }
  return found
}

function resolve(module: ModuleInstance, address: string): ProviderConfiguration | MissingConfiguration {
  const own = module.config.providers.get(address)
  if (own !== undefined) return normalised(module, address, ownSubscription(module, own.file, own.item))
  const caller = module.caller
  const call = module.callSites[module.callSites.length - 1]
  const isDefault = !address.includes('.')
  if (caller === undefined || call === undefined) {
    // The root: an unconfigured default is the environment's (ARM_SUBSCRIPTION_ID, the CLI's), as Terraform runs it.
    return isDefault ? RUNS_AGAINST : missing(module, address, `provider configuration ${address} is not declared`)
  }
  const passing = call.block.body.attributes.get('providers')?.expression
  if (passing === undefined) {
    return isDefault ? providerConfiguration(caller, address) : missing(module, address, `the module call passes no provider configuration ${address}`)
  }
  if (passing.kind !== 'object') return missing(module, address, 'the module call\'s providers map is not a map of provider configurations')
  for (const item of passing.items) {
    if (providerAddress(item.key) !== address) continue
    const passed = providerAddress(item.value)
    return passed === undefined ? missing(module, address, `the module call passes ${address} in a form that is not read`) : providerConfiguration(caller, passed)
  }
  // A `providers` map cancels the inheritance of defaults: what it does not pass, the module does not have.
  return missing(module, address, `the module call's providers map does not pass ${address}`)
}

function missing(module: ModuleInstance, address: string, reason: string): MissingConfiguration {
  return { missing: reason, handle: handleOf(module, address) }
}

/** A configuration's handle: the root module and var file, the module instance declaring it, its address. */
function handleOf(module: ModuleInstance, address: string): string {
  return module.session.symbol(`${module.address === '' ? '' : `${module.address}.`}provider.${address}`)
}

/** A provider block's `subscription_id` as written and evaluated in its module; "" is unset, as azurerm reads it. */
function ownSubscription(module: ModuleInstance, file: string, block: Block): Sourced<string> | undefined {
  const view = new HclView(block.body, module.scope, file, block.pos, module.session.evaluator)
  const subscription = text(view.get(['subscription_id']))
  return subscription.origin === 'absent' || subscription.value === '' ? undefined : subscription
}

/**
 * What a configuration's own subscription means for the model. The root's default configuration is the one every
 * resource without a `provider` argument uses, so it is the subscription the deployment runs against (absent),
 * whatever its `subscription_id` says; so is another configuration that names the same known subscription. When an
 * aliased configuration of the root names a different known one, the root deploys to named subscriptions, and the
 * default's is named too (known), so that the two are told apart rather than only possibly the same.
 */
function normalised(module: ModuleInstance, address: string, subscription: Sourced<string> | undefined): ProviderConfiguration {
  if (subscription === undefined) return RUNS_AGAINST
  const root = rootOf(module)
  // The root's default configuration, evaluated or not (only a known one can name others apart: rootNamesSubscriptions).
  if (module === root && address === 'azurerm') return rootNamesSubscriptions(root) ? { subscription } : runsAgainstOf(root)
  if (subscription.value === undefined) return { subscription, handle: handleOf(module, address) }
  return knownSubscription(module, subscription)
}

/**
 * A known subscription a resource names (a configuration's, an azapi `parent_id`'s): the one the deployment runs
 * against (absent) when it is the root's default configuration's and the root names no other.
 */
export function knownSubscription(module: ModuleInstance, subscription: Sourced<string>): ProviderConfiguration {
  const root = rootOf(module)
  const rootDefault = rootSubscription(root, 'azurerm')?.value
  const value = subscription.value
  if (value !== undefined && rootDefault !== undefined && sameId(rootDefault, value) && !rootNamesSubscriptions(root)) return runsAgainstOf(root)
  return { subscription }
}

/**
 * The subscription Terraform runs against, as a module of this root deploys to it: with the known subscription the
 * root's default configuration writes (`subscription_id = "<id>"`), which tells it apart from another root's.
 */
export function runsAgainstOf(module: ModuleInstance): ProviderConfiguration {
  const written = rootSubscription(rootOf(module), 'azurerm')?.value
  return written === undefined ? RUNS_AGAINST : { subscription: undefined, runsAgainst: written }
}

const sameId = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()

function rootOf(module: ModuleInstance): ModuleInstance {
  let current = module
  while (current.caller !== undefined) current = current.caller
  return current
}

/** The root's own subscription of a configuration it declares, before `normalised`. */
function rootSubscription(root: ModuleInstance, address: string): Sourced<string> | undefined {
  const declared = root.config.providers.get(address)
  return declared === undefined ? undefined : ownSubscription(root, declared.file, declared.item)
}

const namedRoots = new WeakMap<ModuleInstance, boolean>()

/** Whether the root's default azurerm configuration and one of its aliases name two different known subscriptions. */
function rootNamesSubscriptions(root: ModuleInstance): boolean {
  let named = namedRoots.get(root)
  if (named === undefined) {
    named = false
    namedRoots.set(root, named)
    named = namesSubscriptions(root)
    namedRoots.set(root, named)
  }
  return named
}

function namesSubscriptions(root: ModuleInstance): boolean {
  const own = rootSubscription(root, 'azurerm')?.value
  if (own === undefined) return false
  for (const address of root.config.providers.keys()) {
    if (!address.startsWith('azurerm.')) continue
    const other = rootSubscription(root, address)?.value
    if (other !== undefined && !sameId(other, own)) return true
  }
  return false
}

/**
 * The azurerm configuration a module call's resources use: the call's `providers = { azurerm = ... }`, else the
 * caller's default; located at the call (`at`) when it cannot be found. Known registry modules and unread modules
 * alike deploy through it.
 */
export function callProvider(parent: ModuleInstance, call: { readonly block: Block }, at: SourceLocation): ProviderConfiguration {
  const providers = call.block.body.attributes.get('providers')
  let address: string | undefined = 'azurerm'
  if (providers !== undefined) {
    const item = providers.expression.kind === 'object' ? providers.expression.items.find(entry => keyName(entry.key) === 'azurerm') : undefined
    address = item === undefined ? (providers.expression.kind === 'object' ? 'azurerm' : undefined) : providerAddress(item.value)
  }
  if (address === undefined) return { subscription: unresolved(at, 'the providers map of the call is written in a form that is not read') }
  const configuration = providerConfiguration(parent, address)
  if ('missing' in configuration) return { subscription: missingSubscription(configuration, at), handle: configuration.handle }
  return configuration
}

/** The name an object key is written as (a bare `azurerm` is a literal name, as is `"azurerm"`). */
function keyName(key: Expression): string | undefined {
  return key.kind === 'literal' && typeof key.value === 'string' ? key.value : undefined
}

/** The subscription of a resource deployed through a configuration that could not be found, located at `at`. */
export function missingSubscription(configuration: MissingConfiguration, at: SourceLocation): Sourced<string> {
  return unresolved(at, `${configuration.missing}: the subscription it deploys to is not known`)
}
