// The claim's look at a file: its first 4 KiB, read once with one shared buffer, decoded as the readers
// would decode it (or why it is not text), and, for a file no larger than that, whether it holds a policy word.
import { isUtf8 } from 'node:buffer'
import { closeSync, openSync, readSync } from 'node:fs'
import { POLICY_WORDS } from '../readers/policy-content.js'
import { cannotRead, decodeHead, decodeText, encodingsOf, type TextResult, type WorkspaceFile } from '../workspace/workspace.js'

const HEAD_BYTES = 4096
/**
 * What one read of a file takes in (the workspace's read buffer size, `readListed`): the head is its first
 * 4 KiB; a file shorter than this is whole in the buffer, and the claim may keep its text (`wholeTextOfHead`).
 */
const READ_BYTES = 64 * 1024

export interface Head {
  /** The first 4 KiB as text; empty when the file is not readable text. */
  readonly text: string
  /** Whether `text` is the head decoded (not empty for a file that is not text or could not be read). */
  readonly decoded: boolean
  /** Whether the head is the whole file. */
  readonly whole: boolean
  /** Why the file is not text (NUL bytes, a UTF-16 byte order mark), located. */
  readonly unreadable?: { readonly message: string; readonly line: number; readonly column: number }
  /** The head is the whole file, its text decodes as the workspace reads it, and it holds no policy word. */
  readonly quiet?: boolean
  /** The file could not be read at all (`unreadable` says why): it may hold anything, so it fails closed. */
  readonly ioError?: true
}

// One buffer for every head: each is decoded before the next file is read.
const headBuffer = Buffer.alloc(READ_BYTES)
/** The file whose bytes `headBuffer` holds, and how many (`wholeTextOfHead`). */
let buffered: { readonly file: WorkspaceFile; readonly bytes: number } | undefined

export function readHead(file: WorkspaceFile): Head {
  let fd: number | undefined
  try {
    fd = openSync(file.absolutePath, 'r')
    buffered = undefined
    // Up to 64 KiB (one read either way): the file's size is not needed (looking it up would cost a stat per file).
    const bytes = readSync(fd, headBuffer, 0, READ_BYTES, 0)
    buffered = { file, bytes }
    const read = Math.min(bytes, HEAD_BYTES)
    const head = headBuffer.subarray(0, read)
    const whole = read < HEAD_BYTES
    if (whole) return wholeFile(head, file.path)
    const text = decodeHead(head, file.path)
    if (text !== undefined) return { text, decoded: true, whole }
    // Not text its tool reads (NUL bytes, a byte order mark it refuses): say why, located.
    const decoded = decodeText(head, encodingsOf(file.path))
    if (decoded.ok) return { text: '', decoded: false, whole }
    return { text: '', decoded: false, whole, unreadable: { message: decoded.message, line: decoded.line, column: decoded.column } }
  } catch (error) {
    return { text: '', decoded: false, whole: false, unreadable: { message: cannotRead(error), line: 1, column: 1 }, ioError: true }
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/**
 * The head of a file it holds whole. Its bytes decoded as the workspace reads a file (`decodeText`): text
 * that decodes is its own head (`decodeHead` gives the same string for bytes that decode without error)
 * and is tested for policy words here, as the prefilter would test it; text that does not is the head
 * `decodeHead` gives, as for a longer file.
 */
function wholeFile(bytes: Uint8Array, path: string): Head {
  const full = decodeText(bytes, encodingsOf(path))
  if (full.ok) return { text: full.text, decoded: true, whole: true, quiet: !POLICY_WORDS.test(full.text) }
  const text = decodeHead(bytes, path)
  if (text !== undefined) return { text, decoded: true, whole: true }
  return { text: '', decoded: false, whole: true, unreadable: { message: full.message, line: full.line, column: full.column } }
}

/**
 * The whole text of the file `readHead` read last, decoded as the workspace reads it (`readListed`: the same
 * bytes, the same decoding), when it was shorter than one read; undefined otherwise (or for another file).
 */
export function wholeTextOfHead(file: WorkspaceFile): TextResult | undefined {
  if (buffered === undefined || buffered.file !== file || buffered.bytes >= READ_BYTES) return undefined
  return decodeText(headBuffer.subarray(0, buffered.bytes), encodingsOf(file.path))
}

/**
 * Whether the whole text of the file `readHead` read last (shorter than one read) holds LOCAL_LINK_WORD
 * (`"relativePath"`, `artifactsLocation` or `.templateLink`, any case), found in its bytes: for UTF-8 without NUL bytes (what
 * `decodeText` decodes as UTF-8), an ASCII word matches case-insensitively in the text where its bytes do in the
 * bytes, as every byte of a character outside ASCII is 0x80 or more. Undefined for other bytes (UTF-16, binary,
 * invalid UTF-8: `wholeTextOfHead` says) or another file.
 */
export function localLinkWordOfHead(file: WorkspaceFile): boolean | undefined {
  if (buffered === undefined || buffered.file !== file || buffered.bytes >= READ_BYTES) return undefined
  const bytes = headBuffer.subarray(0, buffered.bytes)
  // A UTF-16 or UTF-32 byte order mark is invalid UTF-8 or a NUL byte.
  if (bytes.includes(0) || !isUtf8(bytes)) return undefined
  return LINK_WORDS.some(word => holdsWord(bytes, word))
}

/** A word to look for in bytes, any case: its lower-case bytes, and each spelling of its last two, which the search finds first. */
interface ByteWord {
  readonly bytes: Buffer
  readonly ends: readonly Buffer[]
}

const CASE_BIT = 0x20
const isLetter = (byte: number): boolean => byte >= 0x61 && byte <= 0x7a

function byteWord(word: string): ByteWord {
  const bytes = Buffer.from(word.toLowerCase(), 'latin1')
  const [a, b] = [bytes[bytes.length - 2] as number, bytes[bytes.length - 1] as number]
  const spellings = (byte: number): number[] => (isLetter(byte) ? [byte, byte & ~CASE_BIT] : [byte])
  return { bytes, ends: spellings(a).flatMap(first => spellings(b).map(second => Buffer.from([first, second]))) }
}

/** The words of LOCAL_LINK_WORD (readers/policy-content.ts; a test holds them together). */
const LINK_WORDS: readonly ByteWord[] = [byteWord('"relativePath"'), byteWord('artifactsLocation'), byteWord('.templateLink')]

function holdsWord(bytes: Buffer, { bytes: word, ends }: ByteWord): boolean {
  const start = word.length - 2
  for (const end of ends) {
    for (let at = bytes.indexOf(end, start); at >= 0; at = bytes.indexOf(end, at + 1)) {
      let same = true
      // A letter matches in either case (equal with the case bit set); any other byte only itself.
      for (let i = 0; i < start && same; i++) {
        const byte = bytes[at - start + i] as number
        same = isLetter(word[i] as number) ? (byte | CASE_BIT) === word[i] : byte === word[i]
      }
      if (same) return true
    }
  }
  return false
}

/**
 * All the text the one read of `readHead` took in of the file it read last (up to 64 KiB), decoded as its head
 * (a character cut at the end is dropped); the head's text for another file or bytes that are not text. A claim
 * whose head is only a preamble looks further (`HeadText`): no second read of the file.
 */
export function textOfRead(file: WorkspaceFile, head: Head): string {
  if (!head.decoded || head.whole || buffered === undefined || buffered.file !== file) return head.text
  return decodeHead(headBuffer.subarray(0, buffered.bytes), file.path) ?? head.text
}
