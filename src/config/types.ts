import type { SourceLocation } from '../model/source.js'

/** What a `rules:` entry sets: a severity, or `off` to drop the rule's findings. */
/** A rule's configured severity (the policy's severities), or `off`. */
export type RuleSetting = 'error' | 'warning' | 'notice' | 'off'

/**
 * The repository's policy configuration (`.github/hotpatch-reboot-gate.yml`, schemas/config.schema.json),
 * validated, with defaults applied and every entry located in its file.
 */
export interface PolicyConfiguration {
  /** The file as findings name it: relative to the scan root, `/` separated. */
  readonly file: string
  /** Which findings fail the run; the `fail-on` input or option wins when it is given. */
  readonly failOn?: 'error' | 'warning' | 'never'
  /** How `affected-platform-reboot` is treated: accept (no finding), warn (the default) or reject (an error). */
  readonly platformReboot?: 'accept' | 'warn' | 'reject'
  /** How values that could not be resolved are treated: ignore (no finding), warn (the default) or fail (an error). */
  readonly unresolved?: 'ignore' | 'warn' | 'fail'
  /** How an unset hotpatch flag reads on images where hotpatch is on unless turned off. */
  readonly hotpatchDefault?: 'on' | 'off' | 'unknown'
  /** Path globs below the scan root; empty: every file. */
  readonly include: readonly string[]
  readonly exclude: readonly string[]
  /** Severity overrides by rule id (after `platform-reboot` and `unresolved`). */
  readonly rules: ReadonlyMap<string, RuleSetting>
  /** The tags that declare a reboot plan on a resource. */
  readonly tags: RebootWindowTags
  readonly rebootPlans: readonly ConfiguredPlan[]
  readonly exemptions: readonly ConfiguredExemption[]
  /** How far past the evaluation date an exemption may expire. */
  readonly maxExemptionDays: number
  /** Advisory files to apply besides the built-in ones, as written and resolved. */
  readonly advisories: readonly ConfiguredAdvisory[]
  /** Evaluation budgets (`limits:`), when set; docs/limits.md. */
  readonly limits?: { readonly instances?: number; readonly steps?: number }
}

export interface RebootWindowTags {
  readonly window: string
  readonly owner: string
  readonly ticket: string
}

/** A `reboot-plans:` entry: a reboot schedule kept outside the manifests (Update Manager policy, change calendar). */
export interface ConfiguredPlan {
  /** `reboot-plans[2]`. */
  readonly label: string
  /** A resource name, a name glob or a resource ID. */
  readonly resource: string
  readonly window: string
  readonly owner: string
  readonly ticket?: string
  readonly location: SourceLocation
  readonly windowAt: SourceLocation
}

/** An `exemptions:` entry. */
export interface ConfiguredExemption {
  /** `exemptions[0]`. */
  readonly label: string
  /** A resource name, a name glob or a resource ID. */
  readonly resource: string
  /** A rule id or `*`. */
  readonly rule: string
  readonly reason: string
  readonly owner: string
  /** YYYY-MM-DD: the last day it applies. */
  readonly expires: string
  readonly ticket?: string
  readonly location: SourceLocation
  readonly expiresAt: SourceLocation
}

export interface ConfiguredAdvisory {
  /** As written in the file. */
  readonly path: string
  /** Absolute. */
  readonly absolutePath: string
  readonly location: SourceLocation
}

export const DEFAULT_TAGS: RebootWindowTags = {
  window: 'hotpatch-reboot-window',
  owner: 'hotpatch-reboot-owner',
  ticket: 'hotpatch-reboot-ticket'
}

export const DEFAULT_MAX_EXEMPTION_DAYS = 90

/** Rules about exemptions themselves: no exemption covers them and their severity is fixed. */
export const GOVERNANCE_RULES: readonly string[] = ['exemption-expired', 'invalid-exemption']

/**
 * Rules no exemption covers (`*` skips them): governance, declared plans and VM names, which are fixed at their source, and
 * the rules about files not read or not evaluated, which are about no resource (their severity can be set).
 */
export const UNEXEMPTABLE_RULES: readonly string[] = [...GOVERNANCE_RULES, 'invalid-reboot-plan', 'invalid-vm-name', 'not-evaluated', 'nothing-scanned', 'unreadable-manifest']
