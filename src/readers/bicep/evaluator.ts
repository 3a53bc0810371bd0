import type { SourceLocation } from '../../model/source.js'
import type {
  BinaryExpression,
  CallExpression,
  Expression,
  ForExpression,
  InterpolatedString,
  ObjectExpression,
  Span,
  TernaryExpression
} from './ast.js'
import { toText, valuesEqual } from './conversions.js'
import { isUtcNow, notDeploymentTime } from './deployment-time.js'
import { callBuiltin } from './functions.js'
import type { EvaluationBudget, EvaluationScope } from './evaluation-scope.js'
import { MAX_EVALUATION_DEPTH, MAX_LOOP_ITEMS } from './evaluation-scope.js'
import type { LoadedFile } from './function-support.js'
import { bind, lookupLocal, type Locals } from './locals.js'
import { arithmetic, index, member, unary, whyUnknown } from './value-operators.js'
import {
  arr,
  bool,
  computed,
  describeKind,
  firstUnresolved,
  LITERAL,
  nil,
  num,
  objectOf,
  propertiesOf,
  type Property,
  str,
  unknown,
  type Value,
  withProvenance
} from './values.js'

export { MAX_EVALUATION_DEPTH, MAX_LOOP_ITEMS, type EvaluationBudget, type EvaluationScope } from './evaluation-scope.js'

const NAMESPACES = new Set(['sys', 'az'])

/** A built-in's result: computed from utcNow(), it is not utcNow() itself, unless it is utcNow()'s own. */
function builtin(args: readonly Value[], site: Parameters<typeof callBuiltin>[1]): Value {
  const value = callBuiltin(args, site)
  return site.name.toLowerCase() === 'utcnow' ? value : notDeploymentTime(value)
}

/** Evaluates Bicep expressions to values that remember where they came from. */
export class Evaluator {
  /** The scope's file and budget, read once: asked on every step (getters, called until V8 optimizes). */
  private readonly file: string
  private readonly budget: EvaluationBudget
  /** One function for every call site, bound: an arrow function made here kept every deployment's parse alive past young collections. */
  private readonly loadFile: (reference: string) => LoadedFile

  constructor(private readonly scope: EvaluationScope) {
    this.file = scope.file
    this.budget = scope.budget
    this.loadFile = scope.loadFile.bind(scope)
  }

  at(span: Span): SourceLocation {
    return { file: this.file, line: span.line, column: span.column }
  }

  evaluate(expression: Expression, locals: Locals = undefined): Value {
    const budget = this.budget
    if (--budget.steps < 0) return unknown('the evaluation budget is exhausted (template too large or looping)')
    if (budget.depth >= MAX_EVALUATION_DEPTH) {
      return unknown(`evaluation nested deeper than ${MAX_EVALUATION_DEPTH} levels`)
    }
    budget.depth++
    try {
      return this.evaluateNode(expression, locals)
    } finally {
      budget.depth--
    }
  }

  private evaluateNode(node: Expression, locals: Locals): Value {
    switch (node.kind) {
      case 'string':
        return str(node.value)
      case 'number':
        return num(node.value)
      case 'boolean':
        return bool(node.value)
      case 'null':
        return nil()
      case 'interpolation':
        return this.interpolate(node, locals)
      case 'identifier':
        return (
          lookupLocal(locals, node.name) ?? this.scope.symbol(node.name) ?? unknown(`'${node.name}' is not declared`)
        )
      case 'object':
        return this.object(node, locals)
      case 'array':
        return this.array(node.items, locals)
      case 'for':
        return this.loop(node, locals)
      // Values computed from utcNow() are not utcNow() itself (src/model/deployment-time.ts).
      case 'unary':
        return notDeploymentTime(unary(node.operator, this.evaluate(node.operand, locals)))
      case 'binary':
        return this.binary(node, locals)
      case 'ternary':
        return this.ternary(node, locals)
      case 'member': {
        const target = this.evaluate(node.object, locals)
        const value = member(target, node.property, node.safe)
        return isUtcNow(target) ? notDeploymentTime(value) : value
      }
      case 'index': {
        const [target, key] = [this.evaluate(node.object, locals), this.evaluate(node.index, locals)]
        // Only `vms[i]` as written pairs loop iterations: a value computed of either is neither.
        const paired = node.object.kind === 'identifier' && node.index.kind === 'identifier'
        const value = index(target, key, node.safe, node.fromEnd, paired)
        return isUtcNow(target) || isUtcNow(key) ? notDeploymentTime(value) : value
      }
      case 'nonNull': {
        const value = this.evaluate(node.expression, locals)
        return value.kind === 'null' ? unknown('a value asserted non-null (!) is null', value.prov) : value
      }
      case 'resourceAccess': {
        const parent = this.evaluate(node.object, locals)
        if (parent.kind === 'record' && parent.child !== undefined) return parent.child(node.name)
        return notDeploymentTime(firstUnresolved([parent]) ?? unknown(`'::${node.name}' needs a resource, found ${describeKind(parent)}`))
      }
      case 'call':
        return this.call(node, locals)
      case 'lambda': {
        const bindArgs = (args: readonly Value[]): Locals =>
          node.parameters.reduce<Locals>((scope, name, i) => bind(scope, name, args[i] ?? nil()), locals)
        const invoke = (args: readonly Value[]): Value => this.evaluate(node.body, bindArgs(args))
        return { kind: 'lambda', parameters: node.parameters, body: node.body, prov: LITERAL, invoke }
      }
    }
  }

