import type { InfrastructureModel, VirtualMachine } from '../model/resources.js'
import { exactLength, sharedText } from '../model/intern.js'
import type { Advisory } from './advisory.js'
import { assessPinned } from './allowed-values.js'
import { at } from './describe.js'
import { assessHotpatch, type HotpatchAssessment, type HotpatchDefault } from './hotpatch.js'
import type { PlanCollection } from './plans.js'
import { rebootCalendar, type RebootCalendar } from './reboot-calendar.js'
import { normaliseRebootSetting } from './reboot-setting.js'
import { checkCustomerManagedSchedule } from './schedule.js'
import type { Assessment, DeclaredPlan, PlanEvidence, UnresolvedInput } from './types.js'
import { countsAsPlan, missesItsReboots } from './timed-windows.js'
import { decideVerdict, platformPicksTime, type Decision } from './verdict.js'

/** What the policy is evaluated with, after defaults. */
export interface PolicyContext {
  readonly asOf: Date
  readonly advisories: readonly Advisory[]
  readonly hotpatchDefault: HotpatchDefault
}

/**
 * A source of reboot-plan evidence for a VM. Today: the model's maintenance assignments. Declared plans
 * (a reboot plan kept outside the scanned manifests, issue 5) are another source with the same shape.
 */
export type PlanSource = (
  vm: VirtualMachine,
  model: InfrastructureModel,
  asOf: Date,
  /**
   * The reboots a window must open for: the advisory's baselines (the quarterly calendar by default), and during a
   * disruption of the VM's OS family its monthly updates (src/policy/reboot-calendar.ts).
   */
  calendar?: RebootCalendar
) => PlanCollection

/** Everything the policy concludes about one VM: affectedness, reboot-plan evidence and the verdict. */
export function assessVirtualMachine(
  vm: VirtualMachine,
  model: InfrastructureModel,
  context: PolicyContext,
  planSources: readonly PlanSource[]
): Assessment {
  // Values pinned by allowed values are evaluated one by one (issue 13), the VM's and its plans'.
  return assessPinned(vm, (candidate, tried) => assessOnce(candidate, tried ?? model, context, planSources), model)
}

function assessOnce(
  vm: VirtualMachine,
  model: InfrastructureModel,
  context: PolicyContext,
  planSources: readonly PlanSource[]
): Assessment {
  const hotpatch = assessHotpatch(vm, context.advisories, context.hotpatchDefault)
  const calendar = calendarOf(hotpatch, context)
  // Each source's lists in turn, a list made only for what has items (most VMs have none).
  let evidence: PlanEvidence[] | undefined
  let unresolved: UnresolvedInput[] | undefined
  let declared: DeclaredPlan[] | undefined
  let broken: PlanEvidence[] | undefined
  // Indexed, as every loop run per VM: without the optimizing compiler (optimizing-compiler.ts)
  // a for-of makes an iterator and a result object per step.
  for (let s = 0; s < planSources.length; s++) {
    const collection = (planSources[s] as PlanSource)(vm, model, context.asOf, calendar)
    if (collection.evidence.length > 0) (evidence ??= []).push(...collection.evidence)
    if (collection.unresolved.length > 0) (unresolved ??= []).push(...collection.unresolved)
    if (collection.declared !== undefined && collection.declared.length > 0) (declared ??= []).push(...collection.declared)
    if (collection.brokenIfApplied !== undefined) (broken ??= []).push(...collection.brokenIfApplied)
  }
  const plans: PlanCollection = { evidence: evidence ?? NONE, unresolved: unresolved ?? NONE, ...(broken && { brokenIfApplied: broken }) }
  const schedule = checkCustomerManagedSchedule(vm)
  const decision = withDeclaredPlans(decideVerdict({ vm, hotpatch, plans, schedule }), declared ?? NONE, vm, hotpatch.unresolved)
  const open = distinctInputs(decision.unresolved)
  return {
    vm,
    verdict: decision.verdict,
    reasons: reasonsOf(hotpatch.reasons, decision.reasons, open),
    affected: hotpatch.affected,
    advisory: hotpatch.affected === 'no' ? undefined : hotpatch.match?.advisory,
    evidence: exactLength(plans.evidence),
    customerManagedSchedule: schedule.state === 'yes',
    unresolved: exactLength(open),
    ...(declared !== undefined && { declaredPlans: exactLength(declared) }),
    ...(broken !== undefined && { brokenIfApplied: exactLength(broken) })
  }
}

const NONE: readonly never[] = []

