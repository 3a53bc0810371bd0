import { declaredPlanSource } from './configuration/declared-plans.js'
import { applyExemptions, indexExemptions, recordExemptions } from './configuration/exemptions.js'
import { applyRuleSettings, ruleSettings } from './configuration/rule-settings.js'
import type { PolicyConfiguration, RuleSetting } from '../config/types.js'
import type { InfrastructureModel, VirtualMachine } from '../model/resources.js'
import type { Advisory } from './advisory.js'
import { getBuiltInAdvisories } from './advisories/index.js'
import { releasePinnedModels } from './allowed-values.js'
import { assessVirtualMachine, type PlanSource, type PolicyContext } from './assess.js'
import { dayOf, parseDay } from './baseline.js'
import { finalVerdict } from './final-verdict.js'
import { identityScopes } from './identity-scope.js'
import { withoutOptimizingCompiler } from './optimizing-compiler.js'
import { runRules, runWorkspaceRules } from './findings.js'
import { collectPlanEvidence, releasePlanIndex } from './plans.js'
import { rules as builtInRules } from './rules/index.js'
import { releaseScheduleChecks } from './schedule.js'
import { releaseWindowChecks } from './window-coverage.js'
import { releaseDeclaredWindowTimings } from './declared-window-timing.js'
import type { Assessment, Exemption, ExemptionRecord, Finding, RuleModule } from './types.js'

export interface PolicyOptions {
  /** Evaluation date (UTC midnight): decides expired windows and the next baseline month. */
  readonly asOf: Date
  /** Advisories in force (the built-in one unless configured otherwise). */
  readonly advisories?: readonly Advisory[]
  /** How an unset hotpatch flag is read on images where hotpatch is on by default (default: the configuration's, else off). */
  readonly hotpatchDefault?: 'on' | 'off' | 'unknown'
  /** The rules to run (default: every built-in rule). */
  readonly rules?: readonly RuleModule[]
  /** Reads one line (1-based) of a scanned file, so rules can offer one-line fixes; none are offered without it. */
  readonly readLine?: (file: string, line: number) => string | undefined
  /** The repository's policy configuration: declared reboot plans, exemptions, severity overrides. */
  readonly configuration?: PolicyConfiguration
  /**
   * The scan root's folder inside its repository (`infra/teams`; `''`, the default, when the root is the
   * repository's or in none): fingerprints name deployment units relative to the repository, so a VM keeps
   * its fingerprint whichever folder of the repository is scanned (src/policy/repository-folder.ts finds it).
   */
  readonly repositoryFolder?: string
  /**
   * Takes each assessment as soon as it is settled (its final verdict), instead of the result: the
   * pipeline's report entries (src/report/resource-entries.ts), made from it before the next VM is
   * assessed, so that the assessments, their evidence and lists are garbage at once and the model, the
   * policy's result and the report are never all alive. Called once, with the model, before the first VM.
   */
  readonly settle?: (model: InfrastructureModel) => AssessmentSink
}

/** What takes the settled assessments of an evaluation one by one (`PolicyOptions.settle`). */
export interface AssessmentSink {
  /** `named`: a finding is about the assessment's VM (the report then maps it to the VM's key). */
  add(assessment: Assessment, named: boolean): void
}

export interface PolicyResult {
  /** One per VM or scale set, in the model's order; none when `settle` took them. */
  readonly assessments: readonly Assessment[]
  readonly findings: readonly Finding[]
  /** Every exemption (configuration and inline), with what it covered; absent when there is none. */
  readonly exemptions?: readonly ExemptionRecord[]
}

/**
 * Where reboot plans come from: the model's maintenance assignments, and plans declared outside the
 * manifests (window tags on the resources, the configuration's `reboot-plans:`). The verdict logic reads
 * evidence without caring where it came from.
 */
function planSources(configuration: PolicyConfiguration | undefined): readonly PlanSource[] {
  return [collectPlanEvidence, declaredPlanSource(configuration)]
}

/**
 * Evaluates the policy on a model: one assessment per VM or scale set (affectedness, reboot-plan evidence,
 * verdict), then the rules' findings on each, at their configured severity, with exemptions applied.
 */
export function evaluatePolicy(model: InfrastructureModel, options: PolicyOptions): PolicyResult {
  // A large model is evaluated without V8's optimizing compiler: it costs more than it saves here.
  return withoutOptimizingCompiler(model.virtualMachines.length, () => evaluate(model, options))
}