  private interpolate(node: InterpolatedString, locals: Locals): Value {
    const values = node.expressions.map(expression => this.evaluate(expression, locals))
    // `'${x}'` is x itself when x is a string: keep where it came from.
    const only = values[0]
    if (values.length === 1 && node.segments.every(segment => segment === '') && (only?.kind === 'string' || isUtcNow(only))) {
      return only as Value
    }
    let text = node.segments[0] as string
    // Indexed loops here and below: entries() made an iterator and an [i, value] pair per piece.
    for (let i = 0; i < values.length; i++) {
      const piece = toText(values[i] as Value)
      if ('missing' in piece) return notDeploymentTime(unknown((piece.missing as { reason: string }).reason, computed(values)))
      text += piece.text + (node.segments[i + 1] as string)
    }
    return str(text, computed(values))
  }

  private object(node: ObjectExpression, locals: Locals): Value {
    // The map obj() would build from a list of the properties, built as they are evaluated (same keys in
    // the same order: a later duplicate replaces an earlier one in its place), with no list in between.
    const properties = new Map<string, Property>()
    let incomplete: string | undefined
    for (let m = 0; m < node.members.length; m++) {
      const member = node.members[m] as ObjectExpression['members'][number]
      if (member.kind === 'resource') continue
      if (member.kind === 'spread') {
        const spread = this.evaluate(member.expression, locals)
        // A spread that may hold any key (not known, or incomplete) may replace every property before it: only
        // those after it are certain (`{ ...baseTags, PatchGroup: 'B' }`).
        if (spread.kind === 'object' ? spread.incomplete !== undefined : spread.kind !== 'null') properties.clear()
        if (spread.kind === 'object') {
          for (const property of propertiesOf(spread)) properties.set(property.key.toLowerCase(), property)
          incomplete ??= spread.incomplete
        } else if (spread.kind !== 'null') {
          incomplete ??= whyUnknown(spread, 'a spread value is not an object')
        }
        continue
      }
      let key: string
      if (member.key.kind === 'string') key = member.key.value
      else {
        const computedKey = this.interpolate(member.key, locals)
        if (computedKey.kind !== 'string') {
          incomplete ??= whyUnknown(computedKey, 'a property name is not a string')
          continue
        }
        key = computedKey.value
      }
      properties.set(key.toLowerCase(), { key, value: this.evaluate(member.value, locals), at: this.at(member.key.span) })
    }
    return objectOf(properties, LITERAL, incomplete)
  }

  private array(items: readonly (Expression | { kind: 'spread'; expression: Expression })[], locals: Locals): Value {
    const values: Value[] = []
    for (const item of items) {
      if (item.kind !== 'spread') {
        values.push(this.evaluate(item, locals))
        continue
      }
      const spread = this.evaluate(item.expression, locals)
      if (spread.kind !== 'array') {
        const reason = `a spread in an array needs an array, found ${describeKind(spread)}`
        return notDeploymentTime(firstUnresolved([spread]) ?? unknown(reason))
      }
      values.push(...spread.items)
    }
    return arr(values)
  }

