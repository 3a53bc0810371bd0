import type { ParseError, VirtualMachine } from '../../model/resources.js'
import { known } from '../../model/source.js'
import type { Workspace } from '../../workspace/workspace.js'
import { child, isMap, isSeq, scalarText, type YamlNode } from '../../yaml/nodes.js'
import { parseYaml } from '../../yaml/parse.js'
import { locate } from '../../yaml/sourced.js'
import { azureScope, deploymentUnit } from '../shared/units.js'
import { hotpatchSignals, unreadCallAsVm, type UnreadInput } from '../shared/unread-module.js'
import type { Manifest } from './manifests.js'

/** The names kustomize looks for in a folder. */
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const
/** Known scalars of a patch looked at for a hotpatch signal, at most, and how deep. */
const MAX_INPUTS = 500
const MAX_DEPTH = 12

/** A kustomization file and the patch files it names, resolved in the workspace. */
interface Kustomization {
  readonly file: string
  readonly folder: string
  readonly patches: ReadonlySet<string>
}

/**
 * The patch files of Kustomize overlays (`patches[].path`, `patchesStrategicMerge`)
 * of the kustomization files in a file's folder and the folders above it. A strategic-merge patch has an
 * object's `apiVersion`, `kind` and name but only the fields it changes: read as an object, it was a second
 * VM of unknown image beside its base. The gate does not apply patches (that is `kustomize build`).
 */
export class KustomizePatches {
  /** Each folder looked at, with its kustomization (null: none). */
  private readonly folders = new Map<string, Kustomization | null>()

  constructor(private readonly workspace: Pick<Workspace, 'get' | 'readText' | 'resolveFrom'>) {}

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
      for (const name of KUSTOMIZATION_FILES) {
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

/**
 * What the reader says of an Azure object in a patch file: an indeterminate VM when a compute object's
 * patch carries a hotpatch signal (the overlay may enable hotpatching the base does not show), otherwise a
 * located notice that the patch is not applied.
 */
export function patchedObject(manifest: Manifest, kustomization: Kustomization, compute: boolean): VirtualMachine | ParseError {
  const build = `kustomize build ${kustomization.folder === '' ? '.' : kustomization.folder}`
  const what = `${manifest.kind} ${manifest.name}`
  const why = `Kustomize patch of ${what} (named by ${kustomization.file}) is not applied`
  const inputs: UnreadInput[] = []
  if (compute) collect('', manifest.root, manifest.file, inputs, 0)
  const signals = compute ? hotpatchSignals(inputs) : undefined
  if (signals === undefined) {
    const message = `${why}: the gate reads ${what} from its base as written; run \`${build}\` and scan the output to check what this overlay deploys`
    return { file: manifest.file, line: manifest.at.line, column: manifest.at.column, message, severity: 'notice' }
  }
  return unreadCallAsVm(
    {
      format: 'kubernetes',
      displayName: `patch of ${what}`,
      symbol: `${manifest.file}#patch:${manifest.kind}/${manifest.name}`,
      at: manifest.at,
      why,
      judge: `run \`${build}\` and scan the output instead, or exempt the patch`,
      unit:
        manifest.namespace === ''
          ? deploymentUnit('kubernetes-cluster', 'kubernetes:cluster', manifest.at)
          : deploymentUnit('kubernetes-namespace', `kubernetes:${manifest.namespace}`, manifest.at),
      scope: azureScope(undefined, manifest.at),
      deployed: known(true, manifest.at)
    },
    signals
  )
}

/** The known scalars of a patch, with their paths (`spec.osProfile.windowsConfiguration.patchSettings.enableHotpatching`). */
function collect(path: string, node: YamlNode, file: string, into: UnreadInput[], depth: number): void {
  if (into.length >= MAX_INPUTS || depth > MAX_DEPTH) return
  if (node.kind === 'scalar') {
    const value = node.value
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') into.push({ path, value, at: locate(file, node) })
  } else if (node.kind === 'seq') {
    node.items.forEach((item, index) => collect(`${path}[${index}]`, item, file, into, depth + 1))
  } else {
    for (const entry of node.entries) collect(path === '' ? entry.key : `${path}.${entry.key}`, entry.value, file, into, depth + 1)
  }
}
