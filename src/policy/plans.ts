import type {
  InfrastructureModel,
  MaintenanceAssignment,
  MaintenanceConfiguration,
  VirtualMachine
} from '../model/resources.js'
import { sharedText } from '../model/intern.js'
import { match, unknownBySubscriptionOnly, whyUnknown } from '../model/match.js'
import { listInputs, type ConfigurationStatus } from './configuration-status.js'
import { deployedDoubt } from './assignment-deployed.js'
import { unresolvedInput } from './describe.js'
import { matchDynamicScope, type Match } from './dynamic-scope.js'
import { selectsFromAfar } from './far-dynamic-scope.js'
import { resolveConfiguration } from './plan-configuration.js'
import { PlanIndex } from './plan-index.js'
import { remember, rememberedFor } from './remembered-evidence.js'
import { mayApply, type ReachOfAssignment } from './reach-applies.js'
import type { RebootCalendar } from './reboot-calendar.js'
import { isUnmanaged, unmanagedInput } from './unmanaged.js'
import { untied } from './tied-vms.js'
import { unscopedDoubt } from './unscoped-assignment.js'
import { brokenIfApplied, unhonouredIfApplied } from './broken-if-applied.js'
import { checkCustomerManagedSchedule } from './schedule.js'
import { scaleSetSelection, scaleSetTargetEvidence } from './scale-set-plans.js'
import type { DeclaredPlan, PlanEvidence, UnresolvedInput } from './types.js'

/** The maintenance assignments that reach (or may reach) a VM, and what could not be resolved about them. */
export interface PlanCollection {
  readonly evidence: readonly PlanEvidence[]
  /** Inputs behind `unverifiable` evidence. */
  readonly unresolved: readonly UnresolvedInput[]
  /** Reboot plans declared outside the manifests (a tag, the policy configuration), valid or not. */
  readonly declared?: readonly DeclaredPlan[]
  /** Assignments that may apply and would be no plan if they did (broken-if-applied.ts); absent when none. */
  readonly brokenIfApplied?: readonly PlanEvidence[]
}

interface Reach extends ReachOfAssignment {
  readonly via: PlanEvidence['via']
  readonly match: Match
  readonly unresolved: readonly UnresolvedInput[]
}

/**
 * Every maintenance assignment that applies to the VM, directly (its target is the VM) or through a dynamic
 * scope whose filter selects it, with the status of its configuration at `asOf`. An assignment that may
 * apply (unresolved target or filter) is kept as `unverifiable` unless its configuration could not be a
 * reboot plan anyway.
 */
export function collectPlanEvidence(
  vm: VirtualMachine,
  model: InfrastructureModel,
  asOf: Date,
  calendar?: RebootCalendar
): PlanCollection {
  const evidence: PlanEvidence[] = []
  const unresolved: UnresolvedInput[] = []
  let broken: PlanEvidence[] | undefined
  const index = PlanIndex.of(model)
  const assignments = index.assignmentsFor(vm)
  // Indexed, as every loop run per VM: without the optimizing compiler (optimizing-compiler.ts)
  // a for-of makes an iterator and a result object per step.
  for (let a = 0; a < assignments.length; a++) {
    const found = evidenceFor(assignments[a] as MaintenanceAssignment, vm, model.virtualMachines, index, asOf, calendar)
    if (found === undefined) continue
    if (found.ifApplied === true) (broken ??= []).push(found.evidence)
    else {
      evidence.push(found.evidence)
      unresolved.push(...found.unresolved)
    }
  }
  return broken === undefined ? { evidence, unresolved } : { evidence, unresolved, brokenIfApplied: broken }
}

