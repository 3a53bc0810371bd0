import { copyTree, type CstNode as Node } from './cst.js'
import type { Attribute, Block, Body, Position } from './ast.js'
import { ConvertContext } from './convert-context.js'
import { convertExpression } from './convert-expression.js'
import { parseWithExponents } from './exponent-numbers.js'
import { unescapeQuoted } from './convert-template.js'
import { fastParseHcl } from './fast-parser.js'
import { hclParser } from './parser.js'
import { firstSyntaxError, type SyntaxError } from './syntax-errors.js'

/** One parsed `.tf` / `.tfvars` file. */
export interface HclFile {
  readonly body: Body
  /** The first syntax error; a file with one is not evaluated (Terraform would refuse it too). */
  readonly error: SyntaxError | undefined
  /** `# hotpatch-reboot-gate-exempt ...` comments: the text after the marker. */
  readonly exemptions: readonly { readonly pos: Position; readonly text: string }[]
}

const EXEMPT_MARKER = /^(?:#|\/\/)\s*hotpatch-reboot-gate-exempt\b[\s:]*(.*)$/

const EMPTY_BODY: Body = { attributes: new Map(), blocks: [] }

/**
 * Parses HCL text into the evaluator's tree, with the first syntax error and exemption comments: with the
 * fast parser (fast-parser.ts) when it reads the text, else with tree-sitter (loaded on first need).
 */
export async function parseHclFile(text: string): Promise<HclFile> {
  const fast = fastParseHcl(text, EMPTY_BODY)
  if (fast) return { body: fast.body, error: undefined, exemptions: exemptions(text, fast.comments, fast.position) }
  return parseWithTreeSitter(text)
}

/** The tree-sitter parse, the copy of its tree and the conversion (exported for the tests comparing both parsers). */
export async function parseWithTreeSitter(text: string): Promise<HclFile> {
  const { parser, named, cursor } = await hclParser()
  const tree = parseWithExponents(parser, text)
  if (!tree) return { body: EMPTY_BODY, error: { pos: { line: 1, column: 1 }, message: 'not parsed' }, exemptions: [] }
  try {
    const copy = copyTree(tree, text, named, cursor)
    const ctx = new ConvertContext(copy)
    const body = documentBody(ctx, 0)
    const syntax = tree.rootNode.hasError ? firstSyntaxError(tree.rootNode, text) : undefined
    const depth = ctx.tooDeep && {
      pos: ctx.tooDeep,
      message: 'nesting is too deep to read (more than 1000 levels); the file is not evaluated'
    }
    const spans = copy.comments.flatMap(comment => [copy.startIndex(comment), copy.endIndex(comment)])
    return { body, error: syntax ?? depth, exemptions: exemptions(text, spans, offset => copy.lines.lineAndColumn(offset)) }
  } finally {
    tree.delete()
  }
}

function documentBody(ctx: ConvertContext, root: Node): Body {
  const top = ctx.tree.firstNamedChild(root)
  if (top === undefined) return EMPTY_BODY
  const type = ctx.tree.type(top)
  if (type === 'body') return convertBody(ctx, top)
  // A tfvars file written as one object (`{ "name": "value" }`) is read as its attributes.
  if (type === 'object') return objectAsBody(ctx, top)
  return EMPTY_BODY
}

function convertBody(ctx: ConvertContext, node: Node): Body {
  const attributes = new Map<string, Attribute>()
  const blocks: Block[] = []
  const t = ctx.tree
  for (const child of t.namedChildrenOf(node)) {
    const type = t.type(child)
    if (type === 'attribute') {
      const attribute = convertAttribute(ctx, child)
      if (attribute && !attributes.has(attribute.name)) attributes.set(attribute.name, attribute)
    } else if (type === 'block') {
      if (!ctx.enter(child)) continue
      try {
        const block = convertBlock(ctx, child)
        if (block) blocks.push(block)
      } finally {
        ctx.leave()
      }
    }
  }
  return { attributes, blocks }
}

function convertAttribute(ctx: ConvertContext, node: Node): Attribute | undefined {
  const t = ctx.tree
  const children = t.namedChildrenOf(node)
  const name = children[0]
  let value: Node | undefined
  for (const child of children) {
    if (t.type(child) === 'expression') {
      value = child
      break
    }
  }
  if (name === undefined || t.type(name) !== 'identifier' || value === undefined) return undefined
  return { name: t.text(name), expression: convertExpression(ctx, value), pos: t.position(node) }
}

function convertBlock(ctx: ConvertContext, node: Node): Block | undefined {
  const t = ctx.tree
  const children = t.childrenOf(node)
  const type = children[0]
  if (type === undefined || t.type(type) !== 'identifier') return undefined
  const labels: string[] = []
  let body: Body = EMPTY_BODY
  for (let i = 1; i < children.length; i++) {
    const child = children[i] as Node
    const childType = t.type(child)
    if (childType === 'identifier') labels.push(t.text(child))
    else if (childType === 'string_lit') labels.push(stringLabel(ctx, child))
    else if (childType === 'body') body = convertBody(ctx, child)
  }
  return { type: t.text(type), labels, body, pos: t.position(node), end: t.endPosition(node) }
}

function stringLabel(ctx: ConvertContext, node: Node): string {
  const t = ctx.tree
  const children = t.childrenOf(node)
  const first = children[0]
  const last = children.at(-1)
  const start = first === undefined ? t.startIndex(node) : t.endIndex(first)
  const end = children.length > 1 && last !== undefined ? t.startIndex(last) : t.endIndex(node)
  return unescapeQuoted(ctx.source.slice(start, Math.max(start, end)))
}

function objectAsBody(ctx: ConvertContext, node: Node): Body {
  const attributes = new Map<string, Attribute>()
  const t = ctx.tree
  for (const element of t.namedChildrenOf(node)) {
    if (t.type(element) !== 'object_elem') continue
    const [key, value] = t.namedChildrenOf(element)
    if (key === undefined || value === undefined) continue
    const keyExpression = convertExpression(ctx, key)
    const name =
      keyExpression.kind === 'literal' && typeof keyExpression.value === 'string'
        ? keyExpression.value
        : keyExpression.kind === 'variable'
          ? keyExpression.name
          : undefined
    if (name !== undefined && !attributes.has(name)) {
      attributes.set(name, { name, expression: convertExpression(ctx, value), pos: t.position(element) })
    }
  }
  return { attributes, blocks: [] }
}

/** The exemption comments among the comments (start and end offsets, in document order). */
function exemptions(source: string, comments: readonly number[], position: (offset: number) => Position): HclFile['exemptions'] {
  const found: { pos: Position; text: string }[] = []
  for (let i = 0; i + 1 < comments.length; i += 2) {
    const start = comments[i] as number
    const match = EXEMPT_MARKER.exec(source.slice(start, comments[i + 1]).trim())
    if (match) found.push({ pos: position(start), text: (match[1] ?? '').trim() })
  }
  return found
}
