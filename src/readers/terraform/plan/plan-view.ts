import type { Node } from 'jsonc-parser'
import { absent, type SourceLocation, type Sourced, unresolved } from '../../../model/source.js'
import { isList, isMissing, isObject, type Value } from '../eval/value.js'
import { descendValue } from '../model/descend.js'
import type { ResourceView } from '../model/view.js'
import { childOf } from '../../shared/json/json-tree.js'
import { jsonValue } from '../eval/json-value.js'
import type { PlanEntry } from './plan-document.js'

/** Finds where a path is written in the `.tf` declaration, when the configuration is scanned. */
export type ConfigurationLocator = (path: readonly string[]) => SourceLocation | undefined

/**
 * Resolves a value that is only known after apply but written as a reference to another planned resource, the
 * attribute's own or one deep inside it: the attribute's references must name one resource.
 */
export type ReferenceResolver = (attribute: string) => string | undefined

const KNOWN_AFTER_APPLY = 'known after apply'

const isEmpty = (node: Node | undefined): boolean =>
  node === undefined || (node.type === 'array' && (node.children?.length ?? 0) === 0) || (node.type === 'string' && node.value === '')

/**
 * A planned resource's values (`change.after`), with `after_unknown` marking what the plan does not
 * know yet. A value that is unknown and not written in the configuration is computed by the
 * provider: for arguments we read, that is their default, so it reads as not set.
 */
export class PlanView implements ResourceView {
  constructor(
    private readonly entry: PlanEntry,
    readonly location: SourceLocation,
    private readonly position: (offset: number) => { line: number; column: number },
    private readonly file: string,
    private readonly locate: ConfigurationLocator,
    private readonly reference: ReferenceResolver
  ) {}

  get(path: readonly string[]): Sourced<Value> {
    let node = this.entry.after
    let unknown: Value = this.entry.afterUnknown
    for (let i = 0; i < path.length; i++) {
      const key = path[i] as string
      while (node?.type === 'array') {
        const first = node.children?.[0]
        if (!first) return absent(this.where(path.slice(0, i), node))
        node = first
        unknown = isList(unknown) ? (unknown[0] ?? null) : unknown
      }
      if (node?.type === 'string') return this.inString(jsonValue(node), path.slice(i), this.where(path, node))
      if (node?.type !== 'object') return absent(this.where(path.slice(0, i), node))
      unknown = isObject(unknown) ? (unknown.entries.get(key) ?? null) : null
      const next = childOf(node, key)
      if (unknown === true) return this.unknownValue(path, i, next ?? node)
      if (!next || next.type === 'null' || isEmpty(next)) return absent(this.where(path.slice(0, i + 1), next ?? node))
      node = next
    }
    // Plans write blocks that are not configured as [] and unset optional strings as "".
    if (isEmpty(node)) return absent(this.where(path, node))
    return { value: jsonValue(node), origin: 'literal', location: this.where(path, node) }
  }

  private unknownValue(path: readonly string[], index: number, node: Node | undefined): Sourced<Value> {
    const location = this.where(path.slice(0, index + 1), node)
    const top = path[0] as string
    const configured = this.entry.configured
    const id = this.reference(top)
    if (id !== undefined) return { value: id, origin: 'expression', location }
    // An attribute not written in the configuration is the provider's default (see the class note).
    if (index === 0 && configured && !configured.has(top)) return absent(location)
    return unresolved(location, KNOWN_AFTER_APPLY)
  }

  /** A JSON string (an azapi 1.x body) read as the object it encodes. */
  private inString(value: Value, keys: readonly string[], location: SourceLocation): Sourced<Value> {
    let current: Value | undefined = value
    for (const key of keys) current = current === undefined ? undefined : descendValue(current, key)
    if (current === undefined || current === null) return absent(location)
    if (isMissing(current)) return unresolved(location, current.reason)
    return { value: current, origin: 'literal', location }
  }

  /** The `.tf` line of a path when the configuration is scanned, else its place in the plan. */
  private where(path: readonly string[], node: Node | undefined): SourceLocation {
    const configured = path.length > 0 ? this.locate(path) : undefined
    if (configured) return configured
    if (!node) return this.location
    return { file: this.file, ...this.position(node.parent?.type === 'property' ? node.parent.offset : node.offset) }
  }
}
