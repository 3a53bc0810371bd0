import type { Match } from '../../model/match.js'
import { absent, type SourceLocation, type Sourced } from '../../model/source.js'
import { child, scalarText } from '../../yaml/nodes.js'
import { locate } from '../../yaml/sourced.js'
import type { ProgramResource, ResourceCatalog } from './catalog.js'
import type { TermValues } from './values.js'

/** The resource type of an explicit azure-native provider (`type: pulumi:providers:azure-native`). */
const PROVIDER_TYPE = 'pulumi:providers:azure-native'

/** Parents followed to find an inherited provider, at most (a real program nests a few). */
const MAX_PARENTS = 32

/** A `${name}` that is the whole option value. */
const REFERENCE = /^\$\{([^}.[\]]+)\}$/

/** The stack setting the default azure-native provider takes its subscription from. */
const DEFAULT_SUBSCRIPTION = 'azure-native:subscriptionId'

/** The subscription an explicit provider deploys to: its `subscriptionId` as evaluated, and its handle. */
export interface ProviderSubscription {
  readonly subscription: Sourced<string>
  /** Names the provider resource: resources deployed through it share its subscription, evaluated or not. */
  readonly handle: string
}

/**
 * The subscription of the explicit azure-native provider a resource deploys through (`options.provider`, or its
 * `options.parent`'s, which a child inherits), or undefined for the default provider, whose subscription the program
 * does not write (the stack's `azure-native:subscriptionId`, see `defaultSubscription`, or the ambient credentials'). A provider that writes no
 * `subscriptionId` uses the same ambient one: undefined too. Without this, a dynamic scope made through a provider of
 * another subscription selected the default subscription's VMs (a false pass).
 */
export function providerSubscription(
  resource: ProgramResource,
  catalog: ResourceCatalog,
  values: TermValues,
  programFile: string
): ProviderSubscription | undefined {
  let current: ProgramResource | undefined = resource
  for (let depth = 0; current !== undefined && depth < MAX_PARENTS; depth++) {
    const options = child(current.entry.value, 'options')
    const provider = referenced(catalog, scalarText(child(options, 'provider')))
    if (provider !== undefined) return subscriptionOf(provider, catalog, values, programFile)
    current = referenced(catalog, scalarText(child(options, 'parent')))
  }
  return undefined
}

function subscriptionOf(
  provider: ProgramResource,
  catalog: ResourceCatalog,
  values: TermValues,
  programFile: string
): ProviderSubscription | undefined {
  if (scalarText(child(provider.entry.value, 'type')) !== PROVIDER_TYPE) return undefined
  const at: SourceLocation = locate(programFile, provider.entry.keyNode)
  const subscription = values.string(catalog.property(provider, ['subscriptionId']), at)
  if (subscription.origin === 'absent') return undefined
  return { subscription: subscription.value === '' ? absent(at) : subscription, handle: `${programFile}#provider.${provider.logicalName}` }
}

const referenced = (catalog: ResourceCatalog, text: string | undefined): ProgramResource | undefined => {
  const name = text === undefined ? undefined : REFERENCE.exec(text.trim())?.[1]
  return name === undefined ? undefined : catalog.resource(name)
}

/**
 * The subscription the default provider deploys to when the stack writes it (`azure-native:subscriptionId`): what
 * its deployment runs against (AzureScope.runsAgainst), so two that write different ones differ; undefined otherwise.
 */
export function defaultSubscription(catalog: ResourceCatalog, values: TermValues, at: SourceLocation): string | undefined {
  const written = values.string(catalog.config(DEFAULT_SUBSCRIPTION, at), at)
  return written.value === undefined || written.value === '' ? undefined : written.value
}

/**
 * Whether two resources of a program deploy to one subscription: through one provider (the default one, or the
 * same explicit one), or through two whose subscriptions are both known (a provider that writes none, and the
 * default provider, deploy to the stack's `azure-native:subscriptionId`); `unknown` when one is not known.
 */
export function sameProviderSubscription(a: ProgramResource, b: ProgramResource, program: ProgramProviders, at: SourceLocation): Match {
  const [x, y] = [a, b].map(resource => providerSubscription(resource, program.catalog, program.values, program.programFile))
  if (x?.handle === y?.handle) return 'yes'
  const [p, q] = [x, y].map(provider => deployedTo(provider, program, at))
  if (p === undefined || q === undefined) return 'unknown'
  return p.toLowerCase() === q.toLowerCase() ? 'yes' : 'no'
}

/** The subscription a resource deploying through `provider` (undefined: the default one) deploys to, when known. */
export function deployedTo(provider: ProviderSubscription | undefined, program: ProgramProviders, at: SourceLocation): string | undefined {
  if (provider === undefined || provider.subscription.origin === 'absent') return defaultSubscription(program.catalog, program.values, at)
  return provider.subscription.value
}

/** What the providers of a program are read with. */
export interface ProgramProviders {
  readonly catalog: ResourceCatalog
  readonly values: TermValues
  readonly programFile: string
}
