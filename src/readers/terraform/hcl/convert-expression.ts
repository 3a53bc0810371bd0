import type { CstNode as Node } from './cst.js'
import { type BinaryOperator, type Expression, type ObjectItem, type Position, SPLAT_ELEMENT } from './ast.js'
import type { ConvertContext } from './convert-context.js'
import { templateParts, unescapeQuoted } from './convert-template.js'

const BINARY_OPERATORS = new Set<string>(['*', '/', '%', '+', '-', '>', '>=', '<', '<=', '==', '!=', '&&', '||'])

const invalid = (reason: string) => (pos: Position): Expression => ({ kind: 'invalid', reason, pos })
const TOO_DEEP = invalid('the expression is nested too deeply to be read')
/** A chain of `.attr[index]` longer than this is treated like deep nesting. */
const MAX_TRAVERSALS = 200

/** Converts a tree-sitter `expression` (or any expression term) into the evaluator's syntax tree. */
export function convertExpression(ctx: ConvertContext, node: Node): Expression {
  if (!ctx.enter(node)) return TOO_DEEP(ctx.tree.position(node))
  try {
    return expressionNode(ctx, node)
  } finally {
    ctx.leave()
  }
}

function expressionNode(ctx: ConvertContext, node: Node): Expression {
  const t = ctx.tree
  const pos = t.position(node)
  const type = t.type(node)
  switch (type) {
    case 'expression':
      return termSequence(ctx, t.childrenOf(node), pos)
    case 'conditional':
      return conditional(ctx, node, pos)
    case 'literal_value':
      return literal(ctx, node, pos)
    case 'template_expr': {
      const template = t.firstNamedChild(node)
      if (template === undefined) return invalid('empty template')(pos)
      return { kind: 'template', parts: templateParts(ctx, template, child => convertExpression(ctx, child)), pos }
    }
    case 'collection_value': {
      const inner = t.firstNamedChild(node)
      return inner !== undefined ? convertExpression(ctx, inner) : invalid('empty collection')(pos)
    }
    case 'tuple': {
      const items = t.namedChildrenOf(node).filter(child => t.type(child) === 'expression')
      return { kind: 'tuple', items: items.map(item => convertExpression(ctx, item)), pos }
    }
    case 'object':
      return { kind: 'object', items: objectItems(ctx, node), pos }
    case 'variable_expr':
      return { kind: 'variable', name: t.text(node), pos }
    case 'function_call':
      return call(ctx, node, pos)
    case 'for_expr': {
      const inner = t.firstNamedChild(node)
      return inner !== undefined ? forExpression(ctx, inner, pos) : invalid('empty for expression')(pos)
    }
    case 'operation': {
      const inner = t.firstNamedChild(node)
      return inner !== undefined ? convertExpression(ctx, inner) : invalid('empty operation')(pos)
    }
    case 'unary_operation': {
      const [operator, ...operand] = t.childrenOf(node)
      const op = operator !== undefined && t.type(operator) === '!' ? '!' : '-'
      return { kind: 'unary', operator: op, operand: termSequence(ctx, operand, pos), pos }
    }
    case 'binary_operation':
      return binary(ctx, node, pos)
    default:
      return invalid(`unexpected ${type.replaceAll('_', ' ')}`)(pos)
  }
}

/**
 * The grammar parses `a ? b : c ? d : e` left-associatively, as `(a ? b : c) ? d : e`; HCL means
 * `a ? b : (c ? d : e)`. The chain is read back as its token order and rebuilt right-associatively.
 */
