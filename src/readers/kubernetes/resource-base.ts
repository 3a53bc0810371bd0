import { VMSS_TYPE, VM_TYPE } from '../../model/identity.js'
import type { ResourceIdentity, VirtualMachine } from '../../model/resources.js'
import { known, type SourceLocation, type Sourced } from '../../model/source.js'
import { child, isSeq, nodeAt, scalarText } from '../../yaml/nodes.js'
import { locate } from '../../yaml/sourced.js'
import { azureScope, deploymentUnit } from '../shared/units.js'
import type { Manifest } from './manifests.js'
import type { ConfiguredSubscription } from './provider-config.js'

/** The fields every resource of the model shares. */
export type ResourceBaseFields = Pick<
  VirtualMachine,
  'format' | 'identity' | 'displayName' | 'reportAt' | 'declaredAt' | 'related' | 'variant' | 'deployed' | 'unit' | 'scope'
  | 'observedOnly' | 'paused'
>

export function resourceBase(manifest: Manifest, identity: ResourceIdentity, configured?: ConfiguredSubscription): ResourceBaseFields {
  // A pause holds a plan back (a paused assignment may not exist, or keeps in Azure what it had), but a paused VM is
  // almost always one that exists: it is judged as written, never as not deployed (that turned its run green).
  const paused = identity.type === VM_TYPE || identity.type === VMSS_TYPE ? undefined : pausedAt(manifest)
  // A copy a kustomize build renamed is that build's deployment: its variant, its environment (two builds, and a base
  // as written, are alternative deployments), and related to the lines that rename it, so a change to them counts it.
  const build = manifest.built?.build.folder
  const environment = build ?? (manifest.besideBuilds ? '' : undefined)
  const base: ResourceBaseFields = {
    format: 'kubernetes',
    identity,
    // Kubernetes resolves references by name inside a namespace, or the cluster for cluster-scoped objects.
    unit:
      manifest.namespace === ''
        ? deploymentUnit('kubernetes-cluster', 'kubernetes:cluster', manifest.at, undefined, environment)
        : deploymentUnit('kubernetes-namespace', `kubernetes:${manifest.namespace}`, manifest.at, undefined, environment),
    scope: azureScope(identity.resourceGroup, manifest.at, undefined, configured?.subscription, configured?.handle),
    displayName: identity.name ?? identity.symbol ?? manifest.name,
    reportAt: manifest.at,
    declaredAt: manifest.at,
    related: manifest.built === undefined ? [] : manifest.built.renamings.map(({ at }) => ({ file: at.file, startLine: at.line, role: 'kustomization' })),
    variant: build ?? '',
    deployed: deployed(manifest, paused)
  }
  // Only an observe-only or paused object carries the field: the others keep the shape every resource has.
  const observed = observedOnly(manifest)
  if (observed === undefined && paused === undefined) return base
  return { ...base, ...(observed && { observedOnly: observed }), ...(paused && { paused: paused.at }) }
}

const ASO_RECONCILE_POLICY = 'serviceoperator.azure.com/reconcile-policy'
const CROSSPLANE_PAUSED = 'crossplane.io/paused'
const MANAGEMENT_POLICIES = 'managementPolicies'
const CHANGING_POLICIES = new Set(['*', 'Create', 'Update'])

/** What pauses a Crossplane object (`deployed.detail` names it) and where it is written. */
interface Pause {
  readonly by: typeof CROSSPLANE_PAUSED | typeof MANAGEMENT_POLICIES
  readonly at: SourceLocation
}

/**
 * Whether applying the manifest changes Azure. ASO's `reconcile-policy: skip` and a Crossplane
 * `managementPolicies` list without `Create`, `Update` or `*` (observe-only) only watch a resource; a
 * paused Crossplane object (`crossplane.io/paused: "true"`, or `managementPolicies: []`) is not reconciled at all.
 */
function deployed(manifest: Manifest, paused: Pause | undefined): Sourced<boolean> {
  if (manifest.flavour === 'aso') {
    // ASO's ParseReconcilePolicy compares exactly: any other value (`Skip`) is the default, manage, with an error event.
    if (manifest.annotations.get(ASO_RECONCILE_POLICY) === 'skip') return known(false, annotationAt(manifest, ASO_RECONCILE_POLICY), 'literal', ASO_RECONCILE_POLICY)
    return known(true, manifest.at)
  }
  if (paused !== undefined) return known(false, paused.at, 'literal', paused.by)
  const observed = observedOnly(manifest)
  if (observed !== undefined) return known(false, observed, 'literal', MANAGEMENT_POLICIES)
  return known(true, manifest.at)
}

/**
 * Where a Crossplane object's `managementPolicies` leave out Create, Update and `*` (`["Observe"]`): Crossplane
 * only observes the resource, which exists in Azure with its own settings, whatever the manifest writes. An empty
 * list observes nothing either: it is a pause (pausedAt).
 */
function observedOnly(manifest: Manifest): SourceLocation | undefined {
  if (manifest.flavour === 'aso') return undefined
  const policies = managementPolicies(manifest)
  if (!isSeq(policies) || policies.items.length === 0) return undefined
  if (policies.items.some(item => CHANGING_POLICIES.has(scalarText(item) ?? ''))) return undefined
  return locate(manifest.file, policies)
}

/**
 * What pauses a Crossplane object: crossplane-runtime's `meta.IsPaused` is the annotation set to exactly "true"
 * (the managed reconciler then returns at once, event `ReconciliationPaused`), so "True" or "false" pause nothing.
 * Written unquoted (`true`, a YAML boolean) it pauses too: the API server refuses a non-string annotation, so the
 * object is not applied either way. An empty `managementPolicies` list is the same pause (the reconciler's
 * `policy.IsPaused()`, "Alternative to setting the pause annotation"), not an observe-only object: read as one,
 * a paused hotpatch VM passed as not deployed. ASO reads neither.
 */
function pausedAt(manifest: Manifest): Pause | undefined {
  if (manifest.flavour === 'aso') return undefined
  if (manifest.annotations.get(CROSSPLANE_PAUSED) === 'true') return { by: CROSSPLANE_PAUSED, at: annotationAt(manifest, CROSSPLANE_PAUSED) }
  const policies = managementPolicies(manifest)
  if (isSeq(policies) && policies.items.length === 0) return { by: MANAGEMENT_POLICIES, at: locate(manifest.file, policies) }
  return undefined
}

const managementPolicies = (manifest: Manifest) => child(child(manifest.root, 'spec'), MANAGEMENT_POLICIES)

/** Where an annotation's value is written (the object's first line when it cannot be found). */
function annotationAt(manifest: Manifest, key: string): SourceLocation {
  const node = nodeAt(manifest.root, ['metadata', 'annotations', key])
  return node ? locate(manifest.file, node) : manifest.at
}
