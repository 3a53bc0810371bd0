import type { InfrastructureModel, MaintenanceAssignment, RelatedLocation, Resource, VirtualMachine } from '../model/resources.js'
import type { SourceLocation, Sourced } from '../model/source.js'
import { assignmentsThatMayReach } from '../policy/plans.js'
import type { Assessment, PlanEvidence } from '../policy/types.js'

/**
 * Value-aware scope (issue 14 item 3): the files outside a VM's own manifest whose values decide its
 * verdict or its reboot plan's, as related locations at the line of the value, so that `scope: changed`
 * counts a VM whose tfvars, variables default, parameter file, `.bicepparam` or Pulumi stack config
 * changed, and a review comment can sit on that line. Read from the provenance the readers record
 * (`Sourced.location` and `via`), nothing else.
 *
 * - `value`: one of the VM's own values is set there (a tfvars line, a variable's default, a parameter
 *   file entry, a module input).
 * - `plan-condition`: the existence of a maintenance configuration or assignment that could reach the
 *   VM is decided there (`count`, `for_each`, ARM `condition`, Bicep `if`). A plan that `count = 0`
 *   removed reaches no VM, so nothing else would carry the file that removed it: every VM it could
 *   have reached carries it.
 * - `plan-value`: another value of such a plan is set there (its reboot setting, window, target).
 *
 * The plans that could reach a VM, over-approximated (a missing one could let a change pass unseen,
 * an extra one only counts a finding the change may have caused): those of its deployment unit, those
 * its evidence names (a configuration in another unit), and every assignment that reaches out of its
 * unit (a dynamic scope, a target by resource ID or not resolved) with its configuration.
 *
 * Locations in the resource's own manifest are left out (a change there touches it already), and so
 * are a plan's locations in any file that holds a plan (a change there re-checks every VM:
 * src/gate/scope.ts).
 */
export type ValueRole = 'value' | 'plan-condition' | 'plan-value'

/**
 * Bounds the lines a VM gains, whatever the size of its unit; every file keeps at least one line, so
 * the bound never takes a file out of the scope.
 */
const MAX_VALUE_LINES = 48
/** Sourced fields sit a few levels deep (image.sku, window.duration, filter.tags); nothing deeper is read. */
const MAX_DEPTH = 4
/** Fields that are locations or structure, not values the policy reads. */
const NOT_VALUES = new Set(['identity', 'unit', 'reportAt', 'declaredAt', 'related', 'format', 'variant', 'displayName'])

/** The value-source related locations of each VM assessed, by VM; a VM with none (nearly every one) is left out. */
export function valueSources(
  assessments: readonly Pick<Assessment, 'vm' | 'evidence'>[],
  model: Pick<InfrastructureModel, 'maintenanceConfigurations' | 'maintenanceAssignments'>
): Map<VirtualMachine, readonly RelatedLocation[]> {
  const sourcesOf = valueSourcesOf(model)
  const result = new Map<VirtualMachine, readonly RelatedLocation[]>()
  // Indexed, as every loop run per VM: without the optimizing compiler a for-of allocates per step.
  for (let a = 0; a < assessments.length; a++) {
    const { vm, evidence } = assessments[a] as Pick<Assessment, 'vm' | 'evidence'>
    const fresh = sourcesOf(vm, evidence)
    if (fresh.length > 0) result.set(vm, fresh)
  }
  return result
}

/** A VM's value-source related locations, from the VM and its plan evidence. */
export type ValueSourcesOf = (vm: VirtualMachine, evidence: readonly PlanEvidence[]) => readonly RelatedLocation[]

/**
 * What finds the value-source related locations of one VM at a time (one shared empty list for a VM with
 * none, nearly every one): the plans' sources are found once for the model, so that the report's entry of
 * each VM can be made as soon as the policy settles it (src/report/resource-entries.ts).
 */
