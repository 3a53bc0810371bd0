import { endOfLiteral, endOfString } from '../../shared/json/json-text.js'
import { CLOSE_BRACE, CLOSE_BRACKET, CR, LF, OPEN_BRACE, OPEN_BRACKET, QUOTE } from '../../shared/json/char-codes.js'

/*
 * The one pass of the member index (member-index.ts): the members and containers of a JSON text, with
 * their lines and columns, written into pooled typed arrays.
 */

// A member: where it is written (its key's quote, or its first character), line, column, the container
// its value opens (-1: a scalar), the next member of its container (-1: the last), the location its
// document made for it (-1: none yet).
export const OFFSET = 0
export const LINE = 1
export const COLUMN = 2
export const CHILD = 3
export const NEXT = 4
export const LOCATION = 5
export const MEMBER_FIELDS = 6
// A container: whether it is an object (1) or an array (0), its first member (-1: empty).
export const IS_OBJECT = 0
export const FIRST = 1
export const CONTAINER_FIELDS = 2

/** The arrays an index fills (grown as needed, so they are often longer than what it filled). */
export interface Buffers {
  members: Int32Array
  containers: Int32Array
}

/** Arrays released by indexes that are done, for the next pass; bounded in number and size. */
const pool: Buffers[] = []
const MAX_POOLED = 4
/** The size the arrays start at (and are pooled at): a template of 7 KB has about 300 members. */
const POOLED_MEMBERS = 4096
const POOLED_CONTAINERS = 1024

/** Arrays for the next pass: released ones, or new ones of the pooled size. */
export function takeBuffers(): Buffers {
  return pool.pop() ?? { members: new Int32Array(POOLED_MEMBERS * MEMBER_FIELDS), containers: new Int32Array(POOLED_CONTAINERS * CONTAINER_FIELDS) }
}

/** Gives arrays back for the next pass; arrays a large file grew are dropped (kept, they would hold its size for the rest of the scan). */
export function giveBack(buffers: Buffers): void {
  const { members, containers } = buffers
  if (pool.length < MAX_POOLED && members.length === POOLED_MEMBERS * MEMBER_FIELDS && containers.length === POOLED_CONTAINERS * CONTAINER_FIELDS) {
    pool.push(buffers)
  }
}

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
export function indexMembers(text: string, buffers: Buffers, limit: number): number {
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
