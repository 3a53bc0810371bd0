import { evaluate, type ExpressionScope } from '../expressions/evaluator.js'
import type { Expression } from '../expressions/parser.js'
import type { Traced } from '../expressions/trace.js'
import { Unresolved, type ArmValue } from '../expressions/values.js'
import type { EvaluationSession } from './session.js'

/** One iteration of a copy loop: over resources, over a property's items, or over a variable's items. */
export interface LoopBinding {
  readonly name: string
  /** Unresolved when the loop count is: the iteration stands for all of them. */
  readonly index: number | Unresolved
  readonly level: 'resource' | 'property' | 'variable'
}

/** The template a value is evaluated in: its parameters, variables and session. */
export interface TemplateContext {
  readonly session: EvaluationSession
  readonly resourceGroup: string | undefined
  readonly resourceGroupUnknown: boolean
  /** `deployment().properties.templateLink.uri` (expressions/functions/function.ts). */
  readonly templateUri: string | undefined
  parameter(name: string): Traced
  variable(name: string): Traced
}

const NO_LOOPS: readonly LoopBinding[] = []

/** A template scope plus the copy loops the evaluated value sits in. */
export class Context implements ExpressionScope {
  /** The last expression evaluated in this context outside any lookup, and its value (see `evaluate`). */
  private lastExpression: Expression | undefined
  private lastValue: Traced | undefined

  constructor(
    readonly template: TemplateContext,
    readonly loops: readonly LoopBinding[] = NO_LOOPS
  ) {}

  get session(): EvaluationSession {
    return this.template.session
  }

  get resourceGroup(): string | undefined {
    return this.template.resourceGroup
  }

  get resourceGroupUnknown(): boolean {
    return this.template.resourceGroupUnknown
  }

  get templateUri(): string | undefined {
    return this.template.templateUri
  }

  parameter(name: string): Traced {
    return this.template.parameter(name)
  }

  variable(name: string): Traced {
    return this.template.variable(name)
  }

  /** A named loop, or without a name the innermost resource loop (as ARM resolves `copyIndex()`). */
  copyIndex(loopName: string | undefined): ArmValue {
    const lower = loopName?.toLowerCase()
    const binding = this.loops.findLast(loop => (lower === undefined ? loop.level === 'resource' : loop.name.toLowerCase() === lower))
    if (binding) return binding.index
    return new Unresolved(loopName === undefined ? 'copyIndex() is used outside a copy loop' : `copyIndex('${loopName}') is used outside that copy loop`)
  }

  /**
   * The value of a parsed expression here. The last one is remembered: a resource reads a member written as
   * an expression once per property path under it, and an assignment's `scope` and `properties.resourceId`
   * are usually one text (parsed trees are shared by text). Only outside parameter and variable lookups: no
   * lookup is half done then, so an expression has one value in a context (it depends on nothing else).
   */
  evaluate(expression: Expression): Traced {
    if (this.session.inLookup) return evaluate(expression, this)
    if (expression === this.lastExpression && this.lastValue !== undefined) return this.lastValue
    const value = evaluate(expression, this)
    this.lastExpression = expression
    this.lastValue = value
    return value
  }

  withLoop(binding: LoopBinding): Context {
    return new Context(this.template, [...this.loops, binding])
  }
}
