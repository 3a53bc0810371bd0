import { absent, type SourceLocation, type Sourced, unresolved } from '../../../model/source.js'
import type { Block, Body, Expression, Position } from '../hcl/ast.js'
import { locationOf } from '../config/module-config.js'
import type { Hop } from '../eval/budget.js'
import { asBool, entriesOf } from '../eval/coerce.js'
import { childScope, type Evaluator, type Scope } from '../eval/evaluator.js'
import { isMissing, objectFrom, objectValue, type Value } from '../eval/value.js'
import { descendValue } from '../model/descend.js'
import type { ResourceView } from '../model/view.js'
import { MAX_INSTANCES } from './expansion.js'
import { toSourced, traced } from './provenance.js'

interface BlockInstance {
  readonly body: Body
  readonly scope: Scope
  readonly pos: Position
  readonly dynamic: boolean
  /** The file it is written in (another than the resource's when an override file merged it in). */
  readonly file: string
}

type Blocks =
  | { readonly found: readonly BlockInstance[]; readonly empty?: { readonly pos: Position; readonly file: string } }
  | { readonly reason: string; readonly pos: Position; readonly file: string }

const MAX_BLOCK_DEPTH = 16

/** An evaluation with the hops it went through. */
type Captured = { readonly result: Value; readonly hops: readonly Hop[] }

/** The answer for a body without blocks of the asked type (most paths name attributes): shared, never mutated. */
const NO_BLOCKS: Blocks = Object.freeze({ found: Object.freeze([]) })

/** A resource's configuration evaluated on demand: nested blocks (incl. `dynamic`), attributes, object keys. */
export class HclView implements ResourceView {
  readonly location: SourceLocation
  /**
   * Attribute evaluations in the view's own scope (nearly all): a path into a large `body` must not
   * evaluate it again. Pairs in two lists searched by identity (a few dozen paths are read per
   * resource), where a Map per view, grown by rehashing, was a tenth of the evaluation's allocation.
   */
  private readonly ownExpressions: Expression[] = []
  private readonly ownCaptures: Captured[] = []
  /** Evaluations in the scopes of `dynamic` block instances, by scope. */
  private others: WeakMap<Scope, Map<Expression, Captured>> | undefined

  constructor(
    private readonly body: Body,
    private readonly scope: Scope,
    private readonly file: string,
    pos: Position,
    private readonly evaluator: Evaluator
  ) {
    this.location = locationOf(file, pos)
  }

  get(path: readonly string[]): Sourced<Value> {
    let body = this.body
    let scope = this.scope
    let file = this.file
    let location = this.location
    for (let i = 0; i < path.length; i++) {
      const name = path[i] as string
      const blocks = this.blocks(body, scope, name, file)
      if ('reason' in blocks) return unresolved(locationOf(blocks.file, blocks.pos), blocks.reason)
      const first = blocks.found[0]
      if (first) {
        if (i === path.length - 1) return this.blockList(blocks.found)
        body = first.body
        scope = first.scope
        file = first.file
        location = locationOf(file, first.pos)
        continue
      }
      if (blocks.empty) return absent(locationOf(blocks.empty.file, blocks.empty.pos))
      const attribute = body.attributes.get(name)
      if (!attribute) return absent(location)
      return this.attribute(attribute.expression, attribute.pos, scope, path, i + 1, attribute.file ?? file)
    }
    return absent(location)
  }

  /** The attribute's value at `path[from..]` (object keys inside it). */
  private attribute(expression: Expression, pos: Position, scope: Scope, path: readonly string[], from: number, file: string): Sourced<Value> {
    const { result, hops } = this.capture(expression, scope)
    let value: Value | undefined = result
    let located: Expression = expression
    let tracking = true
    let location = locationOf(file, pos)
    for (let k = from; k < path.length; k++) {
      const key = path[k] as string
      if (value === undefined || value === null || isMissing(value)) break
      value = descendValue(value, key)
      const inner: Expression | undefined = tracking ? subExpression(located, key, condition => this.decided(condition, scope)) : undefined
      tracking = inner !== undefined
      if (inner) {
        located = inner
        location = locationOf(file, inner.pos)
      }
    }
    if (value === undefined || value === null) return absent(location)
    return toSourced(traced(located, value, location, hops), found => ({ value: found }))
  }

  /** Which branch a conditional took: its condition evaluated again (undefined when it is not a known boolean). */
  private decided(condition: Expression, scope: Scope): boolean | undefined {
    // Captured: the hops of an evaluation done only to locate a value belong to no attribute.
    const decided = asBool(this.evaluator.tracer.capture(() => this.evaluator.evaluate(condition, scope)).result)
    return typeof decided === 'boolean' ? decided : undefined
  }

