/**
 * Converts character offsets to 1-based line and column with a table of line starts, filled only as
 * far as the offsets asked for: locations cluster around a template's resources, so most of a file's
 * tail is never scanned.
 */
export class LineIndex {
  private readonly starts: number[] = [0]
  /** Every line break before this offset is in `starts`; the one at it (if any) is not yet. */
  private scanned = 0

  constructor(private readonly text: string) {}

  position(offset: number): { line: number; column: number } {
    if (offset > this.scanned) this.extend(offset)
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((this.starts[middle] as number) <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - (this.starts[low] as number) + 1 }
  }

  /** Records the line breaks before `offset`. */
  private extend(offset: number): void {
    let next = this.text.indexOf('\n', this.scanned)
    while (next >= 0 && next < offset) {
      this.starts.push(next + 1)
      next = this.text.indexOf('\n', next + 1)
    }
    this.scanned = next < 0 ? Infinity : next
  }
}