export function valueSourcesOf(
  model: Pick<InfrastructureModel, 'maintenanceConfigurations' | 'maintenanceAssignments'>
): ValueSourcesOf {
  const plans: readonly Resource[] = [...model.maintenanceConfigurations, ...model.maintenanceAssignments]
  // A change to a file that holds a plan re-checks every VM (src/gate/scope.ts): naming one adds nothing.
  const planFiles = new Set(plans.flatMap(plan => [plan.reportAt.file, plan.declaredAt.file]))
  // A plan is named by the evidence of every VM it reaches: its sources are found once.
  const sourcesOfPlan = new Map<Resource, RelatedLocation[]>()
  const ofPlan = (plan: Resource): RelatedLocation[] => {
    let sources = sourcesOfPlan.get(plan)
    if (sources === undefined) {
      sources = planSources(plan, file => !planFiles.has(file))
      sourcesOfPlan.set(plan, sources)
    }
    return sources
  }
  // Deduplicated up front: the instances of one `for_each` all name the same tfvars line. Units whose plans
  // name no file are left out: most are, and their VMs then look nothing up.
  const byUnit = unitSources(plans, ofPlan)
  const outward = model.maintenanceAssignments.filter(reachesOut)
  const reachingOut = outward.length === 0 ? undefined : assignmentsThatMayReach(outward)
  return (vm, evidence) => {
    // Plan conditions first: the bound on lines never drops the line that removed a plan for a value's.
    const found = new OutsideOwn(vm)
    const key = unitKey(vm)
    const unit = key === undefined ? undefined : byUnit.get(key)
    if (unit !== undefined) found.reachAll(unit)
    for (let e = 0; e < evidence.length; e++) {
      const item = evidence[e] as PlanEvidence
      found.reachAll(ofPlan(item.assignment))
      if (item.configuration !== undefined) found.reachAll(ofPlan(item.configuration))
    }
    // Out of their unit, only the assignments the policy would match to this VM were they deployed
    // (src/policy/plans.ts mayReach): another team's assignment never relates its file to this VM.
    if (reachingOut !== undefined) {
      const reaching = reachingOut(vm)
      for (let r = 0; r < reaching.length; r++) found.reachAll(ofPlan(reaching[r] as MaintenanceAssignment))
    }
    // Where the VM's own values are set: nearly all in its own manifest, so nothing is built for those.
    visitValues(vm, found)
    if (found.isEmpty()) return NO_SOURCES
    const fresh = uniqueNew(found.inOrder(), vm.related)
    return fresh.length > 0 ? fresh : NO_SOURCES
  }
}

/** Most VMs have no value sources: one shared empty list, not one each. */
export const NO_SOURCES: readonly RelatedLocation[] = Object.freeze([])

/** The locations the plans of each unit name, each role, file and line once, in the order first named. */
function unitSources(plans: readonly Resource[], ofPlan: (plan: Resource) => readonly RelatedLocation[]): Map<string, RelatedLocation[]> {
  const byUnit = new Map<string, Map<string, RelatedLocation>>()
  for (let p = 0; p < plans.length; p++) {
    const plan = plans[p] as Resource
    const key = unitKey(plan)
    if (key === undefined) continue
    const named = ofPlan(plan)
    if (named.length === 0) continue
    const sources = byUnit.get(key) ?? new Map<string, RelatedLocation>()
    for (let n = 0; n < named.length; n++) {
      const related = named[n] as RelatedLocation
      sources.set(`${related.role} ${related.file}:${related.startLine}`, related)
    }
    byUnit.set(key, sources)
  }
  // Lists, read by every VM of the unit without an iterator each.
  return new Map([...byUnit].map(([key, sources]) => [key, [...sources.values()]]))
}

/**
 * The related locations of one VM outside its own manifest, made only when there is one (a VM with none,
 * nearly every VM, allocates nothing but this): plan conditions, then its own values, then the others.
 */
class OutsideOwn implements ValueSink {
  private readonly reportFile: string
  private readonly declaredFile: string
  private conditions: RelatedLocation[] | undefined
  private values: RelatedLocation[] | undefined
  private others: RelatedLocation[] | undefined

  constructor(vm: VirtualMachine) {
    this.reportFile = vm.reportAt.file
    this.declaredFile = vm.declaredAt.file
  }

  private outside(file: string): boolean {
    return file !== this.reportFile && file !== this.declaredFile
  }

  reach(related: RelatedLocation): void {
    if (!this.outside(related.file)) return
    if (related.role === 'plan-condition') (this.conditions ??= []).push(related)
    else (this.others ??= []).push(related)
  }

  reachAll(list: readonly RelatedLocation[]): void {
    for (let r = 0; r < list.length; r++) this.reach(list[r] as RelatedLocation)
  }

  /** One of the VM's own values: where it is set and where it came through, outside its manifest. */
  value(value: Sourced<unknown>): void {
    const { file, line } = value.location
    if (this.outside(file)) (this.values ??= []).push({ file, startLine: line, role: 'value' })
    const via = value.via
    if (via === undefined) return
    for (let v = 0; v < via.length; v++) {
      const at = via[v] as SourceLocation
      if (this.outside(at.file)) (this.values ??= []).push({ file: at.file, startLine: at.line, role: 'value' })
    }
  }

  isEmpty(): boolean {
    return this.conditions === undefined && this.values === undefined && this.others === undefined
  }

  inOrder(): RelatedLocation[] {
    return [...(this.conditions ?? []), ...(this.values ?? []), ...(this.others ?? [])]
  }
}

/** What takes a resource's Sourced values one by one. */
interface ValueSink {
  value(value: Sourced<unknown>): void
}

