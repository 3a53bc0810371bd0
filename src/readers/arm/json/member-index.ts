import type { JsonPath } from './json-value.js'
import { isKey } from '../../shared/json/json-text.js'
import { CHILD, COLUMN, CONTAINER_FIELDS, FIRST, giveBack, indexMembers, IS_OBJECT, LINE, LOCATION, MEMBER_FIELDS, NEXT, OFFSET, takeBuffers, type Buffers } from './member-pass.js'

/**
 * Where every member of a JSON text JSON.parse accepted is written, with its line and column, found in
 * one pass (run on a document's first position): a property's key, an array element's first character,
 * the root value, as jsonc-parser's tree places them. A path is then followed by member links, keys
 * compared in the text; a path that leaves the document stops at the last member found.
 *
 * Why one pass: the positions a template's model needs (every value of every VM, maintenance
 * configuration and assignment) lie all over the file, so the whole text is read anyway; reading it once,
 * into two typed arrays, replaces a bracket scan, a second read of every container on a path, and a
 * line index (a text JSON.parse accepted has line breaks only between tokens, where the pass is).
 */
export class MemberIndex {
  /** The members of the long arrays indexed by position (a template's `resources`), by container. */
  private elements: Map<number, Int32Array> | undefined
  /**
   * The previous walk: its path (a copy: callers may reuse their path array), how many segments
   * matched, and the member after each.
   */
  private readonly lastPath: (string | number)[] = []
  private matched = 0
  private readonly lastMembers: number[] = []

  private constructor(
    private readonly text: string,
    private readonly buffers: Buffers
  ) {
    this.members = buffers.members
    this.containers = buffers.containers
  }

  /** MEMBER_FIELDS numbers per member; member 0 is the root value. */
  private readonly members: Int32Array
  /** CONTAINER_FIELDS numbers per container. */
  private readonly containers: Int32Array

  /**
   * The index of a text, or the offset of the first `{` or `[` that opens a level deeper than `limit`
   * (as `findExcessiveNesting` finds it in a text JSON.parse accepted).
   */
  static of(text: string, limit = NO_LIMIT): MemberIndex | { readonly tooDeep: number } {
    const buffers = takeBuffers()
    const tooDeep = indexMembers(text, buffers, limit)
    if (tooDeep < 0) return new MemberIndex(text, buffers)
    giveBack(buffers)
    return { tooDeep }
  }

  /**
   * Gives the index's arrays to the next document's pass: indexing every template allocated two large
   * typed arrays each time, whose allocation and release cost more than the pass. The index is not
   * used after this.
   */
  release(): void {
    giveBack(this.buffers)
  }

  /** The member a path (its first `length` segments) leads to (0, the root, for the empty path), or the last one found on it. */
  find(path: JsonPath, length = path.length): number {
    const { lastPath, lastMembers } = this
    let depth = 0
    while (depth < length && depth < this.matched && path[depth] === lastPath[depth]) depth++
    let member = depth === 0 ? 0 : (lastMembers[depth - 1] as number)
    const common = depth
    for (; depth < length; depth++) {
      const container = this.members[member * MEMBER_FIELDS + CHILD] as number
      if (container < 0) break
      const found = this.memberOf(container, path[depth] as string | number)
      if (found < 0) break
      member = found
      lastMembers[depth] = member
    }
    this.matched = depth
    for (let i = common; i < depth; i++) lastPath[i] = path[i] as string | number
    return member
  }

  /** 1-based line of a member. */
  line(member: number): number {
    return this.members[member * MEMBER_FIELDS + LINE] as number
  }

  /** 1-based column of a member. */
  column(member: number): number {
    return this.members[member * MEMBER_FIELDS + COLUMN] as number
  }

  /** The number its document gave the location of a member (`noteLocation`), or -1. */
  locationOf(member: number): number {
    return this.members[member * MEMBER_FIELDS + LOCATION] as number
  }

  /**
   * Notes the number a document gives the location it made for a member: kept in the member's own field,
   * a map from member to location was most of what positions allocated (10 MB on ARM 10k).
   */
  noteLocation(member: number, location: number): void {
    this.members[member * MEMBER_FIELDS + LOCATION] = location
  }

  /** The member a segment names in a container: the last of duplicate keys (the value ARM reads), or an index; -1 if none. */
  private memberOf(container: number, segment: string | number): number {
    const { members, containers, text } = this
    const base = container * CONTAINER_FIELDS
    if (containers[base + IS_OBJECT] === 1) {
      if (typeof segment !== 'string') return -1
      let found = -1
      for (let member = containers[base + FIRST] as number; member >= 0; member = members[member * MEMBER_FIELDS + NEXT] as number) {
        if (isKey(text, members[member * MEMBER_FIELDS + OFFSET] as number, segment)) found = member
      }
      return found
    }
    if (typeof segment !== 'number' || !Number.isInteger(segment) || segment < 0) return -1
    if (segment < SHORT_ARRAY) {
      let member = containers[base + FIRST] as number
      for (let i = 0; i < segment && member >= 0; i++) member = members[member * MEMBER_FIELDS + NEXT] as number
      return member
    }
    const elements = this.elementsOf(container)
    return segment < elements.length ? (elements[segment] as number) : -1
  }

  private elementsOf(container: number): Int32Array {
    this.elements ??= new Map()
    let elements = this.elements.get(container)
    if (elements === undefined) {
      const { members } = this
      const first = this.containers[container * CONTAINER_FIELDS + FIRST] as number
      let count = 0
      for (let member = first; member >= 0; member = members[member * MEMBER_FIELDS + NEXT] as number) count++
      elements = new Int32Array(count)
      for (let i = 0, member = first; i < count; i++, member = members[member * MEMBER_FIELDS + NEXT] as number) elements[i] = member
      this.elements.set(container, elements)
    }
    return elements
  }
}

/**
 * No nesting limit: deeper than any text can nest (each level takes a character), and a small integer, as the
 * pass's other limit (MAX_JSON_DEPTH) is: `Infinity` there made V8 drop the pass's optimized code and compile
 * it again (`not a Smi`).
 */
const NO_LIMIT = 0x3fffffff

/** Elements this early are found by walking the array; later ones (in a template's `resources`) through an index. */
const SHORT_ARRAY = 8