function conditional(ctx: ConvertContext, node: Node, pos: Position): Expression {
  const t = ctx.tree
  const outer: [Node, Node][] = []
  let current = node
  for (;;) {
    const [condition, then, otherwise] = t.namedChildrenOf(current)
    if (condition === undefined || then === undefined || otherwise === undefined) return invalid('incomplete conditional expression')(pos)
    const inner = t.type(condition) === 'expression' ? t.childrenOf(condition) : []
    const only = inner[0]
    if (inner.length !== 1 || only === undefined || t.type(only) !== 'conditional') break
    outer.push([then, otherwise])
    current = only
  }
  const [first, firstThen, firstElse] = t.namedChildrenOf(current) as [Node, Node, Node]
  // Token order: first ? firstThen : firstElse ? t1 : e1 ? t2 : e2 ... (outer pairs, innermost first).
  const inward = outer.reverse()
  const conditions = [first, firstElse, ...inward.map(([, otherwise]) => otherwise)]
  const thens = [firstThen, ...inward.map(([then]) => then)]
  const convert = (child: Node) => convertExpression(ctx, child)
  let result = convert(conditions.pop() as Node)
  for (let i = thens.length - 1; i >= 0; i--) {
    const condition = conditions[i] as Node
    const then = convert(thens[i] as Node)
    result = { kind: 'conditional', condition: convert(condition), then, else: result, pos: t.position(condition) }
  }
  return result
}

/**
 * tree-sitter flattens `term.attr[index][*].x` into sibling nodes (a term, then its traversals):
 * fold them left to right.
 */
function termSequence(ctx: ConvertContext, children: readonly Node[], pos: Position): Expression {
  const t = ctx.tree
  let index: number
  let current: Expression
  const first = children[0]
  if (first === undefined) return invalid('missing expression')(pos)
  if (t.type(first) === '(') {
    const inner = children[1]
    current = inner !== undefined ? convertExpression(ctx, inner) : invalid('empty parentheses')(pos)
    index = 3
  } else {
    current = convertExpression(ctx, first)
    index = 1
  }
  if (children.length - index > MAX_TRAVERSALS) {
    ctx.tooDeep ??= t.position(first)
    return TOO_DEEP(t.position(first))
  }
  for (let i = index; i < children.length; i++) current = applyTraversal(ctx, current, children[i] as Node)
  return current
}

function applyTraversal(ctx: ConvertContext, target: Expression, node: Node): Expression {
  const t = ctx.tree
  const type = t.type(node)
  if (type !== 'get_attr' && type !== 'index' && type !== 'splat') return target
  const pos = t.position(node)
  switch (type) {
    case 'get_attr': {
      const name = t.firstNamedChild(node)
      return { kind: 'getattr', target, name: name === undefined ? '' : t.text(name), pos }
    }
    case 'index': {
      const inner = t.firstNamedChild(node)
      if (inner !== undefined && t.type(inner) === 'legacy_index') {
        return { kind: 'index', target, key: { kind: 'literal', value: Number(t.text(inner).slice(1)), pos }, pos }
      }
      const key = inner === undefined ? undefined : t.firstNamedChild(inner)
      return { kind: 'index', target, key: key !== undefined ? convertExpression(ctx, key) : invalid('missing index')(pos), pos }
    }
    case 'splat': {
      const inner = t.firstNamedChild(node)
      let each: Expression = { kind: 'variable', name: SPLAT_ELEMENT, pos }
      for (const traversal of (inner !== undefined ? t.namedChildrenOf(inner) : []).slice(0, MAX_TRAVERSALS)) {
        each = applyTraversal(ctx, each, traversal)
      }
      return { kind: 'splat', target, each, pos }
    }
    default:
      return target
  }
}

function literal(ctx: ConvertContext, node: Node, pos: Position): Expression {
  const t = ctx.tree
  const inner = t.firstNamedChild(node)
  if (inner === undefined) return invalid('unreadable literal')(pos)
  switch (t.type(inner)) {
    case 'numeric_lit':
      return { kind: 'literal', value: Number(t.text(inner)), pos }
    case 'bool_lit':
      return { kind: 'literal', value: t.text(inner) === 'true', pos }
    case 'null_lit':
      return { kind: 'literal', value: null, pos }
    case 'string_lit': {
      const children = t.childrenOf(inner)
      const opening = children[0]
      const start = opening === undefined ? t.startIndex(inner) : t.endIndex(opening)
      const closing = children.at(-1)
      const end = closing !== undefined && !t.isMissing(closing) && children.length > 1 ? t.startIndex(closing) : t.endIndex(inner)
      const raw = ctx.source.slice(start, Math.max(start, end)).replaceAll('$${', '${').replaceAll('%%{', '%{')
      return { kind: 'literal', value: unescapeQuoted(raw), pos }
    }
    default:
      return invalid('unreadable literal')(pos)
  }
}