  private loop(node: ForExpression, locals: Locals): Value {
    const source = this.evaluate(node.iterable, locals)
    if (source.kind !== 'array') {
      return notDeploymentTime(firstUnresolved([source]) ?? unknown(`a loop needs an array, found ${describeKind(source)}`))
    }
    if (source.items.length > MAX_LOOP_ITEMS) {
      return unknown(`a loop over ${source.items.length} items is more than the ${MAX_LOOP_ITEMS} read`)
    }
    const results: Value[] = []
    for (let i = 0; i < source.items.length; i++) {
      const item = source.items[i] as Value
      let scope = bind(locals, node.item, withProvenance(item, source.prov))
      if (node.index !== undefined) scope = bind(scope, node.index, num(i))
      let body = node.body
      if (body.kind === 'if') {
        const condition = this.evaluate(body.condition, scope)
        if (condition.kind !== 'boolean') {
          return notDeploymentTime(firstUnresolved([condition]) ?? unknown('a loop filter is not a boolean'))
        }
        if (!condition.value) continue
        body = body.body
      }
      results.push(this.evaluate(body, scope))
    }
    return arr(results, computed([source]))
  }

  private binary(node: BinaryExpression, locals: Locals): Value {
    const left = this.evaluate(node.left, locals)
    const operator = node.operator
    if (operator === '&&' || operator === '||') {
      // Short-circuit, and a known deciding operand settles it even when the other is unresolved.
      const decisive = operator === '||'
      if (left.kind === 'boolean' && left.value === decisive) return bool(decisive, computed([left]))
      const right = this.evaluate(node.right, locals)
      if (right.kind === 'boolean' && right.value === decisive) return bool(decisive, computed([right]))
      if (left.kind === 'boolean' && right.kind === 'boolean') return bool(!decisive, computed([left, right]))
      return notDeploymentTime(firstUnresolved([left, right]) ?? unknown(`'${operator}' needs booleans`, computed([left, right])))
    }
    if (operator === '??') {
      if (left.kind !== 'null') return left
      return withProvenance(this.evaluate(node.right, locals), { origin: 'expression', via: left.prov.via })
    }
    const right = this.evaluate(node.right, locals)
    const prov = computed([left, right])
    const missing = firstUnresolved([left, right])
    if (operator === '==' || operator === '!=') {
      const equal = valuesEqual(left, right)
      if (equal === undefined) return notDeploymentTime(unknown(whyUnknown(missing, 'values cannot be compared'), prov))
      return bool(equal === (operator === '=='), prov)
    }
    if (missing !== undefined) return notDeploymentTime(unknown(whyUnknown(missing, ''), prov))
    if (operator === '=~' || operator === '!~') {
      if (left.kind !== 'string' || right.kind !== 'string') return unknown(`'${operator}' compares strings`, prov)
      return bool((left.value.toLowerCase() === right.value.toLowerCase()) === (operator === '=~'), prov)
    }
    return arithmetic(operator, left, right, prov)
  }

  private ternary(node: TernaryExpression, locals: Locals): Value {
    const condition = this.evaluate(node.condition, locals)
    const via = { origin: 'expression' as const, via: condition.prov.via }
    if (condition.kind === 'boolean') {
      return withProvenance(this.evaluate(condition.value ? node.whenTrue : node.whenFalse, locals), via)
    }
    const whenTrue = this.evaluate(node.whenTrue, locals)
    const whenFalse = this.evaluate(node.whenFalse, locals)
    // Both branches alike: the condition does not matter.
    if (valuesEqual(whenTrue, whenFalse) === true) return withProvenance(whenTrue, via)
    return notDeploymentTime(unknown(whyUnknown(firstUnresolved([condition]), 'the condition is not a boolean'), computed([condition])))
  }

  private call(node: CallExpression, locals: Locals): Value {
    const args = node.args.map(arg => this.evaluate(arg, locals))
    const site = { name: node.name, at: this.at(node.span), resourceGroup: this.scope.resourceGroup, loadFile: this.loadFile }
    const namespace = node.namespace
    if (namespace === undefined) return this.scope.callFunction(node.name, args) ?? builtin(args, site)
    // `sys.f()` and `az.f()` are built-ins, unless a symbol is named sys or az.
    const system = namespace.kind === 'identifier' && NAMESPACES.has(namespace.name) ? namespace.name : undefined
    if (system !== undefined && lookupLocal(locals, system) === undefined && this.scope.symbol(system) === undefined) {
      return builtin(args, site)
    }
    const target = this.evaluate(namespace, locals)
    if (target.kind === 'record') {
      const result = target.call?.(node.name, args)
      return result ?? unknown(`${target.label}.${node.name}() is only known at deployment`, target.prov)
    }
    return notDeploymentTime(firstUnresolved([target]) ?? unknown(`${describeKind(target)} has no function ${node.name}()`, target.prov))
  }
}
