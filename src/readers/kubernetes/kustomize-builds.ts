import { keptText } from '../../model/intern.js'
import type { SourceLocation } from '../../model/source.js'
import type { Workspace, WorkspaceFile } from '../../workspace/workspace.js'
import { child, entryOf, isMap, isSeq, scalarText, type YamlMap, type YamlNode } from '../../yaml/nodes.js'
import { parseYaml } from '../../yaml/parse.js'
import { locate } from '../../yaml/sourced.js'
import type { BuildDoubt, BuiltFile, FileBuilds, Renaming } from './built-file.js'
import { AZURE_GROUP, KUSTOMIZATION_FILE } from './claims.js'
import { isMachineKind, MAINTENANCE_KINDS } from './kustomize.js'
import { KUSTOMIZATION_NAMES, MAX_BASES, renamesObjects } from './kustomize-links.js'

/**
 * Keys whose entries may rewrite names or references: transformer configurations (nameReference), CRDs' reference
 * annotations, plugins. `components` are followed (walk): only one that cannot be read is a doubt.
 */
const DOUBT_KEYS = ['configurations', 'crds', 'replacements', 'vars', 'transformers'] as const
const PATCH_KEYS = ['patches', 'patchesJson6902', 'patchesStrategicMerge'] as const

/** A kustomization as builds need it. */
interface Kustomization {
  readonly file: string
  readonly renamings: readonly Renaming[]
  readonly doubts: readonly BuildDoubt[]
  /** Its `resources` and `bases`, resolved in the workspace. */
  readonly entries: readonly string[]
  /** Its `components` (folders), resolved in the workspace, in order. */
  readonly components: readonly string[]
  /** Where `components` is written, when it is. */
  readonly componentsAt: SourceLocation | undefined
  /** `kind: Component`: built only by what includes it, on what that has accumulated (walk). */
  readonly isComponent: boolean
}

interface Renamed {
  readonly prefix: string
  readonly suffix: string
  readonly renamings: readonly Renaming[]
}

interface BuildInProgress {
  readonly kustomization: string
  readonly folder: string
  readonly doubts: BuildDoubt[]
  readonly files: Set<string>
}

/**
 * The kustomize builds of a unit's files: each kustomization of the unit that writes `namePrefix` or `nameSuffix`
 * (units.ts reads it with the files it builds) is one deployment, whose objects kustomize renames (its
 * prefixsuffix filter rewrites `metadata.name` of every object it builds, a base's renamings inside its
 * overlay's). Nothing is executed: the kustomizations are read, their `resources`, `bases` and `components`
 * followed into their folders' kustomizations.
 */
export class KustomizeBuilds {
  private readonly kustomizations = new Map<string, Kustomization | null>()
  private readonly byFile = new Map<string, { builds: BuiltFile[]; asWritten: boolean }>()

