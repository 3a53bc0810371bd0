import { EVENT_ID, getScalarValue, type Event, type MappingEvent, type ScalarEvent, type SequenceEvent } from 'js-yaml'
import type { LineIndex } from './line-index.js'
import {
  CompositionError,
  type Built,
  type CollectionFrame,
  type DocumentFrame,
  type Frame,
  type MapFrame,
  type SeqFrame
} from './frames.js'
import type { YamlLimits } from './limits.js'
import { MERGE_TAG, mergeInto } from './merge-keys.js'
import { MapNode, offsetOf, ScalarNode, SeqNode } from './lazy-nodes.js'
import type { YamlDocument, YamlError, YamlMapEntry, YamlNode } from './nodes.js'
import { expandTag, resolveScalar, ScalarError, styleName } from './scalars.js'

const NO_HANDLES: ReadonlyMap<string, string> = new Map()

/**
 * Builds positioned nodes from js-yaml's flat event stream, iteratively (no recursion, whatever the
 * nesting). Offsets in `events` are relative to `source`, which starts at `base` in the file that
 * `lines` indexes (a chunk re-parsed after a syntax error elsewhere).
 *
 * Aliases share the anchored node. Anchors are registered when their node is complete, so a node
 * cannot contain itself. `<<` merge keys are applied (explicit keys win, earlier sources win), as
 * the YAML 1.1 loaders of Kubernetes and Pulumi do; a quoted `"<<"` is an ordinary key.
 */
export class DocumentComposer {
  private readonly documents: YamlDocument[] = []
  private readonly errors: YamlError[] = []
  private stack: Frame[] = []
  // A document's anchors and `%TAG` handles, made when it has one (most have none: three collections a document).
  private anchors: Map<string, Built> | undefined
  private openAnchors: Set<string> | undefined
  private handles: Map<string, string> | undefined
  private aliases = 0
  private aliasExpansion = 0
  private mergedKeys = 0
  private lastEnd = 0
  private documentStart: number | undefined

  constructor(
    private readonly source: string,
    private readonly base: number,
    private readonly lines: LineIndex,
    private readonly limits: YamlLimits,
    private documentIndex: number
  ) {}

  compose(events: readonly Event[]): { documents: YamlDocument[]; errors: YamlError[]; nextIndex: number } {
    for (let i = 0; i < events.length; i++) {
      try {
        this.handle(events[i] as Event)
      } catch (error) {
        if (!(error instanceof CompositionError)) throw error
        this.errors.push({ message: error.message, ...this.lines.at(this.base + error.offset) })
        i = this.skipDocument(events, i)
      }
    }
    return { documents: this.documents, errors: this.errors, nextIndex: this.documentIndex }
  }

