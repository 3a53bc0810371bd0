import { appendTo } from '../../model/group-by.js'
import { parseResourceId } from '../../model/identity.js'
import { keptText } from '../../model/intern.js'
import type { ResourceIdentity } from '../../model/resources.js'
import { child, isMap, isSeq, nodeAt, scalarText, type YamlNode } from '../../yaml/nodes.js'
import { folderOf } from '../../model/paths.js'
import { RenamedObjects, renamedReference, sees } from './built-names.js'
import type { Flavour, Manifest } from './manifests.js'

const EXTERNAL_NAME = 'crossplane.io/external-name'

/** What a reference may point at: the service of the API group (`compute`, `''` for the root group) and kinds. */
export interface TargetKinds {
  readonly service: string
  readonly kinds: readonly string[]
}

/** How a `<field>` / `<field>Ref` / `<field>Selector` triple was resolved. */
export type Resolution =
  | { readonly kind: 'value'; readonly node: YamlNode; readonly text: string }
  | { readonly kind: 'manifest'; readonly manifest: Manifest; readonly node: YamlNode; readonly field: string }
  | {
      readonly kind: 'unresolved'
      readonly node: YamlNode
      readonly reason: string
      /** Objects a selector matched when it matched several. */
      readonly candidates?: readonly Manifest[]
    }
  | { readonly kind: 'none' }

/**
 * Every Azure manifest of the scan, for Crossplane references and ASO owners. Resolution never
 * follows a chain (a target's own references are read as written), so it cannot loop.
 */
export class ManifestIndex {
  private readonly byGroupKind = new Map<string, Manifest[]>()
  /** `<group>/<kind>` then `<label>=<value>`: selectors look up, never scan. */
  private readonly byLabel = new Map<string, Manifest[]>()
  /** `<group>/<kind>` then the name: references by name look up, never scan (thousands of files name each other). */
  private readonly byName = new Map<string, Manifest[]>()
  /** Objects a kustomize build renamed: by `<group>/<kind>` and the name written, then by the Azure name written (lower case). */
  private readonly renamed = new RenamedObjects()
  /** Whether a kustomize build deploys some object: only then may a lookup find objects `from` cannot name (`sees`). */
  private kustomized = false

  constructor(manifests: readonly Manifest[]) {
    for (const manifest of manifests) {
      const key = `${manifest.group}/${manifest.kind}`
      appendTo(this.byGroupKind, key, manifest)
      appendTo(this.byName, `${key}\n${manifest.name}`, manifest)
      for (const [label, value] of manifest.labels) appendTo(this.byLabel, `${key}\n${label}=${value}`, manifest)
      if (manifest.built === undefined) continue
      this.kustomized = true
      this.renamed.add(manifest, this.azureNameAs(manifest, manifest.writtenName), this.azureName(manifest))
    }
  }

  /** Crossplane's `spec.forProvider` (else `spec.initProvider`) parameter. */
  parameter(manifest: Manifest, key: string): YamlNode | undefined {
    const spec = child(manifest.root, 'spec')
    return child(child(spec, 'forProvider'), key) ?? child(child(spec, 'initProvider'), key)
  }

