/** Resource limits of one document; each breach is a located error for that document only. */
export interface YamlLimits {
  /** Collection nesting, also through aliases (js-yaml's parser recurses, so this guards the stack too). */
  readonly maxDepth: number
  /** Alias nodes (`*name`) per document. */
  readonly maxAliases: number
  /** Nodes that aliases may add by expansion, per document: stops "billion laughs" alias bombs. */
  readonly maxAliasExpansion: number
  /** Entries copied in by `<<` merge keys, per document. */
  readonly maxMergeKeys: number
}

export const DEFAULT_YAML_LIMITS: YamlLimits = {
  maxDepth: 200,
  maxAliases: 100,
  maxAliasExpansion: 10_000,
  maxMergeKeys: 10_000
}
