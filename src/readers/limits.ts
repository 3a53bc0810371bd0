/**
 * Evaluation budgets per deployment unit (a Terraform root module, an ARM template, a Bicep entry file):
 * docs/limits.md. A budget is checked before expanding; what is beyond it is reported as a located
 * `not-evaluated` error (the not-evaluated rule fails the run), never dropped in silence.
 */
export interface EvaluationLimits {
  /** Instances one declaration may expand to, multiplied through nesting (module × resource × copy). */
  readonly instances: number
  /** Evaluation steps one deployment unit may take. */
  readonly steps: number
}

export const DEFAULT_LIMITS: EvaluationLimits = { instances: 10_000, steps: 2_000_000 }

/** The configured budgets (`limits:`), defaults for what is not set. */
export function limitsOf(configured: { readonly instances?: number; readonly steps?: number } | undefined): EvaluationLimits {
  return {
    instances: configured?.instances ?? DEFAULT_LIMITS.instances,
    steps: configured?.steps ?? DEFAULT_LIMITS.steps
  }
}

/** What a not-evaluated error says when a declaration would expand past the instance budget. */
export function instanceBudgetMessage(what: string, total: number, factors: readonly number[], limits: EvaluationLimits): string {
  const product = factors.length > 1 ? ` (${factors.join(' × ')} through nested loops)` : ''
  return (
    `${what} would expand to ${total} instances${product}, over the instance budget of ${limits.instances} ` +
    `per declaration (raise limits.instances in the configuration to evaluate it)`
  )
}

/** What a not-evaluated error says when a deployment unit ran out of evaluation steps. */
export function stepBudgetMessage(unit: string, limits: EvaluationLimits): string {
  return (
    `${unit} took more than the step budget of ${limits.steps} evaluation steps; values past it are unknown ` +
    `(raise limits.evaluation-steps in the configuration to evaluate it)`
  )
}