  private handle(event: Event): void {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        this.startDocument(event.directives)
        if (event.explicitStart) this.skipToMarker()
        return
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING:
        this.open(event)
        return
      case EVENT_ID.SCALAR:
        this.attach(this.scalar(event), 1, 1)
        return
      case EVENT_ID.ALIAS: {
        const target = this.alias(event.anchorStart, event.anchorEnd)
        this.attach(target.node, target.size, target.height)
        return
      }
      case EVENT_ID.POP:
        this.close()
    }
  }

  private startDocument(directives: readonly { kind: string; handle?: string; prefix?: string }[]): void {
    this.stack = [{ kind: 'document', root: undefined }]
    this.anchors = undefined
    this.openAnchors = undefined
    this.handles = undefined
    for (const directive of directives) {
      if (directive.kind === 'tag' && directive.handle !== undefined && directive.prefix !== undefined) {
        ;(this.handles ??= new Map()).set(directive.handle, directive.prefix)
      }
    }
    this.aliases = 0
    this.aliasExpansion = 0
    this.mergedKeys = 0
    this.documentStart = undefined
  }

  /** Document events carry no offset: an explicit document starts at its next `---` line. */
  private skipToMarker(): void {
    const marker = /^---(?=[ \t\r\n]|$)/gm
    marker.lastIndex = this.lastEnd
    const found = marker.exec(this.source)
    if (found) this.lastEnd = found.index + 3
  }

  private open(event: SequenceEvent | MappingEvent): void {
    const anchor = event.anchorStart >= 0 ? this.source.slice(event.anchorStart, event.anchorEnd) : undefined
    const tag = this.tagOf(event.tagStart, event.tagEnd)
    this.documentStart ??= event.start
    this.lastEnd = Math.max(this.lastEnd, event.start)
    if (anchor !== undefined) (this.openAnchors ??= new Set()).add(anchor)
    const start = event.start
    // Written out rather than spread from a shared part, and without a merge list until a `<<` needs one:
    // a frame per collection of every manifest.
    this.stack.push(
      event.type === EVENT_ID.SEQUENCE
        ? { kind: 'seq', start, anchor, tag, size: 1, height: 1, end: start, items: [] }
        : { kind: 'map', start, anchor, tag, size: 1, height: 1, end: start, entries: [], byKey: new Map(), merges: undefined, key: undefined, keyIsMerge: false }
    )
  }

  /** The scalar's node: its size and height are 1 (no `Built` for each scalar of a file). */
  private scalar(event: ScalarEvent): ScalarNode {
    const style = styleName(event.style)
    const quoted = style === 'single-quoted' || style === 'double-quoted'
    const empty = event.valueStart < 0
    const start = empty ? this.lastEnd : quoted ? event.valueStart - 1 : event.valueStart
    const end = empty ? this.lastEnd : quoted ? event.valueEnd + 1 : event.valueEnd
    this.documentStart ??= start
    this.lastEnd = Math.max(this.lastEnd, end)
    const text = empty ? '' : getScalarValue(this.source, event)
    const tag = this.tagOf(event.tagStart, event.tagEnd)
    const resolved = resolveScalar(text, style, tag === MERGE_TAG ? undefined : tag)
    if (resolved instanceof ScalarError) throw new CompositionError(resolved.error, start)
    const node = new ScalarNode(resolved, text, style, this.lines, this.base + start, this.base + end, tag)
    if (event.anchorStart >= 0) (this.anchors ??= new Map()).set(this.source.slice(event.anchorStart, event.anchorEnd), { node, size: 1, height: 1 })
    return node
  }

  private tagOf(start: number, end: number): string | undefined {
    return start >= 0 ? expandTag(this.source.slice(start, end), this.handles ?? NO_HANDLES) : undefined
  }

  private alias(anchorStart: number, anchorEnd: number): Built {
    const name = this.source.slice(anchorStart, anchorEnd)
    const at = anchorStart - 1
    this.documentStart ??= at
    this.lastEnd = Math.max(this.lastEnd, anchorEnd)
    if (this.openAnchors?.has(name) === true && this.anchors?.has(name) !== true) {
      throw new CompositionError(`alias *${name} refers to a node that contains it`, at)
    }
    const target = this.anchors?.get(name)
    if (target === undefined) throw new CompositionError(`unidentified alias "${name}"`, at)
    if (++this.aliases > this.limits.maxAliases) {
      throw new CompositionError(`aliases exceeded maxAliases (${this.limits.maxAliases})`, at)
    }
    this.aliasExpansion += target.size
    if (this.aliasExpansion > this.limits.maxAliasExpansion) {
      throw new CompositionError(
        `aliases expand to more than ${this.limits.maxAliasExpansion} nodes (alias bomb); not read`,
        at
      )
    }
    // The open collections plus the aliased subtree: only aliases can nest deeper than the parser allows.
    if (this.stack.length - 1 + target.height > this.limits.maxDepth) {
      throw new CompositionError(`nesting exceeded maxDepth (${this.limits.maxDepth}) through alias *${name}`, at)
    }
    return target
  }

  private close(): void {
    const frame = this.stack.pop()
    if (frame === undefined) return
    if (frame.kind === 'document') {
      this.finishDocument(frame)
      return
    }
    const node = frame.kind === 'seq' ? this.finishSeq(frame) : this.finishMap(frame)
    if (frame.anchor !== undefined) {
      ;(this.anchors ??= new Map()).set(frame.anchor, { node, size: frame.size, height: frame.height })
      this.openAnchors?.delete(frame.anchor)
    }
    this.attach(node, frame.size, frame.height)
  }

  private finishDocument(frame: DocumentFrame): void {
    const start = this.documentStart ?? this.lastEnd
    const root = frame.root
    // js-yaml gives an empty document an empty plain scalar; the model calls it "no root".
    const empty = root?.kind === 'scalar' && root.style === 'plain' && root.text === '' && root.tag === undefined
    this.documents.push({ index: this.documentIndex++, start: this.position(start), root: empty ? undefined : root })
  }

  private finishSeq(frame: SeqFrame): SeqNode {
    return new SeqNode(frame.items, this.lines, this.base + frame.start, this.base + Math.max(frame.end, frame.start), frame.tag)
  }

  /** The map's node; its size and height are the frame's once its merges are applied. */
  private finishMap(frame: MapFrame): MapNode {
    if (frame.merges !== undefined) for (const source of frame.merges) mergeInto(frame, source, this.base, at => this.countMergedKey(at))
    const end = this.base + Math.max(frame.end, frame.start)
    return new MapNode(frame.entries, frame.byKey, this.lines, this.base + frame.start, end, frame.tag)
  }

  /** Counts a key copied by a `<<` merge; `at` locates the error once there are too many. */
  private countMergedKey(at: number): void {
    if (++this.mergedKeys > this.limits.maxMergeKeys) {
      throw new CompositionError(`merge keys exceeded maxMergeKeys (${this.limits.maxMergeKeys})`, at)
    }
  }

  /** Adds a complete node (of `size` nodes expanded, `height` levels) to the open collection or document. */
  private attach(node: YamlNode, size: number, height: number): void {
    const parent = this.stack[this.stack.length - 1]
    if (parent === undefined) return
    if (parent.kind === 'document') {
      parent.root = node
      return
    }
    parent.end = Math.max(parent.end, offsetOf(node, 'end') - this.base)
    if (parent.kind === 'seq') {
      parent.items.push(node)
      this.grow(parent, size, height)
      return
    }
    if (parent.key === undefined) {
      const key = node
      if (key.kind !== 'scalar') {
        const message = 'complex mapping keys (a collection as key) are not supported'
        throw new CompositionError(message, offsetOf(key, 'start') - this.base)
      }
      parent.key = key
      parent.keyIsMerge = key.style === 'plain' && key.text === '<<' && (key.tag ?? MERGE_TAG) === MERGE_TAG
      return
    }
    const keyNode = parent.key
    parent.key = undefined
    if (parent.keyIsMerge) {
      ;(parent.merges ??= []).push({ node, size, height })
      return
    }
    const key = keyNode.text
    const first = parent.byKey.get(key)
    if (first !== undefined) {
      throw new CompositionError(
        `duplicated mapping key "${key}" (first at line ${first.keyNode.start.line})`,
        offsetOf(keyNode, 'start') - this.base
      )
    }
    const entry: YamlMapEntry = { key, keyNode, value: node, merged: false }
    parent.entries.push(entry)
    parent.byKey.set(key, entry)
    this.grow(parent, size, height)
  }

  private grow(frame: CollectionFrame, size: number, height: number): void {
    frame.size += size
    frame.height = Math.max(frame.height, height + 1)
  }

  private position(offset: number): YamlDocument['start'] {
    return this.lines.at(this.base + offset)
  }

  /** After an error: consume the rest of the current document's events; returns the last index consumed. */
  private skipDocument(events: readonly Event[], index: number): number {
    let open = this.stack.length
    let i = index
    while (open > 0 && i + 1 < events.length) {
      const type = (events[++i] as Event).type
      if (type === EVENT_ID.SEQUENCE || type === EVENT_ID.MAPPING || type === EVENT_ID.DOCUMENT) open++
      else if (type === EVENT_ID.POP) open--
    }
    this.stack = []
    this.documentIndex++
    return i
  }
}