/**
 * Every Sourced value of a resource's fields, each handed to `sink` (deployed first, then the fields as
 * for-in visits them), not descending into the values themselves: no list of them is made per VM.
 */
function visitValues(resource: Resource, sink: ValueSink): void {
  sink.value(resource.deployed)
  // The model's records are plain objects: for-in visits their own fields. The resource's own fields are
  // read here, the values below in visitObject: each site then sees few shapes of object. Only objects are
  // visited (a call per string or flag was most of the walk).
  const fields = resource as unknown as Record<string, unknown>
  for (const field in fields) {
    const node = fields[field]
    if (typeof node === 'object' && node !== null && !NOT_VALUES.has(field)) visitObject(resource, node, 1, sink)
  }
}

/** An object `depth` levels below the resource (at most MAX_DEPTH): a Sourced value, or a record of them. */
function visitObject(resource: Resource, node: object, depth: number, sink: ValueSink): void {
  if (isSourced(node)) {
    if (node !== resource.deployed) sink.value(node)
    return
  }
  if (depth >= MAX_DEPTH) return
  const fields = node as Record<string, unknown>
  for (const field in fields) {
    const child = fields[field]
    if (typeof child === 'object' && child !== null) visitObject(resource, child, depth + 1, sink)
  }
}

/**
 * The files outside its own whose values decide where an assignment that reaches out of its unit applies
 * (its condition, its target's or its dynamic scope's values): a change to one may give or take a plan to
 * a VM anywhere, so the gate re-checks every VM (src/gate/scope.ts planFilesOf), as for a plan's own file.
 * Per VM, only the assignments the policy would match relate it to them (valueSources).
 */
export function outwardValueFiles(plan: Resource): string[] | undefined {
  if (plan.kind !== 'maintenance-assignment' || !reachesOut(plan)) return undefined
  const own = new Set([plan.reportAt.file, plan.declaredAt.file])
  const files = [...new Set(planSources(plan, file => !own.has(file)).map(related => related.file))].sort()
  return files.length === 0 ? undefined : files
}

/**
 * An assignment that can reach a VM of another unit: a dynamic scope, a target by a resource ID that
 * names its resource group (a name alone stays in the unit), or a target not resolved.
 */
function reachesOut(assignment: MaintenanceAssignment): boolean {
  if (assignment.filter !== undefined) return true
  if (assignment.target === undefined) return false
  const target = assignment.target.target.value
  return target === undefined || (target.resourceGroup !== undefined && target.symbol === undefined)
}

/**
 * Related locations a list gains from `extra`: those at a file and line it does not name yet, in order,
 * the first of each file always and the others up to the bound.
 */
export function uniqueNew(extra: readonly RelatedLocation[], existing: readonly RelatedLocation[]): RelatedLocation[] {
  if (extra.length === 0) return []
  const seen = new Set(existing.map(related => `${related.file}:${related.startLine}`))
  const files = new Set(existing.map(related => related.file))
  const fresh = extra.filter(related => {
    const key = `${related.file}:${related.startLine}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  const kept = new Set<RelatedLocation>()
  for (const related of fresh) {
    if (files.has(related.file)) continue
    files.add(related.file)
    kept.add(related)
  }
  for (const related of fresh) if (kept.size < MAX_VALUE_LINES) kept.add(related)
  return fresh.filter(related => kept.has(related))
}

const unitKey = (resource: Resource): string | undefined => resource.unit?.value?.key

/**
 * Where a plan's condition and values are set, in the files `keep` keeps: its condition (the first value
 * visitValues hands on is `deployed`) first, then its other values. Only the kept locations are made: a
 * plan's values are nearly all in files that hold a plan, which the caller leaves out.
 */
function planSources(plan: Resource, keep: (file: string) => boolean): RelatedLocation[] {
  const found: RelatedLocation[] = []
  const add = (file: string, startLine: number, role: ValueRole): void => {
    if (keep(file)) found.push({ file, startLine, role })
  }
  visitValues(plan, {
    value: value => {
      const role = value === plan.deployed ? 'plan-condition' : 'plan-value'
      add(value.location.file, value.location.line, role)
      // Indexed: the report is built without the optimizing compiler, where a for-of allocates per step.
      // Most values came through nothing: no empty list each (2.7 MB on arm-10000's 6,100 plans).
      const via = value.via
      if (via === undefined) return
      for (let v = 0; v < via.length; v++) add((via[v] as SourceLocation).file, (via[v] as SourceLocation).line, role)
    }
  })
  return found
}

function isSourced(node: object): node is Sourced<unknown> {
  // Read, not asked with `in`: one lookup a field, and a missing field reads undefined.
  const { origin, location } = node as { origin?: unknown; location?: unknown }
  return typeof origin === 'string' && typeof location === 'object' && location !== null && 'file' in location
}
