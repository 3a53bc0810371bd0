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

/** The members of one container: where each is written, and the container its value opens (or -1). */
interface Members {
  /** A property's key, or an element's first character. */
  readonly offsets: number[]
  readonly containers: number[]
  /** Object keys (unescaped) to member index; the last of duplicate keys, the value ARM reads. */
  readonly keys: Map<string, number> | undefined
}

/**
 * Finds the offset of a JSON path in a text that JSON.parse accepted, the way jsonc-parser's tree
 * does: a property's key, an array element's first character, the root value; a path that leaves
 * the document stops at the last member found. Only the containers on the paths asked for are read,
 * each once, skipping nested containers by the structure's recorded ends.
 */
export class JsonLocator {
  private readonly members = new Map<number, Members>()
  private readonly rootOffset: number
  private readonly rootContainer: number
  /**
   * The previous walk: its path, and the offset and container after each segment it matched. The
   * reads of one resource share long prefixes (`resources/3/properties/osProfile/...`).
   */
  private lastPath: JsonPath = []
  private readonly lastOffsets: number[] = []
  private readonly lastContainers: number[] = []

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
    while (depth < path.length && depth < lastOffsets.length && path[depth] === lastPath[depth]) depth++
    lastOffsets.length = depth
    lastContainers.length = depth
    let offset = depth === 0 ? this.rootOffset : (lastOffsets[depth - 1] as number)
    let container = depth === 0 ? this.rootContainer : (lastContainers[depth - 1] as number)
    for (; depth < path.length && container >= 0; depth++) {
      const members = this.membersOf(container)
      const index = memberIndex(members, path[depth] as string | number)
      if (index === undefined) break
      offset = members.offsets[index] as number
      container = members.containers[index] as number
      lastOffsets.push(offset)
      lastContainers.push(container)
    }
    this.lastPath = path
    return offset
  }

  private membersOf(container: number): Members {
    let members = this.members.get(container)
    if (members === undefined) {
      members = readMembers(this.text, this.structure, container)
      this.members.set(container, members)
    }
    return members
  }
}

function memberIndex(members: Members, segment: string | number): number | undefined {
  if (members.keys !== undefined) return typeof segment === 'string' ? members.keys.get(segment) : undefined
  const inRange = typeof segment === 'number' && Number.isInteger(segment) && segment >= 0 && segment < members.offsets.length
  return inRange ? segment : undefined
}

function readMembers(text: string, { starts, ends, nexts }: JsonStructure, container: number): Members {
  const start = starts[container] as number
  const isObject = text.charCodeAt(start) === OPEN_BRACE
  const close = isObject ? CLOSE_BRACE : CLOSE_BRACKET
  const offsets: number[] = []
  const containers: number[] = []
  const keys = isObject ? new Map<string, number>() : undefined
  let next = container + 1
  let position = skipSpace(text, start + 1)
  while (position < text.length && text.charCodeAt(position) !== close) {
    if (keys !== undefined) {
      const keyEnd = endOfString(text, position)
      keys.set(keyOf(text, position, keyEnd), offsets.length)
      offsets.push(position)
      position = skipSpace(text, keyEnd + 1) // at ':'
      position = skipSpace(text, position + 1)
    } else {
      offsets.push(position)
    }
    const code = text.charCodeAt(position)
    if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      containers.push(next)
      position = (ends[next] as number) + 1
      next = nexts[next] as number
    } else {
      containers.push(-1)
      position = code === QUOTE ? endOfString(text, position) + 1 : endOfLiteral(text, position)
    }
    position = skipSpace(text, position)
    if (text.charCodeAt(position) === COMMA) position = skipSpace(text, position + 1)
  }
  return { offsets, containers, keys }
}

/** A key's value: the text between the quotes, unescaped when it holds an escape. */
function keyOf(text: string, quote: number, end: number): string {
  const raw = text.slice(quote + 1, end)
  return raw.includes('\\') ? (JSON.parse(text.slice(quote, end + 1)) as string) : raw
}

const COMMA = 0x2c
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
