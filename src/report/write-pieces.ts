import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'

/** Bytes gathered per write: one system call per piece (a resource, a batch of results) costs more than the rest. */
const WRITE_BATCH = 1 << 20

/**
 * Writes text given in pieces to a file (creating its folder), a batch at a time: a large report is never
 * held whole, neither as one string nor as its UTF-8 bytes. Each piece is encoded straight into one reused
 * buffer: gathering the pieces into a 1 MB string first made a flat copy of it (allocated in V8's old
 * space, as every string that large is) and a new buffer per batch, ~30 MB of garbage for a 10,000-file
 * report that the scan's peak memory paid for. Errors are the file system's, thrown as they come.
 */
export function writePieces(path: string, pieces: Iterable<string>): void {
  mkdirSync(dirname(path), { recursive: true })
  const fd = openSync(path, 'w')
  try {
    const buffer = Buffer.allocUnsafeSlow(WRITE_BATCH)
    let filled = 0
    for (const piece of pieces) {
      // Bytes are at most three per UTF-16 unit: a piece that may not fit is flushed around, or written alone.
      const most = piece.length * 3
      if (filled + most > WRITE_BATCH) {
        writeAll(fd, buffer, filled)
        filled = 0
      }
      if (most > WRITE_BATCH) {
        const bytes = Buffer.from(piece, 'utf8')
        writeAll(fd, bytes, bytes.length)
        continue
      }
      filled += buffer.write(piece, filled, 'utf8')
    }
    writeAll(fd, buffer, filled)
  } finally {
    closeSync(fd)
  }
}

function writeAll(fd: number, bytes: Buffer, length: number): void {
  for (let offset = 0; offset < length; ) offset += writeSync(fd, bytes, offset, length - offset)
}

/** Characters gathered per write to a stream: one write per piece would be a system call per resource. */
const STREAM_BATCH = 64 * 1024

/**
 * Pieces joined into batches of about STREAM_BATCH characters, each batch whole pieces (a piece longer
 * than that is a batch of its own), for a stream that takes strings: the CLI's stdout.
 */
export function* batchedPieces(pieces: Iterable<string>, size: number = STREAM_BATCH): Generator<string> {
  let batch = ''
  for (const piece of pieces) {
    if (batch.length > 0 && batch.length + piece.length > size) {
      yield batch
      batch = ''
    }
    batch += piece
  }
  if (batch.length > 0) yield batch
}
