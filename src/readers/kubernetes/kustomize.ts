import type { ParseError, VirtualMachine } from '../../model/resources.js'
import type { Workspace } from '../../workspace/workspace.js'
import { child, isMap, isSeq, scalarText, type YamlNode } from '../../yaml/nodes.js'
import { parseYaml, type YamlParseResult } from '../../yaml/parse.js'
import { locate } from '../../yaml/sourced.js'
import { ASO_COMPUTE_KINDS } from './aso.js'
import { isComputeKind } from './compute-kinds.js'
import { KUSTOMIZATION_NAMES } from './kustomize-links.js'
import { CROSSPLANE_COMPUTE_KINDS } from './crossplane-compute.js'
import type { Manifest } from './manifests.js'
import { unreadObject } from './unread-object.js'


/** A kustomization file and the patch files it names, resolved in the workspace. */
interface Kustomization {
  readonly file: string
  readonly folder: string
  readonly patches: ReadonlySet<string>
}

/**
 * The folders each workspace's readers looked at: a unit's reader asked again about the folders above its files,
 * three kustomization names each, that the units before it had asked about (mixed bench tree: 1,135 units, nine
 * lookups each in folders of hundreds of files). What a folder holds does not change during a scan.
 */
const FOLDERS = new WeakMap<object, Map<string, Kustomization | null>>()

/**
 * The patch files of Kustomize overlays (`patches[].path`, `patchesStrategicMerge`) of the kustomization
 * files in a file's folder and the folders above it. A strategic-merge patch has an
 * object's `apiVersion`, `kind` and name but only the fields it changes: read as an object, it was a second
 * VM of unknown image beside its base. The gate does not apply patches (that is `kustomize build`).
 */
export class KustomizePatches {
  /** Each folder looked at, with its kustomization (null: none): shared by the units read from one workspace. */
  private readonly folders: Map<string, Kustomization | null>

  constructor(private readonly workspace: Pick<Workspace, 'get' | 'readText' | 'resolveFrom'>) {
    let folders = FOLDERS.get(workspace)
    if (folders === undefined) FOLDERS.set(workspace, (folders = new Map<string, Kustomization | null>()))
    this.folders = folders
  }

  /** The kustomization that names a file as a patch, if one does. */
  patchedBy(path: string): Kustomization | undefined {
    for (let folder = parentOf(path); folder !== undefined; folder = parentOf(folder)) {
      const kustomization = this.inFolder(folder)
      if (kustomization?.patches.has(path)) return kustomization
    }
    return undefined
  }

  private inFolder(folder: string): Kustomization | null {
    let known = this.folders.get(folder)
    if (known === undefined) {
      known = null
      for (const name of KUSTOMIZATION_NAMES) {
        const file = folder === '' ? name : `${folder}/${name}`
        if (this.workspace.get(file) === undefined) continue
        known = { file, folder, patches: this.patchesOf(file) }
        break
      }
      this.folders.set(folder, known)
    }
    return known
  }

  private patchesOf(file: string): Set<string> {
    const patches = new Set<string>()
    const text = this.workspace.readText(file)
    if (!text.ok) return patches
    const root = parseYaml(text.text).documents[0]?.root
    if (!isMap(root)) return patches
    const add = (node: YamlNode | undefined): void => {
      const written = scalarText(node)
      // An inline patch (a YAML text) names no file.
      if (written === undefined || written === '' || written.includes('\n')) return
      const resolved = this.workspace.resolveFrom(file, written)
      if (resolved !== undefined) patches.add(resolved)
    }
    const entries = (key: string): readonly YamlNode[] => {
      const list = child(root, key)
      return isSeq(list) ? list.items : []
    }
    // A JSON 6902 patch file (`patchesJson6902`) holds operations, not objects: no reader claims it.
    for (const item of entries('patchesStrategicMerge')) add(item)
    for (const item of entries('patches')) add(child(item, 'path'))
    return patches
  }
}

const parentOf = (path: string): string | undefined => (path === '' ? undefined : path.slice(0, Math.max(path.lastIndexOf('/'), 0)))

/** A patched object as a patch file writes it. */
interface PatchedObject {
  readonly file: string
  readonly at: Manifest['at']
  readonly node: YamlNode
  readonly kind: string
  readonly name: string
  readonly namespace: string
  readonly compute: boolean
}

/** What the reader says of an object in a patch file (see unread-object.ts). */
function saidOfPatch(patch: PatchedObject, kustomization: Kustomization): VirtualMachine | ParseError {
  const what = `${patch.kind} ${patch.name}`
  return unreadObject({
    file: patch.file,
    at: patch.at,
    node: patch.node,
    what: `patch of ${what}`,
    symbol: `${patch.file}#patch:${patch.kind}/${patch.name}`,
    namespace: patch.namespace,
    compute: patch.compute,
    why: `Kustomize patch of ${what} (named by ${kustomization.file}) is not applied`,
    instead: `the gate reads ${what} from its base as written`,
    judge: `run \`kustomize build ${kustomization.folder === '' ? '.' : kustomization.folder}\` and scan the output`
  })
}

/** What the reader says of an Azure object in a patch file. */
export function patchedObject(manifest: Manifest, kustomization: Kustomization): VirtualMachine | ParseError {
  const { file, at, root: node, kind, name, namespace } = manifest
  return saidOfPatch({ file, at, node, kind, name, namespace, compute: isComputeKind(manifest.group, kind) }, kustomization)
}

/** Kinds of a patch without `apiVersion` that are said: machines (with the hotpatch-signal check) and plans. */
export const MAINTENANCE_KINDS: ReadonlySet<string> = new Set(['MaintenanceConfiguration', 'MaintenanceAssignmentVirtualMachine', 'ConfigurationAssignment'])
export const isMachineKind = (kind: string): boolean => ASO_COMPUTE_KINDS.has(kind) || CROSSPLANE_COMPUTE_KINDS.has(kind)

/**
 * The objects of a patch file without `apiVersion` (kustomize takes the group from the patch's `target:` or
 * its base), by `kind` and `metadata.name`: a machine or maintenance kind is said as a patch of it, so an
 * overlay that turns hotpatching on this way cannot pass unseen; other kinds are not the gate's business.
 */
export function unversionedPatchObjects(file: string, parsed: YamlParseResult, kustomization: Kustomization): (VirtualMachine | ParseError)[] {
  const said: (VirtualMachine | ParseError)[] = []
  for (const { root: node } of parsed.documents) {
    const kind = isMap(node) ? scalarText(child(node, 'kind')) : undefined
    if (node === undefined || kind === undefined || (!isMachineKind(kind) && !MAINTENANCE_KINDS.has(kind))) continue
    const metadata = child(node, 'metadata')
    const name = scalarText(child(metadata, 'name')) ?? '(unnamed)'
    const namespace = scalarText(child(metadata, 'namespace')) ?? 'default'
    said.push(saidOfPatch({ file, at: locate(file, node), node, kind, name, namespace, compute: isMachineKind(kind) }, kustomization))
  }
  return said
}
