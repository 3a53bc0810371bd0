import type { CstNode as Node } from './cst.js'
import type { Expression, TemplatePart } from './ast.js'
import { childrenOf, type ConvertContext, namedChildrenOf } from './convert-context.js'

type ConvertExpression = (node: Node) => Expression

/** How literal text of a template is turned into its value. */
interface TextMode {
  /** Quoted strings process backslash escapes; heredocs do not. */
  readonly escapes: boolean
  /** `<<-` heredocs: leading spaces removed from every line. */
  readonly dedent: number
}

/**
 * The parts of a quoted template or heredoc. Literal text is cut from the source between the
 * structural children, because tree-sitter's `template_literal` nodes drop whitespace at their edges.
 */
export function templateParts(ctx: ConvertContext, node: Node, expression: ConvertExpression): TemplatePart[] {
  const children = childrenOf(node)
  if (node.type === 'heredoc_template') {
    const [opener, , ...rest] = children
    const closer = rest.at(-1)
    const source = ctx.source
    const afterOpener = source.indexOf('\n', children[1]?.endIndex ?? node.startIndex)
    const start = afterOpener < 0 ? node.endIndex : afterOpener + 1
    const end = closer && !closer.isMissing ? source.lastIndexOf('\n', closer.startIndex - 1) + 1 : node.endIndex
    const stripIndent = opener?.text === '<<-'
    const mode = { escapes: false, dedent: stripIndent ? commonIndent(source.slice(start, Math.max(start, end))) : 0 }
    return partsBetween(ctx, rest, start, Math.max(start, end), mode, expression)
  }
  const first = children[0]
  const last = children.at(-1)
  const start = first?.endIndex ?? node.startIndex
  const end = last && last !== first && !last.isMissing ? last.startIndex : node.endIndex
  return partsBetween(ctx, children, start, Math.max(start, end), { escapes: true, dedent: 0 }, expression)
}

function partsBetween(
  ctx: ConvertContext,
  children: readonly Node[],
  start: number,
  end: number,
  mode: TextMode,
  expression: ConvertExpression
): TemplatePart[] {
  const parts: TemplatePart[] = []
  let cursor = start
  let stripNext = false
  const text = (from: number, to: number): void => {
    let value = literalText(ctx.source, from, to, mode)
    if (stripNext) value = value.trimStart()
    stripNext = false
    if (value !== '') parts.push({ kind: 'text', text: value })
  }
  for (const child of children) {
    if (child.type !== 'template_interpolation' && child.type !== 'template_directive') continue
    if (child.startIndex < cursor || child.endIndex > end) continue
    text(cursor, child.startIndex)
    const markers = stripMarkers(child)
    if (markers.before) trimLastText(parts)
    const part = child.type === 'template_interpolation' ? interpolation(child, expression) : directive(ctx, child, mode, expression)
    if (part) parts.push(part)
    stripNext = markers.after
    cursor = child.endIndex
  }
  text(cursor, end)
  return parts
}

function interpolation(node: Node, expression: ConvertExpression): TemplatePart | undefined {
  const inner = namedChildrenOf(node).find(child => child.type === 'expression')
  return inner ? { kind: 'interpolation', expression: expression(inner) } : undefined
}

function directive(ctx: ConvertContext, node: Node, mode: TextMode, expression: ConvertExpression): TemplatePart | undefined {
  const inner = namedChildrenOf(node)[0]
  if (!inner) return undefined
  const children = childrenOf(inner)
  const head = children[0]
  const tail = children.at(-1)
  if (!head || !tail) return undefined
  const condition = namedChildrenOf(head).find(child => child.type === 'expression')
  if (!condition) return undefined
  if (inner.type === 'template_if') {
    const elseIntro = children.find(child => child.type === 'template_else_intro')
    const thenEnd = (elseIntro ?? tail).startIndex
    return {
      kind: 'if',
      condition: expression(condition),
      then: partsBetween(ctx, children, head.endIndex, thenEnd, mode, expression),
      else: elseIntro ? partsBetween(ctx, children, elseIntro.endIndex, tail.startIndex, mode, expression) : []
    }
  }
  const names = namedChildrenOf(head).filter(child => child.type === 'identifier')
  const [first, second] = names
  if (!first) return undefined
  return {
    kind: 'for',
    keyName: second ? first.text : undefined,
    valueName: (second ?? first).text,
    collection: expression(condition),
    body: partsBetween(ctx, children, head.endIndex, tail.startIndex, mode, expression)
  }
}

/** `${~ x ~}`: the markers strip whitespace before and after the interpolation or directive. */
function stripMarkers(node: Node): { before: boolean; after: boolean } {
  const edges = node.type === 'template_directive' ? directiveEdges(node) : [node, node]
  const [opening, closing] = edges
  const openingChildren = opening ? childrenOf(opening) : []
  const closingChildren = closing ? childrenOf(closing) : []
  return {
    before: openingChildren[1]?.type === 'strip_marker',
    after: closingChildren.at(-2)?.type === 'strip_marker'
  }
}

function directiveEdges(node: Node): [Node | undefined, Node | undefined] {
  const inner = namedChildrenOf(node)[0]
  if (!inner) return [undefined, undefined]
  const children = childrenOf(inner)
  return [children[0], children.at(-1)]
}

function trimLastText(parts: TemplatePart[]): void {
  const last = parts.at(-1)
  if (last?.kind !== 'text') return
  const trimmed = last.text.trimEnd()
  if (trimmed === '') parts.pop()
  else parts[parts.length - 1] = { kind: 'text', text: trimmed }
}

function literalText(source: string, from: number, to: number, mode: TextMode): string {
  let raw = source.slice(from, to)
  if (mode.dedent > 0) raw = dedent(raw, mode.dedent, from === 0 || source[from - 1] === '\n')
  raw = raw.replaceAll('$${', '${').replaceAll('%%{', '%{')
  return mode.escapes ? unescapeQuoted(raw) : raw
}

/** The indentation shared by every non-blank line of a `<<-` heredoc. */
function commonIndent(content: string): number {
  let indent = Infinity
  for (const line of content.split('\n')) {
    if (line.trim() === '') continue
    indent = Math.min(indent, line.length - line.trimStart().length)
  }
  return Number.isFinite(indent) ? indent : 0
}

function dedent(text: string, indent: number, startsLine: boolean): string {
  return text
    .split('\n')
    .map((line, index) => {
      if (index === 0 && !startsLine) return line
      const leading = line.length - line.trimStart().length
      return line.slice(Math.min(leading, indent))
    })
    .join('\n')
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' }

/** Backslash escapes of quoted HCL strings (`\n`, `\"`, `\u00e9`, `\U0001F600`). */
export function unescapeQuoted(raw: string): string {
  if (!raw.includes('\\')) return raw
  return raw.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/gs, (whole, escape: string) => {
    if (escape.length > 1) {
      const code = Number.parseInt(escape.slice(1), 16)
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return SIMPLE_ESCAPES[escape] ?? whole
  })
}
