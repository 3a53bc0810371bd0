import type { MaintenanceAssignment } from '../model/resources.js'
import type { PlanIndex } from './plan-index.js'

/**
 * The evidence of an assignment that reaches a VM for certain depends on the assignment, its configuration
 * (resolved in the model's index), the evaluation date and the reboot calendar (the VM's OS family counts only
 * through it) only: a configuration assigned to hundreds of VMs was checked, described and copied once per VM.
 * Kept per index, then by via, date and calendar (a run has a few such keys), then by assignment: the evidence
 * object is shared by the VMs it reaches. A Map per assignment (one key each) cost ~400 bytes apiece and lived
 * as long as the model (ARM 10,000 files: 3,050 of them, 1.2 MB).
 */
const SHARED = new WeakMap<PlanIndex, Map<string, Map<MaintenanceAssignment, unknown>>>()

/**
 * Assignments remembered per key before the table is emptied: most reach one VM, and each one's evidence lived to
 * the last VM, at the scan's peak of memory (ARM 20,000 files: ~1 MB); one that reaches many is made again, equal,
 * at most once per this many.
 */
export const REMEMBERED_ASSIGNMENTS = 256

/** The evidence remembered for an index under a key (plans.ts makes the key from the via, the date and the calendar). */
export function rememberedFor<T>(index: PlanIndex, key: string): Map<MaintenanceAssignment, T> {
  let byKey = SHARED.get(index)
  if (byKey === undefined) SHARED.set(index, (byKey = new Map<string, Map<MaintenanceAssignment, unknown>>()))
  let remembered = byKey.get(key)
  if (remembered === undefined) byKey.set(key, (remembered = new Map<MaintenanceAssignment, unknown>()))
  return remembered as Map<MaintenanceAssignment, T>
}

/** Remembers an assignment's evidence, emptying the table first when it holds REMEMBERED_ASSIGNMENTS. */
export function remember<T>(remembered: Map<MaintenanceAssignment, T>, assignment: MaintenanceAssignment, found: T): void {
  if (remembered.size >= REMEMBERED_ASSIGNMENTS) remembered.clear()
  remembered.set(assignment, found)
}
