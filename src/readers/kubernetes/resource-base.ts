import type { ResourceIdentity, VirtualMachine } from '../../model/resources.js'
import { known, type SourceLocation, type Sourced } from '../../model/source.js'
import { child, isSeq, nodeAt, scalarText } from '../../yaml/nodes.js'
import { locate } from '../../yaml/sourced.js'
import { azureScope, deploymentUnit } from '../shared/units.js'
import type { Manifest } from './manifests.js'

/** The fields every resource of the model shares. */
export type ResourceBaseFields = Pick<
  VirtualMachine,
  'format' | 'identity' | 'displayName' | 'reportAt' | 'declaredAt' | 'related' | 'variant' | 'deployed' | 'unit' | 'scope' | 'observedOnly'
>

export function resourceBase(manifest: Manifest, identity: ResourceIdentity): ResourceBaseFields {
  const base: ResourceBaseFields = {
    format: 'kubernetes',
    identity,
    // Kubernetes resolves references by name inside a namespace, or the cluster for cluster-scoped objects.
    unit:
      manifest.namespace === ''
        ? deploymentUnit('kubernetes-cluster', 'kubernetes:cluster', manifest.at)
        : deploymentUnit('kubernetes-namespace', `kubernetes:${manifest.namespace}`, manifest.at),
    scope: azureScope(identity.resourceGroup, manifest.at),
    displayName: identity.name ?? identity.symbol ?? manifest.name,
    reportAt: manifest.at,
    declaredAt: manifest.at,
    related: [],
    variant: '',
    deployed: deployed(manifest)
  }
  // Only an observe-only object carries the field: the others keep the shape every resource has.
  const observed = observedOnly(manifest)
  return observed === undefined ? base : { ...base, observedOnly: observed }
}

const ASO_RECONCILE_POLICY = 'serviceoperator.azure.com/reconcile-policy'
const CHANGING_POLICIES = new Set(['*', 'Create', 'Update'])

/**
 * Whether applying the manifest changes Azure. ASO's `reconcile-policy: skip` and a Crossplane
 * `managementPolicies` list without `Create`, `Update` or `*` (observe-only) only watch a resource.
 */
function deployed(manifest: Manifest): Sourced<boolean> {
  if (manifest.flavour === 'aso') {
    const policy = manifest.annotations.get(ASO_RECONCILE_POLICY)
    if (policy?.toLowerCase() === 'skip') {
      const node = nodeAt(manifest.root, ['metadata', 'annotations', ASO_RECONCILE_POLICY])
      return known(false, node ? locate(manifest.file, node) : manifest.at, 'literal', ASO_RECONCILE_POLICY)
    }
    return known(true, manifest.at)
  }
  const observed = observedOnly(manifest)
  if (observed !== undefined) return known(false, observed, 'literal', 'managementPolicies')
  return known(true, manifest.at)
}

/**
 * Where a Crossplane object's `managementPolicies` leave out Create, Update and `*` (`["Observe"]`): Crossplane
 * only observes the resource, which exists in Azure with its own settings, whatever the manifest writes.
 */
function observedOnly(manifest: Manifest): SourceLocation | undefined {
  if (manifest.flavour === 'aso') return undefined
  const policies = child(child(manifest.root, 'spec'), 'managementPolicies')
  if (!isSeq(policies) || policies.items.some(item => CHANGING_POLICIES.has(scalarText(item) ?? ''))) return undefined
  return locate(manifest.file, policies)
}
