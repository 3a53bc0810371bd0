// The claim's look at a file: its first 4 KiB, decoded as the readers would decode it (or why it is not
// text), and, for a file no larger than that, whether it holds a policy word. The file stays open until
// the claim is decided, so that the whole text, when a reader will read it next, is read on the same open.
import { closeSync, openSync } from 'node:fs'
import { POLICY_WORDS } from '../readers/policy-content.js'
import { readRest, readStart } from '../workspace/listed-file.js'
import { decodeHead, decodeText, encodingsOf, type TextResult, type WorkspaceFile } from '../workspace/workspace.js'

const HEAD_BYTES = 4096

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
}

/** How many files the claim opened (tests count how often a scan opens each file). */
export const headReads = { opened: 0 }

/**
 * A file as the claim looks at it: its head is read on the first ask (most files are claimed from their
 * name alone), its whole text on a second ask, from the same open file. `close` once the claim is decided,
 * before the next file is read (the head's bytes are in a buffer every read shares).
 */
export class FileHead {
  private fd: number | undefined
  private known: Head | undefined
  /** The whole text, when the head is the whole file. */
  private whole: TextResult | undefined

  constructor(private readonly file: WorkspaceFile) {}

  /** Whether the head was read (a reader asked for it). */
  get read(): boolean {
    return this.known !== undefined
  }

  head(): Head {
    return (this.known ??= this.readHead())
  }

  /**
   * The file's whole text exactly as the workspace would read it (`readListed`: size-limited, decoded), on
   * the open file; undefined when it cannot be read (the workspace then reads it, and says why).
   */
  text(): TextResult | undefined {
    const head = this.head()
    if (this.whole !== undefined) return this.whole
    if (this.fd === undefined || head.whole) return undefined
    try {
      return readRest(this.fd, HEAD_BYTES, this.file.path)
    } catch {
      return undefined
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
  }

  private readHead(): Head {
    try {
      this.fd = openSync(this.file.absolutePath, 'r')
      headReads.opened++
      // Up to 4 KiB: the file's size is not needed (looking it up would cost a stat per file).
      const head = readStart(this.fd, HEAD_BYTES)
      if (head.length < HEAD_BYTES) return this.wholeFile(head)
      const path = this.file.path
      const text = decodeHead(head, path)
      if (text !== undefined) return { text, decoded: true, whole: false }
      // Not text its tool reads (NUL bytes, a byte order mark it refuses): say why, located.
      const decoded = decodeText(head, encodingsOf(path))
      if (decoded.ok) return { text: '', decoded: false, whole: false }
      return { text: '', decoded: false, whole: false, unreadable: { message: decoded.message, line: decoded.line, column: decoded.column } }
    } catch {
      this.close()
      return { text: '', decoded: false, whole: false }
    }
  }

  /**
   * The head of a file it holds whole. Its bytes decoded as the workspace reads a file (`decodeText`): text
   * that decodes is its own head (`decodeHead` gives the same string for bytes that decode without error)
   * and is tested for policy words here, as the prefilter would test it; text that does not is the head
   * `decodeHead` gives, as for a longer file.
   */
  private wholeFile(bytes: Uint8Array): Head {
    const path = this.file.path
    const full = decodeText(bytes, encodingsOf(path))
    this.whole = full
    if (full.ok) return { text: full.text, decoded: true, whole: true, quiet: !POLICY_WORDS.test(full.text) }
    const text = decodeHead(bytes, path)
    if (text !== undefined) return { text, decoded: true, whole: true }
    return { text: '', decoded: false, whole: true, unreadable: { message: full.message, line: full.line, column: full.column } }
  }
}