  /**
   * Resolves a Crossplane reference field the way crossplane-runtime does: a value wins, then
   * `<field>Ref.name`, then `<field>Selector.matchLabels`. A selector matching several objects is
   * unresolved: Crossplane binds whichever it lists first that already exists. So is a name that several
   * objects outside the reference's folder declare (`boundByName`).
   */
  resolve(from: Manifest, field: string, target: TargetKinds): Resolution {
    const value = this.parameter(from, field)
    const text = scalarText(value)
    const ref = this.parameter(from, `${field}Ref`)
    const selector = this.parameter(from, `${field}Selector`)
    // crossplane-runtime resolves a field already set only under `policy.resolve: Always` (the selector's, when one
    // is written, else the reference's: ResolutionRequest.IsNoOp), and the reference's value then replaces it.
    const always = scalarText(nodeAt(selector ?? ref, ['policy', 'resolve'])) === 'Always'
    if (value !== undefined && text !== undefined && text !== '' && !always) return { kind: 'value', node: value, text }
    const refName = scalarText(child(ref, 'name'))
    if (ref !== undefined && refName !== undefined) {
      const namespace = scalarText(child(ref, 'namespace')) ?? from.namespace
      const named = this.named(from, target, refName).filter(m => this.sameNamespace(from, m, namespace))
      const found = boundByName(from, named)
      if (found !== undefined) return { kind: 'manifest', manifest: found, node: ref, field: `${field}Ref` }
      if (named.length > 1) {
        const names = named.map(m => symbolOf(m)).sort().join(', ')
        const reason =
          `${field}Ref "${refName}" names ${named.length} objects (${names}), none the only one in its own folder; ` +
          'the cluster holds one object of that name, whichever of them is applied'
        return { kind: 'unresolved', node: ref, reason, candidates: named }
      }
      const renamed = this.renamed.byName(from, groupOf(from.flavour, target.service), target.kinds, refName)
      const reason =
        renamed === undefined
          ? `${field}Ref "${refName}" names no ${kindList(target)} in the scanned files`
          : renamedReference(`${field}Ref "${refName}"`, renamed)
      return { kind: 'unresolved', node: ref, reason }
    }
    if (selector !== undefined) return this.select(from, selector, field, target)
    return { kind: 'none' }
  }

  /** The Azure name: ASO `spec.azureName`, Crossplane external name or `forProvider.name`, else `metadata.name`. */
  azureName(manifest: Manifest): string {
    return this.azureNameAs(manifest, manifest.name)
  }

  /**
   * The object of `from`'s kustomize build that a resource ID of one of `kinds` names by the Azure name its file
   * writes, which the build renamed (`vm1`, deployed as `prod-vm1`).
   */
  renamedInBuild(from: Manifest, kinds: ReadonlySet<string>, azureName: string): Manifest | undefined {
    return this.renamed.byAzureName(from, kinds, azureName)
  }

  private azureNameAs(manifest: Manifest, name: string): string {
    if (manifest.flavour === 'aso') return scalarText(nodeAt(manifest.root, ['spec', 'azureName'])) || name
    const external = manifest.annotations.get(EXTERNAL_NAME)
    if (external !== undefined && external !== '') return parseResourceId(external)?.name ?? external
    return scalarText(this.parameter(manifest, 'name')) || name
  }

  /** The resource group name, when the manifests tell it. */
  resourceGroup(manifest: Manifest): string | undefined {
    if (manifest.flavour === 'aso') return this.asoOwner(manifest)
    const group = this.resolve(manifest, 'resourceGroupName', { service: '', kinds: ['ResourceGroup'] })
    if (group.kind === 'value') return group.text
    if (group.kind === 'manifest') return this.azureName(group.manifest)
    if (group.kind !== 'unresolved') return undefined
    // An unknown referenced group: its external name defaults to the referenced metadata.name.
    if (group.candidates === undefined) return scalarText(nodeAt(group.node, ['name']))
    // Several selected or named groups of one Azure name (the same group declared in several files) still name it.
    const names = new Set(group.candidates.map(candidate => this.azureName(candidate)))
    return names.size === 1 ? [...names][0] : undefined
  }

  /** The identity a resource's own manifest gives it; references to it carry the same symbol. */
  identity(manifest: Manifest, type: string): ResourceIdentity {
    const resourceGroup = this.resourceGroup(manifest)
    // Names are slices of the manifest's text (the symbol a concatenation of them): the model keeps copies.
    // One literal per set of fields: a spread gave each identity a hidden class of its own.
    const name = keptText(this.azureName(manifest))
    const symbol = keptText(symbolOf(manifest))
    return resourceGroup === undefined ? { type, name, symbol } : { type, name, symbol, resourceGroup: keptText(resourceGroup) }
  }

