import type { AppliedKnowledge } from '../policy/knowledge.js'
import type { Severity, Verdict } from '../policy/types.js'

/** Version 2: structured `evidence` (was one sentence per line) and `plans`. See docs/json-report.md. */
export const REPORT_SCHEMA_VERSION = 2

/**
 * The JSON report: a public contract (schemas/report.schema.json) read by other tools and by the
 * fork-safe `workflow_run` poster, which renders PR comments from it alone. Add fields; never
 * rename or remove one without bumping schemaVersion.
 */
export interface JsonReport {
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION
  readonly tool: { readonly name: string; readonly version: string }
  /** YYYY-MM-DD */
  readonly asOf: string
  /**
   * The fail-on the run's verdict used (the workflow's input, else the configuration's, else `error`), so
   * that the fork-safe poster, which reads no configuration, gives the same verdict.
   */
  readonly failOn?: 'error' | 'warning' | 'never'
  readonly resources: readonly ReportResource[]
  readonly findings: readonly ReportFinding[]
  readonly parseErrors: readonly ReportParseError[]
  readonly summary: ReportSummary
  /** Advisories in force, for rendering their sources. */
  readonly advisories: readonly { readonly id: string; readonly title: string; readonly url: string }[]
  /**
   * Every maintenance configuration and assignment read, whether or not it reaches a VM, sorted by file
   * and line: the gate re-checks every VM when a pull request changes one of their files.
   */
  readonly plans: readonly ReportPlan[]
  /**
   * The policy configuration read, when there is one, and the advisory files it loads (`advisories:`, those in
   * the scanned root; absent when none): a change to any of them can change any VM's findings.
   */
  readonly configuration?: { readonly file: string; readonly advisories?: readonly string[] }
  /** Every exemption (policy configuration and inline comments), sorted by file and line; absent when there is none. */
  readonly exemptions?: readonly ReportExemption[]
  /**
   * The advisories and baseline calendar applied, with their review dates, and the one notice when the
   * evaluation date is more than 120 days past the newest review (issue 17).
   */
  readonly knowledge?: AppliedKnowledge
}

/**
 * An exemption as written, whether it is in force, what it covered, and whether the pull request adds
 * or extends it (`new`), so that reviewers see every new exemption.
 */
export interface ReportExemption {
  readonly source: 'configuration' | 'inline'
  /** Where it is written: the configuration entry or the comment. */
  readonly file: string
  readonly startLine: number
  /** As written in the configuration (a name, a glob or a resource ID); the resource's name for an inline one. */
  readonly resource: string
  /** A rule id or `*` (empty for an inline exemption that cannot be read). */
  readonly rule: string
  readonly reason: string
  readonly owner: string
  /** YYYY-MM-DD, the last day it applies. */
  readonly expires: string
  readonly ticket?: string
  /** `active` exempts findings; `expired`, `too-long` (past the maximum lifetime) and `malformed` exempt nothing. */
  readonly status: 'active' | 'expired' | 'too-long' | 'malformed'
  /** Why it is not in force (too-long, malformed). */
  readonly problem?: string
  /** The VMs it is keyed to, by name. */
  readonly resources: readonly string[]
  /** How many findings it exempted. */
  readonly exempted: number
  /** Whether the pull request adds or extends it; absent when that is not known (no pull request, no base). */
  readonly new?: boolean
  /** How the pull request touched it, when `new`: `changed` when only the diff tells (added or extended). */
  readonly change?: 'added' | 'extended' | 'changed'
}

export interface ReportResource {
  readonly file: string
  readonly startLine: number
  readonly name: string
  /** ARM type, e.g. Microsoft.Compute/virtualMachines. */
  readonly type: string
  readonly format: string
  readonly verdict: Verdict
  readonly reasons: readonly string[]
  readonly related: readonly ReportRelated[]
  /** Stable resource key (type + name or symbol, + variant). */
  readonly key: string
  /** e.g. the parameter file it was evaluated with. */
  readonly variant?: string
  /** One entry per maintenance assignment that reaches it, then one per declared reboot plan. */
  readonly evidence: readonly ReportEvidence[]
}

