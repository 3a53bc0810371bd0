import { sharedText } from '../model/intern.js'
import type { VirtualMachine } from '../model/resources.js'
import { listInputs, type ConfigurationStatus } from './configuration-status.js'
import { at, nounOf } from './describe.js'
import { RECUR_MONTHLY, WINDOW_AS_DOCUMENTED } from './messages.js'
import { checkCustomerManagedSchedule, SCHEDULE_REMEDIES, type ScheduleProblem } from './schedule.js'
import type { PlanEvidence, UnresolvedInput } from './types.js'

/**
 * An assignment that may apply to a VM (its filter or target could not be evaluated) and whose configuration would
 * be no reboot plan if it did: a window Azure rejects, one that misses the baselines, has expired or blocks reboots.
 * It leaves the verdict as it is (certain stays certain: plans.ts keeps it out of the evidence), but the VM's
 * reasons and finding name it, with why its window does not work: "no maintenance configuration is assigned"
 * sent owners to add an assignment when the scope they had written was the one to correct.
 */
export function brokenIfApplied(
  base: Pick<PlanEvidence, 'assignment' | 'configuration' | 'via'>,
  status: ConfigurationStatus,
  lead: string,
  inputs: readonly UnresolvedInput[]
): { evidence: PlanEvidence; unresolved: readonly UnresolvedInput[]; ifApplied: true } {
  // One flat copy of each distinct text, as every evidence detail (plans.ts).
  const detail = sharedText(`${lead}, but ${status.detail}, so it is no reboot plan whether it applies or not (${listInputs(inputs)})`)
  const { timing } = status
  const evidence: PlanEvidence = { ...base, status: status.status, detail, ...(timing && { timing }) }
  return { evidence, unresolved: [], ifApplied: true }
}

/**
 * An assignment that may apply to a VM whose own settings keep any window from running on it (not patchMode
 * AutomaticByPlatform, or the bypass flag not true): whatever the unknown resolves to, it is no plan (certain stays
 * certain), but it does target the VM, so the reasons name it, where it is written, and the settings at fault, not
 * "no maintenance configuration is assigned": the fix is those settings, not another assignment. Its status stays
 * the configuration's (`unverifiable` when that cannot be verified); its detail says why it is no plan.
 */
export function unhonouredIfApplied(
  base: Pick<PlanEvidence, 'assignment' | 'configuration' | 'via'>,
  vm: VirtualMachine,
  status: ConfigurationStatus | undefined,
  inputs: readonly UnresolvedInput[]
): { evidence: PlanEvidence; unresolved: readonly UnresolvedInput[]; ifApplied: true } {
  const { assignment, configuration, via } = base
  const noun = nounOf(vm)
  const assigns = configuration === undefined ? 'its maintenance configuration' : `maintenance configuration '${configuration.displayName}'`
  const reaches = via === 'dynamic-scope' ? 'may select it' : 'may target it directly'
  const lead = `${scopeName(base)} (${at(assignment.reportAt)}) ${reaches} to assign ${assigns}`
  const settings = checkCustomerManagedSchedule(vm).problems.map(p => (p.written ? p.text : `${p.text} on the ${noun} (${at(p.location)})`))
  const window = status !== undefined && status.status !== 'valid' && status.status !== 'unverifiable' ? `; and ${status.detail}` : ''
  const detail = `its schedule cannot apply to the ${noun}: ${settings.join('; ')}${window}`
  return brokenIfApplied(base, { status: status?.status ?? 'unverifiable', detail, unresolved: [], ...(status?.timing && { timing: status.timing }) }, lead, inputs)
}

/** `dynamic scope 'x'` or `assignment 'x'`: how the advice and the reasons name an assignment. */
const scopeName = ({ assignment, via }: Pick<PlanEvidence, 'assignment' | 'via'>): string =>
  `${via === 'dynamic-scope' ? 'dynamic scope' : 'assignment'} '${assignment.displayName}'`

/** What makes each kind of broken window work, after "Correct ... :" (the rules about such windows say the same). */
const REMEDY: Readonly<Partial<Record<PlanEvidence['status'], string>>> = {
  'malformed-window': `write ${WINDOW_AS_DOCUMENTED}`,
  'misses-baseline': `make it ${RECUR_MONTHLY}`,
  expired: 'remove its expirationDateTime, or move it past the next baseline',
  'reboot-blocked': 'let it reboot (rebootSetting IfRequired) and install Security and Critical updates',
  'not-in-guest-patch': 'make it an InGuestPatch window',
  rejected: 'write it as Azure accepts it'
}

/**
 * The advice of a VM without a plan whose only candidates are such assignments: correct their windows, each said
 * once (several scopes may share a configuration), where the finding about its window would point. Undefined when
 * there are none, or when correcting them would not give the VM a plan (a scale set, which no window reaches; an
 * Azure Service Operator VM, whose compute API cannot let a window run): the plan advice says what to do instead.
 */
export function correctionAdvice(vm: VirtualMachine, broken: readonly PlanEvidence[] | undefined): string | undefined {
  if (broken === undefined || broken.length === 0 || vm.kind === 'scale-set' || vm.azureServiceOperator !== undefined) return undefined
  // The VM's own settings first: without them no window runs on it, corrected or not (unhonouredIfApplied).
  const schedule = checkCustomerManagedSchedule(vm)
  const settings = schedule.state === 'no' ? [settingsAdvice(vm, schedule.problems, broken)] : []
  // Keyed by the configuration and where its window is written: assignments that share it are named together.
  const byWindow = new Map<string, { readonly remedy: string; readonly assignments: string[] }>()
  for (const { assignment, configuration, status, timing } of broken) {
    // A window that works (or cannot be verified) needs no correction: only the settings above keep it from the VM.
    if (status === 'valid' || status === 'unverifiable') continue
    const name = configuration === undefined ? `assignment '${assignment.displayName}'` : `maintenance configuration '${configuration.displayName}'`
    const key = `${name} (${at(timing?.location ?? configuration?.reportAt ?? assignment.reportAt)})`
    const entry = byWindow.get(key) ?? { remedy: REMEDY[status] ?? 'correct it', assignments: [] }
    const quoted = `'${assignment.displayName}'`
    if (!entry.assignments.includes(quoted)) entry.assignments.push(quoted)
    byWindow.set(key, entry)
  }
  const noun = nounOf(vm)
  const windows = [...byWindow].map(([window, { remedy, assignments }]) => {
    const which = assignments.length === 1 ? `assignment ${assignments.join('')}` : `assignments ${assignments.join(', ')}`
    return `Correct ${window}, which ${which} may assign to the ${noun}: ${remedy}.`
  })
  return [...settings, ...windows].join(' ')
}

/** `Set the VM up for ... so that dynamic scope 'x' (at) can run a window on it. <remedies>`, each scope said once. */
function settingsAdvice(vm: VirtualMachine, problems: readonly ScheduleProblem[], broken: readonly PlanEvidence[]): string {
  const scopes = [...new Set(broken.map(e => `${scopeName(e)} (${at(e.assignment.reportAt)})`))]
  const remedies = problems.map(p => SCHEDULE_REMEDIES[p.notSent === true ? 'notSent' : p.setting])
  return `Set the ${nounOf(vm)} up for Customer Managed Schedules so that ${scopes.join(', ')} can run a window on it. ${remedies.join(' ')}`
}