  /** The objects of one API group and kind named `name` (every namespace) that `from` can name. */
  ofName(from: Manifest, group: string, kind: string, name: string): readonly Manifest[] {
    return this.seenFrom(from, this.byName.get(`${group}/${kind}\n${name}`) ?? [])
  }

  /** Objects of the target kinds in the same flavour (Crossplane v1 and v2 groups never mix) that `from` can name. */
  candidates(from: Manifest, target: TargetKinds): Manifest[] {
    const group = groupOf(from.flavour, target.service)
    return this.seenFrom(from, target.kinds.flatMap(kind => this.byGroupKind.get(`${group}/${kind}`) ?? []))
  }

  /** The candidates of that name, in the order `candidates` lists them. */
  private named(from: Manifest, target: TargetKinds, name: string): Manifest[] {
    const group = groupOf(from.flavour, target.service)
    return this.seenFrom(from, target.kinds.flatMap(kind => this.byName.get(`${group}/${kind}\n${name}`) ?? []))
  }

  private seenFrom<T extends readonly Manifest[]>(from: Manifest, found: T): T | Manifest[] {
    return this.kustomized ? found.filter(m => sees(from, m)) : found
  }

  private select(from: Manifest, selector: YamlNode, field: string, target: TargetKinds): Resolution {
    const matchController = child(selector, 'matchControllerRef')
    const controller = matchController?.kind === 'scalar' && matchController.value === true ? controllerOf(from) : null
    if (controller === undefined) {
      // crossplane-runtime never takes two objects without a controller for objects of one controller.
      const reason =
        `${field}Selector sets matchControllerRef: true, which selects only objects of the same controller as ` +
        `${from.kind} ${from.name}, and it has none (no ownerReferences entry with controller: true): it selects nothing`
      return { kind: 'unresolved', node: matchController ?? selector, reason }
    }
    const labels = child(selector, 'matchLabels')
    if (!isMap(labels)) {
      const reason = `${field}Selector has no matchLabels; its target cannot be known`
      return { kind: 'unresolved', node: selector, reason }
    }
    const wanted = labels.entries.map(entry => [entry.key, scalarText(entry.value) ?? ''] as const)
    const group = groupOf(from.flavour, target.service)
    const [first] = wanted
    const pool =
      first === undefined
        ? this.candidates(from, target)
        : target.kinds.flatMap(kind => this.byLabel.get(`${group}/${kind}\n${first[0]}=${first[1]}`) ?? [])
    // crossplane-runtime v2's namespaced resolvers list candidates in the selector's namespace when it sets one.
    const namespace = scalarText(child(selector, 'namespace')) ?? from.namespace
    const found = pool.filter(
      m =>
        (!this.kustomized || sees(from, m)) &&
        this.sameNamespace(from, m, namespace) &&
        wanted.every(([key, value]) => m.labels.get(key) === value) &&
        (controller === null || controllerOf(m) === controller)
    )
    if (found.length === 1 && found[0] !== undefined) {
      return { kind: 'manifest', manifest: found[0], node: selector, field: `${field}Selector` }
    }
    if (found.length === 0) {
      const reason = `${field}Selector matches no ${kindList(target)} in the scanned files`
      return { kind: 'unresolved', node: selector, reason }
    }
    const names = found.map(m => symbolOf(m)).join(', ')
    const reason = `${field}Selector matches ${found.length} objects (${names}); Crossplane binds only one of them`
    return { kind: 'unresolved', node: selector, reason, candidates: found }
  }

  private sameNamespace(from: Manifest, to: Manifest, namespace: string): boolean {
    return from.flavour === 'crossplane' || to.namespace === namespace
  }

