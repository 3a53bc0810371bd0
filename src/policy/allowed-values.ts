import type { ImageReference, VirtualMachine } from '../model/resources.js'
import type { SourceLocation, Sourced } from '../model/source.js'
import type { Assessment } from './types.js'

/** Combinations of allowed values evaluated per VM, at most (more: the VM stays as it is). */
const MAX_COMBINATIONS = 64

type Scalar = string | number | boolean
type Pinned = { readonly field: string; readonly sourced: Sourced<unknown>; readonly allowed: readonly Scalar[] }

/**
 * Pinned values (issue 13): a value the manifests leave unknown but constrain (Bicep `@allowed`, ARM
 * `allowedValues`) is evaluated with every allowed value. When all give the same verdict, that is the
 * verdict (the values read `default`, detail `<parameter>: allowed values`); otherwise the VM stays as
 * assessed and a reason says which allowed values decide. `assess` is the single-VM assessment.
 */
export function assessPinned(vm: VirtualMachine, assess: (vm: VirtualMachine) => Assessment): Assessment {
  const pinned = pinnedFields(vm)
  const original = assess(vm)
  if (pinned.length === 0 || original.verdict !== 'indeterminate') return original
  const combinations = pinned.reduce((count, field) => count * field.allowed.length, 1)
  if (combinations > MAX_COMBINATIONS) return original
  const outcomes = combine(pinned).map(choice => ({ choice, assessment: assess(withValues(vm, pinned, choice)) }))
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
  // Called for every VM, and most have none: no intermediate lists.
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
      pinned.push({ field: `${prefix}${key}`, sourced, allowed: sourced.allowed })
    }
  }
}

/** Every combination of one allowed value per field. */
function combine(pinned: readonly Pinned[]): Scalar[][] {
  return pinned.reduce<Scalar[][]>((acc, field) => acc.flatMap(prefix => field.allowed.map(value => [...prefix, value])), [[]])
}

function withValues(vm: VirtualMachine, pinned: readonly Pinned[], choice: readonly Scalar[]): VirtualMachine {
  let image: ImageReference = vm.image
  let result: VirtualMachine = vm
  pinned.forEach(({ field, sourced }, index) => {
    const value: Sourced<unknown> = {
      value: choice[index],
      origin: 'default',
      location: sourced.location,
      detail: `${sourced.detail ?? field}: allowed values`,
      ...(sourced.via === undefined ? {} : { via: sourced.via })
    }
    if (field.startsWith('image.')) image = { ...image, [field.slice('image.'.length)]: value }
    else result = { ...result, [field]: value }
  })
  return { ...result, image }
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((item, index) => item === b[index])

const sameLocation = (a: SourceLocation, b: SourceLocation): boolean => a.file === b.file && a.line === b.line && a.column === b.column

const describeField = ({ field, sourced }: Pinned): string =>
  `${field}${sourced.detail === undefined ? '' : ` ('${sourced.detail}')`}`
