import type {
  InfrastructureModel,
  MaintenanceAssignment,
  MaintenanceConfiguration,
  RelatedLocation,
  VirtualMachine
} from '../model/resources.js'
import type { SourceLocation } from '../model/source.js'
import type { Advisory } from './advisory.js'
import type { FindingSubject } from './subject.js'
import type { Exemption } from './exemption-types.js'

export type { FindingSubject } from './subject.js'
export type { Exemption, ExemptionRecord } from './exemption-types.js'

export type Verdict =
  | 'not-affected'
  | 'affected-no-plan'
  | 'affected-reboot-blocked'
  | 'affected-platform-reboot'
  | 'affected-with-plan'
  | 'indeterminate'

export type Severity = 'error' | 'warning' | 'notice'

/** What pauses a Crossplane object: the annotation, or an empty management policies list. */
export type PausedBy = 'crossplane.io/paused' | 'managementPolicies'

/** A value the verdict depended on that we could not resolve. */
export interface UnresolvedInput {
  /** Model field, e.g. `image.sku`, `enableHotpatching`. */
  readonly field: string
  readonly reason: string
  readonly location: SourceLocation
  /**
   * Set when the value is unknown because the manifests only observe the resource that holds it (a Crossplane
   * `managementPolicies: ["Observe"]` configuration): it exists in Azure, and its settings there are not theirs.
   */
  readonly observed?: true
  /**
   * Set when the value is unknown because the resource that holds it is paused, to what pauses it (Crossplane
   * `crossplane.io/paused: "true"`, or `managementPolicies: []`): its provider does not reconcile it, so the manifest
   * neither creates it nor changes it in Azure.
   */
  readonly paused?: PausedBy
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
   * - `misses-baseline`: its window opens in none of the next baselines' reboot periods, or (while an
   *   advisory's disruption takes the VM's OS family off hotpatching) not for each of the disruption's monthly updates.
   * - `malformed-window`: Azure would reject its window (recurEvery, dates, duration or time zone).
   * - `rejected`: what creates the configuration rejects it as written (a Crossplane block in a shape its
   *   apiVersion's CRD does not take): it never exists.
   */
  readonly status:
    | 'valid'
    | 'reboot-blocked'
    | 'expired'
    | 'not-in-guest-patch'
    | 'unverifiable'
    | 'misses-baseline'
    | 'malformed-window'
    | 'rejected'
  readonly detail: string
  /** When the window opens against the next baselines (InGuestPatch windows that could be read). */
  readonly timing?: WindowTiming
}

/** When a maintenance window reboots, against the next baselines after the evaluation date. */
export interface WindowTiming {
  /** `every month on the Second Tuesday + 1 days at 03:00 UTC, from 2025-11-12 03:00`; empty when malformed. */
  readonly description: string
  /** The checked baselines it reboots for, with its first opening after each release. */
  readonly covers: readonly { readonly baseline: string; readonly opens: string; readonly daysAfter: number }[]
  /** The checked baselines it opens for in none of their reboot periods. */
  readonly misses: readonly string[]
  /**
   * While an advisory's disruption takes the machine's OS family off hotpatching (src/policy/reboot-calendar.ts):
   * the disruption's monthly updates in the checked horizon that it reboots for, with its first opening after each
   * release, and those it opens for in none of their periods. Absent when no monthly update is checked.
   */
  readonly monthly?: { readonly covers: readonly CoveredUpdate[]; readonly misses: readonly string[] }
  /** When it next opens after the evaluation date (`2027-01-17 02:00 UTC`); absent when never. */
  readonly next?: string
  /** What Azure would reject, for a malformed window. */
  readonly problem?: string
  /** Where findings about it point: recurEvery (or the field that is malformed). */
  readonly location: SourceLocation
}

/** A monthly update a window reboots for (`November 2025`), with its first opening after the release, days after it. */
export type CoveredUpdate = { readonly update: string; readonly opens: string; readonly daysAfter: number }

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
  /** Reboot plans declared outside the manifests for this VM (a tag on it, the configuration), valid or not. */
  readonly declaredPlans?: readonly DeclaredPlan[]
  /** Assignments that may apply and would be no plan if they did (src/policy/broken-if-applied.ts); not evidence. */
  readonly brokenIfApplied?: readonly PlanEvidence[]
  /** Exemptions keyed to this VM (the configuration's `exemptions:`, inline comments), in force or not. */
  readonly exemptions?: readonly Exemption[]
  /**
   * What tells this VM apart from another Azure resource of the same key (`namespace=prod`,
   * `resourceGroup=rg-a`: src/policy/identity-scope.ts); part of its key and fingerprints. Absent for most VMs.
   */
  readonly identityScope?: string
}