  private asoOwner(manifest: Manifest): string | undefined {
    const owner = nodeAt(manifest.root, ['spec', 'owner'])
    const armId = scalarText(child(owner, 'armId'))
    if (armId !== undefined) return /\/resourceGroups\/([^/]+)/i.exec(armId)?.[1]
    const name = scalarText(child(owner, 'name'))
    if (name === undefined) return undefined
    const groups = this.named(manifest, { service: 'resources', kinds: ['ResourceGroup'] }, name).filter(
      m => m.namespace === manifest.namespace
    )
    // ASO names the owner by its Kubernetes name, which is also its Azure name unless azureName says otherwise.
    if (groups.length === 0) return name
    const group = boundByName(manifest, groups)
    if (group !== undefined) return this.azureName(group)
    // Several of that name outside the owner's folder: known only when they all give one Azure name.
    const names = new Set(groups.map(candidate => this.azureName(candidate)))
    return names.size === 1 ? [...names][0] : undefined
  }
}

/**
 * The object a reference by name binds among the objects of that name and namespace: the only one, or the only
 * one in the referencing file's folder or below it (its own base or overlay). Several elsewhere (a base read by
 * two overlays that each declare it) are one object in the cluster, whichever is applied: none is chosen, so
 * that the result never depends on the order the files are read in.
 */
function boundByName(from: Manifest, named: readonly Manifest[]): Manifest | undefined {
  if (named.length <= 1) return named[0]
  const folder = folderOf(from.file)
  const own = named.filter(m => folder === '' || m.file.startsWith(`${folder}/`))
  return own.length === 1 ? own[0] : undefined
}

/**
 * The UID of the object's controller (its `metadata.ownerReferences` entry with `controller: true`), which
 * `matchControllerRef` compares; undefined for an object without one (a manifest written by hand).
 */
function controllerOf(manifest: Manifest): string | undefined {
  const owners = nodeAt(manifest.root, ['metadata', 'ownerReferences'])
  if (!isSeq(owners)) return undefined
  const controller = owners.items.find(owner => {
    const flag = child(owner, 'controller')
    return flag?.kind === 'scalar' && flag.value === true
  })
  return scalarText(child(controller, 'uid')) || undefined
}

/**
 * `<file>#<kind>/<namespace>/<name>`, or `<file>#<kind>/<name>` for cluster-scoped objects; `@<folder>` after it
 * for a copy a kustomize build renamed (two overlays may give one object the same name).
 */
export const symbolOf = (m: Manifest): string => {
  const symbol = m.namespace === '' ? `${m.file}#${m.kind}/${m.name}` : `${m.file}#${m.kind}/${m.namespace}/${m.name}`
  return m.built === undefined ? symbol : `${symbol}@${m.built.build.folder}`
}

/**
 * The services whose objects the reader reads again after collecting them: those lookups return (resource
 * groups, VMs, maintenance configurations; `resolve`, `resourceGroup`, `asoOwner`) and those it models.
 */
const LOOKED_UP_SERVICES: ReadonlySet<string> = new Set(['', 'resources', 'compute', 'maintenance'])

/**
 * Whether a manifest can matter after it is collected: no lookup returns, and no resource is built from,
 * an object of another service (a network, a storage account: most of a provider's examples). Indexed,
 * each held its file's parse tree until the last file of its unit was read.
 */
export function isLookedUp(manifest: Manifest): boolean {
  const suffix = groupOf(manifest.flavour, '')
  const service = manifest.group === suffix ? '' : manifest.group.slice(0, manifest.group.length - suffix.length - 1)
  return LOOKED_UP_SERVICES.has(service)
}

function groupOf(flavour: Flavour, service: string): string {
  const suffix = flavour === 'aso' ? 'azure.com' : flavour === 'crossplane' ? 'azure.upbound.io' : 'azure.m.upbound.io'
  return service === '' ? suffix : `${service}.${suffix}`
}

const kindList = (target: TargetKinds): string => target.kinds.join(' or ')
