import { copyTree, type CstNode as Node } from './cst.js'
import type { Attribute, Block, Body, Position } from './ast.js'
import { childrenOf, ConvertContext, endPositionOf, namedChildrenOf, positionOf } from './convert-context.js'
import { convertExpression } from './convert-expression.js'
import { unescapeQuoted } from './convert-template.js'
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

/** Parses HCL text into the evaluator's tree, with the first syntax error and exemption comments. */
export async function parseHclFile(text: string): Promise<HclFile> {
  const { parser, named, cursor } = await hclParser()
  const tree = parser.parse(text)
  if (!tree) return { body: EMPTY_BODY, error: { pos: { line: 1, column: 1 }, message: 'not parsed' }, exemptions: [] }
  try {
    const { root, comments } = copyTree(tree, text, named, cursor)
    const ctx = new ConvertContext(text)
    const body = documentBody(ctx, root)
    const syntax = tree.rootNode.hasError ? firstSyntaxError(tree.rootNode) : undefined
    const depth = ctx.tooDeep && {
      pos: ctx.tooDeep,
      message: 'nesting is too deep to read (more than 1000 levels); the file is not evaluated'
    }
    return { body, error: syntax ?? depth, exemptions: exemptions(comments) }
  } finally {
    tree.delete()
  }
}

function documentBody(ctx: ConvertContext, root: Node): Body {
  const top = namedChildrenOf(root)[0]
  if (top?.type === 'body') return convertBody(ctx, top)
  // A tfvars file written as one object (`{ "name": "value" }`) is read as its attributes.
  if (top?.type === 'object') return objectAsBody(ctx, top)
  return EMPTY_BODY
}

function convertBody(ctx: ConvertContext, node: Node): Body {
  const attributes = new Map<string, Attribute>()
  const blocks: Block[] = []
  for (const child of namedChildrenOf(node)) {
    if (child.type === 'attribute') {
      const attribute = convertAttribute(ctx, child)
      if (attribute && !attributes.has(attribute.name)) attributes.set(attribute.name, attribute)
    } else if (child.type === 'block') {
      const block = ctx.nested(child, () => convertBlock(ctx, child), () => undefined)
      if (block) blocks.push(block)
    }
  }
  return { attributes, blocks }
}

function convertAttribute(ctx: ConvertContext, node: Node): Attribute | undefined {
  const children = namedChildrenOf(node)
  const name = children[0]
  const value = children.find(child => child.type === 'expression')
  if (name?.type !== 'identifier' || !value) return undefined
  return { name: name.text, expression: convertExpression(ctx, value), pos: positionOf(node) }
}

function convertBlock(ctx: ConvertContext, node: Node): Block | undefined {
  const children = childrenOf(node)
  const type = children[0]
  if (type?.type !== 'identifier') return undefined
  const labels: string[] = []
  let body: Body = EMPTY_BODY
  for (const child of children.slice(1)) {
    if (child.type === 'identifier') labels.push(child.text)
    else if (child.type === 'string_lit') labels.push(stringLabel(ctx, child))
    else if (child.type === 'body') body = convertBody(ctx, child)
  }
  return { type: type.text, labels, body, pos: positionOf(node), end: endPositionOf(node) }
}

function stringLabel(ctx: ConvertContext, node: Node): string {
  const children = childrenOf(node)
  const start = children[0]?.endIndex ?? node.startIndex
  const end = children.length > 1 ? (children.at(-1)?.startIndex ?? node.endIndex) : node.endIndex
  return unescapeQuoted(ctx.source.slice(start, Math.max(start, end)))
}

function objectAsBody(ctx: ConvertContext, node: Node): Body {
  const attributes = new Map<string, Attribute>()
  for (const element of namedChildrenOf(node)) {
    if (element.type !== 'object_elem') continue
    const [key, value] = namedChildrenOf(element)
    if (!key || !value) continue
    const keyExpression = convertExpression(ctx, key)
    const name =
      keyExpression.kind === 'literal' && typeof keyExpression.value === 'string'
        ? keyExpression.value
        : keyExpression.kind === 'variable'
          ? keyExpression.name
          : undefined
    if (name !== undefined && !attributes.has(name)) {
      attributes.set(name, { name, expression: convertExpression(ctx, value), pos: positionOf(element) })
    }
  }
  return { attributes, blocks: [] }
}

function exemptions(comments: readonly Node[]): HclFile['exemptions'] {
  const found: { pos: Position; text: string }[] = []
  for (const comment of comments) {
    const match = EXEMPT_MARKER.exec(comment.text.trim())
    if (match) found.push({ pos: positionOf(comment), text: (match[1] ?? '').trim() })
  }
  return found
}
