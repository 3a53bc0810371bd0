import type { InfrastructureModel } from '../model/resources.js'
import type { Advisory } from './advisory.js'
import type { Assessment, Finding } from './types.js'

export interface PolicyOptions {
  /** Evaluation date (UTC midnight): decides expired windows and the next baseline month. */
  readonly asOf: Date
  /** Advisories in force (the built-in one unless configured otherwise). */
  readonly advisories?: readonly Advisory[]
  /** How an unset hotpatch flag is read on images where hotpatch is on by default. */
  readonly hotpatchDefault?: 'on' | 'off' | 'unknown'
}

export interface PolicyResult {
  readonly assessments: readonly Assessment[]
  readonly findings: readonly Finding[]
}

// Placeholder until the policy module lands.
export function evaluatePolicy(_model: InfrastructureModel, _options: PolicyOptions): PolicyResult {
  return { assessments: [], findings: [] }
}
