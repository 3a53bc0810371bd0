import type { YamlPosition } from './line-index.js'

export type { YamlPosition } from './line-index.js'

/** A scalar's value under the YAML 1.2 core schema; timestamps and binary stay strings. */
export type YamlScalarValue = string | number | boolean | null

export type YamlScalarStyle = 'plain' | 'single-quoted' | 'double-quoted' | 'literal' | 'folded'

interface YamlNodeBase {
  /** Where the node's content starts (the first character after its tag or anchor). */
  readonly start: YamlPosition
  /** Where it ends (end of its last scalar; exclusive). */
  readonly end: YamlPosition
  /** Explicit tag, resolved to its full form (`tag:yaml.org,2002:str`, `!Custom`). */
  readonly tag?: string
}

export interface YamlScalar extends YamlNodeBase {
  readonly kind: 'scalar'
  readonly value: YamlScalarValue
  /** The decoded text (escapes and folding applied), before type resolution. */
  readonly text: string
  readonly style: YamlScalarStyle
}

export interface YamlSeq extends YamlNodeBase {
  readonly kind: 'seq'
  readonly items: readonly YamlNode[]
  /** The plain JavaScript value of the whole sequence. */
  readonly value: readonly unknown[]
}

export interface YamlMapEntry {
  /** The key as text: scalar keys keep their decoded source text (`1.0`, `true`, `null`). */
  readonly key: string
  readonly keyNode: YamlScalar
  readonly value: YamlNode
  /** True when the entry came in through a `<<` merge key. */
  readonly merged: boolean
}

export interface YamlMap extends YamlNodeBase {
  readonly kind: 'map'
  /** In source order; merged entries follow the explicit ones. */
  readonly entries: readonly YamlMapEntry[]
  readonly byKey: ReadonlyMap<string, YamlMapEntry>
  /**
   * The plain JavaScript value: a null-prototype object, so `__proto__` or `constructor` keys are
   * ordinary own properties and nothing reaches `Object.prototype`.
   */
  readonly value: Readonly<Record<string, unknown>>
}

export type YamlNode = YamlScalar | YamlSeq | YamlMap

export interface YamlDocument {
  /** Zero-based index of the document in its file. */
  readonly index: number
  /** Where the document's content starts (its `---` marker for an explicit empty document). */
  readonly start: YamlPosition
  /** Undefined for an empty document. */
  readonly root: YamlNode | undefined
}

/** A located problem; the message is the parser's (js-yaml) or names the limit that was hit. */
export interface YamlError {
  readonly message: string
  readonly line: number
  readonly column: number
  readonly offset: number
}

export const isMap = (node: YamlNode | undefined): node is YamlMap => node?.kind === 'map'
export const isSeq = (node: YamlNode | undefined): node is YamlSeq => node?.kind === 'seq'
export const isScalar = (node: YamlNode | undefined): node is YamlScalar => node?.kind === 'scalar'

/** The entry of a mapping key (own keys only: `byKey` is a Map). */
export const entryOf = (node: YamlNode | undefined, key: string): YamlMapEntry | undefined =>
  isMap(node) ? node.byKey.get(key) : undefined

/** The value node under a mapping key. */
export const child = (node: YamlNode | undefined, key: string): YamlNode | undefined => entryOf(node, key)?.value

/** Follows mapping keys (strings) and sequence indexes (numbers). */
export function nodeAt(node: YamlNode | undefined, path: readonly (string | number)[]): YamlNode | undefined {
  let current = node
  for (const step of path) {
    if (current === undefined) return undefined
    current = typeof step === 'number' ? (isSeq(current) ? current.items[step] : undefined) : child(current, step)
  }
  return current
}

/** A scalar's string form (numbers and booleans as written), or undefined for collections and null. */
export function scalarText(node: YamlNode | undefined): string | undefined {
  if (!isScalar(node) || node.value === null) return undefined
  return typeof node.value === 'string' ? node.value : node.text
}
