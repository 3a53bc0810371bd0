import type { CstNode as Node } from './cst.js'
import type { Expression, TemplatePart } from './ast.js'
import type { ConvertContext } from './convert-context.js'

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
  const t = ctx.tree
  const children = t.childrenOf(node)
  if (t.type(node) === 'heredoc_template') {
    const [opener, second, ...rest] = children
    const closer = rest.at(-1)
    const source = ctx.source
    const afterOpener = source.indexOf('\n', second === undefined ? t.startIndex(node) : t.endIndex(second))
    const start = afterOpener < 0 ? t.endIndex(node) : afterOpener + 1
    const end = closer !== undefined && !t.isMissing(closer) ? source.lastIndexOf('\n', t.startIndex(closer) - 1) + 1 : t.endIndex(node)
    const stripIndent = opener !== undefined && t.text(opener) === '<<-'
    const mode = { escapes: false, dedent: stripIndent ? commonIndent(source.slice(start, Math.max(start, end))) : 0 }
    return partsBetween(ctx, rest, start, Math.max(start, end), mode, expression)
  }
  const first = children[0]
  const last = children.at(-1)
  const start = first === undefined ? t.startIndex(node) : t.endIndex(first)
  const end = last !== undefined && last !== first && !t.isMissing(last) ? t.startIndex(last) : t.endIndex(node)
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
  const t = ctx.tree
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
    const type = t.type(child)
    if (type !== 'template_interpolation' && type !== 'template_directive') continue
    if (t.startIndex(child) < cursor || t.endIndex(child) > end) continue
    text(cursor, t.startIndex(child))
    const markers = stripMarkers(ctx, child)
    if (markers.before) trimLastText(parts)
    const part = type === 'template_interpolation' ? interpolation(ctx, child, expression) : directive(ctx, child, mode, expression)
    if (part) parts.push(part)
    stripNext = markers.after
    cursor = t.endIndex(child)
  }
  text(cursor, end)
  return parts
}

function interpolation(ctx: ConvertContext, node: Node, expression: ConvertExpression): TemplatePart | undefined {
  const t = ctx.tree
  const inner = t.namedChildrenOf(node).find(child => t.type(child) === 'expression')
  return inner !== undefined ? { kind: 'interpolation', expression: expression(inner) } : undefined
}

function directive(ctx: ConvertContext, node: Node, mode: TextMode, expression: ConvertExpression): TemplatePart | undefined {
  const t = ctx.tree
  const inner = t.firstNamedChild(node)
  if (inner === undefined) return undefined
  const children = t.childrenOf(inner)
  const head = children[0]
  const tail = children.at(-1)
  if (head === undefined || tail === undefined) return undefined
  const headChildren = t.namedChildrenOf(head)
  const condition = headChildren.find(child => t.type(child) === 'expression')
  if (condition === undefined) return undefined
  if (t.type(inner) === 'template_if') {
    const elseIntro = children.find(child => t.type(child) === 'template_else_intro')
    const thenEnd = t.startIndex(elseIntro ?? tail)
    return {
      kind: 'if',
      condition: expression(condition),
      then: partsBetween(ctx, children, t.endIndex(head), thenEnd, mode, expression),
      else: elseIntro !== undefined ? partsBetween(ctx, children, t.endIndex(elseIntro), t.startIndex(tail), mode, expression) : []
    }
  }
  const names = headChildren.filter(child => t.type(child) === 'identifier')
  const [first, second] = names
  if (first === undefined) return undefined
  return {
    kind: 'for',
    keyName: second !== undefined ? t.text(first) : undefined,
    valueName: t.text(second ?? first),
    collection: expression(condition),
    body: partsBetween(ctx, children, t.endIndex(head), t.startIndex(tail), mode, expression)
  }
}

/** `${~ x ~}`: the markers strip whitespace before and after the interpolation or directive. */
function stripMarkers(ctx: ConvertContext, node: Node): { before: boolean; after: boolean } {
  const t = ctx.tree
  const edges = t.type(node) === 'template_directive' ? directiveEdges(ctx, node) : [node, node]
  const [opening, closing] = edges
  const openingMarker = opening !== undefined ? t.childrenOf(opening)[1] : undefined
  const closingMarker = closing !== undefined ? t.childrenOf(closing).at(-2) : undefined
  return {
    before: openingMarker !== undefined && t.type(openingMarker) === 'strip_marker',
    after: closingMarker !== undefined && t.type(closingMarker) === 'strip_marker'
  }
}

function directiveEdges(ctx: ConvertContext, node: Node): [Node | undefined, Node | undefined] {
  const t = ctx.tree
  const inner = t.firstNamedChild(node)
  if (inner === undefined) return [undefined, undefined]
  const children = t.childrenOf(inner)
  return [children[0], children.at(-1)]
}

function trimLastText(parts: TemplatePart[]): void {
  const last = parts.at(-1)
  if (last?.kind !== 'text') return
  const trimmed = last.text.trimEnd()
  if (trimmed === '') parts.pop()
  else parts[parts.length - 1] = { kind: 'text', text: trimmed }
}

export function literalText(source: string, from: number, to: number, mode: TextMode): string {
  let raw = source.slice(from, to)
  if (mode.dedent > 0) raw = dedent(raw, mode.dedent, from === 0 || source[from - 1] === '\n')
  raw = raw.replaceAll('$${', '${').replaceAll('%%{', '%{')
  return mode.escapes ? unescapeQuoted(raw) : raw
}

/** The indentation shared by every non-blank line of a `<<-` heredoc. */
export function commonIndent(content: string): number {
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
