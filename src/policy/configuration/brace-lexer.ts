/** The brace languages an inline exemption is written in: Bicep and Terraform's HCL. */
export type BraceSyntax = 'bicep' | 'hcl'

/** Code, counting its open brackets; a string's `${` opens code of its own, which its `}` closes. */
type Frame = { readonly kind: 'code'; depth: number } | { readonly kind: 'string' }

/** `<<EOF` or `<<-EOF` ending its line: the body follows, up to a line that is the marker alone. */
const HEREDOC = /^<<-?([A-Za-z_][\w-]*)\s*$/

/**
 * Follows the brackets of Bicep or HCL text, line by line, to tell where a statement (a declaration with
 * its block, a decorator) ends. Only what hides a bracket is read: strings with their interpolations,
 * comments, Bicep's `'''` strings and HCL heredocs. A `}` in any of them is text, not the end of a block.
 */
export class BraceLexer {
  /** The statement's code at the bottom; a string, and the interpolations in it, above. */
  private readonly frames: Frame[] = [{ kind: 'code', depth: 0 }]
  private inBlockComment = false
  private inMultilineString = false
  /** The marker of the heredoc whose body is being skipped, and of one that starts on the next line. */
  private heredoc: string | undefined
  private nextHeredoc: string | undefined
  private readonly quote: string

  constructor(private readonly syntax: BraceSyntax) {
    this.quote = syntax === 'bicep' ? "'" : '"'
  }

  /**
   * Whether every bracket opened so far is closed and nothing spans the line's end: the statement ends on
   * the last line fed.
   */
  get settled(): boolean {
    const [bottom] = this.frames
    return (
      this.frames.length === 1 &&
      bottom?.kind === 'code' &&
      bottom.depth === 0 &&
      !this.inBlockComment &&
      !this.inMultilineString &&
      this.heredoc === undefined
    )
  }

  feed(line: string): void {
    if (this.heredoc !== undefined) {
      // HCL allows the closing marker indented, in both forms.
      if (line.trim() === this.heredoc) this.heredoc = undefined
      return
    }
    let at = 0
    while (at < line.length) at = this.step(line, at)
    this.heredoc = this.nextHeredoc
    this.nextHeredoc = undefined
  }

  /** Reads one token at `at`; returns where the next one starts. */
  private step(line: string, at: number): number {
    if (this.inBlockComment) return this.skipTo(line, at, '*/', () => (this.inBlockComment = false))
    if (this.inMultilineString) return this.skipTo(line, at, "'''", () => (this.inMultilineString = false))
    const top = this.frames[this.frames.length - 1] as Frame
    return top.kind === 'string' ? this.inString(line, at) : this.inCode(line, at, top)
  }

  private skipTo(line: string, at: number, end: string, ended: () => void): number {
    const found = line.indexOf(end, at)
    if (found < 0) return line.length
    ended()
    return found + end.length
  }

  private inString(line: string, at: number): number {
    const char = line[at]
    if (char === '\\') return at + 2
    if (char === this.quote) {
      this.frames.pop()
      return at + 1
    }
    // HCL writes a literal `${` or `%{` as `$${` or `%%{`; Bicep escapes it as `\${` (read above).
    if (this.syntax === 'hcl' && (line.startsWith('$${', at) || line.startsWith('%%{', at))) return at + 3
    if (line.startsWith('${', at) || (this.syntax === 'hcl' && line.startsWith('%{', at))) {
      this.frames.push({ kind: 'code', depth: 0 })
      return at + 2
    }
    return at + 1
  }

  private inCode(line: string, at: number, code: { depth: number }): number {
    const char = line[at] as string
    // `#` starts a comment in HCL; in Bicep it starts a `#disable-next-line` pragma, and is nothing else.
    if (char === '#' || line.startsWith('//', at)) return line.length
    if (line.startsWith('/*', at)) {
      this.inBlockComment = true
      return at + 2
    }
    if (this.syntax === 'bicep' && line.startsWith("'''", at)) {
      this.inMultilineString = true
      return at + 3
    }
    if (char === this.quote) {
      this.frames.push({ kind: 'string' })
      return at + 1
    }
    const heredoc = this.syntax === 'hcl' && line.startsWith('<<', at) ? HEREDOC.exec(line.slice(at)) : null
    if (heredoc !== null) {
      this.nextHeredoc = heredoc[1]
      return line.length
    }
    if (char === '{' || char === '[' || char === '(') code.depth++
    else if (char === '}' && code.depth === 0 && this.frames.length > 1) this.frames.pop()
    else if (char === '}' || char === ']' || char === ')') code.depth = Math.max(0, code.depth - 1)
    return at + 1
  }
}