  private capture(expression: Expression, scope: Scope): Captured {
    if (scope === this.scope) {
      const at = this.ownExpressions.indexOf(expression)
      if (at >= 0) return this.ownCaptures[at] as Captured
      const captured = this.evaluator.tracer.capture(() => this.evaluator.evaluate(expression, scope))
      this.ownExpressions.push(expression)
      this.ownCaptures.push(captured)
      return captured
    }
    this.others ??= new WeakMap()
    let byExpression = this.others.get(scope)
    if (!byExpression) {
      byExpression = new Map()
      this.others.set(scope, byExpression)
    }
    let captured = byExpression.get(expression)
    if (!captured) {
      captured = this.evaluator.tracer.capture(() => this.evaluator.evaluate(expression, scope))
      byExpression.set(expression, captured)
    }
    return captured
  }

  private blockList(blocks: readonly BlockInstance[]): Sourced<Value> {
    const value = blocks.map(block => this.blockValue(block, 0))
    const first = blocks[0] as BlockInstance
    return { value, origin: blocks.some(block => block.dynamic) ? 'expression' : 'literal', location: locationOf(first.file, first.pos) }
  }

  /** A block as an object value: its attributes and its nested blocks (as lists). */
  private blockValue(block: BlockInstance, depth: number): Value {
    const entries = new Map<string, Value>()
    for (const [name, attribute] of block.body.attributes) {
      entries.set(name, this.evaluator.evaluate(attribute.expression, block.scope))
    }
    if (depth < MAX_BLOCK_DEPTH) {
      for (const nested of new Set(block.body.blocks.map(b => (b.type === 'dynamic' ? b.labels[0] : b.type)))) {
        if (nested === undefined) continue
        const found = this.blocks(block.body, block.scope, nested, block.file)
        if ('found' in found) entries.set(nested, found.found.map(inner => this.blockValue(inner, depth + 1)))
      }
    }
    return objectValue(entries)
  }

  /** Static blocks of a type, or the blocks a `dynamic "type"` generates. */
  private blocks(body: Body, scope: Scope, type: string, file: string): Blocks {
    // Allocated at the first block found: most lookups name an attribute and find none.
    let found: BlockInstance[] | undefined
    let empty: { readonly pos: Position; readonly file: string } | undefined
    // Indexed: asked for every segment of every path read, where an iterator per call was garbage.
    const all = body.blocks
    for (let b = 0; b < all.length; b++) {
      const block = all[b] as Block
      const blockFile = block.file ?? file
      if (block.type === type) {
        ;(found ??= []).push({ body: block.body, scope, pos: block.pos, dynamic: false, file: blockFile })
        continue
      }
      if (block.type !== 'dynamic' || block.labels[0] !== type) continue
      const forEach = block.body.attributes.get('for_each')
      const content = block.body.blocks.find(inner => inner.type === 'content')
      if (!forEach || !content) continue
      const entries = entriesOf(this.evaluator.evaluate(forEach.expression, scope))
      if (!Array.isArray(entries)) return { reason: `dynamic "${type}" blocks: ${entries.reason}`, pos: block.pos, file: blockFile }
      if (entries.length === 0) empty ??= { pos: block.pos, file: blockFile }
      const iterator = block.body.attributes.get('iterator')?.expression
      const name = iterator?.kind === 'variable' ? iterator.name : type
      for (const [key, value] of entries.slice(0, MAX_INSTANCES)) {
        const inner = childScope(scope, new Map([[name, objectFrom({ key, value })]]))
        ;(found ??= []).push({ body: content.body, scope: inner, pos: block.pos, dynamic: true, file: blockFile })
      }
    }
    if (found === undefined) return empty ? { found: [], empty } : NO_BLOCKS
    return { found }
  }
}

/**
 * The expression written for `key` inside an object constructor (also through `merge()`, and through the
 * branch a conditional took: `x != null ? { key = ... } : null`), if any.
 */
function subExpression(expression: Expression, key: string, decided: (condition: Expression) => boolean | undefined, depth = 0): Expression | undefined {
  if (depth > 16) return undefined
  if (expression.kind === 'conditional') {
    const taken = decided(expression.condition)
    return taken === undefined ? undefined : subExpression(taken ? expression.then : expression.else, key, decided, depth + 1)
  }
  if (expression.kind === 'object') {
    for (let i = expression.items.length - 1; i >= 0; i--) {
      const item = expression.items[i]
      if (item?.key.kind === 'literal' && item.key.value === key) return item.value
    }
    return undefined
  }
  if (expression.kind === 'call' && (expression.name === 'merge' || expression.name === 'jsonencode')) {
    for (let i = expression.args.length - 1; i >= 0; i--) {
      const found = subExpression(expression.args[i] as Expression, key, decided, depth + 1)
      if (found) return found
    }
  }
  return undefined
}