/**
 * A reboot plan declared outside the scanned manifests, for schedules kept elsewhere (an Azure Update
 * Manager policy, a change calendar): a window tag on the resource, or a `reboot-plans:` entry of the
 * policy configuration. A valid one is the owner's word for a schedule the gate cannot see.
 */
export interface DeclaredPlan {
  readonly source: 'tag' | 'configuration'
  /** How messages name it: `tag hotpatch-reboot-window`, `reboot-plans[1] of .github/hotpatch-reboot-gate.yml`. */
  readonly label: string
  /** As written: an ISO 8601 interval or a maintenance recurrence (`Month Third Sunday 02:00/PT3H`). */
  readonly window: string
  readonly owner: string | undefined
  readonly ticket?: string
  /** Where the window is written. */
  readonly location: SourceLocation
  /** Why it does not count as written (invalid-reboot-plan); undefined for a well-formed, owned plan not ended. */
  readonly problem?: { readonly kind: 'malformed' | 'no-owner' | 'ended'; readonly text: string }
  /** Its window against the next baselines, as a maintenance window's: opening for none, it does not count either. */
  readonly timing?: DeclaredTiming
}

/** A declared window's timing: whether it reboots for at least one checked baseline, in words, and when. */
export interface DeclaredTiming {
  readonly kind: 'covers' | 'misses'
  /** `its window (every month from ...) reboots for neither the January 2027 nor the April 2027 baseline ...`. */
  readonly detail: string
  /** Located at the declaration: the tag, or the `reboot-plans:` entry's window. */
  readonly timing: WindowTiming
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
  /** One line (1-based) of a scanned file, when the caller can read them: lets rules offer one-line fixes. */
  readonly readLine?: (file: string, line: number) => string | undefined
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
  /** The advisory behind the report, when it is not the assessment's (e.g. an unpatched image on any VM). */
  readonly advisoryId?: string
  /**
   * Set when the report is about something written elsewhere that names the resource (an exemption entry),
   * not about the resource: that is the finding's subject (the workspace's, so it never contradicts the
   * resource's verdict), identified by these stable parts; the resource becomes a related location.
   */
  readonly about?: { readonly identity: readonly string[]; readonly resourceRole: string }
}

export interface Fix {
  /** A ready-to-paste snippet (e.g. a maintenance configuration and its assignment). */
  readonly snippet?: { readonly language: string; readonly text: string }
  /** A one-line replacement for the line at `location` (GitHub suggestion blocks). */
  readonly replacement?: { readonly location: SourceLocation; readonly text: string }
}

/**
 * A rule has up to two kinds of check, and every finding goes through one path (src/policy/findings.ts)
 * and one fingerprint function whichever made it:
 * - `check`, per resource: once per evaluated VM or scale set, on its assessment;
 * - `checkWorkspace`, per workspace: once per evaluation, for what belongs to no resource (an inline
 *   exemption on no VM: the configuration's own findings).
 */
export interface RuleModule {
  readonly meta: RuleMeta
  check(context: RuleContext): RuleOutcome
  checkWorkspace?(context: WorkspaceContext): readonly WorkspaceReport[]
}

/** What a per-workspace check sees. */
export interface WorkspaceContext {
  readonly model: InfrastructureModel
  readonly asOf: Date
  /** Inline exemptions that sit on no VM, with the other resource they sit on, if any. */
  readonly unattachedExemptions: readonly { readonly exemption: Exemption; readonly on: string | undefined }[]
}

/** A per-workspace report: it names its subject, and what identifies it across runs. */
export interface WorkspaceReport extends RuleReport {
  readonly location: SourceLocation
  /** How findings name what it is about, e.g. `inline exemption`. */
  readonly name: string
  /** Stable parts that tell it apart from the rule's other reports (never a line number): its fingerprint. */
  readonly identity: readonly string[]
  /** Below the rule's severity when the user accepted the cause (`allow-empty`); `rules:` settings still apply. */
  readonly severity?: Severity
  /** Other places that decide it (a not-evaluated declaration's unit files): a change to one makes it count. */
  readonly related?: readonly RelatedLocation[]
}

export interface Finding {
  readonly ruleId: string
  readonly severity: Severity
  readonly message: string
  readonly location: SourceLocation
  /** Display name of the resource. */
  readonly resource: string
  /** The resource the finding is about (key and identity), or the workspace. */
  readonly subject: FindingSubject
  /** Stable across runs and line moves: rule + resource identity + variant. */
  readonly fingerprint: string
  readonly docsUrl: string
  readonly advisoryId?: string
  readonly fix?: Fix
  readonly related: readonly { readonly file: string; readonly startLine: number; readonly role: string }[]
  /** Set when an exemption covers the finding: it is shown, but does not fail the run. */
  readonly exemption?: { readonly reason: string; readonly owner: string; readonly expires: string; readonly source: string }
}
