import type { ParseError } from '../../model/resources.js'
import type { SourceLocation } from '../../model/source.js'
import { child, isMap, isSeq, scalarText, type YamlMap, type YamlNode } from '../../yaml/nodes.js'
import type { YamlParseResult } from '../../yaml/parse.js'
import { locate } from '../../yaml/sourced.js'
import { AZURE_GROUP } from './claims.js'
import type { BuiltFile } from './built-file.js'

/**
 * Which controller reconciles a manifest: Azure Service Operator v2 (`*.azure.com`, namespaced),
 * Crossplane provider-upjet-azure cluster-scoped (`*.azure.upbound.io`) or namespaced
 * (`*.azure.m.upbound.io`, Crossplane v2). References only resolve within one flavour.
 */
export type Flavour = 'aso' | 'crossplane' | 'crossplane-namespaced'

/** One Kubernetes object of an Azure API group, with what references and identities need. */
export interface Manifest {
  readonly file: string
  readonly root: YamlMap
  readonly group: string
  readonly version: string
  readonly kind: string
  readonly flavour: Flavour
  /** `metadata.name`, as the kustomize build it is read in renames it (`built`). */
  readonly name: string
  /** `metadata.name` as the file writes it. */
  readonly writtenName: string
  /** The kustomize build that deploys this copy of the object under another name; unset: the object as written. */
  readonly built?: BuiltFile
  /**
   * Set on the object as written of a file that a kustomization which renames also builds: the deployment of its base
   * as written, an alternative to the builds (DeploymentUnit.environment '').
   */
  readonly besideBuilds?: true
  /** `metadata.namespace` (`default` when unset); empty for cluster-scoped Crossplane objects. */
  readonly namespace: string
  readonly labels: ReadonlyMap<string, string>
  readonly annotations: ReadonlyMap<string, string>
  /** The object's first line (its first key). */
  readonly at: SourceLocation
  /** The `kind:` value. */
  readonly kindAt: SourceLocation
}

/** The objects of the Azure groups in one parsed file; the items of a List count as objects. */
export function collectManifests(
  file: string,
  parsed: YamlParseResult
): { manifests: Manifest[]; errors: ParseError[] } {
  const manifests: Manifest[] = []
  const errors: ParseError[] = []
  for (const document of parsed.documents) {
    const root = document.root
    const list = isMap(root) && isListKind(root) ? child(root, 'items') : undefined
    const items = isSeq(list) ? list.items : [root]
    for (const item of items) {
      if (!isMap(item)) continue
      const result = readObject(file, item)
      if (result === undefined) continue
      if ('message' in result) errors.push(result)
      else manifests.push(result)
    }
  }
  return { manifests, errors }
}

/** A List (`kind: List`, `WindowsVirtualMachineList`), or `items:` beside an `apiVersion:` and no `kind:` (a List whose kind was cut). */
const isListKind = (root: YamlMap): boolean => {
  const kind = child(root, 'kind')
  if (kind === undefined) return root.byKey.has('apiVersion') && isSeq(child(root, 'items'))
  return scalarText(kind)?.endsWith('List') === true
}

function readObject(file: string, root: YamlMap): Manifest | ParseError | undefined {
  const apiVersion = scalarText(child(root, 'apiVersion'))
  const kindNode = child(root, 'kind')
  const kind = scalarText(kindNode)
  if (apiVersion === undefined || kind === undefined || kindNode === undefined) return undefined
  const slash = apiVersion.indexOf('/')
  const group = slash < 0 ? '' : apiVersion.slice(0, slash).toLowerCase()
  if (!AZURE_GROUP.test(group)) return undefined
  const flavour: Flavour = group.endsWith('.azure.com')
    ? 'aso'
    : group.endsWith('azure.m.upbound.io')
      ? 'crossplane-namespaced'
      : 'crossplane'

  const metadata = child(root, 'metadata')
  const name = scalarText(child(metadata, 'name'))
  if (name === undefined || name === '') {
    const at = metadata ?? kindNode
    return {
      file,
      line: at.start.line,
      column: at.start.column,
      message: `${kind} ${apiVersion}: expected metadata.name (a string); the object is not read`,
      severity: 'error'
    }
  }
  const namespace = flavour === 'crossplane' ? '' : (scalarText(child(metadata, 'namespace')) ?? 'default')
  return {
    file,
    root,
    group,
    version: apiVersion.slice(slash + 1),
    kind,
    flavour,
    name,
    writtenName: name,
    namespace,
    labels: stringEntries(child(metadata, 'labels')),
    annotations: stringEntries(child(metadata, 'annotations')),
    at: locate(file, root.start),
    kindAt: locate(file, kindNode)
  }
}

function stringEntries(node: YamlNode | undefined): ReadonlyMap<string, string> {
  const entries = new Map<string, string>()
  if (!isMap(node)) return entries
  for (const entry of node.entries) {
    const text = scalarText(entry.value)
    if (text !== undefined) entries.set(entry.key, text)
  }
  return entries
}

/** The object as a kustomize build deploys it: renamed (kustomize's prefixsuffix filter rewrites every `metadata.name`). */
export const builtManifest = (manifest: Manifest, built: BuiltFile): Manifest => ({
  ...manifest,
  name: `${built.prefix}${manifest.name}${built.suffix}`,
  built
})
