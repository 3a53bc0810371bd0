import type {
  ImageReference,
  InfrastructureModel,
  MaintenanceAssignment,
  MaintenanceConfiguration,
  VirtualMachine
} from '../model/resources.js'
import type { SourceLocation, Sourced } from '../model/source.js'
import type { Assessment, PlanEvidence } from './types.js'

/** Combinations of allowed values evaluated per VM, at most (more: the VM stays as it is). */
const MAX_COMBINATIONS = 64

type Scalar = string | number | boolean
/** A value tried for a pinned field: one allowed value, or for a list field a list of them. */
type Choice = Scalar | readonly Scalar[]
/** A maintenance configuration or assignment whose fields a VM's plan depends on. */
type PlanResource = MaintenanceConfiguration | MaintenanceAssignment

interface Pinned {
  /** As its unresolved input names it: `image.sku`, `maintenanceConfiguration.rebootSetting`, `filter.locations`. */
  readonly field: string
  /** Where the field is: on the VM, or on a configuration or assignment that may be its plan. */
  readonly holder: 'vm' | PlanResource
  /** The field's path in its holder: `['patchMode']`, `['image', 'sku']`, `['window', 'duration']`. */
  readonly path: readonly string[]
  readonly sourced: Sourced<unknown>
  readonly allowed: readonly Scalar[]
  /**
   * A list field (`classificationsToInclude`, a dynamic scope's `locations`): each item is one of the allowed
   * values, as ARM and Bicep check an array parameter, so every subset of them is tried.
   */
  readonly list: boolean
}

/** The single-VM assessment, in the model given (one whose plans have tried values), else the scanned one. */
export type AssessOne = (vm: VirtualMachine, model?: InfrastructureModel) => Assessment

/**
 * Pinned values (issue 13): a value the manifests leave unknown but constrain (Bicep `@allowed` or a type of
 * literals, ARM `allowedValues`) is evaluated with every allowed value: the VM's own fields, and, given the
 * scanned model, the fields of the maintenance configurations and dynamic scopes its plan evidence names
 * (`rebootSetting`, `excludeKbsRequiringReboot`, `classificationsToInclude`, `maintenanceScope`, the window, a
 * filter's lists). When all give the same verdict, that is the verdict (the values read `default`, detail
 * `<parameter>: allowed values`); otherwise the VM stays as assessed and a reason says which allowed values
 * decide. `assess` is the single-VM assessment.
 */
export function assessPinned(vm: VirtualMachine, assess: AssessOne, model?: InfrastructureModel): Assessment {
  const original = assess(vm)
  if (original.verdict !== 'indeterminate') return original
  const pinned = pinnedFields(vm)
  if (model !== undefined) addPlanFields(original.evidence, pinned)
  if (pinned.length === 0) return original
  const combinations = pinned.reduce((count, field) => count * choiceCount(field), 1)
  if (combinations > MAX_COMBINATIONS) return original
  const onPlans = pinned.some(field => field.holder !== 'vm')
  const outcomes = combine(pinned).map(choice => ({
    choice,
    assessment: assess(withValues(vm, pinned, choice), onPlans && model !== undefined ? modelWith(model, pinned, choice) : undefined)
  }))
  const verdicts = new Set(outcomes.map(outcome => outcome.assessment.verdict))
  const names = pinned.map(describeField).join(', ')
  const [first] = outcomes
  if (verdicts.size === 1 && first !== undefined && first.assessment.verdict !== 'indeterminate') {
    const because = `${names} ${pinned.length === 1 ? 'is' : 'are'} not known, but every allowed value gives this verdict`
    // The image stays what the manifest says (unknown, with its allowed values): messages must not name the
    // first allowed image's OS, or its advisory's, for a VM that may run another (issue 13 item 5).
    const vm = { ...first.assessment.vm, image: original.vm.image }
    const same = outcomes.every(({ assessment }) => sameList(assessment.reasons, first.assessment.reasons))
    return { ...first.assessment, vm, reasons: [...(same ? first.assessment.reasons : original.reasons), because] }
  }
  const decide = outcomes.map(({ choice, assessment }) => `${choice.map(value => JSON.stringify(value)).join(', ')} → ${assessment.verdict}`)
  const because = `the allowed values of ${names} decide: ${decide.join('; ')}`
  // The finding names the unresolved inputs: the first pinned one also says which allowed values decide.
  const deciding = original.unresolved.findIndex(input => pinned.some(field => field.field === input.field && sameLocation(field.sourced.location, input.location)))
  const unresolved = original.unresolved.map((input, index) =>
    index === deciding ? { ...input, reason: `${input.reason}; its allowed values decide: ${decide.join('; ')}` } : input
  )
  return { ...original, reasons: [...original.reasons, because], unresolved }
}