/** A maintenance configuration or assignment as read, for the gate's scope. */
export interface ReportPlan {
  readonly kind: 'maintenance-configuration' | 'maintenance-assignment'
  readonly name: string
  /** Where it is reported (for a module's resource: the module call). */
  readonly file: string
  readonly startLine: number
  /** The file that declares it, when it is not `file` (a module). */
  readonly declaredIn?: string
  /**
   * For an assignment that reaches out of its deployment unit (a dynamic scope, a target by resource ID
   * or not resolved): the other files whose values decide where it applies (tfvars, parameter files).
   */
  readonly valueFiles?: readonly string[]
}

/**
 * Reboot-plan evidence as data; renderers word it (src/report/evidence-words.ts). Every entry has a
 * kind, where it is written (file, startLine) and a status.
 */
export type ReportEvidence = ReportAssignmentEvidence | ReportDeclaredPlanEvidence

/** A maintenance assignment that reaches the resource. */
export interface ReportAssignmentEvidence {
  readonly kind: 'maintenance-assignment'
  /** Where the assignment is reported. */
  readonly file: string
  readonly startLine: number
  /** valid, reboot-blocked, expired, not-in-guest-patch, unverifiable, misses-baseline, malformed-window or rejected. */
  readonly status:
    | 'valid'
    | 'reboot-blocked'
    | 'expired'
    | 'not-in-guest-patch'
    | 'unverifiable'
    | 'misses-baseline'
    | 'malformed-window'
    | 'rejected'
  /** A window that reboots for a checked baseline: `next reboot window 2027-01-13 03:00 UTC, 1 day after ...`. */
  readonly nextWindow?: string
  /** The assignment's name. */
  readonly name: string
  /** How it reaches the resource. */
  readonly via: 'direct' | 'dynamic-scope'
  /**
   * The configuration it assigns: with file and startLine when it is in the scanned files, its name
   * alone when it is not, absent when its name could not be resolved.
   */
  readonly configuration?: { readonly name: string; readonly file?: string; readonly startLine?: number }
  /** The policy's explanation of the status; empty when there is none. */
  readonly detail: string
}

/** A reboot plan declared outside the manifests (a window tag, a `reboot-plans:` entry). */
export interface ReportDeclaredPlanEvidence {
  readonly kind: 'declared-plan'
  /** Where the window is written. */
  readonly file: string
  readonly startLine: number
  readonly status: 'valid' | 'invalid'
  /** e.g. `tag hotpatch-reboot-window`, `reboot-plans[0] of .github/hotpatch-reboot-gate.yml`. */
  readonly name: string
  /** As written: an ISO 8601 interval or a maintenance recurrence. */
  readonly window: string
  readonly owner?: string
  readonly ticket?: string
  /** Why it does not count (status invalid). */
  readonly problem?: { readonly kind: 'malformed' | 'no-owner' | 'ended'; readonly text: string }
}

export interface ReportRelated {
  readonly file: string
  readonly startLine: number
  readonly role: string
}

export interface ReportFinding {
  readonly ruleId: string
  readonly severity: Severity
  readonly file: string
  readonly startLine: number
  readonly endLine: number
  readonly message: string
  readonly resource: string
  /** The `key` of the resource in `resources` the finding is about, when it could be told. */
  readonly resourceKey?: string
  readonly fingerprint: string
  readonly docsUrl: string
  readonly advisoryId?: string
  readonly related: readonly ReportRelated[]
  readonly fix?: {
    readonly snippet?: { readonly language: string; readonly text: string }
    readonly replacement?: { readonly file: string; readonly line: number; readonly text: string }
  }
  readonly exemption?: { readonly reason: string; readonly owner: string; readonly expires: string; readonly source: string }
}

export interface ReportParseError {
  readonly file: string
  readonly line: number
  readonly column: number
  readonly message: string
  readonly severity: 'error' | 'notice'
  /**
   * A notice that the file itself was not read (size, templated YAML, a link, bytes no reader decodes). A notice
   * without it is a note on a file that was read: a module or a link it names is not followed, for instance.
   */
  readonly skipped?: true
}

export interface ReportSummary {
  readonly files: number
  readonly resources: number
  readonly errors: number
  readonly warnings: number
  readonly notices: number
  /** Findings covered by an exemption (not counted in errors/warnings). */
  readonly exempted: number
  /** Resources per verdict. */
  readonly verdicts: Readonly<Partial<Record<Verdict, number>>>
}
