import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/yaml/line-index.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    const starts = [text.charCodeAt(0) === 65279 ? 1 : 0];
    if (text.indexOf("\r") < 0) {
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10 || code === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
      }
    }
    this.starts = starts;
  }
  text;
  starts;
  /** Zero-based line of the previous lookup: the composer asks in ascending order. */
  recent = 0;
  /** Position of a zero-based offset; offsets past the end are clamped to it. */
  at(offset) {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    this.recent = line;
    const start = this.starts[line];
    return { offset: clamped, line: line + 1, column: Math.max(clamped - start, 0) + 1 };
  }
  /** `at(offset)` without the offset: one object where a caller keeps only the line and column. */
  lineAndColumn(offset) {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    this.recent = line;
    return { line: line + 1, column: Math.max(clamped - this.starts[line], 0) + 1 };
  }
  lineOf(offset) {
    const starts = this.starts;
    const recent = this.recent;
    if (starts[recent] <= offset) {
      for (let line = recent; line < recent + 4; line++) {
        if (line + 1 >= starts.length || starts[line + 1] > offset) return line;
      }
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
  /** Zero-based offset of the start of a 1-based line (the text length past the last line). */
  lineStart(line) {
    return this.starts[line - 1] ?? this.text.length;
  }
  get lineCount() {
    return this.starts.length;
  }
};

export {
  LineIndex
};
