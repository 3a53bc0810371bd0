import type { Node } from 'web-tree-sitter'
import type { Position } from './ast.js'
import { positionOf } from './convert-context.js'

export interface SyntaxError {
  readonly pos: Position
  readonly message: string
}

/**
 * The first syntax error of a file, described by what was expected there. `source` is the text as written: the
 * tree's own text may have a number rewritten for tree-sitter (exponent-numbers.ts), at the same positions.
 */
export function firstSyntaxError(root: Node, source: string): SyntaxError | undefined {
  const node = firstErrorNode(root)
  if (!node) return undefined
  return node.isMissing ? missing(node) : unexpected(node, source)
}

/** Depth-first, in document order, without recursion (error trees can be arbitrarily deep). */
function firstErrorNode(root: Node): Node | undefined {
  const stack: Node[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as Node
    if (node.isError || node.isMissing) return node
    if (!node.hasError) continue
    const children = node.children
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node)
  }
  return undefined
}

const CLOSERS: Readonly<Record<string, string>> = { '}': '{', ']': '[', ')': '(' }

function missing(node: Node): SyntaxError {
  const parent = node.parent
  const previous = previousLeaf(node)
  if (previous && (previous.type === '=' || previous.type === ':') && !CLOSERS[node.type]) {
    return { pos: positionOf(previous), message: `expected an expression after \`${previous.type}\`` }
  }
  if (node.type === 'heredoc_identifier' && parent) return unterminatedHeredoc(parent)
  if (node.type === 'quoted_template_end' && parent) {
    return { pos: positionOf(parent), message: 'unterminated string: expected a closing `"` on the same line' }
  }
  const opener = CLOSERS[node.type]
  const container = parent?.type === 'block_end' || parent?.type.endsWith('_end') ? parent.parent : parent
  if (opener && container) {
    const what = container.type === 'block' ? `the block \`${blockHeader(container)}\`` : `the \`${opener}\``
    return {
      pos: positionOf(node),
      message: `expected \`${node.type}\` to close ${what} opened at line ${container.startPosition.row + 1}`
    }
  }
  return { pos: positionOf(node), message: `expected \`${node.type.replaceAll('_', ' ')}\`` }
}

/** A string, a bracket or a heredoc the error node opens and never closes: what swallowed the rest of the file. */
function openedAndLeftOpen(node: Node): SyntaxError | undefined {
  // A string left open swallows the rest of the file, closing brackets included: it is the cause.
  const string = unclosedString(node)
  if (string) return { pos: positionOf(string), message: 'unterminated string: expected a closing `"` on the same line' }
  const bracket = unclosedBracket(node)
  if (bracket) {
    return {
      pos: positionOf(bracket),
      message: `\`${bracket.type}\` is never closed: expected \`${closerOf(bracket.type)}\``
    }
  }
  const heredoc = node.descendantsOfType('heredoc_template').find(child => child.hasError)
  return heredoc ? unterminatedHeredoc(heredoc) : undefined
}

function unterminatedHeredoc(heredoc: Node): SyntaxError {
  const marker = heredoc.children.find(child => child.type === 'heredoc_identifier')?.text ?? ''
  const opener = heredoc.children.find(child => child.type === 'heredoc_start')?.text ?? '<<'
  return {
    pos: positionOf(heredoc),
    message: `unterminated heredoc: expected a line with the closing marker \`${marker}\` after \`${opener}${marker}\``
  }
}

function unexpected(node: Node, source: string): SyntaxError {
  const token = firstLeaf(node)
  // An error that starts with a closing bracket starts with one that closes nothing: the text before it parsed, so it
  // is the cause, whatever tree-sitter's recovery makes of the text after it (a later `"` read as a string left open).
  if (CLOSERS[token.type] === undefined) {
    const cause = openedAndLeftOpen(node)
    if (cause) return cause
  }
  const previous = previousLeaf(node)
  const shown = source.slice(token.startIndex, token.endIndex).split('\n')[0] ?? ''
  if (token.type === '=') return { pos: positionOf(token), message: 'expected an expression after `=`' }
  if (previous?.type === '=' || previous?.type === ':') {
    return { pos: positionOf(token), message: `expected an expression after \`${previous.type}\`, found \`${shown}\`` }
  }
  if (isInsideExpression(node)) {
    return { pos: positionOf(token), message: `unexpected \`${shown}\` in an expression` }
  }
  return {
    pos: positionOf(token),
    message: `unexpected \`${shown}\`: expected an attribute (\`name = value\`) or a block (\`type "label" { ... }\`)`
  }
}

function closerOf(opener: string): string {
  return Object.entries(CLOSERS).find(([, open]) => open === opener)?.[0] ?? ''
}

/** The first `{`, `[` or `(` inside an error region that its closer never matches. */
function unclosedBracket(node: Node): Node | undefined {
  const open: Node[] = []
  const stack: Node[] = [node]
  while (stack.length > 0) {
    const current = stack.pop() as Node
    if (current.childCount === 0) {
      if (current.type === 'template_literal') continue
      const type = current.text
      if (type === '{' || type === '[' || type === '(') open.push(current)
      else if (CLOSERS[type] && open.at(-1)?.text === CLOSERS[type]) open.pop()
      continue
    }
    const children = current.children
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node)
  }
  return open[0]
}

/** The `"` of a string inside an error region that no closing `"` ends. */
function unclosedString(node: Node): Node | undefined {
  let open: Node | undefined
  const stack: Node[] = [node]
  while (stack.length > 0) {
    const current = stack.pop() as Node
    if (current.type === 'quoted_template_start') open = current
    else if (current.type === 'quoted_template_end') open = undefined
    const children = current.children
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node)
  }
  return open
}

function firstLeaf(node: Node): Node {
  let current = node
  while (current.childCount > 0) current = current.child(0) as Node
  return current
}

function previousLeaf(node: Node): Node | undefined {
  let current: Node | null = node
  while (current && !current.previousSibling) current = current.parent
  let leaf = current?.previousSibling ?? null
  while (leaf && leaf.childCount > 0) leaf = leaf.child(leaf.childCount - 1)
  return leaf ?? undefined
}

function isInsideExpression(node: Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'body' || current.type === 'config_file') return false
    if (current.type === 'expression' || current.type === 'function_arguments' || current.type === 'tuple') return true
  }
  return false
}

function blockHeader(block: Node): string {
  return block.children
    .filter(child => child.type === 'identifier' || child.type === 'string_lit')
    .map(child => child.text)
    .join(' ')
}