function evidenceFor(
  assignment: MaintenanceAssignment,
  vm: VirtualMachine,
  vms: readonly VirtualMachine[],
  index: PlanIndex,
  asOf: Date,
  calendar: RebootCalendar | undefined
): Found {
  // No window assigned to a scale set reboots it (scale-set-plans.ts).
  if (vm.kind === 'scale-set' && assignment.target !== undefined) return scaleSetTargetEvidence(assignment, vm, index, asOf, calendar)
  if (isUnmanaged(assignment)) return unmanagedEvidence(assignment, vm, index, asOf, calendar)
  if (assignment.deployed.value === false) return undefined
  const reach = untied(reachOf(assignment, vm), assignment, vm, vms)
  // Where it is written decides as it does for the report's relation (mayReach): one predicate for both.
  if (reach === undefined || !mayApply(reach, assignment, vm)) return undefined
  // A target not evaluated may name any VM of its unit; a dynamic scope is said with why it is no plan (unhonouredIfApplied).
  if (reach.match === 'unknown' && reach.via === 'direct' && !mayDecide(vm)) return undefined
  // Whether the assignment exists at all could not be evaluated (its condition, its loop's count): another unknown.
  const deployed = deployedDoubt(assignment, vm)
  // A VM whose own condition could not be evaluated may share it with its plan's configuration: judged per VM.
  const alongside = vm.conditionKeys === undefined ? undefined : vm
  if (reach.match !== 'yes') {
    const unresolved = deployed === undefined ? reach.unresolved : [...reach.unresolved, deployed]
    return evidenceOf(assignment, index, { ...reach, unresolved }, asOf, calendar, alongside, mayDecide(vm) ? undefined : vm)
  }
  if (deployed !== undefined) return maybeDeployedEvidence(assignment, vm, index, reach, deployed, asOf, calendar)
  if (alongside !== undefined) return evidenceOf(assignment, index, reach, asOf, calendar, alongside)
  // An assignment that names or selects the VM gives every such VM the same evidence: made once. The via is
  // the assignment's own (a target or a filter); the calendar and the date are the policy's.
  const key = `${reach.via} ${asOf.getTime()} ${calendar === undefined ? '' : calendar.key}`
  const remembered = rememberedFor<Found>(index, key)
  if (remembered.has(assignment)) return remembered.get(assignment)
  const found = evidenceOf(assignment, index, reach, asOf, calendar)
  remember(remembered, assignment, found)
  return found
}

/** `ifApplied`: the assignment may not apply, and would be no plan if it did (it leaves the verdict as it is). */
type Found = { evidence: PlanEvidence; unresolved: readonly UnresolvedInput[]; ifApplied?: true } | undefined

function evidenceOf(
  assignment: MaintenanceAssignment,
  index: PlanIndex,
  reach: Reach,
  asOf: Date,
  calendar: RebootCalendar | undefined,
  alongside?: VirtualMachine,
  unhonoured?: VirtualMachine
): Found {
  const { configuration, status, problem } = resolveConfiguration(assignment, index, asOf, calendar, alongside)
  const lead = describeAssignment(assignment, configuration, reach)
  const base = { assignment, configuration, via: reach.via }
  if (unhonoured !== undefined) return unhonouredIfApplied(base, unhonoured, status, reach.unresolved)
  if (reach.match === 'unknown') {
    // An assignment that could not be a reboot plan even if it applied does not make the verdict uncertain; the
    // reasons still name it (with why it would not work), not "no maintenance configuration is assigned".
    if (status !== undefined && status.status !== 'valid' && status.status !== 'unverifiable') {
      return brokenIfApplied(base, status, lead, reach.unresolved)
    }
    const detail = sharedText(`${lead}, but whether it applies cannot be verified (${listInputs(reach.unresolved)})`)
    return { evidence: { ...base, status: 'unverifiable', detail }, unresolved: reach.unresolved }
  }
  if (status === undefined) {
    const input = problem as UnresolvedInput
    const detail = sharedText(`${lead}, but its maintenance configuration cannot be verified (${input.reason})`)
    return { evidence: { ...base, status: 'unverifiable', detail }, unresolved: [input] }
  }
  // The policy's result and the report keep each detail: one flat copy of each distinct text, not each VM's tree of ~10 pieces.
  const detail = sharedText(`${lead}${status.status === 'valid' ? ' and ' : ', but '}${status.detail}`)
  return statusEvidence(assignment, configuration, reach.via, status, detail)
}

