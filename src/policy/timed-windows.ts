import type { Assessment, DeclaredPlan, WindowTiming } from './types.js'

/**
 * The windows the timing rules judge, whatever holds them: an assigned maintenance configuration, or a reboot plan
 * declared outside the manifests (a window tag, a `reboot-plans:` entry). Both are timed by one check
 * (src/policy/window-coverage.ts), so the rules report them alike; only the words that name them and their fix differ.
 */
export interface TimedWindow {
  /** A declared plan: messages name the declaration, and the fix is said in its notation. */
  readonly declared: boolean
  /** The maintenance configuration's name, or the declaration's label (`tag hotpatch-reboot-window`). */
  readonly name: string
  readonly timing: WindowTiming
}

/** A well-formed, owned declared plan whose window opens for none of the checked baselines: not a reboot plan. */
export const missesEveryBaseline = (plan: DeclaredPlan): boolean => plan.problem === undefined && plan.timing?.kind === 'misses'

/** A declared plan that stands for a reboot plan: nothing wrong as written, and it reboots for a checked baseline. */
export const countsAsPlan = (plan: DeclaredPlan): boolean => plan.problem === undefined && plan.timing?.kind !== 'misses'

const declaredWindow = (plan: DeclaredPlan): TimedWindow[] =>
  plan.timing === undefined ? [] : [{ declared: true, name: plan.label, timing: plan.timing.timing }]

/** Windows that reboot the VM for at least one checked baseline: valid InGuestPatch windows, declared plans that count. */
export function coveringWindows({ evidence, declaredPlans }: Assessment): TimedWindow[] {
  const windows: TimedWindow[] = []
  for (const e of evidence) {
    if (e.status !== 'valid' || e.timing === undefined) continue
    windows.push({ declared: false, name: e.configuration?.displayName ?? e.assignment.displayName, timing: e.timing })
  }
  if (declaredPlans !== undefined) for (const plan of declaredPlans) if (countsAsPlan(plan)) windows.push(...declaredWindow(plan))
  return windows
}

/** Declared plans whose window misses every checked baseline (reboot-window-misses-baseline reports them). */
export const declaredWindowsMissing = ({ declaredPlans }: Assessment): TimedWindow[] =>
  declaredPlans === undefined ? [] : declaredPlans.filter(missesEveryBaseline).flatMap(declaredWindow)
