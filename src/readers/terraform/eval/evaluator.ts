import {
  type CallExpression,
  type Expression,
  type ForExpression,
  type ObjectExpression,
  SPLAT_ELEMENT,
  type TemplatePart
} from '../hcl/ast.js'
import { Budget, Tracer } from './budget.js'
import { asBool, asList, asString, checkedList, checkedString, entriesOf, valuesEqual } from './coerce.js'
import { callFileFunction, FILE_FUNCTIONS, type TerraformFiles } from './functions/files.js'
import { callFunction } from './functions/index.js'
import { binaryOperation, unaryOperation } from './operators.js'
import { isPlanTime, notDeploymentTime } from './deployment-time.js'
import { pairedInstance, traverseAttribute, traverseIndex } from './traverse.js'
import { failure, isList, isMissing, isUnknown, objectValue, type Value } from './value.js'

/**
 * Functions whose result may be the plan time itself: the ones that make it, `formatdate` (for a full date
 * and time, deciding itself), and the ones that return an argument as it is. Any other function's result
 * computed from the plan time is not the plan time.
 */
const KEEPS_PLAN_TIME: ReadonlySet<string> = new Set([
  'timestamp',
  'plantimestamp',
  'formatdate',
  'try',
  'coalesce',
  'sensitive',
  'nonsensitive',
  'tostring'
])

/** Names visible to an expression: `var`, `local`, resource types, `for` variables, ... */
export interface Scope {
  /** The value of a root name; undefined when the name is not defined here. */
  lookup(name: string): Value | undefined
}

/** A scope with extra names on top of a parent (`for` variables, `each`, dynamic block iterators). */
export function childScope(parent: Scope, names: ReadonlyMap<string, Value>): Scope {
  return { lookup: name => (names.has(name) ? names.get(name) : parent.lookup(name)) }
}

/** Evaluates HCL expressions within a budget; never throws for bad input. */
export class Evaluator {
  constructor(
    readonly budget = new Budget(),
    readonly tracer = new Tracer(),
    /** The repository's files for `file()` and `fileexists()`; without them (tfvars files), they are not evaluated. */
    private readonly files?: TerraformFiles
  ) {}

  evaluate(expression: Expression, scope: Scope): Value {
    const budget = this.budget
    if (!budget.step()) return failure('evaluation budget exhausted (the configuration is too large or too recursive)')
    if (budget.depth >= budget.maxDepth) return failure('expressions nested too deeply to evaluate')
    budget.depth++
    try {
      return this.evaluateNode(expression, scope)
    } finally {
      budget.depth--
    }
  }

  private evaluateNode(expression: Expression, scope: Scope): Value {
    switch (expression.kind) {
      case 'literal':
        return expression.value
      case 'template':
        return this.template(expression.parts, scope)
      case 'tuple':
        return checkedList(expression.items.map(item => this.evaluate(item, scope)))
      case 'object':
        return this.object(expression, scope)
      case 'variable':
        return scope.lookup(expression.name) ?? failure(`"${expression.name}" is not defined here`)
      // Below, a value computed from the plan time is not the plan time (src/model/deployment-time.ts).
      // (`local.start`, `var.times[0]` read a value as it is: only a part of the plan time itself is computed).
      case 'getattr': {
        const target = this.evaluate(expression.target, scope)
        const value = traverseAttribute(target, expression.name)
        return isPlanTime(target) ? notDeploymentTime(value) : value
      }
      case 'index': {
        const [target, key] = [this.evaluate(expression.target, scope), this.evaluate(expression.key, scope)]
        const value = pairedInstance(expression, target, key) ?? traverseIndex(target, key)
        return isPlanTime(target) || isPlanTime(key) ? notDeploymentTime(value) : value
      }
      case 'splat':
        return notDeploymentTime(this.splat(this.evaluate(expression.target, scope), expression.each, scope))
      case 'for':
        return notDeploymentTime(this.forExpression(expression, scope))
      case 'conditional':
        return this.conditional(expression.condition, expression.then, expression.else, scope)
      case 'unary':
        return notDeploymentTime(unaryOperation(expression.operator, this.evaluate(expression.operand, scope)))
      case 'binary':
        return notDeploymentTime(
          binaryOperation(expression.operator, this.evaluate(expression.left, scope), this.evaluate(expression.right, scope))
        )
      case 'call':
        return this.call(expression, scope)
      case 'invalid':
        return failure(expression.reason)
    }
  }

  private template(parts: readonly TemplatePart[], scope: Scope): Value {
    // "${x}" alone yields x itself, not its string form (Terraform keeps the type).
    const [only] = parts
    if (parts.length === 1 && only?.kind === 'interpolation') return this.evaluate(only.expression, scope)
    let text = ''
    for (const part of parts) {
      const piece = this.templatePart(part, scope)
      if (typeof piece !== 'string') return notDeploymentTime(piece)
      text += piece
      if (text.length > 1_000_000) return checkedString(text)
    }
    return text
  }

