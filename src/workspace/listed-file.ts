import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs'
import { decodeText, encodingsOf, type TextResult } from './decode.js'

/** Larger files are not parsed (a located notice says so); the rest of the repository still is. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024

export interface WorkspaceFile {
  /** Relative to the workspace root, `/` separated. */
  readonly path: string
  readonly absolutePath: string
  readonly size: number
}

/**
 * Why a file or folder could not be read, without its absolute path (`EACCES: permission denied`): what a
 * reader would otherwise have thrown, and ended the run with, or pinned on another file.
 */
export function cannotRead(error: unknown, what = 'the file'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return `${what} cannot be read (${code === undefined ? 'an input/output error' : `${code}${IO_WORDS[code] === undefined ? '' : `: ${IO_WORDS[code]}`}`})`
}

const IO_WORDS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a folder',
  EIO: 'input/output error',
  ENOENT: 'it no longer exists'
}

/** A listed file's whole text, or why it could not be read (located at its start). */
export function readWhole(absolutePath: string, path: string): TextResult {
  try {
    return decodeText(readFileSync(absolutePath), encodingsOf(path))
  } catch (error) {
    return { ok: false, message: cannotRead(error), line: 1, column: 1 }
  }
}

/** The message of a file over MAX_FILE_BYTES (the scan makes it a notice whichever reader reports it). */
export const sizeLimitMessage = (size: number): string =>
  `file is ${(size / 1048576).toFixed(1)} MiB, over the ${MAX_FILE_BYTES / 1048576} MiB limit; not read`


/**
 * A file found by listing a folder: its size is looked up only when asked for (most never are). A class,
 * so the getter is on the prototype: an own accessor per file gave each of 10,000 files a map, a
 * descriptor array and a closure of its own (7 MB held until the end of the scan).
 */
class ListedFile implements WorkspaceFile {
  private knownSize: number | undefined
  constructor(
    readonly path: string,
    readonly absolutePath: string
  ) {}

  get size(): number {
    return (this.knownSize ??= sizeOf(this.absolutePath))
  }
}

export const listedFile = (path: string, absolutePath: string): WorkspaceFile => new ListedFile(path, absolutePath)

function sizeOf(absolutePath: string): number {
  try {
    return statSync(absolutePath).size
  } catch {
    return 0
  }
}


/**
 * The bytes of an open file of a known size, as `readFileSync(fd)` reads them (up to that size; to the end
 * when it is 0, as for a file whose size the system does not know) without a second `fstat`.
 */
export function readOpen(fd: number, size: number): Buffer {
  if (size === 0) return readFileSync(fd)
  const bytes = Buffer.allocUnsafe(size)
  let filled = 0
  while (filled < size) {
    const read = readSync(fd, bytes, filled, size - filled, null)
    if (read === 0) break
    filled += read
  }
  return filled < size ? bytes.subarray(0, filled) : bytes
}

/**
 * One buffer for every read of a file that fits it (most manifests): the text is decoded from it before
 * the next file is read, so no buffer is allocated and no `fstat` asked per file (ARM 10k: 10,000 of each).
 */
const READ_BUFFER_BYTES = 64 * 1024
const readBuffer = Buffer.allocUnsafe(READ_BUFFER_BYTES)

/**
 * Reads a listed file with one open, or undefined when it is gone or unreadable since it was listed: the
 * caller then looks at it again. A read that fills less than the shared buffer is the whole file (as the
 * scan's 4 KiB head read takes it); a larger file's size is checked on the open file, then it is read whole.
 */
export function readListed(file: WorkspaceFile): TextResult | undefined {
  let fd: number | undefined
  try {
    fd = openSync(file.absolutePath, 'r')
    const read = readSync(fd, readBuffer, 0, READ_BUFFER_BYTES, 0)
    if (read < READ_BUFFER_BYTES) return decodeText(readBuffer.subarray(0, read), encodingsOf(file.path))
    const size = fstatSync(fd).size
    if (size > MAX_FILE_BYTES) return { ok: false, message: sizeLimitMessage(size), line: 1, column: 1 }
    return decodeText(readOpen(fd, size), encodingsOf(file.path))
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** The order the workspace lists files in: by path, code unit by code unit (never the locale's). */
export const byPath = (a: { readonly path: string }, b: { readonly path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
