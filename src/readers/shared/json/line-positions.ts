/**
 * 1-based line/column of text offsets, for JSON readers that ask for a few positions per file. The
 * same answers as the YAML `LineIndex` (line breaks `\n`, `\r\n` and a lone `\r`; a leading
 * byte-order mark takes no column; offsets clamped to the text), but line starts are found with
 * `indexOf` and only as far into the text as a position was asked: a file whose only position is
 * near its start never has its tail scanned, and no per-character loop runs over the text.
 */
export class LinePositions {
  /** Line starts found so far, ascending: those of every line break at an offset below `scanned`. */
  private readonly starts: number[]
  private scanned = 0
  /** The next `\n` and `\r` found (-1: none left; below the scan position: to be searched again). */
  private nextLineFeed = -2
  private nextReturn = -2

  constructor(readonly text: string) {
    this.starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0]
  }

  /** Position of a zero-based offset; offsets past the end are clamped to it. */
  at(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length))
    if (clamped > this.scanned) this.scanTo(clamped)
    const line = this.lineOf(clamped)
    return { line: line + 1, column: Math.max(clamped - (this.starts[line] as number), 0) + 1 }
  }

  /** Records the line start of every break below `offset` (so every line start up to `offset`). */
  private scanTo(offset: number): void {
    const { text, starts } = this
    let position = this.scanned
    for (;;) {
      if (this.nextLineFeed !== -1 && this.nextLineFeed < position) this.nextLineFeed = text.indexOf('\n', position)
      if (this.nextReturn !== -1 && this.nextReturn < position) this.nextReturn = text.indexOf('\r', position)
      const lineFeed = this.nextLineFeed
      const carriage = this.nextReturn
      // The next break: a `\n`, or a `\r` not followed by `\n` (`\r\n` breaks at its `\n`).
      const isReturn = carriage !== -1 && (lineFeed === -1 || carriage < lineFeed)
      const next = isReturn ? carriage : lineFeed
      if (next === -1 || next >= offset) {
        this.scanned = offset
        return
      }
      if (!isReturn || text.charCodeAt(next + 1) !== 10) starts.push(next + 1)
      position = next + 1
    }
  }

  private lineOf(offset: number): number {
    const starts = this.starts
    let low = 0
    let high = starts.length - 1
    if ((starts[high] as number) <= offset) return high
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] as number) <= offset) low = middle
      else high = middle - 1
    }
    return low
  }
}