  private templatePart(part: TemplatePart, scope: Scope): Value {
    switch (part.kind) {
      case 'text':
        return part.text
      case 'interpolation':
        return asString(this.evaluate(part.expression, scope))
      case 'if': {
        const condition = asBool(this.evaluate(part.condition, scope))
        if (typeof condition !== 'boolean') return condition
        return asString(this.template(condition ? part.then : part.else, scope))
      }
      case 'for': {
        const entries = entriesOf(this.evaluate(part.collection, scope))
        if (!Array.isArray(entries)) return entries
        let text = ''
        for (const [key, value] of entries) {
          const names = new Map<string, Value>([[part.valueName, value]])
          if (part.keyName !== undefined) names.set(part.keyName, key)
          const piece = asString(this.template(part.body, childScope(scope, names)))
          if (typeof piece !== 'string') return piece
          text += piece
          if (text.length > 1_000_000) return checkedString(text)
        }
        return text
      }
    }
  }

  private object(expression: ObjectExpression, scope: Scope): Value {
    const entries = new Map<string, Value>()
    const unknownKeyed: Value[] = []
    let partial: string | undefined
    for (const item of expression.items) {
      const key = asString(this.evaluate(item.key, scope))
      if (typeof key !== 'string' && !isUnknown(key)) return key
      // An unknown key keeps its value (a for_each over the object still knows each.value).
      if (typeof key !== 'string') {
        partial ??= key.reason
        unknownKeyed.push(this.evaluate(item.value, scope))
      } else entries.set(key, this.evaluate(item.value, scope))
    }
    return partial === undefined ? objectValue(entries) : { kind: 'object', entries, partial, unknownKeyed }
  }

  private splat(target: Value, each: Expression, scope: Scope): Value {
    if (target === null) return []
    if (isMissing(target)) return target
    const items = isList(target) ? target : [target]
    return items.map(item => this.evaluate(each, childScope(scope, new Map([[SPLAT_ELEMENT, item]]))))
  }

  private forExpression(expression: ForExpression, scope: Scope): Value {
    const entries = entriesOf(this.evaluate(expression.collection, scope))
    if (!Array.isArray(entries)) return entries
    const list: Value[] = []
    const object = new Map<string, Value>()
    for (const [key, value] of entries) {
      const names = new Map<string, Value>([[expression.valueName, value]])
      if (expression.keyName !== undefined) names.set(expression.keyName, key)
      const inner = childScope(scope, names)
      if (expression.condition) {
        const keep = asBool(this.evaluate(expression.condition, inner))
        if (typeof keep !== 'boolean') return keep
        if (!keep) continue
      }
      const item = this.evaluate(expression.valueExpression, inner)
      if (!expression.keyExpression) {
        list.push(item)
        if (list.length > 100_000) return checkedList(list)
        continue
      }
      const itemKey = asString(this.evaluate(expression.keyExpression, inner))
      if (typeof itemKey !== 'string') return itemKey
      if (expression.grouping) object.set(itemKey, [...((object.get(itemKey) as Value[] | undefined) ?? []), item])
      else if (object.has(itemKey)) return failure(`duplicate key "${itemKey}" in a for expression (use ... to group)`)
      else object.set(itemKey, item)
      if (object.size > 100_000) return failure('for expression produced too many keys')
    }
    return expression.keyExpression ? objectValue(object) : list
  }

  private conditional(condition: Expression, then: Expression, otherwise: Expression, scope: Scope): Value {
    const decided = asBool(this.evaluate(condition, scope))
    if (typeof decided === 'boolean') return this.evaluate(decided ? then : otherwise, scope)
    if (!isUnknown(decided)) return decided
    // Both branches agreeing makes the condition irrelevant.
    const a = this.evaluate(then, scope)
    const b = this.evaluate(otherwise, scope)
    return valuesEqual(a, b) === true ? a : notDeploymentTime(decided)
  }

  private call(expression: CallExpression, scope: Scope): Value {
    const args = expression.args.map(arg => this.evaluate(arg, scope))
    if (expression.expandFinal) {
      const last = args.pop()
      const spread = asList(last ?? null)
      if (!isList(spread)) return spread
      args.push(...spread)
    }
    if (this.files !== undefined && FILE_FUNCTIONS.has(expression.name)) return callFileFunction(expression.name, args, this.files, this.tracer)
    const result = callFunction(expression.name, args)
    return KEEPS_PLAN_TIME.has(expression.name) ? result : notDeploymentTime(result)
  }
}
