import type { CstNode as Node } from './cst.js'
import { type BinaryOperator, type Expression, type ObjectItem, type Position, SPLAT_ELEMENT } from './ast.js'
import { childrenOf, type ConvertContext, namedChildrenOf, positionOf } from './convert-context.js'
import { templateParts, unescapeQuoted } from './convert-template.js'

const BINARY_OPERATORS = new Set<string>(['*', '/', '%', '+', '-', '>', '>=', '<', '<=', '==', '!=', '&&', '||'])

const invalid = (reason: string) => (pos: Position): Expression => ({ kind: 'invalid', reason, pos })
const TOO_DEEP = invalid('the expression is nested too deeply to be read')
/** A chain of `.attr[index]` longer than this is treated like deep nesting. */
const MAX_TRAVERSALS = 200

/** Converts a tree-sitter `expression` (or any expression term) into the evaluator's syntax tree. */
export function convertExpression(ctx: ConvertContext, node: Node): Expression {
  return ctx.nested(node, () => expressionNode(ctx, node), TOO_DEEP)
}

function expressionNode(ctx: ConvertContext, node: Node): Expression {
  const pos = positionOf(node)
  switch (node.type) {
    case 'expression':
      return termSequence(ctx, childrenOf(node), pos)
    case 'conditional':
      return conditional(ctx, node, pos)
    case 'literal_value':
      return literal(ctx, node, pos)
    case 'template_expr': {
      const template = namedChildrenOf(node)[0]
      if (!template) return invalid('empty template')(pos)
      return { kind: 'template', parts: templateParts(ctx, template, child => convertExpression(ctx, child)), pos }
    }
    case 'collection_value': {
      const inner = namedChildrenOf(node)[0]
      return inner ? convertExpression(ctx, inner) : invalid('empty collection')(pos)
    }
    case 'tuple': {
      const items = namedChildrenOf(node).filter(child => child.type === 'expression')
      return { kind: 'tuple', items: items.map(item => convertExpression(ctx, item)), pos }
    }
    case 'object':
      return { kind: 'object', items: objectItems(ctx, node), pos }
    case 'variable_expr':
      return { kind: 'variable', name: node.text, pos }
    case 'function_call':
      return call(ctx, node, pos)
    case 'for_expr': {
      const inner = namedChildrenOf(node)[0]
      return inner ? forExpression(ctx, inner, pos) : invalid('empty for expression')(pos)
    }
    case 'operation': {
      const inner = namedChildrenOf(node)[0]
      return inner ? convertExpression(ctx, inner) : invalid('empty operation')(pos)
    }
    case 'unary_operation': {
      const [operator, ...operand] = childrenOf(node)
      const op = operator?.type === '!' ? '!' : '-'
      return { kind: 'unary', operator: op, operand: termSequence(ctx, operand, pos), pos }
    }
    case 'binary_operation':
      return binary(ctx, node, pos)
    default:
      return invalid(`unexpected ${node.type.replaceAll('_', ' ')}`)(pos)
  }
}

/**
 * The grammar parses `a ? b : c ? d : e` left-associatively, as `(a ? b : c) ? d : e`; HCL means
 * `a ? b : (c ? d : e)`. The chain is read back as its token order and rebuilt right-associatively.
 */
function conditional(ctx: ConvertContext, node: Node, pos: Position): Expression {
  const outer: [Node, Node][] = []
  let current = node
  for (;;) {
    const [condition, then, otherwise] = namedChildrenOf(current)
    if (!condition || !then || !otherwise) return invalid('incomplete conditional expression')(pos)
    const inner = condition.type === 'expression' ? childrenOf(condition) : []
    if (inner.length !== 1 || inner[0]?.type !== 'conditional') break
    outer.push([then, otherwise])
    current = inner[0]
  }
  const [first, firstThen, firstElse] = namedChildrenOf(current) as [Node, Node, Node]
  // Token order: first ? firstThen : firstElse ? t1 : e1 ? t2 : e2 ... (outer pairs, innermost first).
  const inward = outer.reverse()
  const conditions = [first, firstElse, ...inward.map(([, otherwise]) => otherwise)]
  const thens = [firstThen, ...inward.map(([then]) => then)]
  const convert = (child: Node) => convertExpression(ctx, child)
  let result = convert(conditions.pop() as Node)
  for (let i = thens.length - 1; i >= 0; i--) {
    const condition = conditions[i] as Node
    const then = convert(thens[i] as Node)
    result = { kind: 'conditional', condition: convert(condition), then, else: result, pos: positionOf(condition) }
  }
  return result
}

/**
 * tree-sitter flattens `term.attr[index][*].x` into sibling nodes (a term, then its traversals):
 * fold them left to right.
 */
function termSequence(ctx: ConvertContext, children: readonly Node[], pos: Position): Expression {
  let index: number
  let current: Expression
  const first = children[0]
  if (!first) return invalid('missing expression')(pos)
  if (first.type === '(') {
    const inner = children[1]
    current = inner ? convertExpression(ctx, inner) : invalid('empty parentheses')(pos)
    index = 3
  } else {
    current = convertExpression(ctx, first)
    index = 1
  }
  const traversals = children.slice(index)
  if (traversals.length > MAX_TRAVERSALS) {
    ctx.tooDeep ??= positionOf(first)
    return TOO_DEEP(positionOf(first))
  }
  for (const traversal of traversals) current = applyTraversal(ctx, current, traversal)
  return current
}

