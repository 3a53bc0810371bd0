import type { ParseError, VirtualMachine } from '../../model/resources.js'
import type { Workspace } from '../../workspace/workspace.js'
import { child, isMap, scalarText } from '../../yaml/nodes.js'
import { parseYaml, type YamlParseResult } from '../../yaml/parse.js'
import { locate } from '../../yaml/sourced.js'
import { COMPOSITION_KIND, MAY_CARRY_HOTPATCH_SIGNAL } from './claims.js'
import { RENDER_AND_SCAN } from './compositions.js'
import { type ComposedBy, type Composes, compositionsComposing, composesVm, type GroupKind, groupKind, groupOf, isPlatformGroup } from './composition-reach.js'
import { unreadObject } from './unread-object.js'

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
  if (group !== undefined && !isPlatformGroup(group)) return false
  return MAY_CARRY_HOTPATCH_SIGNAL.test(document)
}

/**
 * The Crossplane claims and composite resources of a file (an object of a platform API, `platform.contoso.com
 * WindowsServer`) whose spec carries a hotpatch signal and whose kind may compose a VM, each an `indeterminate`
 * stand-in VM at the object, as a module call that is not read: its Composition is what declares the VM, and the gate
 * does not evaluate one (its patches or templates carry the object's values into the VM). It may compose one when no
 * Composition of the scan serves its kind (shipped in a Configuration package), or when one that does templates a VM
 * or scale set, or composes what the gate does not read. Before, a Composition of the scan silenced the object: its
 * template without a signal of its own was a notice, and `hotpatch: true` patched into it passed unseen. Without a
 * signal nothing is said: an object of another group is not the gate's business; nor when the Compositions of the
 * scan that serve its kind all template no VM (a database API with an `azure-edition` word).
 */
export function platformClaims(file: string, parsed: YamlParseResult, composedBy: () => ComposedBy): VirtualMachine[] {
  const vms: VirtualMachine[] = []
  for (const document of parsed.documents) {
    const root = document.root
    const apiVersion = isMap(root) ? scalarText(child(root, 'apiVersion')) : undefined
    const kind = scalarText(child(root, 'kind'))
    const group = groupOf(apiVersion) ?? ''
    const spec = child(root, 'spec')
    if (root === undefined || kind === undefined || !isPlatformGroup(group) || !isMap(spec)) continue
    const name = scalarText(child(child(root, 'metadata'), 'name')) ?? '?'
    const namespace = scalarText(child(child(root, 'metadata'), 'namespace')) ?? ''
    const stand = (whose: string): VirtualMachine | ParseError =>
      unreadObject({
        file,
        at: locate(file, root),
        node: spec,
        what: `${kind} ${name}`,
        symbol: `${file}#claim:${group}/${kind}/${namespace}/${name}`,
        namespace,
        compute: true,
        why: `${kind} ${name} (${apiVersion ?? ''}) is a Crossplane claim or composite resource whose ${whose}`,
        instead: '',
        judge: RENDER_AND_SCAN
      })
    // Without a signal the object is let be (avoid noise): asked first, as it reads no other file (the Compositions do).
    if ('message' in stand('')) continue
    const whose = composesVm(composedBy(), groupKind(group, kind))
    if (whose === undefined) continue
    const said = stand(whose)
    if (!('message' in said)) vms.push(said)
  }
  return vms
}

/** Per workspace, what its Compositions compose: every unit of a scan asks the same, and it is read once. */
const composedByWorkspace = new WeakMap<object, ComposedBy>()

/**
 * The Compositions of the workspace by the group and kind of the objects each serves: its `compositeTypeRef` (the
 * group of its `apiVersion`, its `kind`), and the claims (`spec.claimNames.kind`, in the XRD's `spec.group`) of the
 * CompositeResourceDefinitions that define those (`spec.group`, `spec.names.kind`). A kind alone says nothing: a
 * `WindowsServer` of another group is another API, which no Composition of the scan serves. Several Compositions may
 * serve one kind (an object picks one by `compositionRef` or labels): each is kept. Read lazily, when an object with
 * a hotpatch signal asks, and once per workspace (it lists and reads the whole workspace).
 */
export function workspaceCompositions(workspace: Pick<Workspace, 'list' | 'readText'>): ComposedBy {
  const known = composedByWorkspace.get(workspace)
  if (known !== undefined) return known
  const composedBy = readCompositions(workspace)
  composedByWorkspace.set(workspace, composedBy)
  return composedBy
}

function readCompositions(workspace: Pick<Workspace, 'list' | 'readText'>): ComposedBy {
  const composedBy = new Map<GroupKind, Composes[]>()
  const claimsOf = new Map<GroupKind, GroupKind>()
  for (const file of workspace.list()) {
    if (!/\.ya?ml$/i.test(file.path)) continue
    const text = workspace.readText(file.path)
    if (!text.ok || !(COMPOSITION_KIND.test(text.text) || /CompositeResourceDefinition/.test(text.text))) continue
    const parsed = parseYaml(text.text)
    for (const { serves, composes } of compositionsComposing(file.path, parsed)) {
      // Without a group it serves no object the scan can name (Crossplane requires one): a claim of it stands in.
      if (serves !== undefined) composedBy.set(serves, [...(composedBy.get(serves) ?? []), composes])
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
  // A claim is composed as its composite resource is.
  for (const [composite, claim] of claimsOf) {
    const compositions = composedBy.get(composite)
    if (compositions !== undefined) composedBy.set(claim, compositions)
  }
  return composedBy
}