/** A known status's evidence, field by field in this key order (a spread gave each evidence its own V8 hidden class). */
function statusEvidence(assignment: MaintenanceAssignment, configuration: PlanEvidence['configuration'], via: PlanEvidence['via'], status: ConfigurationStatus, detail: string): NonNullable<Found> {
  const { timing } = status
  const evidence: PlanEvidence =
    timing === undefined
      ? { assignment, configuration, via, status: status.status, detail }
      : { assignment, configuration, via, status: status.status, detail, timing }
  return { evidence, unresolved: status.unresolved }
}

/**
 * An assignment that names the VM but may not exist: its condition could not be evaluated (an ARM `condition` or
 * `copy.count`, a Bicep `if` or a loop over unknown items, a Terraform `count` or `for_each` without a value).
 * Were it a window that works, the VM may still have none: `unverifiable`, as the configuration's own unresolved
 * condition is. One that could not be a working window anyway (its configuration blocks reboots, has expired or
 * misses the baselines; or it is valid but the VM's Customer Managed Schedules settings rule every window out)
 * keeps its status, and the VM fails whatever the condition turns out to be (certain stays certain). Not shared
 * between VMs: the evidence depends on the VM's settings.
 */
function maybeDeployedEvidence(
  assignment: MaintenanceAssignment,
  vm: VirtualMachine,
  index: PlanIndex,
  reach: Reach,
  deployed: UnresolvedInput,
  asOf: Date,
  calendar: RebootCalendar | undefined
): Found {
  const { configuration, status, problem } = resolveConfiguration(assignment, index, asOf, calendar, vm)
  const lead = describeAssignment(assignment, configuration, { ...reach, match: 'unknown' })
  const base = { assignment, configuration, via: reach.via }
  const unhonoured = status?.status === 'valid' && checkCustomerManagedSchedule(vm).state === 'no'
  if (status === undefined || status.status === 'unverifiable' || (status.status === 'valid' && !unhonoured)) {
    const input = problem as UnresolvedInput
    const also =
      status === undefined
        ? `, and its maintenance configuration cannot be verified (${input.reason})`
        : status.status === 'unverifiable' ? `, and ${status.detail}` : ''
    const detail = sharedText(`${lead}, but ${deployed.reason}${also}`)
    const unresolved = status === undefined ? [deployed, input] : [deployed, ...status.unresolved]
    return { evidence: { ...base, status: 'unverifiable', detail }, unresolved }
  }
  const detail = sharedText(`${lead}${status.status === 'valid' ? ' and ' : ', but '}${status.detail}; ${deployed.reason}`)
  return statusEvidence(assignment, configuration, reach.via, status, detail)
}

/** `maintenance configuration 'x' is assigned directly (assignment 'y')`: how an assignment reaches the VM. */
function describeAssignment(
  assignment: MaintenanceAssignment,
  configuration: MaintenanceConfiguration | undefined,
  reach: Reach
): string {
  const direct = reach.via === 'direct'
  if (configuration === undefined) {
    return `assignment '${assignment.displayName}' ${direct ? 'targets it directly' : 'selects it by dynamic scope'}`
  }
  const verb = reach.match === 'yes' ? 'is' : 'may be'
  const how = direct ? 'directly' : 'by dynamic scope'
  const name = `maintenance configuration '${configuration.displayName}'`
  return `${name} ${verb} assigned ${how} (assignment '${assignment.displayName}')`
}

/**
 * Whether the assignment could apply to the VM were it deployed: it names or selects the VM, or may and counts
 * where it is written (reach-applies.ts, as collectPlanEvidence decides). The report's value sources use it for
 * assignments a value removed, so a change to that value counts the VMs the policy would then match, and no others.
 * Tied namesakes (tied-vms.ts) need no check here: a target they make `unknown` was `yes`, and counts from anywhere.
 */