/**
 * The reboots the VM's windows must open for: its advisory's baseline calendar (the first advisory's when no
 * listed image is its), and the monthly updates of a disruption that takes its OS family (or, for an image not
 * known exactly, one it may be) off hotpatching. A VM ruled out names no image: the baselines alone.
 */
function calendarOf(hotpatch: HotpatchAssessment, context: PolicyContext): RebootCalendar | undefined {
  const months = (hotpatch.match?.advisory ?? context.advisories[0])?.baselineMonths
  if (months === undefined) return undefined
  const images = hotpatch.candidates ?? (hotpatch.match === undefined ? NONE : [hotpatch.match])
  return rebootCalendar(context.advisories, images, months, context.asOf)
}

/**
 * The affectedness reasons, the verdict's, then one per input that could not be resolved, in one list of
 * their exact length: kept by the result and the report, each a flat copy of its distinct sentence
 * (src/model/intern.ts). Filled by index: no intermediate lists (concat, map) per VM.
 */
function reasonsOf(affectedness: readonly string[], verdict: readonly string[], unresolved: readonly UnresolvedInput[]): string[] {
  const reasons = new Array<string>(affectedness.length + verdict.length + unresolved.length)
  let n = 0
  for (let i = 0; i < affectedness.length; i++) reasons[n++] = sharedText(affectedness[i] as string)
  for (let i = 0; i < verdict.length; i++) reasons[n++] = sharedText(verdict[i] as string)
  for (let i = 0; i < unresolved.length; i++) {
    const input = unresolved[i] as UnresolvedInput
    reasons[n++] = sharedText(`${input.field} could not be resolved (${at(input.location)}): ${input.reason}`)
  }
  return reasons
}

/**
 * Each input said once: two dynamic scopes whose filter reads the same unknown tags each bring that input, and the
 * reasons and the finding said it once per scope.
 */
function distinctInputs(inputs: readonly UnresolvedInput[]): readonly UnresolvedInput[] {
  if (inputs.length < 2) return inputs
  const seen = new Set<string>()
  return inputs.filter(input => {
    const key = `${input.field}\u0000${at(input.location)}\u0000${input.reason}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Verdicts a declared plan answers: nothing in the manifests plans the reboots, or it cannot be told. */
const ANSWERED_BY_DECLARED_PLAN = new Set(['affected-no-plan', 'affected-platform-reboot', 'indeterminate'])

/**
 * A valid declared plan is the owner's word for a schedule kept outside the manifests, which the gate
 * cannot inspect (an Update Manager policy also sets the VM's patch settings at deployment): it stands
 * for a reboot plan. It does not override what the manifests say against reboots: rebootSetting Never on
 * the VM, or a window that blocks them. Its window is timed as a maintenance window is: one that opens for
 * none of the next baselines is no plan, and a VM the platform would reboot then has none either, as with
 * such a maintenance window (the platform picks the time).
 */
function withDeclaredPlans(
  decision: Decision,
  declared: readonly DeclaredPlan[],
  vm: VirtualMachine,
  affectedness: readonly UnresolvedInput[]
): Decision {
  if (declared.length === 0 || decision.verdict === 'not-affected') return decision
  const rejected = declared.flatMap(plan => {
    const why = plan.problem?.text ?? (missesItsReboots(plan) ? plan.timing?.detail : undefined)
    return why === undefined ? [] : [`the reboot plan declared in ${plan.label} does not count: ${why}`]
  })
  const valid = declared.find(countsAsPlan)
  const reasons = [...decision.reasons, ...rejected]
  const behaviour = vm.rebootSetting.value === undefined ? undefined : normaliseRebootSetting(vm.rebootSetting.value)
  if (valid === undefined) {
    const platform = decision.verdict === 'affected-platform-reboot' && (behaviour === 'IfRequired' || behaviour === 'Always')
    if (!platform || !declared.some(missesItsReboots)) return { ...decision, reasons }
    return { ...decision, verdict: 'affected-no-plan', reasons: [...reasons, platformPicksTime(vm, behaviour, 'no window reboots it in time')] }
  }
  if (behaviour === 'Never' || !ANSWERED_BY_DECLARED_PLAN.has(decision.verdict)) return { ...decision, reasons }
  const owner = `owner ${valid.owner ?? '?'}${valid.ticket === undefined ? '' : `, ticket ${valid.ticket}`}`
  const plan =
    `a reboot plan is declared in ${valid.label} (${at(valid.location)}): window ${valid.window}, ${owner}; ` +
    'the schedule lives outside the scanned files, so the declaration stands for it'
  // Whether the VM is affected may still be unknown: a plan applies either way.
  return { verdict: 'affected-with-plan', reasons: [...reasons, plan], unresolved: affectedness }
}
