/** A 1-based line/column position together with the zero-based source offset it came from. */
export interface YamlPosition {
  readonly offset: number
  readonly line: number
  readonly column: number
}

/**
 * Maps source offsets to 1-based line/column. Line breaks are `\n`, `\r\n` and a lone `\r`, as in
 * YAML. A leading byte-order mark takes no column: editors do not show it.
 */
export class LineIndex {
  private readonly starts: number[]
  /** Zero-based line of the previous lookup: the composer asks in ascending order. */
  private recent = 0

  constructor(readonly text: string) {
    const starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0]
    if (text.indexOf('\r') < 0) {
      // No carriage return (most files): the native search finds the line feeds many times faster than a loop.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
    } else {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i)
        if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
      }
    }
    this.starts = starts
  }

  /** Position of a zero-based offset; offsets past the end are clamped to it. */
  at(offset: number): YamlPosition {
    const clamped = Math.max(0, Math.min(offset, this.text.length))
    const line = this.lineOf(clamped)
    this.recent = line
    const start = this.starts[line] as number
    return { offset: clamped, line: line + 1, column: Math.max(clamped - start, 0) + 1 }
  }

  /** `at(offset)` without the offset: one object where a caller keeps only the line and column. */
  lineAndColumn(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length))
    const line = this.lineOf(clamped)
    this.recent = line
    return { line: line + 1, column: Math.max(clamped - (this.starts[line] as number), 0) + 1 }
  }

  private lineOf(offset: number): number {
    const starts = this.starts
    const recent = this.recent
    if ((starts[recent] as number) <= offset) {
      // Usually the same line or the next few.
      for (let line = recent; line < recent + 4; line++) {
        if (line + 1 >= starts.length || (starts[line + 1] as number) > offset) return line
      }
    }
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] as number) <= offset) low = middle
      else high = middle - 1
    }
    return low
  }

  /** Zero-based offset of the start of a 1-based line (the text length past the last line). */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length
  }

  get lineCount(): number {
    return this.starts.length
  }
}
