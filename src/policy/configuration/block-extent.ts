import type { ManifestFormat } from '../../model/resources.js'
import type { SourceLocation } from '../../model/source.js'
import { BraceLexer, type BraceSyntax } from './brace-lexer.js'

/** One line of a scanned file (1-based), or undefined past its end or when it cannot be read. */
export type LineReader = (file: string, line: number) => string | undefined

/**
 * How a declaration's lines are told in its file:
 * - `bicep`, `hcl`: the declaration line through the line that closes its brackets;
 * - `yaml-node`: a mapping that is the resource (a Kubernetes document, an item of a List, a Composition's
 *   `base`), declared at its first key: the lines indented at least as far;
 * - `yaml-entry`: a key whose value is the resource (a Pulumi logical name): the lines indented further.
 */
export type BlockSyntax = BraceSyntax | 'yaml-node' | 'yaml-entry'

/**
 * The syntax of a declaration at a line of `file`, from the file's name (a module call in a `.bicep` file is
 * Bicep whatever the module is written in), and for YAML from the format that declared it. Undefined for a
 * file without comments (JSON): nothing can sit in its blocks.
 */
export function blockSyntaxOf(file: string, format: ManifestFormat): BlockSyntax | undefined {
  if (isBicepFile(file)) return 'bicep'
  if (/\.tf$/i.test(file)) return 'hcl'
  if (/\.ya?ml$/i.test(file)) return format === 'pulumi' ? 'yaml-entry' : 'yaml-node'
  return undefined
}

export const isBicepFile = (file: string): boolean => /\.bicep(?:param)?$/i.test(file)

/**
 * The last line of each declaration's block, read from the file's text when an exemption comment needs it.
 * Read here rather than recorded by the readers: the policy has every file's lines (the rules' fixes read
 * them too), five readers would each have to carry an end through their models, and a reader's `endLine`
 * is the end of whatever node it located (for Pulumi the logical name alone), not of the block. Each
 * block is read once per evaluation, however many comments ask.
 */
export class BlockExtents {
  private readonly lastLines = new Map<string, number | undefined>()

  constructor(private readonly readLine: LineReader | undefined) {}

  /** The block's last line; undefined when its text cannot be read or its brackets never close. */
  lastLine(at: SourceLocation, syntax: BlockSyntax): number | undefined {
    const key = `${syntax}:${at.line}:${at.column}:${at.file}`
    if (this.lastLines.has(key)) return this.lastLines.get(key)
    const readLine = this.readLine
    const read = (line: number): string | undefined => readLine?.(at.file, line)
    const last =
      syntax === 'bicep' || syntax === 'hcl' ? bracketsClosed(read, at.line, syntax) : lastIndented(read, at, syntax === 'yaml-entry')
    this.lastLines.set(key, last)
    return last
  }
}

/** The line on which the statement starting at `start` has closed every bracket it opened. */
function bracketsClosed(read: (line: number) => string | undefined, start: number, syntax: BraceSyntax): number | undefined {
  const lexer = new BraceLexer(syntax)
  for (let line = start; ; line++) {
    const text = read(line)
    // The file ends inside the block (it is malformed) or cannot be read: nothing is known to be in it.
    if (text === undefined) return undefined
    lexer.feed(text)
    if (lexer.settled) return line
  }
}

/** A YAML document's start or end marker, on a line of its own. */
export const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?:\s|$)/

/**
 * The last line of content of a YAML resource: a blank line below it, or a comment no further indented than
 * the resource itself, belongs to nothing yet (the next resource, or no resource), so it does not extend the
 * block; a comment indented further is written inside it (under its last key). A document marker, or content
 * indented less than the resource's own keys (as far as the key, for `yaml-entry`), ends it.
 */
function lastIndented(read: (line: number) => string | undefined, at: SourceLocation, valueOfKey: boolean): number | undefined {
  if (read(at.line) === undefined) return undefined
  const ownIndent = at.column - 1
  let last = at.line
  for (let line = at.line + 1; ; line++) {
    const text = read(line)
    if (text === undefined || DOCUMENT_MARKER.test(text)) return last
    const content = text.trimStart()
    if (content === '') continue
    const indent = text.length - content.length
    if (content.startsWith('#')) {
      if (indent > ownIndent) last = line
      continue
    }
    if (valueOfKey ? indent <= ownIndent : indent < ownIndent) return last
    last = line
  }
}
