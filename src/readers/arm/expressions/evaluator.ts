import type { Arguments, FunctionEnv } from './functions/function.js'
import { notDeploymentTime } from './functions/deployment-context.js'
import { lookupFunction } from './functions/registry.js'
import { parseExpression, type Expression } from './parser.js'
import { ExpressionSyntaxError } from './tokenizer.js'
import { computedFrom, literal, type Trace, type Traced } from './trace.js'
import { derived, getMember, isArmArray, isArmObject, PartialArmObject, typeName, Unresolved, type ArmValue } from './values.js'

/** What an expression can see: the template's parameters and variables, and the function environment. */
export interface ExpressionScope extends FunctionEnv {
  parameter(name: string): Traced
  variable(name: string): Traced
}

/**
 * Parsed expressions by text: templates repeat them, and are evaluated once per variant and copy index.
 * The store is the scan's (below): a map per template as well cost a map and a lookup more per template.
 */
export class ExpressionCache {
  /**
   * The syntax tree of the text inside the brackets of `bracketed` (`[...]`, as written in the template), or
   * the syntax error with its offset. Looked up by the text as written: the template's own string, whose
   * hash V8 keeps, rather than a new slice of it to hash on every evaluation.
   */
  parse(bracketed: string): Expression | ExpressionSyntaxError {
    return sharedParse(bracketed)
  }
}

/**
 * Parsed expressions shared by every template of a scan: `[parameters('location')]` and its kind recur
 * in every file. Trees are never changed after parsing, so sharing them is safe; the store is emptied
 * when it fills, so a repository of unique expressions cannot grow it without bound.
 */
const shared = new Map<string, Expression | ExpressionSyntaxError>()
const SHARED_EXPRESSIONS = 10_000

/**
 * Empties the store (the scan calls it once its units are read): up to 10,000 trees and their texts, a few
 * MB on a large repository, would otherwise stay alive through the policy and the report.
 */
export function releaseSharedExpressions(): void {
  shared.clear()
}

function sharedParse(bracketed: string): Expression | ExpressionSyntaxError {
  let result = shared.get(bracketed)
  if (result === undefined) {
    try {
      result = parseExpression(bracketed.slice(1, -1))
    } catch (error) {
      if (!(error instanceof ExpressionSyntaxError)) throw error
      result = error
    }
    if (shared.size >= SHARED_EXPRESSIONS) shared.clear()
    shared.set(bracketed, result)
  }
  return result
}

/** Evaluates a parsed expression; never throws. Property names are case-insensitive, as in ARM. */
export function evaluate(node: Expression, scope: ExpressionScope): Traced {
  switch (node.kind) {
    case 'literal':
      return literal(node.value)
    case 'member': {
      const target = evaluate(node.target, scope)
      return { value: member(target.value, node.name), trace: target.trace }
    }
    case 'index': {
      const target = evaluate(node.target, scope)
      const index = evaluate(node.index, scope)
      const trace = index.trace.origin === 'literal' ? target.trace : { ...target.trace, via: computedFrom([target.trace, index.trace]).via }
      return { value: indexed(target.value, index.value), trace }
    }
    case 'call':
      return call(node.name, node.args, scope)
  }
}

function call(name: string, args: readonly Expression[], scope: ExpressionScope): Traced {
  const lower = name.toLowerCase()
  if (lower === 'parameters' || lower === 'variables') return lookup(lower, args, scope)
  const fn = lookupFunction(name)
  if (fn === undefined) {
    const reason = name.includes('.') ? `user-defined function '${name}' is not evaluated` : `function '${name}' is not supported`
    return { value: new Unresolved(reason), trace: computedFrom([]) }
  }
  const evaluated = new CallArguments(args, scope)
  const value = fn(evaluated, scope)
  // Computed from utcNow(), a value is not utcNow() itself (src/model/deployment-time.ts).
  return { value: lower === 'utcnow' ? value : notDeploymentTime(value), trace: evaluated.trace() }
}

/** A call's arguments, evaluated on first use; the value is computed from those evaluated, in that order. */
class CallArguments implements Arguments {
  /** Made on the first argument that is not a literal, as is the list of traces. */
  private values: Array<ArmValue | undefined> | undefined
  private traces: Trace[] | undefined

  constructor(
    private readonly args: readonly Expression[],
    private readonly scope: ExpressionScope
  ) {}

  get length(): number {
    return this.args.length
  }

  value(index: number): ArmValue {
    const arg = this.args[index]
    if (arg === undefined) return null
    // A literal passes through no place: its trace adds nothing (and no Traced is made for it).
    if (arg.kind === 'literal') return arg.value
    const known = this.values?.[index]
    if (known !== undefined) return known
    const traced = evaluate(arg, this.scope)
    ;(this.traces ??= []).push(traced.trace)
    ;(this.values ??= [])[index] = traced.value
    return traced.value
  }

  trace(): Trace {
    return computedFrom(this.traces ?? NO_TRACES)
  }
}

const NO_TRACES: readonly Trace[] = []

function lookup(kind: 'parameters' | 'variables', args: readonly Expression[], scope: ExpressionScope): Traced {
  const [arg] = args
  if (arg === undefined || args.length > 1) return { value: new Unresolved(`${kind}() expects 1 argument`), trace: computedFrom([]) }
  const name = evaluate(arg, scope)
  if (name.value instanceof Unresolved) return { value: derived(name.value), trace: name.trace }
  if (typeof name.value !== 'string') return { value: new Unresolved(`${kind}() expects a name, got ${typeName(name.value)}`), trace: name.trace }
  return kind === 'parameters' ? scope.parameter(name.value) : scope.variable(name.value)
}

function member(target: ArmValue, name: string): ArmValue {
  // A member written after every unknown part of a partly known object is certain; any other may be the unknown part's.
  const certain = target instanceof PartialArmObject ? getMember(target.known, name) : undefined
  if (certain !== undefined) return certain
  if (target instanceof Unresolved) return notDeploymentTime(derived(target))
  if (isArmObject(target)) return getMember(target, name) ?? new Unresolved(`property '${name}' does not exist`)
  return new Unresolved(`cannot read property '${name}' of ${typeName(target)}`)
}

function indexed(target: ArmValue, index: ArmValue): ArmValue {
  if (target instanceof PartialArmObject && typeof index === 'string') return member(target, index)
  if (target instanceof Unresolved) return notDeploymentTime(derived(target))
  if (index instanceof Unresolved) return notDeploymentTime(derived(index))
  if (isArmArray(target) && typeof index === 'number') {
    return target[index] ?? new Unresolved(`index ${index} is outside an array of ${target.length}`)
  }
  if (isArmObject(target) && typeof index === 'string') return member(target, index)
  return new Unresolved(`cannot index ${typeName(target)} with ${typeName(index)}`)
}
