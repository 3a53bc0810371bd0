import type { YamlScalar } from '../../yaml/nodes.js'
import type { LineIndex } from '../../yaml/line-index.js'

/** A document marker at the start of a line: `---` or `...`, alone or before a space. */
export const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/

/**
 * The text of a YAML string written as a literal block scalar (`template: |`), placed where it is written: each of
 * its lines at its line and column of the file (the lines before it empty, its own lines with their indentation),
 * so that whatever is parsed from it is located in the file as it is. A document marker (`---`) is moved to column 1,
 * where YAML reads it as one (indented, it is text); an indented document is read as written. Undefined when the
 * scalar is not a literal block whose lines are the file's with one indentation removed (a folded or quoted
 * string, an indentation indicator that keeps some spaces): its lines cannot be placed.
 */
export function placedTemplate(scalar: YamlScalar, lines: LineIndex): string | undefined {
  if (scalar.style !== 'literal' || typeof scalar.value !== 'string') return undefined
  const text = lines.text
  // The scalar starts on its first line of content (the parser's), or at its `|` header: its content is on the next line.
  const first = text.charCodeAt(scalar.start.offset) === 124 ? scalar.start.line + 1 : scalar.start.line
  const decoded = scalar.text.split('\n')
  // A final line break (clip or keep chomping) ends the last line: it starts no line of its own.
  if (decoded.at(-1) === '') decoded.pop()
  let indent: number | undefined
  const placed: string[] = []
  for (let index = 0; index < decoded.length; index++) {
    const line = decoded[index] as string
    const raw = lineText(lines, first + index)
    indent ??= line === '' ? undefined : raw.length - line.length
    // A line of the value is its line of the file with the indentation removed; an empty one may be shorter.
    const same = line === '' ? /^[ ]*$/.test(raw) : indent !== undefined && raw === ' '.repeat(Math.max(indent, 0)) + line
    if (!same) return undefined
    placed.push(DOCUMENT_MARKER.test(line) ? line : raw)
  }
  return '\n'.repeat(first - 1) + placed.join('\n') + '\n'
}

/** A 1-based line of the text, without its line break. */
function lineText(lines: LineIndex, line: number): string {
  if (line > lines.lineCount) return ''
  const text = lines.text
  let end = line < lines.lineCount ? lines.lineStart(line + 1) : text.length
  while (end > lines.lineStart(line) && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--
  return text.slice(lines.lineStart(line), end)
}

/** The opening and closing of a Go template action. */
const ACTION = /\{\{[\s\S]*?(?:\}\}|$)/g

/**
 * A Go template with its actions blotted out, every character of an action but line breaks replaced, so that what
 * is left is located as written: a line of actions only (`{{- if .x }}`, `{{ end }}`, `{{ $x := ... }}`) becomes
 * blank, an action inside a line (`location: {{ .region }}`) a plain word of underscores, which is no value
 * the gate reads. Nothing is evaluated: both branches of an `if` are kept, a `range` body is kept once.
 */
export function withoutActions(template: string): string {
  // NUL, which YAML text cannot hold, marks what an action wrote until each line is judged.
  const blotted = template.replace(ACTION, action => action.replace(/[^\r\n]/g, NUL))
  return blotted.replace(/^.*$/gm, line => line.replaceAll(NUL, line.replaceAll(NUL, '').trim() === '' ? ' ' : '_'))
}

const NUL = String.fromCharCode(0)
