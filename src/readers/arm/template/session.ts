import { ExpressionCache } from '../expressions/evaluator.js'
import type { JsonRef } from '../expressions/trace.js'
import { DEFAULT_LIMITS, type EvaluationLimits, stepBudgetMessage } from '../../limits.js'
import type { LinkedTemplates } from './linked-templates.js'

/** A problem found while evaluating, located by JSON path until positions are computed. */
export interface EvaluationProblem {
  readonly ref: JsonRef
  readonly message: string
  readonly severity: 'error' | 'notice'
  /** Set when a budget left something unevaluated (the not-evaluated rule reports it). */
  readonly kind?: 'not-evaluated'
}

/** How long a chain of parameters and variables referring to each other may get. */
export const MAX_REFERENCE_CHAIN = 64

/**
 * How deep evaluation may nest: JSON containers count one level, expressions two per nesting level.
 * Each bound alone (JSON depth, expression depth, reference chain) is safe, but a chain of variables
 * that each nest deeply multiplies them past the stack; this bound keeps the whole under it.
 */
export const MAX_EVALUATION_DEPTH = 1000

/**
 * State shared by every scope of one read: parsed expressions, the problems found (each reported
 * once, although a template is evaluated per parameter file and copy index), scope ids, and the
 * depth of the parameter/variable chain being evaluated.
 */
export class EvaluationSession {
  readonly expressions = new ExpressionCache()
  /** Made on the first problem: most templates have none. */
  private problems: Map<string, EvaluationProblem> | undefined
  private scopeCount = 0
  private chainDepth = 0
  private depth = 0
  private depthReported = false
  private steps = 0
  private template: JsonRef | undefined

  constructor(
    /** `limits.evaluation-steps`: values one template evaluation (per parameter file) may compute; nested copy loops stop there. */
    readonly limits: EvaluationLimits = DEFAULT_LIMITS,
    /** The templates of the read's unit a relativePath link opens (none: every such link is a notice). */
    readonly links?: LinkedTemplates
  ) {}

  /** Starts the step budget of one template evaluation, whose root is `template`. */
  beginTemplate(template: JsonRef): void {
    this.steps = 0
    this.depthReported = false
    this.template = template
  }

  /** Counts one evaluation step; false once the budget is spent (reported once, at the template). */
  spend(steps = 1): boolean {
    if (this.steps > this.limits.steps) return false
    this.steps += steps
    const max = this.limits.steps
    if (this.steps <= max) return true
    if (this.steps - steps <= max && this.template !== undefined) {
      this.report({ ref: this.template, message: stepBudgetMessage('the template', this.limits), severity: 'error', kind: 'not-evaluated' })
    }
    return false
  }

  report(problem: EvaluationProblem): void {
    const key = `${problem.ref.file}#${problem.ref.path.join('/')}#${problem.message}`
    this.problems ??= new Map()
    if (!this.problems.has(key)) this.problems.set(key, problem)
  }

  reported(): EvaluationProblem[] {
    return this.problems === undefined ? [] : [...this.problems.values()]
  }

  /** A short id, unique in this read, that names a template scope inside value patterns. */
  nextScopeId(): string {
    return `s${this.scopeCount++}`
  }

  /**
   * Goes `levels` deeper, or says no past MAX_EVALUATION_DEPTH (reported once per template evaluation, where
   * it first happens). Each `enter` that says yes is followed by one `leave` of the same levels. (Not a
   * callback: that was a closure for every container and expression evaluated.)
   */
  enter(levels: number, ref: JsonRef): boolean {
    if (this.depth + levels > MAX_EVALUATION_DEPTH) {
      if (!this.depthReported) {
        const message = `evaluation nested deeper than ${MAX_EVALUATION_DEPTH} levels (values and variables nested in one another); it is unresolved`
        this.report({ ref, message, severity: 'error' })
      }
      this.depthReported = true
      return false
    }
    this.depth += levels
    return true
  }

  /** Comes back up from an `enter`. */
  leave(levels: number): void {
    this.depth -= levels
  }

  /**
   * Goes one level deeper in the reference chain, or says no past MAX_REFERENCE_CHAIN. Each `enterChain`
   * that says yes is followed by one `leaveChain` (not a callback: a closure for every lookup).
   */
  enterChain(): boolean {
    if (this.chainDepth >= MAX_REFERENCE_CHAIN) return false
    this.chainDepth++
    return true
  }

  leaveChain(): void {
    this.chainDepth--
  }

  /** Whether a parameter or variable is being resolved (`enterChain` without its `leaveChain`). */
  get inLookup(): boolean {
    return this.chainDepth > 0
  }
}
