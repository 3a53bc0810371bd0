import type { InfrastructureModel, MaintenanceAssignment, MaintenanceConfiguration, VirtualMachine } from '../model/resources.js'
import type { SourceLocation } from '../model/source.js'
import type { Advisory } from './advisory.js'

export type Verdict =
  | 'not-affected'
  | 'affected-no-plan'
  | 'affected-reboot-blocked'
  | 'affected-platform-reboot'
  | 'affected-with-plan'
  | 'indeterminate'

export type Severity = 'error' | 'warning' | 'notice'

/** A value the verdict depended on that we could not resolve. */
export interface UnresolvedInput {
  /** Model field, e.g. `image.sku`, `enableHotpatching`. */
  readonly field: string
  readonly reason: string
  readonly location: SourceLocation
}

/** How one maintenance assignment relates to a VM. */
export interface PlanEvidence {
  readonly assignment: MaintenanceAssignment
  readonly configuration: MaintenanceConfiguration | undefined
  /** How the assignment reaches the VM. */
  readonly via: 'direct' | 'dynamic-scope'
  /**
   * - `valid`: an InGuestPatch window that allows reboots and has not expired.
   * - `reboot-blocked`: Never / NeverReboot / excludeKbsRequiringReboot.
   * - `expired`: expirationDateTime before the evaluation date.
   * - `not-in-guest-patch`: a configuration of another scope (Host, OSImage, ...).
   * - `unverifiable`: the configuration or the match depends on values we could not resolve.
   */
  readonly status: 'valid' | 'reboot-blocked' | 'expired' | 'not-in-guest-patch' | 'unverifiable'
  readonly detail: string
}

/** Everything the policy concluded about one VM; rules turn it into findings. */
export interface Assessment {
  readonly vm: VirtualMachine
  readonly verdict: Verdict
  /** Human-readable steps that led to the verdict, in order. */
  readonly reasons: readonly string[]
  /** `yes`, `no` or `unknown`: a hotpatch VM on a hotpatch-capable image. */
  readonly affected: 'yes' | 'no' | 'unknown'
  /** The advisory that makes it affected (undefined when not affected). */
  readonly advisory: Advisory | undefined
  readonly evidence: readonly PlanEvidence[]
  /** patchMode AutomaticByPlatform and bypassPlatformSafetyChecksOnUserSchedule true. */
  readonly customerManagedSchedule: boolean
  readonly unresolved: readonly UnresolvedInput[]
}

export interface RuleMeta {
  /** kebab-case, stable: the SARIF ruleId and the docs slug. */
  readonly id: string
  readonly severity: Severity
  readonly description: string
  /** https URL of docs/rules/<id>.md in the repository. */
  readonly docsUrl: string
  /** Message templates by id, with `{{placeholder}}`s. */
  readonly messages: Readonly<Record<string, string>>
}

export interface RuleContext {
  readonly assessment: Assessment
  readonly model: InfrastructureModel
  readonly asOf: Date
  readonly advisories: readonly Advisory[]
}

/** What a rule reports for one VM. Returning `not-applicable` is different from passing. */
export type RuleOutcome =
  | { readonly outcome: 'not-applicable' }
  | { readonly outcome: 'pass' }
  | { readonly outcome: 'fail'; readonly reports: readonly RuleReport[] }

export interface RuleReport {
  readonly messageId: string
  readonly data?: Readonly<Record<string, string>>
  /** Where the cause is (defaults to the VM's report location). */
  readonly location?: SourceLocation
  /** A fix in the manifest's own format, when one can be given. */
  readonly fix?: Fix
}

export interface Fix {
  /** A ready-to-paste snippet (e.g. a maintenance configuration and its assignment). */
  readonly snippet?: { readonly language: string; readonly text: string }
  /** A one-line replacement for the line at `location` (GitHub suggestion blocks). */
  readonly replacement?: { readonly location: SourceLocation; readonly text: string }
}

export interface RuleModule {
  readonly meta: RuleMeta
  check(context: RuleContext): RuleOutcome
}

export interface Finding {
  readonly ruleId: string
  readonly severity: Severity
  readonly message: string
  readonly location: SourceLocation
  /** Display name of the resource. */
  readonly resource: string
  /** Stable across runs and line moves: rule + resource identity + variant. */
  readonly fingerprint: string
  readonly docsUrl: string
  readonly advisoryId?: string
  readonly fix?: Fix
  readonly related: readonly { readonly file: string; readonly startLine: number; readonly role: string }[]
  /** Set when an exemption covers the finding: it is shown, but does not fail the run. */
  readonly exemption?: { readonly reason: string; readonly owner: string; readonly expires: string; readonly source: string }
}