function objectItems(ctx: ConvertContext, node: Node): ObjectItem[] {
  const t = ctx.tree
  const items: ObjectItem[] = []
  for (const element of t.namedChildrenOf(node)) {
    if (t.type(element) !== 'object_elem') continue
    const [key, value] = t.namedChildrenOf(element)
    if (key === undefined || value === undefined) continue
    items.push({ key: objectKey(ctx, key), value: convertExpression(ctx, value) })
  }
  return items
}

/** `{ name = 1 }` names the key literally; `{ (local.name) = 1 }` evaluates it. */
function objectKey(ctx: ConvertContext, node: Node): Expression {
  const t = ctx.tree
  const children = t.childrenOf(node)
  const only = children.length === 1 ? children[0] : undefined
  if (only !== undefined && t.type(only) === 'variable_expr') return { kind: 'literal', value: t.text(only), pos: t.position(only) }
  return convertExpression(ctx, node)
}

function call(ctx: ConvertContext, node: Node, pos: Position): Expression {
  const t = ctx.tree
  const children = t.namedChildrenOf(node)
  const first = children[0]
  const name = first === undefined ? '' : t.text(first)
  const argumentsNode = children.find(child => t.type(child) === 'function_arguments')
  const args = argumentsNode !== undefined ? t.namedChildrenOf(argumentsNode) : []
  return {
    kind: 'call',
    name,
    args: args.filter(arg => t.type(arg) === 'expression').map(arg => convertExpression(ctx, arg)),
    expandFinal: args.some(arg => t.type(arg) === 'ellipsis'),
    pos
  }
}

function forExpression(ctx: ConvertContext, node: Node, pos: Position): Expression {
  const t = ctx.tree
  const children = t.namedChildrenOf(node)
  const intro = children.find(child => t.type(child) === 'for_intro')
  const expressions = children.filter(child => t.type(child) === 'expression')
  const condition = children.find(child => t.type(child) === 'for_cond')
  const introChildren = intro !== undefined ? t.namedChildrenOf(intro) : []
  const names = introChildren.filter(child => t.type(child) === 'identifier')
  const collection = introChildren.find(child => t.type(child) === 'expression')
  const [first, second] = names
  if (first === undefined || collection === undefined) return invalid('incomplete for expression')(pos)
  const isObject = t.type(node) === 'for_object_expr'
  const [keyNode, valueNode] = isObject ? expressions : [undefined, expressions[0]]
  const conditionExpression = condition === undefined ? undefined : t.firstNamedChild(condition)
  if (valueNode === undefined) return invalid('incomplete for expression')(pos)
  return {
    kind: 'for',
    keyName: second !== undefined ? t.text(first) : undefined,
    valueName: t.text(second ?? first),
    collection: convertExpression(ctx, collection),
    keyExpression: keyNode !== undefined ? convertExpression(ctx, keyNode) : undefined,
    valueExpression: convertExpression(ctx, valueNode),
    condition: conditionExpression !== undefined ? convertExpression(ctx, conditionExpression) : undefined,
    grouping: children.some(child => t.type(child) === 'ellipsis'),
    pos
  }
}

function binary(ctx: ConvertContext, node: Node, pos: Position): Expression {
  const t = ctx.tree
  const children = t.childrenOf(node)
  const split = children.findIndex(child => !t.isNamed(child) && BINARY_OPERATORS.has(t.type(child)))
  if (split <= 0) return invalid('incomplete operation')(pos)
  return {
    kind: 'binary',
    operator: t.type(children[split] as Node) as BinaryOperator,
    left: termSequence(ctx, children.slice(0, split), t.position(children[0] ?? node)),
    right: termSequence(ctx, children.slice(split + 1), t.position(children[split + 1] ?? node)),
    pos
  }
}
