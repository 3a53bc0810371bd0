import { appendTo } from '../../model/group-by.js'
import type { BuiltFile, KustomizeBuild } from './built-file.js'
import type { Manifest } from './manifests.js'

/**
 * Whether `from` can name `to` in a reference by name or a selector. An object as written names objects as written
 * (what no kustomization renames stays as it was); an object a kustomize build deploys names the objects of its own
 * build, and objects as written of files that build does not build (deployed beside it): not the written copies of
 * its own files, which it deploys under other names.
 */
export function sees(from: Manifest, to: Manifest): boolean {
  if (to.built === undefined) return from.built === undefined || !from.built.build.files.has(to.file)
  return from.built !== undefined && to.built.build === from.built.build
}

/** The objects kustomize builds renamed, by the name and by the Azure name their files write. */
export class RenamedObjects {
  /** `<group>/<kind>` then the name written. */
  private readonly byWrittenName = new Map<string, Manifest[]>()
  /** The Azure name written, lower case (Azure compares names so), of objects whose Azure name the renaming changed. */
  private readonly byWrittenAzureName = new Map<string, Manifest[]>()

  /** Adds a renamed object, with its Azure name as written and as built (equal when azureName or an external name sets it). */
  add(manifest: Manifest, writtenAzureName: string, builtAzureName: string): void {
    appendTo(this.byWrittenName, `${manifest.group}/${manifest.kind}\n${manifest.writtenName}`, manifest)
    if (writtenAzureName !== builtAzureName) appendTo(this.byWrittenAzureName, writtenAzureName.toLowerCase(), manifest)
  }

  /**
   * The renamed object of one of `kinds` that a reference by `name` from `from` meant: of `from`'s own build, or,
   * from an object as written, of any build.
   */
  byName(from: Manifest, group: string, kinds: readonly string[], name: string): Manifest | undefined {
    for (const kind of kinds) {
      const found = this.byWrittenName.get(`${group}/${kind}\n${name}`)?.find(m => from.built === undefined || m.built?.build === from.built.build)
      if (found !== undefined) return found
    }
    return undefined
  }

  /** The object of `from`'s build, of one of `kinds`, whose Azure name as written is `azureName` and that the build renamed. */
  byAzureName(from: Manifest, kinds: ReadonlySet<string>, azureName: string): Manifest | undefined {
    const build = from.built?.build
    if (build === undefined) return undefined
    return this.byWrittenAzureName.get(azureName.toLowerCase())?.find(m => m.built?.build === build && kinds.has(m.kind))
  }
}

/** `namePrefix 'prod-' at overlays/prod/kustomization.yaml:1`, for each renaming on the way to the object. */
const renamingsOf = (built: BuiltFile): string => built.renamings.map(r => `${r.key} '${r.value}' at ${r.at.file}:${r.at.line}`).join(', ')

/** What the build writes that the gate does not apply and that may rewrite names or references, then what to do. */
const doubtsOf = (build: KustomizeBuild): string =>
  `(${build.doubts.map(d => `${d.key} at ${d.at.file}:${d.at.line}`).join(', ')}): run \`kustomize build ${build.folder}\` and scan the output`

/** `MaintenanceConfiguration monthly of base/mc.yaml, which <which> deploys as prod-monthly (namePrefix ... at ...)`. */
function renamedObject(renamed: Manifest, built: BuiltFile, written: string, deployed: string, which: string): string {
  return `${renamed.kind} ${written} of ${renamed.file}, which ${which} deploys as ${deployed} (${renamingsOf(built)})`
}

/**
 * Why a reference by name (`maintenanceConfigurationIdRef "monthly"`) names nothing: kustomize renamed the object it
 * names, and its nameReference configuration rewrites references of built-in kinds only, not a custom resource's
 * `*Ref.name` or `owner.name`, unless what the build does not apply (`configurations:` adding one) says otherwise.
 */
export function renamedReference(reference: string, renamed: Manifest): string {
  const { built } = renamed
  if (built === undefined) return `${reference} names no object in the scanned files`
  const object = renamedObject(renamed, built, renamed.writtenName, renamed.name, built.build.kustomization)
  const unless = built.build.doubts.length === 0 ? '' : `, unless what it writes that the gate does not apply rewrites it ${doubtsOf(built.build)}`
  return (
    `${reference} names ${object}; kustomize rewrites no reference a custom resource writes by name (its nameReference ` +
    `configuration covers built-in kinds), so it names no object that build deploys${unless}`
  )
}

/**
 * What a resource ID written in an object of a kustomize build (`virtualMachineId`) names when the build renamed that
 * object in Azure too (no `spec.azureName`, no external name): kustomize leaves the ID as written, so it names the
 * Azure name written, not the one deployed. `doubt` is set when what the build does not apply may rewrite the ID or
 * the name (a patch, replacements, a component): the gate cannot tell then.
 */
export function renamedResourceId(
  holder: Manifest,
  field: string,
  renamed: Manifest,
  writtenAzureName: string,
  deployedAzureName: string
): { readonly doubt: boolean; readonly text: string } {
  const { built } = renamed
  if (built === undefined) return { doubt: false, text: '' }
  const { build } = built
  if (build.doubts.length > 0) {
    const object = renamedObject(renamed, built, writtenAzureName, deployedAzureName, build.kustomization)
    const text =
      `${field} names ${object}; kustomize leaves a resource ID as written, but what that build writes that the gate ` +
      `does not apply may rewrite the ID or the name ${doubtsOf(build)}`
    return { doubt: true, text }
  }
  const object = renamedObject(renamed, built, writtenAzureName, deployedAzureName, 'that build')
  const text =
    `In the build of ${build.kustomization}, ${field} of ${holder.kind} ${holder.name} names ${object}; kustomize leaves ` +
    'a resource ID as written, so it does not reach that object there: write the name it is deployed as, or keep the ' +
    'Azure name with spec.azureName (Azure Service Operator) or the crossplane.io/external-name annotation'
  return { doubt: false, text }
}
