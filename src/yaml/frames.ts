import type { YamlMapEntry, YamlNode, YamlScalar } from './nodes.js'

/** A composed node with what the budgets need: its expanded node count and height. */
export interface Built {
  readonly node: YamlNode
  readonly size: number
  readonly height: number
}

export interface CollectionFrame {
  readonly start: number
  readonly anchor: string | undefined
  readonly tag: string | undefined
  size: number
  height: number
  end: number
}

export interface SeqFrame extends CollectionFrame {
  readonly kind: 'seq'
  readonly items: YamlNode[]
}

export interface MapFrame extends CollectionFrame {
  readonly kind: 'map'
  readonly entries: YamlMapEntry[]
  readonly byKey: Map<string, YamlMapEntry>
  /** The `<<` sources, once there is one. */
  merges: Built[] | undefined
  key: YamlScalar | undefined
  keyIsMerge: boolean
}

export interface DocumentFrame {
  readonly kind: 'document'
  root: YamlNode | undefined
}

export type Frame = SeqFrame | MapFrame | DocumentFrame

/** A located failure of one document; the composer records it and skips to the next document. */
export class CompositionError extends Error {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message)
  }
}
