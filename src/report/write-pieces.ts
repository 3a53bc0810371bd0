import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'

/** Text gathered per write: one system call per piece (a resource, a batch of results) costs more than the rest. */
const WRITE_BATCH = 1 << 20

/**
 * Writes text given in pieces to a file (creating its folder), a batch at a time: a large report is never
 * held whole, neither as one string nor as its UTF-8 bytes. Errors are the file system's, thrown as they come.
 */
export function writePieces(path: string, pieces: Iterable<string>): void {
  mkdirSync(dirname(path), { recursive: true })
  const fd = openSync(path, 'w')
  try {
    let batch = ''
    for (const piece of pieces) {
      batch += piece
      if (batch.length < WRITE_BATCH) continue
      writeAll(fd, batch)
      batch = ''
    }
    writeAll(fd, batch)
  } finally {
    closeSync(fd)
  }
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8')
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset)
}
