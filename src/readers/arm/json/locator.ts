import type { JsonPath } from './json-value.js'
import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  endOfComment,
  endOfString,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  type JsonStructure
} from './structure.js'

/**
 * Finds the offset of a JSON path in a text that JSON.parse accepted, the way jsonc-parser's tree
 * does: a property's key, an array element's first character, the root value; a path that leaves
 * the document stops at the last member found. Only the containers on the paths asked for are read,
 * each once, skipping nested containers by the structure's recorded ends; keys are compared in the text.
 */
export class JsonLocator {
  private readonly rootOffset: number
  private readonly rootContainer: number
  /** The members of the containers read so far. */
  private readonly members = new Map<number, Members>()
  /**
   * The previous walk: its path, how many segments matched, and the offset and container after each.
   * The reads of one resource share long prefixes (`resources/3/properties/osProfile/...`).
   */
  private lastPath: JsonPath = []
  private matched = 0
  private readonly lastOffsets: number[] = []
  private readonly lastContainers: number[] = []
  /** What `findMember` found: the member's offset and the container its value opens (or -1). */
  private foundOffset = 0
  private foundContainer = -1

  constructor(
    private readonly text: string,
    private readonly structure: JsonStructure
  ) {
    this.rootOffset = skipSpace(text, 0)
    this.rootContainer = structure.starts.length > 0 && structure.starts[0] === this.rootOffset ? 0 : -1
  }

  offset(path: JsonPath): number {
    const { lastPath, lastOffsets, lastContainers } = this
    let depth = 0
    while (depth < path.length && depth < this.matched && path[depth] === lastPath[depth]) depth++
    let offset = depth === 0 ? this.rootOffset : (lastOffsets[depth - 1] as number)
    let container = depth === 0 ? this.rootContainer : (lastContainers[depth - 1] as number)
    for (; depth < path.length && container >= 0; depth++) {
      if (!this.findMember(container, path[depth] as string | number)) break
      offset = this.foundOffset
      container = this.foundContainer
      lastOffsets[depth] = offset
      lastContainers[depth] = container
    }
    this.matched = depth
    this.lastPath = path
    return offset
  }

  /**
   * Finds the member a segment names in a container: a key (the last of duplicate keys, the value ARM
   * reads; keys are compared in the text) or an array index. False when there is none.
   */
  private findMember(container: number, segment: string | number): boolean {
    const members = this.membersOf(container)
    let found = -1
    if (this.text.charCodeAt(this.structure.starts[container] as number) === OPEN_BRACE) {
      if (typeof segment === 'string') {
        // From the last member: the last of duplicate keys is the one read.
        for (let i = members.length - 2; i >= 0 && found < 0; i -= 2) if (isKey(this.text, members[i] as number, segment)) found = i
      }
    } else if (typeof segment === 'number' && Number.isInteger(segment) && segment >= 0 && 2 * segment < members.length) {
      found = 2 * segment
    }
    if (found < 0) return false
    this.foundOffset = members[found] as number
    this.foundContainer = members[found + 1] as number
    return true
  }

  /** A container's members, read once (a resource is read path by path, a long `resources` array index by index). */
  private membersOf(container: number): Members {
    let members = this.members.get(container)
    if (members === undefined) {
      members = readMembers(this.text, this.structure, container)
      this.members.set(container, members)
    }
    return members
  }
}

/**
 * The members of one container, two numbers each: where it is written (a property's key, an element's
 * first character) and the container its value opens (or -1).
 */
type Members = number[]

function readMembers(text: string, { starts, ends, nexts }: JsonStructure, container: number): Members {
  const start = starts[container] as number
  const isObject = text.charCodeAt(start) === OPEN_BRACE
  const close = isObject ? CLOSE_BRACE : CLOSE_BRACKET
  const members: Members = []
  let next = container + 1
  let position = skipSpace(text, start + 1)
  while (position < text.length && text.charCodeAt(position) !== close) {
    members.push(position)
    if (isObject) {
      position = skipSpace(text, endOfString(text, position) + 1) // at ':'
      position = skipSpace(text, position + 1)
    }
    const code = text.charCodeAt(position)
    if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      members.push(next)
      position = (ends[next] as number) + 1
      next = nexts[next] as number
    } else {
      members.push(-1)
      position = code === QUOTE ? endOfString(text, position) + 1 : endOfLiteral(text, position)
    }
    position = skipSpace(text, position)
    if (text.charCodeAt(position) === COMMA) position = skipSpace(text, position + 1)
  }
  return members
}

/**
 * Whether the key whose opening quote is at `quote` is `name`, compared in the text (nothing is
 * allocated); a key written with an escape (`"a\u0062"`) is compared unescaped.
 */
function isKey(text: string, quote: number, name: string): boolean {
  let position = quote + 1
  for (let i = 0; i < name.length; i++, position++) {
    const code = text.charCodeAt(position)
    if (code === BACKSLASH) return keyOf(text, quote, endOfString(text, quote)) === name
    if (code === QUOTE || code !== name.charCodeAt(i)) return false
  }
  return text.charCodeAt(position) === QUOTE
}

/** A key's value: the text between the quotes, unescaped when it holds an escape. */
function keyOf(text: string, quote: number, end: number): string {
  const raw = text.slice(quote + 1, end)
  return raw.includes('\\') ? (JSON.parse(text.slice(quote, end + 1)) as string) : raw
}

const COMMA = 0x2c
const BACKSLASH = 0x5c
const SLASH = 0x2f

/** Skips JSON whitespace (and comments, which a text JSON.parse accepted has none of). */
function skipSpace(text: string, position: number): number {
  for (;;) {
    const code = text.charCodeAt(position)
    if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) position++
    else if (code === SLASH && endOfComment(text, position) !== position) position = endOfComment(text, position) + 1
    else return position
  }
}

/** The end of a number, `true`, `false` or `null`. */
function endOfLiteral(text: string, position: number): number {
  for (;;) {
    const code = text.charCodeAt(position)
    if (Number.isNaN(code) || code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || code <= 0x20 || code === SLASH) {
      return position
    }
    position++
  }
}
