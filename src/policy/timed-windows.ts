import type { Assessment, DeclaredPlan, WindowTiming } from './types.js'
import { LATE_AFTER_DAYS, monthlyUpdatesText } from './window-coverage.js'

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

/**
 * A well-formed, owned declared plan whose window misses its reboots: it opens for none of the checked baselines,
 * or not for each monthly update of a disruption of the VM's OS family. Not a reboot plan.
 */
export const missesItsReboots = (plan: DeclaredPlan): boolean => plan.problem === undefined && plan.timing?.kind === 'misses'

/** A declared plan that stands for a reboot plan: nothing wrong as written, and it reboots for the checked updates. */
export const countsAsPlan = (plan: DeclaredPlan): boolean => plan.problem === undefined && plan.timing?.kind !== 'misses'

const declaredWindow = (plan: DeclaredPlan): TimedWindow[] =>
  plan.timing === undefined ? [] : [{ declared: true, name: plan.label, timing: plan.timing.timing }]

/** Windows that reboot the VM for the checked updates: valid InGuestPatch windows, declared plans that count. */
export function coveringWindows({ evidence, declaredPlans }: Assessment): TimedWindow[] {
  const windows: TimedWindow[] = []
  for (const e of evidence) {
    if (e.status !== 'valid' || e.timing === undefined) continue
    windows.push({ declared: false, name: e.configuration?.displayName ?? e.assignment.displayName, timing: e.timing })
  }
  if (declaredPlans !== undefined) for (const plan of declaredPlans) if (countsAsPlan(plan)) windows.push(...declaredWindow(plan))
  return windows
}

/** Declared plans whose window misses its reboots (reboot-window-misses-baseline reports them). */
export const declaredWindowsMissing = ({ declaredPlans }: Assessment): TimedWindow[] =>
  declaredPlans === undefined ? [] : declaredPlans.filter(missesItsReboots).flatMap(declaredWindow)

/**
 * A window that covers a checked baseline but misses a monthly update of a disruption: its finding names the
 * monthly updates, not the baselines.
 */
export const missesMonthlyUpdates = (timing: WindowTiming | undefined): boolean =>
  timing !== undefined && timing.covers.length > 0 && (timing.monthly?.misses.length ?? 0) > 0

/** What a missing window's findings say: its openings, the reboots it misses (baselines, monthly updates), its next opening. */
export function missedReboots(timing: WindowTiming | undefined): Record<string, string> {
  const opens = timing?.next === undefined ? 'it does not open again' : `it next opens ${timing.next}`
  const updates = monthlyUpdatesText(timing?.monthly?.misses ?? [])
  return { window: timing?.description ?? '', baselines: (timing?.misses ?? []).join(' nor the '), updates, opens }
}

/** A covered reboot more than LATE_AFTER_DAYS after its release: which one, how many days, when the window opens. */
export interface LateReboot {
  readonly name: string
  readonly days: string
  readonly opens: string
}

/** The covered baselines, then the covered monthly updates, that a window reboots for late. */
export function lateReboots(timing: WindowTiming): { readonly baselines: LateReboot[]; readonly monthly: LateReboot[] } {
  const late = (c: { readonly daysAfter: number; readonly opens: string }, name: string): LateReboot[] =>
    c.daysAfter > LATE_AFTER_DAYS ? [{ name, days: String(c.daysAfter), opens: `opens ${c.opens}` }] : []
  return {
    baselines: timing.covers.flatMap(c => late(c, c.baseline)),
    monthly: (timing.monthly?.covers ?? []).flatMap(c => late(c, c.update))
  }
}
