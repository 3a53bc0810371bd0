import type { JsonPath } from './json-value.js'
import { endOfLiteral, endOfString, isKey } from '../../shared/json/json-text.js'

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
  static of(text: string, limit = Infinity): MemberIndex | { readonly tooDeep: number } {
    const buffers = pool.pop() ?? { members: new Int32Array(POOLED_MEMBERS * MEMBER_FIELDS), containers: new Int32Array(POOLED_CONTAINERS * CONTAINER_FIELDS) }
    const tooDeep = indexMembers(text, buffers, limit)
    if (tooDeep < 0) return new MemberIndex(text, buffers)
    pool.push(buffers)
    return { tooDeep }
  }

  /**
   * Gives the index's arrays to the next document's pass: indexing every template allocated two large
   * typed arrays each time, whose allocation and release cost more than the pass. The index is not
   * used after this.
   */
  release(): void {
    const { members, containers } = this.buffers
    // Arrays a large file grew are dropped: kept, they would hold its size for the rest of the scan.
    if (pool.length < MAX_POOLED && members.length === POOLED_MEMBERS * MEMBER_FIELDS && containers.length === POOLED_CONTAINERS * CONTAINER_FIELDS) {
      pool.push(this.buffers)
    }
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

/** Elements this early are found by walking the array; later ones (in a template's `resources`) through an index. */
const SHORT_ARRAY = 8

// A member: where it is written (its key's quote, or its first character), line, column, the container
// its value opens (-1: a scalar), the next member of its container (-1: the last), the location its
// document made for it (-1: none yet).
const OFFSET = 0
const LINE = 1
const COLUMN = 2
const CHILD = 3
const NEXT = 4
const LOCATION = 5
const MEMBER_FIELDS = 6
// A container: whether it is an object (1) or an array (0), its first member (-1: empty).
const IS_OBJECT = 0
const FIRST = 1
const CONTAINER_FIELDS = 2

/** The arrays an index fills (grown as needed, so they are often longer than what it filled). */
interface Buffers {
  members: Int32Array
  containers: Int32Array
}

/** Arrays released by indexes that are done, for the next pass; bounded in number and size. */
const pool: Buffers[] = []
const MAX_POOLED = 4
/** The size the arrays start at (and are pooled at): a template of 7 KB has about 300 members. */
const POOLED_MEMBERS = 4096
const POOLED_CONTAINERS = 1024

/** The open containers, innermost last, and the member last added to each (to link the next one to it). */
let openStack = new Int32Array(64)
let lastStack = new Int32Array(64)
/** The line and line start the whitespace skipped so far leaves the pass at. */
let line = 1
let lineStart = 0

/**
 * Fills `buffers` with the members and containers of a text JSON.parse accepted; returns -1, or the
 * offset of the first bracket that opens a level deeper than `limit` (then the buffers hold nothing usable).
 */
function indexMembers(text: string, buffers: Buffers, limit: number): number {
  let { members, containers } = buffers
  line = 1
  lineStart = 0
  let position = skipSpace(text, 0)
  let code = text.charCodeAt(position)
  // Member 0: the root value.
  members[OFFSET] = position
  members[LINE] = line
  members[COLUMN] = position - lineStart + 1
  members[CHILD] = -1
  members[NEXT] = -1
  members[LOCATION] = -1
  if (code !== OPEN_BRACE && code !== OPEN_BRACKET) return -1
  if (limit < 1) return position
  members[CHILD] = 0
  containers[IS_OBJECT] = code === OPEN_BRACE ? 1 : 0
  containers[FIRST] = -1
  let memberCount = 1
  let containerCount = 1
  let open = 0
  openStack[0] = 0
  lastStack[0] = -1
  position++
  for (;;) {
    position = skipSpace(text, position)
    code = text.charCodeAt(position)
    if (code !== CLOSE_BRACE && code !== CLOSE_BRACKET && position < text.length) {
      // A member of the innermost open container.
      const member = memberCount++
      const at = member * MEMBER_FIELDS
      if (at + MEMBER_FIELDS > members.length) buffers.members = members = growFor(members, at, position, text.length)
      members[at + OFFSET] = position
      members[at + LINE] = line
      members[at + COLUMN] = position - lineStart + 1
      members[at + CHILD] = -1
      members[at + NEXT] = -1
      members[at + LOCATION] = -1
      const base = (openStack[open] as number) * CONTAINER_FIELDS
      const previous = lastStack[open] as number
      if (previous < 0) containers[base + FIRST] = member
      else members[previous * MEMBER_FIELDS + NEXT] = member
      lastStack[open] = member
      if (containers[base + IS_OBJECT] === 1) {
        position = skipSpace(text, endOfString(text, position) + 1) // at ':'
        position = skipSpace(text, position + 1)
        code = text.charCodeAt(position)
      }
      if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        if (++open >= limit) return position
        members[at + CHILD] = containerCount
        if (open >= openStack.length) {
          openStack = grow(openStack)
          lastStack = grow(lastStack)
        }
        openStack[open] = containerCount
        lastStack[open] = -1
        const added = containerCount++ * CONTAINER_FIELDS
        if (added + CONTAINER_FIELDS > containers.length) buffers.containers = containers = growFor(containers, added, position, text.length)
        containers[added + IS_OBJECT] = code === OPEN_BRACE ? 1 : 0
        containers[added + FIRST] = -1
        position++
        continue
      }
      position = code === QUOTE ? endOfString(text, position) + 1 : endOfLiteral(text, position)
      position = skipSpace(text, position)
      code = text.charCodeAt(position)
    }
    // After a value: closing brackets end containers (each a value of the one around it), a comma leads to the next member.
    while (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      if (open-- === 0) return -1
      position = skipSpace(text, position + 1)
      code = text.charCodeAt(position)
    }
    if (position >= text.length) return -1
    position++ // past ','
  }
}

/**
 * An array with room for what the whole text will need, extrapolated from what its first `position`
 * characters filled (`filled` numbers), and at least twice the room. Doubling alone took a 2.6 MB
 * template's members through five arrays (80 KB to 2.6 MB, 5 MB in all), each allocated outside V8's heap
 * and freed only when a collection finds it garbage: the process's allocator kept that peak (ARM 10k:
 * 11 MB of typed arrays at once, 14 MB of malloc heap for the rest of the scan).
 */
function growFor(array: Int32Array, filled: number, position: number, textLength: number): Int32Array<ArrayBuffer> {
  const expected = Math.ceil(((filled / Math.max(position, 1)) * textLength * 5) / 4)
  const grown = new Int32Array(Math.max(array.length * 2, expected))
  grown.set(array)
  return grown
}

function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(array.length * 2)
  grown.set(array)
  return grown
}

const QUOTE = 0x22
const OPEN_BRACE = 0x7b
const OPEN_BRACKET = 0x5b
const CLOSE_BRACE = 0x7d
const CLOSE_BRACKET = 0x5d
const LF = 0x0a
const CR = 0x0d

/**
 * Skips JSON whitespace, counting line breaks as the line index of the other readers does: `\n`, and a
 * `\r` not followed by `\n` (`\r\n` breaks at its `\n`).
 */
function skipSpace(text: string, position: number): number {
  for (;;) {
    const code = text.charCodeAt(position)
    if (code === 0x20 || code === 0x09) position++
    else if (code === LF || (code === CR && text.charCodeAt(position + 1) !== LF)) {
      line++
      lineStart = ++position
    } else if (code === CR) position++
    else return position
  }
}
