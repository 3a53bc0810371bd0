import type { Parser, Tree } from 'web-tree-sitter'

/**
 * A number with an exponent and no fraction (`1e3`, `5E3`, `1E+3`, `2e-1`), where a number token may start: not
 * after a letter, digit, `_` or `.` (`x1e3`, `1.5e3`, `x.1e3`), nor after the `-` of a name (`vm-1e3` is one name in
 * HCL), and not run into a name or a `.` after it (`...` may follow: `f(1e3...)`).
 */
const EXPONENT_NUMBER = /(?<![\p{L}\p{N}_.])(?<![\p{L}_][\p{L}\p{N}_-]*-)\d+[eE][-+]?\d+(?![\p{L}\p{N}_]|\.(?!\.))/gu

/**
 * Parses HCL text with tree-sitter, numbers with an exponent and no fraction included. HCL's number
 * (`NumericLit = decimal+ ("." decimal+)? (expmark decimal+)?`) takes an exponent after any digits, and Terraform
 * reads `iops = 5E3`; tree-sitter-hcl 1.2's token takes it only after a fraction (`1.5e3`), so such a file was a
 * syntax error and the gate could not pass it. tree-sitter is given the text with each such number written as a
 * token of the same length that it lexes as one number (`0x0`, `0x00`: its hex token takes any letters and digits);
 * positions do not move, and the copy of the tree reads the text as written, so `5E3` is converted as `5E3`. A match
 * that is text (inside a string, a heredoc or a comment) is given back as written and the text parsed once more: text
 * is read the same whatever its letters, so that parse is the last.
 */
export function parseWithExponents(parser: Parser, text: string): Tree | null {
  const spans: (readonly [start: number, end: number])[] = []
  for (const match of text.matchAll(EXPONENT_NUMBER)) spans.push([match.index, match.index + match[0].length])
  if (spans.length === 0) return parser.parse(text)
  const tree = parser.parse(rewritten(text, spans))
  if (tree === null) return tree
  const texts = tree.rootNode.descendantsOfType(['template_literal', 'comment'])
  const numbers = spans.filter(([start, end]) => !texts.some(node => node.startIndex < end && start < node.endIndex))
  if (numbers.length === spans.length) return tree
  tree.delete()
  return parser.parse(rewritten(text, numbers))
}

/** The text with each span written as a hex number token of its length (`1E+3` -> `0x00`). */
function rewritten(text: string, spans: readonly (readonly [start: number, end: number])[]): string {
  let result = ''
  let at = 0
  for (const [start, end] of spans) {
    result += `${text.slice(at, start)}0x${'0'.repeat(end - start - 2)}`
    at = end
  }
  return result + text.slice(at)
}