function applyTraversal(ctx: ConvertContext, target: Expression, node: Node): Expression {
  const pos = positionOf(node)
  switch (node.type) {
    case 'get_attr':
      return { kind: 'getattr', target, name: namedChildrenOf(node)[0]?.text ?? '', pos }
    case 'index': {
      const inner = namedChildrenOf(node)[0]
      if (inner?.type === 'legacy_index') {
        return { kind: 'index', target, key: { kind: 'literal', value: Number(inner.text.slice(1)), pos }, pos }
      }
      const key = inner && namedChildrenOf(inner)[0]
      return { kind: 'index', target, key: key ? convertExpression(ctx, key) : invalid('missing index')(pos), pos }
    }
    case 'splat': {
      const inner = namedChildrenOf(node)[0]
      let each: Expression = { kind: 'variable', name: SPLAT_ELEMENT, pos }
      for (const traversal of (inner ? namedChildrenOf(inner) : []).slice(0, MAX_TRAVERSALS)) {
        each = applyTraversal(ctx, each, traversal)
      }
      return { kind: 'splat', target, each, pos }
    }
    default:
      return target
  }
}

function literal(ctx: ConvertContext, node: Node, pos: Position): Expression {
  const inner = namedChildrenOf(node)[0]
  switch (inner?.type) {
    case 'numeric_lit':
      return { kind: 'literal', value: Number(inner.text), pos }
    case 'bool_lit':
      return { kind: 'literal', value: inner.text === 'true', pos }
    case 'null_lit':
      return { kind: 'literal', value: null, pos }
    case 'string_lit': {
      const children = childrenOf(inner)
      const start = children[0]?.endIndex ?? inner.startIndex
      const closing = children.at(-1)
      const end = closing && !closing.isMissing && children.length > 1 ? closing.startIndex : inner.endIndex
      const raw = ctx.source.slice(start, Math.max(start, end)).replaceAll('$${', '${').replaceAll('%%{', '%{')
      return { kind: 'literal', value: unescapeQuoted(raw), pos }
    }
    default:
      return invalid('unreadable literal')(pos)
  }
}

function objectItems(ctx: ConvertContext, node: Node): ObjectItem[] {
  const items: ObjectItem[] = []
  for (const element of namedChildrenOf(node)) {
    if (element.type !== 'object_elem') continue
    const [key, value] = namedChildrenOf(element)
    if (!key || !value) continue
    items.push({ key: objectKey(ctx, key), value: convertExpression(ctx, value) })
  }
  return items
}

/** `{ name = 1 }` names the key literally; `{ (local.name) = 1 }` evaluates it. */
function objectKey(ctx: ConvertContext, node: Node): Expression {
  const children = childrenOf(node)
  const only = children.length === 1 ? children[0] : undefined
  if (only?.type === 'variable_expr') return { kind: 'literal', value: only.text, pos: positionOf(only) }
  return convertExpression(ctx, node)
}

function call(ctx: ConvertContext, node: Node, pos: Position): Expression {
  const children = namedChildrenOf(node)
  const name = children[0]?.text ?? ''
  const argumentsNode = children.find(child => child.type === 'function_arguments')
  const args = argumentsNode ? namedChildrenOf(argumentsNode) : []
  return {
    kind: 'call',
    name,
    args: args.filter(arg => arg.type === 'expression').map(arg => convertExpression(ctx, arg)),
    expandFinal: args.some(arg => arg.type === 'ellipsis'),
    pos
  }
}

function forExpression(ctx: ConvertContext, node: Node, pos: Position): Expression {
  const children = namedChildrenOf(node)
  const intro = children.find(child => child.type === 'for_intro')
  const expressions = children.filter(child => child.type === 'expression')
  const condition = children.find(child => child.type === 'for_cond')
  const names = intro ? namedChildrenOf(intro).filter(child => child.type === 'identifier') : []
  const collection = intro && namedChildrenOf(intro).find(child => child.type === 'expression')
  const [first, second] = names
  if (!first || !collection) return invalid('incomplete for expression')(pos)
  const isObject = node.type === 'for_object_expr'
  const [keyNode, valueNode] = isObject ? expressions : [undefined, expressions[0]]
  const conditionExpression = condition && namedChildrenOf(condition)[0]
  if (!valueNode) return invalid('incomplete for expression')(pos)
  return {
    kind: 'for',
    keyName: second ? first.text : undefined,
    valueName: (second ?? first).text,
    collection: convertExpression(ctx, collection),
    keyExpression: keyNode ? convertExpression(ctx, keyNode) : undefined,
    valueExpression: convertExpression(ctx, valueNode),
    condition: conditionExpression ? convertExpression(ctx, conditionExpression) : undefined,
    grouping: children.some(child => child.type === 'ellipsis'),
    pos
  }
}

function binary(ctx: ConvertContext, node: Node, pos: Position): Expression {
  const children = childrenOf(node)
  const split = children.findIndex(child => !child.isNamed && BINARY_OPERATORS.has(child.type))
  if (split <= 0) return invalid('incomplete operation')(pos)
  return {
    kind: 'binary',
    operator: children[split]?.type as BinaryOperator,
    left: termSequence(ctx, children.slice(0, split), positionOf(children[0] ?? node)),
    right: termSequence(ctx, children.slice(split + 1), positionOf(children[split + 1] ?? node)),
    pos
  }
}
