import { child, isMap, isSeq, type YamlNode } from '../../yaml/nodes.js'
import type { Manifest } from './manifests.js'

/**
 * How provider-upjet-azure's CRDs want a Terraform block the reader reads: a list of one object (`[{...}]`) or an
 * object. The API server validates an object against its version's structural schema and rejects one that writes a
 * block in the other shape: that object is never created.
 */
export type BlockShape = 'list' | 'object'

/** A block read as its version wants it: its object (or nothing written), or why it cannot be read as written. */
export type VersionBlock =
  | { readonly node: YamlNode | undefined; readonly problem?: undefined }
  | { readonly node?: undefined; readonly problem: ShapeProblem }

export interface ShapeProblem {
  /** The block's path under `forProvider` (`installPatches.windows`). */
  readonly path: string
  /** Where the block is written. */
  readonly node: YamlNode
  /** `spec.forProvider.window is a list of one object where the maintenance.azure.upbound.io/v1beta2 MaintenanceConfiguration CRD wants an object`. */
  readonly text: string
  /** The version is one whose CRD the gate does not know: the shape it wants is not known either. */
  readonly unknownVersion: boolean
}

/** Blocks by their path under `forProvider`, and the shape each wants, in one CRD version. */
type Shapes = ReadonlyMap<string, BlockShape>

// Upjet's v1beta1 (cluster group) writes every MaxItems=1 block as a list; v1beta2 and the namespaced group's v1beta1
// write the top-level ones as objects (package/crds/*.yaml of crossplane-contrib/provider-upjet-azure). The nested
// `installPatches.windows` stays a list in every version; `properties` is a map of strings in every version.
const CONFIGURATION_LISTS: Shapes = new Map([
  ['window', 'list'],
  ['installPatches', 'list'],
  ['installPatches.windows', 'list'],
  ['properties', 'object']
])
const CONFIGURATION_OBJECTS: Shapes = new Map([
  ['window', 'object'],
  ['installPatches', 'object'],
  ['installPatches.windows', 'list'],
  ['properties', 'object']
])
const COMPUTE_LISTS: Shapes = new Map([
  ['sourceImageReference', 'list'],
  ['osProfile', 'list'],
  ['osProfile.windowsConfiguration', 'list'],
  ['osProfile.linuxConfiguration', 'list']
])
const COMPUTE_OBJECTS: Shapes = new Map([
  ['sourceImageReference', 'object'],
  ['osProfile', 'object'],
  ['osProfile.windowsConfiguration', 'object'],
  ['osProfile.linuxConfiguration', 'object']
])

/** The versions each group serves, by service (`maintenance`, `compute`) and version. */
const SHAPES: ReadonlyMap<string, Shapes> = new Map([
  ['crossplane maintenance v1beta1', CONFIGURATION_LISTS],
  ['crossplane maintenance v1beta2', CONFIGURATION_OBJECTS],
  ['crossplane-namespaced maintenance v1beta1', CONFIGURATION_OBJECTS],
  ['crossplane compute v1beta1', COMPUTE_LISTS],
  ['crossplane compute v1beta2', COMPUTE_OBJECTS],
  ['crossplane-namespaced compute v1beta1', COMPUTE_OBJECTS]
])

const shapesOf = (manifest: Manifest): Shapes | undefined =>
  SHAPES.get(`${manifest.flavour} ${manifest.group.slice(0, manifest.group.indexOf('.'))} ${manifest.version}`)

const described = (shape: BlockShape): string => (shape === 'list' ? 'a list of one object' : 'an object')

/**
 * The block written at `node` (path `path` under `forProvider` or `initProvider`, `where` names which) as the object's
 * version wants it. Anything but a list or a map (unset, null, a scalar) reads as nothing written, as before.
 */
export function versionBlock(manifest: Manifest, path: string, node: YamlNode | undefined, where = 'forProvider'): VersionBlock {
  const written: BlockShape | undefined = isSeq(node) ? 'list' : isMap(node) ? 'object' : undefined
  if (node === undefined || written === undefined) return { node: undefined }
  const wanted = shapesOf(manifest)?.get(path)
  const what = `${manifest.group}/${manifest.version} ${manifest.kind}`
  const field = `spec.${where}.${path}`
  if (wanted === undefined) {
    const text = `${field} is written in ${what}, a version whose CRD the gate does not know: whether the API server takes it as ${described(written)} is not known`
    return { problem: { path, node, text, unknownVersion: true } }
  }
  if (written !== wanted) {
    const text = `${field} is ${described(written)} where the ${what} CRD wants ${described(wanted)}`
    return { problem: { path, node, text, unknownVersion: false } }
  }
  return { node: isSeq(node) ? node.items[0] : node }
}

const PROVIDER_FIELDS = ['forProvider', 'initProvider'] as const

/**
 * The first of `paths` (parents before their nested blocks) that the object writes, under `forProvider` or
 * `initProvider`, in a shape its version does not take; undefined when every one is as its CRD wants it, so reading
 * either shape reads it right.
 */
export function shapeProblem(manifest: Manifest, paths: readonly string[]): ShapeProblem | undefined {
  const spec = child(manifest.root, 'spec')
  for (const where of PROVIDER_FIELDS) {
    const provider = child(spec, where)
    if (provider === undefined) continue
    for (const path of paths) {
      const dot = path.lastIndexOf('.')
      const parent = dot < 0 ? provider : blockAt(manifest, provider, path.slice(0, dot), where)
      const read = versionBlock(manifest, path, child(parent, path.slice(dot + 1)), where)
      if (read.problem !== undefined) return read.problem
    }
  }
  return undefined
}

/** The block at a path already checked (its parents come first in `paths`). */
function blockAt(manifest: Manifest, provider: YamlNode, path: string, where: string): YamlNode | undefined {
  let node: YamlNode | undefined = provider
  let walked = ''
  for (const key of path.split('.')) {
    walked = walked === '' ? key : `${walked}.${key}`
    node = versionBlock(manifest, walked, child(node, key), where).node
  }
  return node
}
