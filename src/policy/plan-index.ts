import type {
  InfrastructureModel,
  MaintenanceAssignment,
  MaintenanceConfiguration,
  ResourceIdentity,
  VirtualMachine
} from '../model/resources.js'
import { FolderIndex, push } from './folder-index.js'

/** Configurations of one type by lower-cased name (and by unit and name, or in no unit) and by symbol, and those without a name. */
interface ConfigurationBucket {
  readonly byName: Map<string, number[]>
  readonly byUnitName: Map<string, number[]>
  readonly noUnitByName: Map<string, number[]>
  readonly bySymbol: Map<string, number[]>
  readonly unnamed: number[]
}

/** Targets of one type by the keys `match` (src/model/match.ts) decides on: the lower-cased name and the symbol. */
interface TypeBucket {
  /** Names a reference names from anywhere: a resource ID, or a relative one whose assignment is in no unit. */
  readonly byName: Map<string, number[]>
  /** Names relative to their deployment (a bare name, a symbol) by unit: `match` says `no` across units. All, for a VM in none. */
  readonly byUnitName: Map<string, number[]>
  readonly relativeByName: Map<string, number[]>
  readonly bySymbol: Map<string, number[]>
  /** Without a name: `unknown` against anything of the type (unless the symbols match). */
  readonly unnamed: FolderIndex
  /** Everything of the type: `unknown` against a VM without a name (unless the symbols match). */
  readonly all: FolderIndex
}

/** The configurations a reference may name, each list in model order. */
export interface ConfigurationCandidates {
  /** Those `match` may call `yes`: the same name or the same symbol. */
  readonly matches: readonly MaintenanceConfiguration[]
  /** Those without a name, which `match` calls `unknown` against a named reference. */
  readonly unnamed: readonly MaintenanceConfiguration[]
}

/**
 * Narrows the assignments that may reach a VM, and the configurations a reference may name, to the few
 * that can: a monorepo holds thousands of VMs and assignments, and comparing every pair grew with their
 * product (78 s for 10,000 files). `match` says `yes` or `no` only on equal names or symbols, which
 * are looked up by key; an `unknown` answer counts only for an assignment in the VM's neighbourhood, which
 * is looked up by folder. The index only narrows: callers still decide each candidate, in model order, so
 * results are those of the pairwise scan.
 */
export class PlanIndex {
  /** Dynamic scope assignments: their filter is matched against every VM. */
  private readonly filters: number[] = []
  /** Assignments whose target could not be evaluated: `unknown` against every VM. */
  private readonly unresolved = new FolderIndex()
  /** Assignments whose target Azure rejects: they reach no VM, but a failing VM's finding names those near it. */
  private readonly rejected = new FolderIndex()
  private readonly assignmentsByType = new Map<string, TypeBucket>()
  private readonly configurationsByType = new Map<string, ConfigurationBucket>()
  /** The lists' lengths when indexed: a list grown since is indexed again. */
  private readonly assignmentLength: number
  private readonly configurationLength: number

  constructor(
    readonly assignments: readonly MaintenanceAssignment[],
    readonly configurations: readonly MaintenanceConfiguration[],
    /**
     * Also offer an unresolved target that can only name a non-Windows VM. The evidence leaves those out,
     * but `mayReach` (the report's value sources) does not.
     */
    options: { readonly nonWindowsTargets?: boolean } = {}
  ) {
    this.assignmentLength = assignments.length
    this.configurationLength = configurations.length
    assignments.forEach((assignment, index) => {
      const target = assignment.target?.target
      if (target === undefined) {
        if (assignment.filter !== undefined) this.filters.push(index)
        else if (assignment.rejectedTarget !== undefined) this.rejected.add(assignment.reportAt.file, index)
      } else if (target.origin === 'unresolved') {
        // One that can only name a non-Windows VM reaches no VM the gate assesses (issue 9 item 7).
        if (options.nonWindowsTargets === true || assignment.target?.notWindowsVm !== true) {
          this.unresolved.add(assignment.reportAt.file, index)
        }
      } else if (target.value !== undefined) {
        addTarget(this.assignmentsByType, target.value, assignment.unit?.value?.key, assignment.reportAt.file, index)
      }
    })
    configurations.forEach((configuration, index) => {
      const { identity } = configuration
      const type = identity.type.toLowerCase()
      let entry = this.configurationsByType.get(type)
      if (entry === undefined) {
        entry = { byName: new Map(), byUnitName: new Map(), noUnitByName: new Map(), bySymbol: new Map(), unnamed: [] }
        this.configurationsByType.set(type, entry)
      }
      if (identity.name === undefined) entry.unnamed.push(index)
      else {
        const name = identity.name.toLowerCase()
        const unit = configuration.unit?.value?.key
        push(entry.byName, name, index)
        if (unit === undefined) push(entry.noUnitByName, name, index)
        else push(entry.byUnitName, unitName(unit, name), index)
      }
      if (identity.symbol !== undefined) push(entry.bySymbol, identity.symbol, index)
    })
  }

  /** The model's index, built on first use and rebuilt if the model's lists are not the ones it was built on. */
  static of(model: InfrastructureModel): PlanIndex {
    const cached = indexes.get(model)
    if (cached?.isFor(model)) return cached
    const index = new PlanIndex(model.maintenanceAssignments, model.maintenanceConfigurations)
    indexes.set(model, index)
    return index
  }

  /**
   * Drops the model's index (and with it what plans.ts remembered per index): the policy calls it when it is
   * done, so that the index (~200 bytes per assignment and configuration) is garbage while the report is built.
   */
  static release(model: InfrastructureModel): void {
    indexes.delete(model)
  }

