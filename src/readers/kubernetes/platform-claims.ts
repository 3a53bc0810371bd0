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
export function unservedPlatformClaims(file: string, parsed: YamlParseResult, served: () => ReadonlySet<string>): VirtualMachine[] {
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
    if (!('message' in said) && !served().has(kind)) vms.push(said)
  }
  return vms
}

/**
 * The kinds the Compositions of the scan serve: each one's `compositeTypeRef.kind`, and the claim kinds
 * (`spec.claimNames.kind`) of the CompositeResourceDefinitions that define those. Read once, and only when an object
 * with a hotpatch signal asks.
 */
export function servedKinds(workspace: Pick<Workspace, 'list' | 'readText'>): ReadonlySet<string> {
  const composites = new Set<string>()
  const claimsOf = new Map<string, string>()
  for (const file of workspace.list()) {
    if (!/\.ya?ml$/i.test(file.path)) continue
    const text = workspace.readText(file.path)
    if (!text.ok || !(COMPOSITION_KIND.test(text.text) || /CompositeResourceDefinition/.test(text.text))) continue
    const parsed = parseYaml(text.text)
    for (const { spec } of crossplaneCompositions(parsed)) {
      const kind = scalarText(child(child(spec, 'compositeTypeRef'), 'kind'))
      if (kind !== undefined) composites.add(kind)
    }
    for (const document of parsed.documents) {
      if (scalarText(child(document.root, 'kind')) !== 'CompositeResourceDefinition') continue
      const spec = child(document.root, 'spec')
      const composite = scalarText(child(child(spec, 'names'), 'kind'))
      const claim = scalarText(child(child(spec, 'claimNames'), 'kind'))
      if (composite !== undefined && claim !== undefined) claimsOf.set(composite, claim)
    }
  }
  const served = new Set(composites)
  for (const composite of composites) {
    const claim = claimsOf.get(composite)
    if (claim !== undefined) served.add(claim)
  }
  return served
}