function pinnedFields(vm: VirtualMachine): Pinned[] {
  const pinned: Pinned[] = []
  addPinned(vm as unknown as Record<string, unknown>, '', pinned)
  addPinned(vm.image as unknown as Record<string, unknown>, 'image.', pinned)
  return pinned
}

/** The record's Sourced fields that are unresolved with allowed values, as `prefix` + field name. */
function addPinned(record: Record<string, unknown>, prefix: string, pinned: Pinned[]): void {
  // The model's records are plain objects: for-in visits their own fields, without a list of keys per VM.
  for (const key in record) {
    const value = record[key]
    if (typeof value !== 'object' || value === null) continue
    // Read, not asked with `in`: only an unresolved value can be pinned, and most fields are not.
    if ((value as { origin?: unknown }).origin !== 'unresolved' || !('location' in value)) continue
    const sourced = value as Sourced<unknown>
    if (sourced.allowed !== undefined && sourced.allowed.length > 0) {
      const path = prefix === '' ? [key] : [prefix.slice(0, -1), key]
      pinned.push({ field: `${prefix}${key}`, holder: 'vm', path, sourced, allowed: sourced.allowed, list: false })
    }
  }
}

/** A plan field the verdict depends on: how its unresolved input names it, and where it is in its resource. */
interface PlanField {
  readonly field: string
  readonly path: readonly string[]
  readonly list?: true
}

const CONFIGURATION_FIELDS: readonly PlanField[] = [
  { field: 'maintenanceConfiguration.maintenanceScope', path: ['maintenanceScope'] },
  { field: 'maintenanceConfiguration.rebootSetting', path: ['rebootSetting'] },
  { field: 'maintenanceConfiguration.excludeKbsRequiringReboot', path: ['excludeKbsRequiringReboot'] },
  { field: 'maintenanceConfiguration.classificationsToInclude', path: ['classificationsToInclude'], list: true },
  { field: 'maintenanceConfiguration.kbNumbersToInclude', path: ['kbNumbersToInclude'], list: true },
  { field: 'maintenanceConfiguration.inGuestPatchMode', path: ['inGuestPatchMode'] },
  ...(['startDateTime', 'expirationDateTime', 'duration', 'timeZone', 'recurEvery'] as const).map(key => ({
    field: `maintenanceConfiguration.window.${key}`,
    path: ['window', key]
  }))
]

const FILTER_FIELDS: readonly PlanField[] = [
  ...(['resourceTypes', 'resourceGroups', 'locations', 'osTypes'] as const).map(key => ({
    field: `filter.${key}`,
    path: ['filter', key],
    list: true as const
  })),
  { field: 'filter.tagOperator', path: ['filter', 'tagOperator'] }
]

/** The pinned fields of the configurations and dynamic scopes the VM's plan evidence names, each resource once. */
function addPlanFields(evidence: readonly PlanEvidence[], pinned: Pinned[]): void {
  const seen = new Set<PlanResource>()
  const add = (holder: PlanResource, fields: readonly PlanField[]): void => {
    if (seen.has(holder)) return
    seen.add(holder)
    for (const { field, path, list } of fields) {
      const sourced = valueAt(holder, path)
      if (sourced?.origin !== 'unresolved' || sourced.allowed === undefined || sourced.allowed.length === 0) continue
      pinned.push({ field, holder, path, sourced, allowed: sourced.allowed, list: list === true })
    }
  }
  for (const { configuration, assignment } of evidence) {
    if (configuration !== undefined) add(configuration, CONFIGURATION_FIELDS)
    if (assignment.filter !== undefined) add(assignment, FILTER_FIELDS)
  }
}

function valueAt(holder: PlanResource, path: readonly string[]): Sourced<unknown> | undefined {
  let value: unknown = holder
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined
  return typeof value === 'object' && value !== null && 'origin' in value ? (value as Sourced<unknown>) : undefined
}