  /**
   * Every assignment that may reach the VM, in model order: a dynamic scope, a target that may be the VM
   * (`match` not `no`), or one that may only be `unknown`, in the VM's neighbourhood.
   */
  assignmentsFor(vm: VirtualMachine): MaintenanceAssignment[] {
    const { identity } = vm
    const file = vm.reportAt.file
    // Only the lists that hold something: a VM that no assignment can reach (most) allocates nearly nothing.
    const lists: (readonly number[])[] = []
    if (this.filters.length > 0) lists.push(this.filters)
    this.unresolved.addNear(file, lists)
    const bucket = this.assignmentsByType.get(lowerCased(identity.type))
    if (bucket !== undefined) {
      if (identity.symbol !== undefined) addList(lists, bucket.bySymbol.get(identity.symbol))
      if (identity.name === undefined) bucket.all.addNear(file, lists)
      else {
        const name = identity.name.toLowerCase()
        addList(lists, bucket.byName.get(name))
        const unit = vm.unit?.value?.key
        addList(lists, unit === undefined ? bucket.relativeByName.get(name) : bucket.byUnitName.get(unitName(unit, name)))
        bucket.unnamed.addNear(file, lists)
      }
    }
    if (lists.length === 0) return []
    return inModelOrder(lists).map(index => this.assignments[index] as MaintenanceAssignment)
  }

  /** The assignments whose target Azure rejects in the VM's neighbourhood (the ones it was likely meant for), in model order. */
  rejectedNear(vm: VirtualMachine): MaintenanceAssignment[] {
    const lists: (readonly number[])[] = []
    this.rejected.addNear(vm.reportAt.file, lists)
    return inModelOrder(lists).map(index => this.assignments[index] as MaintenanceAssignment)
  }

  /**
   * The configurations a reference written in unit `holder` may name (see ConfigurationCandidates). A relative one (a
   * bare name, a symbol) names none of another unit (`match` says `no`): those of its unit and of none are looked up.
   */
  configurationsFor(identity: ResourceIdentity, holder?: string): ConfigurationCandidates {
    const entry = this.configurationsByType.get(identity.type.toLowerCase())
    if (entry === undefined) return { matches: [], unnamed: [] }
    const name = identity.name?.toLowerCase()
    const relative = holder !== undefined && (identity.symbol !== undefined || identity.resourceGroup === undefined)
    const lists = [
      name === undefined ? [] : relative ? (entry.byUnitName.get(unitName(holder, name)) ?? []) : (entry.byName.get(name) ?? []),
      name === undefined || !relative ? [] : (entry.noUnitByName.get(name) ?? []),
      identity.symbol === undefined ? [] : (entry.bySymbol.get(identity.symbol) ?? [])
    ]
    const at = (index: number): MaintenanceConfiguration => this.configurations[index] as MaintenanceConfiguration
    return { matches: inModelOrder(lists).map(at), unnamed: entry.unnamed.map(at) }
  }

  private isFor(model: InfrastructureModel): boolean {
    const { maintenanceAssignments: assignments, maintenanceConfigurations: configurations } = model
    return (
      assignments === this.assignments &&
      configurations === this.configurations &&
      assignments.length === this.assignmentLength &&
      configurations.length === this.configurationLength
    )
  }
}

const indexes = new WeakMap<InfrastructureModel, PlanIndex>()

const bucket = (): TypeBucket => ({
  byName: new Map(),
  byUnitName: new Map(),
  relativeByName: new Map(),
  bySymbol: new Map(),
  unnamed: new FolderIndex(),
  all: new FolderIndex()
})

const unitName = (unit: string, name: string): string => `${unit}\u0000${name}`

function addTarget(buckets: Map<string, TypeBucket>, identity: ResourceIdentity, unit: string | undefined, file: string, index: number): void {
  const type = identity.type.toLowerCase()
  let entry = buckets.get(type)
  if (entry === undefined) {
    entry = bucket()
    buckets.set(type, entry)
  }
  entry.all.add(file, index)
  if (identity.name === undefined) entry.unnamed.add(file, index)
  else {
    const name = identity.name.toLowerCase()
    // Relative as `match` reads it (byNameAndGroup): a symbol, or no resource group.
    const relative = identity.symbol !== undefined || identity.resourceGroup === undefined
    if (!relative || unit === undefined) push(entry.byName, name, index)
    else {
      push(entry.byUnitName, unitName(unit, name), index)
      push(entry.relativeByName, name, index)
    }
  }
  if (identity.symbol !== undefined) push(entry.bySymbol, identity.symbol, index)
}

function addList(lists: (readonly number[])[], list: readonly number[] | undefined): void {
  if (list !== undefined && list.length > 0) lists.push(list)
}

/**
 * A type lower-cased, remembered: VMs share a handful of types, and the model's strings are
 * interned, so the lookup is by a known hash and the lower-cased copy is made once.
 */
const LOWER = new Map<string, string>()
function lowerCased(text: string): string {
  let lower = LOWER.get(text)
  if (lower === undefined) {
    if (LOWER.size >= 4096) LOWER.clear()
    LOWER.set(text, (lower = text.toLowerCase()))
  }
  return lower
}

/**
 * The union of index lists, ascending, each index once. One non-empty list (most lookups) is itself the
 * answer, not a copy: the callers only read it (each maps it to the model's resources).
 */
function inModelOrder(lists: readonly (readonly number[])[]): readonly number[] {
  let only: readonly number[] = NO_INDEXES
  let nonEmpty = 0
  for (let l = 0; l < lists.length; l++) {
    const list = lists[l] as readonly number[]
    if (list.length === 0) continue
    only = list
    nonEmpty++
  }
  if (nonEmpty < 2) return only
  return [...new Set(lists.flat())].sort((a, b) => a - b)
}

const NO_INDEXES: readonly number[] = []