function evaluate(model: InfrastructureModel, options: PolicyOptions): PolicyResult {
  const { configuration } = options
  const context: PolicyContext = {
    asOf: options.asOf,
    advisories: inForceFirst(options.advisories ?? getBuiltInAdvisories(), options.asOf),
    hotpatchDefault: options.hotpatchDefault ?? configuration?.hotpatchDefault ?? 'unknown'
  }
  const ruleIds = builtInRules.map(rule => rule.meta.id)
  const exemptions = indexExemptions({ model, configuration, asOf: options.asOf, ruleIds, readLine: options.readLine })
  const sources = planSources(configuration)
  const scopes = identityScopes(model.virtualMachines)
  const ruleContext = { model, asOf: context.asOf, advisories: context.advisories, readLine: options.readLine }
  const rules = options.rules ?? builtInRules
  const settings = ruleSettings(configuration)
  const sink = options.settle?.(model)
  const kept: Assessment[] = []
  const findings: Finding[] = []
  // Each VM assessed, its rules run and its verdict settled before the next one: what the assessment alone
  // holds (its evidence, lists) is garbage as soon as the sink has taken it.
  const vms = model.virtualMachines
  for (let v = 0; v < vms.length; v++) {
    const vm = vms[v] as VirtualMachine
    const assessment = withIdentityScope(withExemptions(assessVirtualMachine(vm, model, context, sources), exemptions.of(vm)), scopes.get(vm))
    const own = postProcess(runRules(rules, ruleContext, assessment, options.repositoryFolder), assessment, settings)
    // The verdict is a function of the findings: every assessment leaves through finalVerdict.
    const settled = finalVerdict(assessment, own)
    for (let f = 0; f < own.length; f++) findings.push(own[f] as Finding)
    if (sink === undefined) kept.push(settled)
    else sink.add(settled, own.some(finding => finding.subject.kind === 'resource' && finding.subject.instance === settled.vm))
  }
  // Per-workspace checks (the configuration's own findings) take the same path, rule settings included.
  const workspaceContext = { model, asOf: context.asOf, unattachedExemptions: exemptions.unattached }
  findings.push(...applyRuleSettings(runWorkspaceRules(rules, workspaceContext), settings))
  const records = recordExemptions(exemptions, findings)
  // The report reads the model's plans without the policy's index: garbage from here on, not through the report.
  releasePlanIndex(model)
  releasePinnedModels(model)
  // So are the answers remembered per VM and per configuration (they would live as long as the model).
  releaseScheduleChecks()
  releaseWindowChecks()
  releaseDeclaredWindowTimings()
  return { assessments: kept, findings, ...(records.length > 0 && { exemptions: records }) }
}

/** The last step over one VM's findings: configured severities (`off` drops them), then exemptions. */
function postProcess(
  findings: readonly Finding[],
  assessment: Assessment,
  settings: ReadonlyMap<string, RuleSetting>
): readonly Finding[] {
  // Most VMs have no finding: nothing to copy twice.
  if (findings.length === 0) return findings
  return applyExemptions(applyRuleSettings(findings, settings), assessment.exemptions ?? [])
}

function withExemptions(assessment: Assessment, exemptions: readonly Exemption[]): Assessment {
  return exemptions.length === 0 ? assessment : { ...assessment, exemptions }
}

function withIdentityScope(assessment: Assessment, identityScope: string | undefined): Assessment {
  return identityScope === undefined ? assessment : { ...assessment, identityScope }
}

/**
 * Advisories whose disruption window covers the evaluation date first (the latest first), then the
 * others as given: when several list an image, findings name the one that applies now.
 */
function inForceFirst(advisories: readonly Advisory[], asOf: Date): readonly Advisory[] {
  if (advisories.length < 2) return advisories
  const today = dayOf(asOf)
  const start = (advisory: Advisory): number => parseDay(advisory.disruption.start) ?? Infinity
  const inForce = (advisory: Advisory): boolean =>
    start(advisory) <= today && today <= (parseDay(advisory.disruption.end) ?? -Infinity)
  const current = advisories.filter(inForce).sort((a, b) => start(b) - start(a))
  return [...current, ...advisories.filter(advisory => !inForce(advisory))]
}
