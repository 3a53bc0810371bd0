import { readFileSync, readSync, statSync } from 'node:fs'
import type { WorkspaceFile } from './workspace.js'

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