  constructor(
    files: readonly WorkspaceFile[],
    private readonly workspace: Pick<Workspace, 'get' | 'readText' | 'resolveFrom'>
  ) {
    for (const file of files) {
      if (!KUSTOMIZATION_FILE.test(file.path)) continue
      const text = workspace.readText(file.path)
      // Parsed only when a line renames or lists components (which may): most kustomizations of a unit do neither.
      const kustomization = text.ok && (renamesObjects(file.path, text.text) || COMPONENTS.test(text.text)) ? this.kustomization(file.path) : null
      // A component is no build of its own: what includes it builds it (kustomize refuses one listed as a resource).
      if (kustomization === null || kustomization.isComponent || this.total(kustomization, 0, new Set()).renamings.length === 0) continue
      const folder = keptText(file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/')) : '.')
      const build: BuildInProgress = { kustomization: file.path, folder, doubts: [], files: new Set() }
      this.walk(kustomization, build, NONE, 0, new Set())
    }
  }

  /** How the unit's renaming kustomizations deploy a file; undefined when none builds it (it is read as written). */
  of(path: string): FileBuilds | undefined {
    return this.byFile.get(path)
  }

  /**
   * kustomize's order (api/internal/target/kusttarget.go, accumulateTarget): a kustomization accumulates its resources
   * (a base built on its own, renamed by its own kustomization), then runs each component in turn on what it has
   * accumulated so far (a component's resources join it, then its transformers, namePrefix and nameSuffix among them,
   * rename all of it), then its own transformers on everything. So a component renames the resources of the
   * kustomization that includes it and of the components listed before it, not those listed after it; the
   * kustomization's own renaming is outside every component's, and the build's outer kustomizations outside that.
   */
  private walk(kustomization: Kustomization, build: BuildInProgress, outer: Renamed, depth: number, onPath: Set<string>): void {
    onPath.add(kustomization.file)
    // A base two of the build's kustomizations include is walked twice: its doubts are said once.
    for (const doubt of kustomization.doubts) if (!build.doubts.includes(doubt)) build.doubts.push(doubt)
    const components = this.componentsOf(kustomization, build, depth, onPath)
    // What renames the objects a component adds: the outer ones, this kustomization's, then the components after it.
    const around: Renamed[] = []
    let renamed = wrap(outer, own(kustomization))
    for (let i = components.length - 1; i >= 0; i--) {
      around[i] = renamed
      renamed = wrap(renamed, this.total(components[i] as Kustomization, depth + 1, onPath))
    }
    for (const path of kustomization.entries) {
      if (this.workspace.get(path) !== undefined) {
        this.reach(path, kustomization, build, renamed)
        continue
      }
      const base = this.folderKustomization(path)
      if (base !== undefined && !onPath.has(base.file) && depth < MAX_BASES) this.walk(base, build, renamed, depth + 1, onPath)
    }
    components.forEach((component, i) => this.walk(component, build, around[i] as Renamed, depth + 1, onPath))
    onPath.delete(kustomization.file)
  }

  /** The components a kustomization includes that can be followed; one that cannot is a doubt of the build. */
  private componentsOf(kustomization: Kustomization, build: BuildInProgress, depth: number, onPath: Set<string>): Kustomization[] {
    const found: Kustomization[] = []
    const at = kustomization.componentsAt
    for (const path of kustomization.components) {
      const component = this.folderKustomization(path)
      if (component !== undefined && component.isComponent && !onPath.has(component.file) && depth < MAX_BASES) found.push(component)
      else if (at !== undefined && !build.doubts.some(doubt => doubt.at === at)) build.doubts.push({ key: 'components', at })
    }
    return found
  }

  /**
   * How a kustomization renames what it has accumulated when it is done: its components in turn (each with its own
   * components inside), then its own renaming outside them all. Empty for a cycle or past the depth kustomize would
   * refuse or the gate follows.
   */
  private total(kustomization: Kustomization, depth: number, onPath: Set<string>): Renamed {
    if (onPath.has(kustomization.file) || depth >= MAX_BASES) return NONE
    onPath.add(kustomization.file)
    let renamed = own(kustomization)
    for (let i = kustomization.components.length - 1; i >= 0; i--) {
      const component = this.folderKustomization(kustomization.components[i] as string)
      if (component?.isComponent === true) renamed = wrap(renamed, this.total(component, depth + 1, onPath))
    }
    onPath.delete(kustomization.file)
    return renamed
  }

  private reach(path: string, lister: Kustomization, build: BuildInProgress, renamed: Renamed): void {
    let known = this.byFile.get(path)
    if (known === undefined) this.byFile.set(path, (known = { builds: [], asWritten: false }))
    // Built by itself, a kustomization that renames nothing (with its components) deploys the file as written. A
    // component is never built by itself: one that renames nothing is taken as included somewhere that does not either.
    const keeps = lister.isComponent ? lister.renamings.length === 0 : this.total(lister, 0, new Set()).renamings.length === 0
    if (keeps) known.asWritten = true
    // One deployment per build: kustomize refuses an object it would build twice.
    if (!known.builds.some(built => built.build === build)) known.builds.push({ build, ...renamed })
    build.files.add(path)
  }

  private folderKustomization(folder: string): Kustomization | undefined {
    for (const name of KUSTOMIZATION_NAMES) {
      const file = folder === '' ? name : `${folder}/${name}`
      if (this.workspace.get(file) !== undefined) return this.kustomization(file) ?? undefined
    }
    return undefined
  }

  private kustomization(file: string): Kustomization | null {
    let known = this.kustomizations.get(file)
    if (known === undefined) {
      known = this.parse(file)
      this.kustomizations.set(file, known)
    }
    return known
  }

  private parse(file: string): Kustomization | null {
    const text = this.workspace.readText(file)
    const root = text.ok ? parseYaml(text.text).documents[0]?.root : undefined
    if (!isMap(root)) return null
    const renamings: Renaming[] = []
    for (const key of ['namePrefix', 'nameSuffix'] as const) {
      const node = child(root, key)
      const value = scalarText(node)
      if (node !== undefined && value !== undefined && value !== '') renamings.push({ key, value, at: locate(file, node) })
    }
    const resolved = (...keys: string[]): string[] =>
      keys.flatMap(key => itemsOf(root, key).flatMap(item => this.workspace.resolveFrom(file, scalarText(item) ?? '') ?? []))
    const listed = entryOf(root, 'components')
    return {
      file,
      renamings,
      doubts: doubtsOf(file, root),
      entries: resolved('resources', 'bases'),
      components: resolved('components'),
      componentsAt: listed === undefined ? undefined : locate(file, listed.keyNode),
      isComponent: scalarText(child(root, 'kind')) === 'Component'
    }
  }
}

/** A top-level `components:` list. */
const COMPONENTS = /^components[ \t]*:/m

const NONE: Renamed = { prefix: '', suffix: '', renamings: [] }

const valueOf = (kustomization: Kustomization, key: Renaming['key']): string =>
  kustomization.renamings.find(renaming => renaming.key === key)?.value ?? ''

/** A kustomization's own renaming. */
const own = (kustomization: Kustomization): Renamed => ({
  prefix: valueOf(kustomization, 'namePrefix'),
  suffix: valueOf(kustomization, 'nameSuffix'),
  renamings: kustomization.renamings
})

/** `inner` renamed again by `outer` (kustomize renames a base's objects when it builds the base, then in the overlay). */
const wrap = (outer: Renamed, inner: Renamed): Renamed =>
  inner.renamings.length === 0
    ? outer
    : { prefix: outer.prefix + inner.prefix, suffix: inner.suffix + outer.suffix, renamings: [...outer.renamings, ...inner.renamings] }

const itemsOf = (root: YamlNode, key: string): readonly YamlNode[] => {
  const list = child(root, key)
  return isSeq(list) ? list.items : []
}

/** What a kustomization writes that may rewrite a name or a reference, each at its key. */
function doubtsOf(file: string, root: YamlMap): BuildDoubt[] {
  const doubts: BuildDoubt[] = []
  const at = (key: string): SourceLocation | undefined => {
    const entry = entryOf(root, key)
    return entry === undefined ? undefined : locate(file, entry.keyNode)
  }
  for (const key of DOUBT_KEYS) {
    const where = at(key)
    if (where !== undefined) doubts.push({ key, at: where })
  }
  // A patch may set a VM's azureName or external name, or an assignment's reference: unless its target is another kind.
  for (const key of PATCH_KEYS) {
    const where = at(key)
    if (where !== undefined && itemsOf(root, key).some(mayPatchAzureObject)) doubts.push({ key, at: where })
  }
  return doubts
}

/** Whether a patch entry may patch a machine or maintenance object: its target names no other kind or group. */
function mayPatchAzureObject(item: YamlNode): boolean {
  const target = child(item, 'target')
  const kind = scalarText(child(target, 'kind'))
  const group = scalarText(child(target, 'group'))
  if (group !== undefined && group !== '' && !AZURE_GROUP.test(group)) return false
  return kind === undefined || isMachineKind(kind) || MAINTENANCE_KINDS.has(kind)
}
