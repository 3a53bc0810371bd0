import { known, type Sourced } from '../../model/source.js'
import { child, scalarText } from '../../yaml/nodes.js'
import { locate } from '../../yaml/sourced.js'
import type { ManifestIndex } from './manifest-index.js'
import type { Manifest } from './manifests.js'

/** The subscription a Crossplane object deploys to through its ProviderConfig, and the config's handle. */
export interface ConfiguredSubscription {
  /** `spec.subscriptionID`, when the ProviderConfig writes it. */
  readonly subscription?: Sourced<string>
  /** Names the ProviderConfig: objects deployed through it share its subscription, written or not. */
  readonly handle: string
}

/**
 * The subscription of the ProviderConfig a Crossplane object's `spec.providerConfigRef` names, when the scan holds
 * exactly that one: its `spec.subscriptionID` (provider-upjet-azure's `ProviderConfigSpec.SubscriptionID`; unset, the
 * credentials' subscription, not in the manifests). A namespaced object's `ProviderConfig` is of its namespace, a
 * `ClusterProviderConfig` of the cluster. Without it, an assignment by a resource ID of one subscription counted for
 * a VM its ProviderConfig deploys to another (a false pass). Only a written reference is followed: its name links the
 * object's file and the config's into one unit (units.ts), so the config is read whatever the files' layout; the
 * implicit `default` would be found only when both sit in one file, and the verdict must not depend on that.
 */
export function configuredSubscription(manifest: Manifest, index: ManifestIndex): ConfiguredSubscription | undefined {
  if (manifest.flavour === 'aso') return undefined
  const reference = child(child(manifest.root, 'spec'), 'providerConfigRef')
  const name = scalarText(child(reference, 'name'))
  if (name === undefined || name === '') return undefined
  const namespaced = manifest.flavour === 'crossplane-namespaced'
  const group = namespaced ? 'azure.m.upbound.io' : 'azure.upbound.io'
  // Crossplane v2's namespaced objects may name either kind; an unwritten kind is taken only when one alone is held.
  const written = scalarText(child(reference, 'kind'))
  const kinds = written !== undefined ? [written] : namespaced ? ['ProviderConfig', 'ClusterProviderConfig'] : ['ProviderConfig']
  const found = kinds.flatMap(kind =>
    index.ofName(manifest, group, kind, name).filter(config => kind !== 'ProviderConfig' || !namespaced || config.namespace === manifest.namespace)
  )
  const [config] = found
  if (config === undefined || found.length > 1) return undefined
  const handle = `kubernetes:${group}/${config.kind}/${config.namespace}/${config.name}`
  const node = child(child(config.root, 'spec'), 'subscriptionID')
  const subscription = scalarText(node)
  if (node === undefined || subscription === undefined || subscription === '') return { handle }
  return { subscription: known(subscription, locate(config.file, node)), handle }
}