export function mayReach(assignment: MaintenanceAssignment, vm: VirtualMachine): boolean {
  const reach = reachOf(assignment, vm)
  return reach !== undefined && mayApply(reach, assignment, vm)
}

/**
 * `mayReach` over a list of assignments, indexed: the ones that may reach a VM, in list order. Comparing
 * every VM with every assignment that reaches out of its unit grew with their product (3 s for a mixed
 * 10,000-file repository); the index offers the few that can and `mayReach` decides each of them.
 */
/** The model's plan index is not needed any more (the policy is done with the model): src/policy/evaluate.ts. */
export function releasePlanIndex(model: InfrastructureModel): void {
  PlanIndex.release(model)
}

export function assignmentsThatMayReach(
  assignments: readonly MaintenanceAssignment[]
): (vm: VirtualMachine) => MaintenanceAssignment[] {
  const index = new PlanIndex(assignments, [], { nonWindowsTargets: true })
  return vm => index.assignmentsFor(vm).filter(assignment => mayReach(assignment, vm))
}

function reachOf(assignment: MaintenanceAssignment, vm: VirtualMachine): Reach | undefined {
  if (assignment.target !== undefined) {
    const target = assignment.target.target
    if (target.origin === 'unresolved') {
      return { via: 'direct', match: 'unknown', unresolved: [unresolvedInput('maintenanceAssignment.target', target)] }
    }
    if (target.value === undefined) return undefined
    const found = match(target.value, assignment, vm)
    const doubt = found === 'yes' ? unscopedDoubt(assignment, vm) : undefined
    if (doubt !== undefined) return { via: 'direct', match: 'unknown', unresolved: [doubt] }
    if (found !== 'unknown') return { via: 'direct', match: found, unresolved: [] }
    const reason = whyUnknown(target.value, assignment, vm)
    const input = { field: 'maintenanceAssignment.target', reason, location: target.location }
    const reachesAfar = unknownBySubscriptionOnly(target.value, assignment, vm)
    return { via: 'direct', match: found, unresolved: [input], ...(reachesAfar && { reachesAfar }) }
  }
  if (assignment.filter === undefined) return undefined
  const scope = matchDynamicScope(assignment.filter, vm, assignment)
  const reachesAfar = scope.match === 'unknown' && selectsFromAfar(assignment.filter, scope.unresolved)
  return scaleSetSelection<Reach>(vm, assignment, { via: 'dynamic-scope', ...scope, ...(reachesAfar && { reachesAfar }) })
}

/**
 * An assignment the manifests do not manage (Crossplane `managementPolicies: ["Observe"]`, `crossplane.io/paused:
 * "true"`): what the manifest writes of it may reach the VM, but what it assigns there, if it exists, cannot be verified.
 */
function unmanagedEvidence(
  assignment: MaintenanceAssignment,
  vm: VirtualMachine,
  index: PlanIndex,
  asOf: Date,
  calendar: RebootCalendar | undefined
): Found {
  const reach = reachOf(assignment, vm)
  if (reach === undefined || reach.match === 'no') return undefined
  const unmanaged = unmanagedInput(assignment, 'maintenanceAssignment', assignment.reportAt) as UnresolvedInput
  return evidenceOf(assignment, index, { via: reach.via, match: 'unknown', unresolved: [...reach.unresolved, unmanaged] }, asOf, calendar)
}

/**
 * Whether an assignment that may reach the VM (`unknown`) could change its verdict (issue 13: certain stays
 * certain): a VM that fails whatever the assignment targets (its window would not be honoured: no Customer
 * Managed Schedules flags) keeps its error. About the VM's verdict, not the reach: mayReach does not ask it.
 */
function mayDecide(vm: VirtualMachine): boolean {
  return checkCustomerManagedSchedule(vm).state !== 'no'
}
