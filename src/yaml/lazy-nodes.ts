import type { LineIndex, YamlPosition } from './line-index.js'
import type { YamlMap, YamlMapEntry, YamlNode, YamlScalar, YamlScalarStyle, YamlScalarValue, YamlSeq } from './nodes.js'

/**
 * The composer's nodes. A node keeps its offsets and computes its line and column on first use: a
 * reader prints the position of few of the nodes it reads (the mixed bench tree's 1,135 manifests made
 * two position objects per node, most never read). A collection's plain value is built on first use
 * too, from its items or entries, which never change once the node is composed. Both are kept once
 * computed, so a node reads the same whenever it is asked.
 */
abstract class Positioned {
  readonly #lines: LineIndex
  readonly #startOffset: number
  readonly #endOffset: number
  #start: YamlPosition | undefined
  #end: YamlPosition | undefined
  /** Present only when written (a node without a tag has no `tag` property). */
  declare readonly tag?: string

  constructor(lines: LineIndex, start: number, end: number, tag: string | undefined) {
    if (tag !== undefined) this.tag = tag
    this.#lines = lines
    // Clamped as LineIndex.at clamps: `end.offset` is the same whether it was computed or not.
    const length = lines.text.length
    this.#startOffset = Math.max(0, Math.min(start, length))
    this.#endOffset = Math.max(0, Math.min(end, length))
  }

  /** Where the node's content starts (the first character after its tag or anchor). */
  get start(): YamlPosition {
    return (this.#start ??= this.#lines.at(this.#startOffset))
  }

  /** Where it ends (end of its last scalar; exclusive). */
  get end(): YamlPosition {
    return (this.#end ??= this.#lines.at(this.#endOffset))
  }

  /** The start or end offset of a node, without computing its line and column when it is one of these. */
  static offsetOf(node: YamlNode, edge: 'start' | 'end'): number {
    if (node instanceof Positioned) return edge === 'start' ? node.#startOffset : node.#endOffset
    return node[edge].offset
  }
}

export class ScalarNode extends Positioned implements YamlScalar {
  readonly kind = 'scalar'

  constructor(
    readonly value: YamlScalarValue,
    readonly text: string,
    readonly style: YamlScalarStyle,
    lines: LineIndex,
    start: number,
    end: number,
    tag: string | undefined
  ) {
    super(lines, start, end, tag)
  }
}

export class SeqNode extends Positioned implements YamlSeq {
  readonly kind = 'seq'
  #value: readonly unknown[] | undefined

  constructor(
    readonly items: readonly YamlNode[],
    lines: LineIndex,
    start: number,
    end: number,
    tag: string | undefined
  ) {
    super(lines, start, end, tag)
  }

  /** The plain JavaScript value of the whole sequence. */
  get value(): readonly unknown[] {
    return (this.#value ??= this.items.map(item => item.value))
  }
}

export class MapNode extends Positioned implements YamlMap {
  readonly kind = 'map'
  #value: Readonly<Record<string, unknown>> | undefined

  constructor(
    readonly entries: readonly YamlMapEntry[],
    readonly byKey: ReadonlyMap<string, YamlMapEntry>,
    lines: LineIndex,
    start: number,
    end: number,
    tag: string | undefined
  ) {
    super(lines, start, end, tag)
  }

  /** A null-prototype object, so `__proto__` or `constructor` keys are ordinary own properties. */
  get value(): Readonly<Record<string, unknown>> {
    if (this.#value === undefined) {
      const value = Object.create(null) as Record<string, unknown>
      for (const entry of this.entries) value[entry.key] = entry.value.value
      this.#value = value
    }
    return this.#value
  }
}

/** A node's start or end offset in the file. */
export const offsetOf = (node: YamlNode, edge: 'start' | 'end'): number => Positioned.offsetOf(node, edge)
