import type { VirtualMachine } from '../../model/resources.js'
import type { Workspace } from '../../workspace/workspace.js'
import { child, isMap, scalarText } from '../../yaml/nodes.js'
import { parseYaml, type YamlParseResult } from '../../yaml/parse.js'
import { locate } from '../../yaml/sourced.js'
import { AZURE_GROUP, COMPOSITION_KIND, MAY_CARRY_HOTPATCH_SIGNAL } from './claims.js'
import { crossplaneCompositions, RENDER_AND_SCAN } from './compositions.js'
import { unreadObject } from './unread-object.js'

/** Groups whose objects are no claim of a platform API: Kubernetes', Crossplane's, the providers'. */
const NO_PLATFORM_GROUP = /(?:^|\.)(?:k8s\.io|crossplane\.io|upbound\.io|azure\.com|fluxcd\.io|cert-manager\.io)$/

/** A document's top-level `apiVersion` group (`platform.contoso.com` of `platform.contoso.com/v1alpha1`). */
const TOP_LEVEL_GROUP = /^["']?apiVersion["']?[ \t]*:[ \t]*["']?([^/\s"']+)\//m

/**
 * Whether a document of another group than the reader's may be such a claim, before parsing it: it holds a hotpatch
 * word, and its group (when its text shows one) is a platform API's. A CustomResourceDefinition (`apiextensions.k8s.io`)
 * of a provider's WindowsVirtualMachine names `hotpatchingEnabled` in its schema; parsing every such 60-250 KB document
 * for it doubled the time of a provider repository's scan (bench/operator.mjs: 0.79 to 1.60 times its floor).
 */
export function mayBePlatformClaim(document: string): boolean {
  const group = TOP_LEVEL_GROUP.exec(document)?.[1]?.toLowerCase()
  if (group !== undefined && (!group.includes('.') || AZURE_GROUP.test(group) || NO_PLATFORM_GROUP.test(group))) return false
  return MAY_CARRY_HOTPATCH_SIGNAL.test(document)
}

/**
 * The Crossplane claims and composite resources of a file (an object of a platform API, `platform.contoso.com
 * WindowsServer`) that no Composition in the scan serves and whose spec carries a hotpatch signal, each an
 * `indeterminate` stand-in VM at the object, as a module call that is not read: its Composition (shipped in a
 * Configuration package) is what declares the VM. They passed without a word. Without a signal nothing is said: an
 * object of another group is not the gate's business. A kind a Composition of the scan serves is left to it.
 */
export function unservedPlatformClaims(file: string, parsed: YamlParseResult, served: () => ReadonlySet<GroupKind>): VirtualMachine[] {
  const vms: VirtualMachine[] = []
  for (const document of parsed.documents) {
    const root = document.root
    const apiVersion = isMap(root) ? scalarText(child(root, 'apiVersion')) : undefined
    const kind = scalarText(child(root, 'kind'))
    const group = apiVersion?.includes('/') === true ? apiVersion.slice(0, apiVersion.indexOf('/')).toLowerCase() : ''
    const spec = child(root, 'spec')
    if (root === undefined || kind === undefined || !group.includes('.') || AZURE_GROUP.test(group) || NO_PLATFORM_GROUP.test(group) || !isMap(spec)) continue
    const name = scalarText(child(child(root, 'metadata'), 'name')) ?? '?'
    const namespace = scalarText(child(child(root, 'metadata'), 'namespace')) ?? ''
    const said = unreadObject({
      file,
      at: locate(file, root),
      node: spec,
      what: `${kind} ${name}`,
      symbol: `${file}#claim:${group}/${kind}/${namespace}/${name}`,
      namespace,
      compute: true,
      why: `${kind} ${name} (${apiVersion ?? ''}) is a Crossplane claim or composite resource whose Composition is not in the scan, so what it composes is not read`,
      instead: '',
      judge: RENDER_AND_SCAN
    })
    // Without a signal the object is let be (avoid noise); with one, and no Composition of the scan serving it, it stands in.
    if (!('message' in said) && !served().has(groupKind(group, kind))) vms.push(said)
  }
  return vms
}

/** An API group (lower-case) and a kind: `platform.contoso.com/WindowsServer`. */
export type GroupKind = `${string}/${string}`

const groupKind = (group: string, kind: string): GroupKind => `${group.toLowerCase()}/${kind}`

/** The group of an `apiVersion` (`platform.contoso.com` of `platform.contoso.com/v1alpha1`); undefined without one. */
const groupOf = (apiVersion: string | undefined): string | undefined =>
  apiVersion?.includes('/') === true ? apiVersion.slice(0, apiVersion.indexOf('/')) : undefined

/** Per workspace, what its Compositions serve: every unit of a scan asks the same, and it is read once. */
const servedByWorkspace = new WeakMap<object, ReadonlySet<GroupKind>>()

/**
 * The group and kind of every object the Compositions of the workspace serve: each one's `compositeTypeRef` (the
 * group of its `apiVersion`, its `kind`), and the claims (`spec.claimNames.kind`, in the XRD's `spec.group`) of the
 * CompositeResourceDefinitions that define those (`spec.group`, `spec.names.kind`). A kind alone says nothing: a
 * `WindowsServer` of another group is another API, which no Composition of the scan serves. Read lazily, when an
 * object with a hotpatch signal asks, and once per workspace (it lists and reads the whole workspace).
 */
export function servedGroupKinds(workspace: Pick<Workspace, 'list' | 'readText'>): ReadonlySet<GroupKind> {
  const known = servedByWorkspace.get(workspace)
  if (known !== undefined) return known
  const served = readServedGroupKinds(workspace)
  servedByWorkspace.set(workspace, served)
  return served
}

function readServedGroupKinds(workspace: Pick<Workspace, 'list' | 'readText'>): ReadonlySet<GroupKind> {
  const composites = new Set<GroupKind>()
  const claimsOf = new Map<GroupKind, GroupKind>()
  for (const file of workspace.list()) {
    if (!/\.ya?ml$/i.test(file.path)) continue
    const text = workspace.readText(file.path)
    if (!text.ok || !(COMPOSITION_KIND.test(text.text) || /CompositeResourceDefinition/.test(text.text))) continue
    const parsed = parseYaml(text.text)
    for (const { spec } of crossplaneCompositions(parsed)) {
      const ref = child(spec, 'compositeTypeRef')
      const group = groupOf(scalarText(child(ref, 'apiVersion')))
      const kind = scalarText(child(ref, 'kind'))
      // Without a group it serves no object the scan can name (Crossplane requires one): a claim of it stands in.
      if (group !== undefined && kind !== undefined) composites.add(groupKind(group, kind))
    }
    for (const document of parsed.documents) {
      if (scalarText(child(document.root, 'kind')) !== 'CompositeResourceDefinition') continue
      const spec = child(document.root, 'spec')
      const group = scalarText(child(spec, 'group'))
      const composite = scalarText(child(child(spec, 'names'), 'kind'))
      const claim = scalarText(child(child(spec, 'claimNames'), 'kind'))
      if (group !== undefined && composite !== undefined && claim !== undefined) claimsOf.set(groupKind(group, composite), groupKind(group, claim))
    }
  }
  const served = new Set(composites)
  for (const composite of composites) {
    const claim = claimsOf.get(composite)
    if (claim !== undefined) served.add(claim)
  }
  return served
}