const choiceCount = (field: Pinned): number => (field.list ? 2 ** field.allowed.length : field.allowed.length)

/** Each allowed value; for a list field, each subset of them (the empty list first), in the order written. */
function choicesOf(field: Pinned): Choice[] {
  if (!field.list) return [...field.allowed]
  return Array.from({ length: choiceCount(field) }, (_, mask) => field.allowed.filter((_, bit) => (mask & (1 << bit)) !== 0))
}

/** Every combination of one choice per field. */
function combine(pinned: readonly Pinned[]): Choice[][] {
  return pinned.reduce<Choice[][]>((acc, field) => acc.flatMap(prefix => choicesOf(field).map(value => [...prefix, value])), [[]])
}

/** The value a field is tried with: where it was written and how it got there, origin `default`. */
function triedValue({ field, sourced }: Pinned, choice: Choice): Sourced<unknown> {
  return {
    value: choice,
    origin: 'default',
    location: sourced.location,
    detail: `${sourced.detail ?? field}: allowed values`,
    ...(sourced.via === undefined ? {} : { via: sourced.via })
  }
}

function withValues(vm: VirtualMachine, pinned: readonly Pinned[], choice: readonly Choice[]): VirtualMachine {
  let image: ImageReference = vm.image
  let result: VirtualMachine = vm
  pinned.forEach((field, index) => {
    if (field.holder !== 'vm') return
    const value = triedValue(field, choice[index] as Choice)
    const [first, second] = field.path as [string, string | undefined]
    if (second !== undefined) image = { ...image, [second]: value }
    else result = { ...result, [first]: value }
  })
  return { ...result, image }
}

/**
 * The models with tried plan values, per scanned model and combination: every VM whose plans name the same
 * pinned configuration tries the same few models, each with its plan index built once (plans.ts).
 */
const TRIED = new WeakMap<InfrastructureModel, Map<string, InfrastructureModel>>()
const IDS = new WeakMap<PlanResource, number>()
let nextId = 0

const idOf = (resource: PlanResource): number => {
  let id = IDS.get(resource)
  if (id === undefined) IDS.set(resource, (id = nextId++))
  return id
}

/** The scanned model with the plan fields set to this combination's values (the VM's own fields are the VM's). */
function modelWith(model: InfrastructureModel, pinned: readonly Pinned[], choice: readonly Choice[]): InfrastructureModel {
  const tried = pinned.flatMap((field, index) => (field.holder === 'vm' ? [] : [{ field, holder: field.holder, choice: choice[index] as Choice }]))
  const key = tried.map(({ field, holder, choice }) => `${idOf(holder)} ${field.path.join('.')} ${JSON.stringify(choice)}`).join('\n')
  let byKey = TRIED.get(model)
  if (byKey === undefined) TRIED.set(model, (byKey = new Map<string, InfrastructureModel>()))
  const known = byKey.get(key)
  if (known !== undefined) return known
  const replaced = new Map<PlanResource, PlanResource>()
  for (const { field, holder, choice } of tried) {
    replaced.set(holder, withValueAt(replaced.get(holder) ?? holder, field.path, triedValue(field, choice)))
  }
  const swap = <T extends PlanResource>(resource: T): T => (replaced.get(resource) as T | undefined) ?? resource
  const result: InfrastructureModel = {
    ...model,
    maintenanceConfigurations: model.maintenanceConfigurations.map(swap),
    maintenanceAssignments: model.maintenanceAssignments.map(swap)
  }
  byKey.set(key, result)
  return result
}

function withValueAt<T extends object>(record: T, path: readonly string[], value: Sourced<unknown>): T {
  const [key, ...rest] = path as [string, ...string[]]
  const inner = rest.length === 0 ? value : withValueAt((record as Record<string, object>)[key] as object, rest, value)
  return { ...record, [key]: inner }
}

/** The scanned model's tried models are not needed any more (the policy is done with it): src/policy/evaluate.ts. */
export function releasePinnedModels(model: InfrastructureModel): void {
  TRIED.delete(model)
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((item, index) => item === b[index])

const sameLocation = (a: SourceLocation, b: SourceLocation): boolean => a.file === b.file && a.line === b.line && a.column === b.column

const describeField = ({ field, sourced }: Pinned): string =>
  `${field}${sourced.detail === undefined ? '' : ` ('${sourced.detail}')`}`
