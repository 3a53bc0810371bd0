import type { SourceLocation } from '../../model/source.js'

/*
 * What a kustomize build makes of a file (kustomize-builds.ts reads the kustomizations): types only, which the
 * manifests and the references between them carry.
 */

/** A `namePrefix` or `nameSuffix`, where it is written. */
export interface Renaming {
  readonly key: 'namePrefix' | 'nameSuffix'
  readonly value: string
  readonly at: SourceLocation
}

/** What a kustomization writes that the gate does not apply and that may change a name or a reference (`replacements`). */
export interface BuildDoubt {
  readonly key: string
  readonly at: SourceLocation
}

/** One deployment: `kustomize build` of a kustomization that renames what it builds. */
export interface KustomizeBuild {
  readonly kustomization: string
  /** Its folder ('.' at the root): the variant of the objects it builds. */
  readonly folder: string
  /** What its kustomizations (its own, its bases', its components') write that may rewrite a name or a reference. */
  readonly doubts: readonly BuildDoubt[]
  /** The files it builds. */
  readonly files: ReadonlySet<string>
}

/** A file as one build deploys it. */
export interface BuiltFile {
  readonly build: KustomizeBuild
  /** What the build adds before and after each `metadata.name` of the file (its bases' renamings inside its own). */
  readonly prefix: string
  readonly suffix: string
  /** The renamings on the way from the build's kustomization to the file, outermost first. */
  readonly renamings: readonly Renaming[]
}

/** The deployments of a file that a renaming kustomization builds. */
export interface FileBuilds {
  readonly builds: readonly BuiltFile[]
  /**
   * Whether a kustomization that lists the file keeps its names: built by itself (`kubectl apply -k base`), or through
   * an overlay that does not rename, it deploys the objects as written, so they are judged as written too.
   */
  readonly asWritten: boolean
}
