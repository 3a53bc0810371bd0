import { keptText } from '../../../model/intern.js'
import { type Sourced, unresolved } from '../../../model/source.js'
import { locationOf } from '../config/module-config.js'
import { subscriptionSegmentOf } from '../model/references.js'
import { AZAPI_RESOURCE } from '../model/resource-types.js'
import { knownSubscription, missingSubscription, providerAddress, providerConfiguration, runsAgainstOf, type ProviderConfiguration } from './providers.js'
import type { ResourceInstance } from './resources.js'
import type { Session } from './session.js'

/**
 * The subscription a resource is deployed to, as the model says it (AzureScope): `subscription` undefined for
 * the one Terraform runs against (absent), else known or unresolved, with the handle of the provider
 * configuration it comes from when it is unresolved (two resources of one configuration share it).
 */
export type ResourceSubscription = ProviderConfiguration

const RUNS_AGAINST: ResourceSubscription = Object.freeze({ subscription: undefined })

/** The segment a synthetic ID gives the subscription Terraform runs against (runtime/resources.ts). */
export const OWN_SUBSCRIPTION = '{subscription}'

/**
 * An azurerm resource's subscription: its provider configuration's (`provider = azurerm.spoke`, else the
 * module's default `azurerm`, passed down through module calls as Terraform passes it).
 */
export function providerSubscription(instance: ResourceInstance): ResourceSubscription {
  const { declaration, module } = instance
  const written = declaration.block.body.attributes.get('provider')
  const at = locationOf(written?.file ?? declaration.file, written?.pos ?? declaration.block.pos)
  const address = written === undefined ? declaration.type.slice(0, declaration.type.indexOf('_')) : providerAddress(written.expression)
  if (address === undefined) {
    return { subscription: unresolved(at, 'its provider argument names a provider configuration in a form that is not read (an instance key)') }
  }
  const configuration = providerConfiguration(module, address)
  if ('missing' in configuration) return { subscription: missingSubscription(configuration, at), handle: configuration.handle }
  return configuration.subscription === undefined && configuration.runsAgainst === undefined ? RUNS_AGAINST : configuration
}

/**
 * An azapi resource's subscription: the one its `parent_id` starts with (`/subscriptions/<id>/...`; absent when it is
 * the root's default provider configuration's, as that one's resources are, providers.ts `knownSubscription`). A parent built
 * from a declared resource's ID carries that resource's (runtime/resources.ts: known, `{subscription}` for the one
 * Terraform runs against, or a placeholder of a configuration whose subscription is not known); a `parent_id`
 * that could not be evaluated names a subscription that could not be either; one outside any subscription names none.
 */
export function parentSubscription(instance: ResourceInstance, parent: Sourced<string>): ResourceSubscription {
  if (parent.origin === 'absent') return RUNS_AGAINST
  if (parent.value === undefined) return { subscription: parent }
  const second = subscriptionSegmentOf(parent.value)
  if (second === undefined) return RUNS_AGAINST
  if (second === OWN_SUBSCRIPTION) return runsAgainstOf(instance.module)
  if (!second.startsWith('{')) return knownSubscription(instance.module, { ...parent, value: keptText(second) })
  const placed = instance.module.session.subscriptionOfPlaceholder(second)
  if (placed !== undefined) return placed
  return { subscription: unresolved(parent.location, `its parent_id names a subscription that is not known (${second})`) }
}

/** The subscription of a resource instance, whatever its type. */
export function subscriptionOf(instance: ResourceInstance, parent: () => Sourced<string>): ResourceSubscription {
  return instance.declaration.type === AZAPI_RESOURCE ? parentSubscription(instance, parent()) : providerSubscription(instance)
}

/** The subscription segment of a synthetic ID for a resource deployed to `subscription`. */
export function subscriptionSegment(instance: ResourceInstance, placed: ResourceSubscription): string {
  return subscriptionSegmentIn(instance.module.session, placed)
}

/** The same for a resource a registry module call deploys (known-modules/), which has no instance of its own. */
export function subscriptionSegmentIn(session: Pick<Session, 'subscriptionPlaceholder'>, placed: ResourceSubscription): string {
  const subscription = placed.subscription
  if (subscription === undefined) return OWN_SUBSCRIPTION
  // A value that cannot be one segment of an ID stands in as a placeholder too.
  if (subscription.value !== undefined && !/[/{]/.test(subscription.value)) return subscription.value
  return session.subscriptionPlaceholder(placed)
}
