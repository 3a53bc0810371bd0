import type { SourceLocation } from '../model/source.js'

/**
 * An exemption keyed to a resource: findings of its rule (or of every rule, `*`) on that resource are
 * still reported, marked exempted, and do not fail the run until it expires.
 */
export interface Exemption {
  readonly source: 'configuration' | 'inline'
  /** How messages name it: `exemptions[0] of .github/hotpatch-reboot-gate.yml`, `the inline exemption`. */
  readonly label: string
  /** As written in the configuration (a name, a glob or a resource ID); the resource's name for an inline one. */
  readonly resource: string
  /** A rule id or `*`; empty when a malformed inline exemption does not say. */
  readonly rule: string
  readonly reason: string
  readonly owner: string
  /** YYYY-MM-DD as written; empty when a malformed inline exemption does not say. */
  readonly expires: string
  readonly ticket?: string
  /** Where it is written: the configuration entry or the comment. */
  readonly location: SourceLocation
  /** Where its expiry is written. */
  readonly expiresAt: SourceLocation
  /**
   * - `active`: it exempts matching findings.
   * - `expired`: its expiry date is before the evaluation date.
   * - `too-long`: it expires further ahead than the configured maximum lifetime.
   * - `malformed`: an inline exemption that cannot be read (`problem` says why).
   */
  readonly status: 'active' | 'expired' | 'too-long' | 'malformed'
  readonly problem?: string
}

/** One exemption as written, with what it covered in this evaluation (for reports and pull request summaries). */
export interface ExemptionRecord extends Exemption {
  /** Display names of the VMs it is keyed to. */
  readonly resources: readonly string[]
  /** How many findings it exempted. */
  readonly exempted: number
}
