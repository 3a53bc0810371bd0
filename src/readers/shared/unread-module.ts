import { MAINTENANCE_ASSIGNMENT_TYPE, VM_TYPE, VMSS_TYPE } from '../../model/identity.js'
import type { AzureScope, DeploymentUnit, MaintenanceAssignment, ManifestFormat, ResourceIdentity, VirtualMachine } from '../../model/resources.js'
import { absent, formatLocation, known, type Origin, type SourceLocation, type Sourced, unresolved } from '../../model/source.js'

/** One known scalar passed to a module or linked template that is not read, with its path among the inputs. */
export interface UnreadInput {
  /** `hotpatching_enabled`, `vm.image.sku`, `tags.hotpatch`. */
  readonly path: string
  readonly value: string | number | boolean
  readonly at: SourceLocation
  /** How the value reached the input, when not written there as is (a Pulumi config default, a stack's value). */
  readonly provenance?: InputProvenance
  /** The scalar the value was read from, when it is a part of it (the SKU of an image URN): what a message shows. */
  readonly written?: string
}

/** A `Sourced` value's origin, variable and the places it passed through. */
export interface InputProvenance {
  readonly origin: Origin
  readonly detail?: string
  readonly via?: readonly SourceLocation[]
}

/** A value of one reader as the input walker sees it: a scalar, or members and elements with where each is written. */
export interface InputShape<V> {
  /** The value as a known scalar; undefined for an object, a list, null or an unresolved value. */
  scalar(value: V): string | number | boolean | undefined
  /** Its members (by key) or elements (by index), each with its location (`at` where the reader has none of its own). */
  children(value: V, at: SourceLocation): Iterable<readonly [key: string | number, child: V, at: SourceLocation]> | undefined
  /** How a known scalar reached the input, for a reader whose values carry it; literal when not given. */
  provenance?(value: V): InputProvenance | undefined
}

/** Known scalars collected per call, at most: the signals are in the first few of any real call. */
const MAX_INPUTS = 500

/**
 * The known scalars of a value passed to something not read, with their paths (`vm.image.sku`,
 * `disks[0].name`), for `hotpatchSignals`: one walk for every reader's values, bounded in count and depth.
 */
export function collectInputs<V>(shape: InputShape<V>, path: string, value: V, at: SourceLocation, into: UnreadInput[], maxDepth = 6, depth = 0): void {
  if (into.length >= MAX_INPUTS || depth > maxDepth) return
  const scalar = shape.scalar(value)
  if (scalar !== undefined) {
    const provenance = shape.provenance?.(value)
    into.push(provenance === undefined ? { path, value: scalar, at } : { path, value: scalar, at, provenance })
    return
  }
  for (const [key, child, childAt] of shape.children(value, at) ?? []) {
    collectInputs(shape, memberPath(path, key), child, childAt, into, maxDepth, depth + 1)
  }
}

/** `vm.image.sku`, `disks[0]`: a member's path among the inputs, written as the inputs' paths are. */
const memberPath = (path: string, key: string | number): string => (typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`)

/** The path of a value `visitInputs` found under the input `name`, written as `collectInputs` writes paths. */
export const inputPath = (name: string, inside: InputPath): string => inside.reduce<string>(memberPath, name)

/** Where a value sits among a call's inputs: the keys and indexes from the input down. */
export type InputPath = readonly (string | number)[]

/**
 * Visits a value passed to something not read and its members, bounded in depth as `collectInputs` is, never
 * below a value `visit` takes (returns true for): how each reader finds the VM IDs and dynamic scope filters
 * an unread maintenance module is passed.
 */
export function visitInputs<V>(
  shape: InputShape<V>,
  value: V,
  at: SourceLocation,
  visit: (value: V, path: InputPath, at: SourceLocation) => boolean,
  path: InputPath = [],
  depth = 0
): void {
  if (depth > MAX_INPUT_DEPTH || visit(value, path, at)) return
  for (const [key, child, childAt] of shape.children(value, at) ?? []) visitInputs(shape, child, childAt, visit, [...path, key], depth + 1)
}

/** How deep inputs are walked. */
const MAX_INPUT_DEPTH = 6

/** Inputs that say a module may deploy a hotpatch VM. */
export interface HotpatchSignals {
  /** An input named like the hotpatch flag (`hotpatching_enabled`, `enableHotpatching`) set to true. */
  readonly flag?: UnreadInput
  /** A string that names a hotpatch-capable image SKU (Azure Edition, `-hotpatch`), alone or in an image URN. */
  readonly sku?: UnreadInput
  /** A tag or tag value that mentions hotpatch. */
  readonly tag?: UnreadInput
  /** An image publisher and offer passed beside the SKU (narrow the image; not signals on their own). */
  readonly publisher?: UnreadInput
  readonly offer?: UnreadInput
  /**
   * Every Azure Edition SKU passed, alone or in an URN, when they name more than one image (a map of VMs, one per
   * image): the call may deploy each, so its stand-in's image is none of them alone (not the first one written).
   */
  readonly skus?: readonly UnreadInput[]
}

const FLAG = /hotpatch/i
/** Azure Edition SKUs are the hotpatch-capable Windows Server images (the advisory decides which exactly). */
const HOTPATCH_SKU = /^20\d\d-datacenter-azure-edition(?:-core|-hotpatch|-smalldisk)*(?:-g2)?$/i
/** An image URN as the Azure CLI and many modules take it (`--image Publisher:Offer:Sku:Version`): four parts, none empty. */
const IMAGE_URN = /^(?<publisher>[^:\s]+):(?<offer>[^:\s]+):(?<sku>[^:\s]+):[^:\s]+$/

/** The hotpatch signals among the inputs of an unread call (none: the call stays a notice only). */
export function hotpatchSignals(inputs: readonly UnreadInput[]): HotpatchSignals | undefined {
  const flag = flagOf(inputs.find(input => FLAG.test(lastKey(input.path)) && (input.value === true || String(input.value).toLowerCase() === 'true')))
  const skuAlone = inputs.find(input => typeof input.value === 'string' && HOTPATCH_SKU.test(input.value))
  const urn = skuAlone === undefined ? hotpatchUrn(inputs) : undefined
  const tag = inputs.find(input => /(^|\.)tags\./i.test(input.path) && (FLAG.test(lastKey(input.path)) || FLAG.test(String(input.value))))
  if (flag === undefined && skuAlone === undefined && urn === undefined && tag === undefined) return undefined
  const part = (name: RegExp) => (skuAlone === undefined ? undefined : inputs.find(input => typeof input.value === 'string' && name.test(lastKey(input.path))))
  const { sku, publisher, offer } = urn ?? { sku: skuAlone, publisher: part(/publisher$/i), offer: part(/offer$/i) }
  const skus = distinctSkus(inputs)
  return {
    ...(flag && { flag }),
    ...(sku && { sku }),
    ...(tag && { tag }),
    ...(publisher && { publisher }),
    ...(offer && { offer }),
    ...(skus.length > 1 && { skus })
  }
}

/** The first input of each Azure Edition SKU the inputs name (compared case-insensitively), alone or in an URN. */
function distinctSkus(inputs: readonly UnreadInput[]): UnreadInput[] {
  const seen = new Map<string, UnreadInput>()
  for (const input of inputs) {
    if (typeof input.value !== 'string') continue
    const sku = HOTPATCH_SKU.test(input.value) ? input.value : IMAGE_URN.exec(input.value)?.groups?.sku
    if (sku === undefined || !HOTPATCH_SKU.test(sku)) continue
    if (!seen.has(sku.toLowerCase())) seen.set(sku.toLowerCase(), input)
  }
  return [...seen.values()]
}

/**
 * The first image URN (`MicrosoftWindowsServer:WindowsServer:2025-datacenter-azure-edition:latest`) whose SKU is a
 * hotpatch SKU, as its SKU, publisher and offer, each at the URN's place: the stand-in's image must be those parts
 * (the advisory matches an image by them, and would find no image named by the whole URN). Only the whole URN form:
 * a SKU inside other text is no signal.
 */
function hotpatchUrn(inputs: readonly UnreadInput[]): Pick<HotpatchSignals, 'sku' | 'publisher' | 'offer'> | undefined {
  for (const input of inputs) {
    const parts = typeof input.value === 'string' ? IMAGE_URN.exec(input.value)?.groups : undefined
    if (parts?.sku === undefined || !HOTPATCH_SKU.test(parts.sku)) continue
    const partOf = (value: string | undefined): UnreadInput | undefined => (value === undefined ? undefined : { ...input, value, written: String(input.value) })
    return { sku: partOf(parts.sku), publisher: partOf(parts.publisher), offer: partOf(parts.offer) }
  }
  return undefined
}

/**
 * The flag as the boolean it stands for, where and how it was written kept: a bool input takes `"true"` (Terraform
 * converts it, a module may compare it as text), but the stand-in's `enableHotpatching` is read as a boolean, and
 * the string kept as is read as "not true" (a false pass: `not-affected`).
 */
function flagOf(input: UnreadInput | undefined): UnreadInput | undefined {
  return input === undefined || input.value === true ? input : { ...input, value: true }
}

/** The call of a module or linked template that is not read. */
export interface UnreadCall {
  readonly format: ManifestFormat
  /** `module.web`, `module webTier`, `deployment 'web-tier'`. */
  readonly displayName: string
  /** A stable handle (`<file>#module.web`). */
  readonly symbol: string
  readonly at: SourceLocation
  /** Why it is not read (the reader's notice). */
  readonly why: string
  /** How to judge it instead: the fully evaluated output that holds its resources. */
  readonly judge: string
  readonly unit: Sourced<DeploymentUnit> | undefined
  readonly scope: AzureScope | undefined
  readonly deployed: Sourced<boolean>
  readonly variant?: string
  /** Why a value its signals do not give is not known (default: decided inside the call, which is not read). */
  readonly decidedElsewhere?: string
}

/**
 * The call itself as a VM whose every decisive value is unresolved, so the verdict is `indeterminate`
 * and says how to judge it: the module may deploy a hotpatch VM (its inputs say so) that no reader sees.
 * The signals are kept as known values (a passed SKU narrows the image; the advisory decides whether
 * it is hotpatch-capable). Its name is unknown: whatever assignment the caller writes may target it.
 */
export function unreadCallAsVm(call: UnreadCall, signals: HotpatchSignals): VirtualMachine {
  const describe = (input: UnreadInput): string => `${input.path} = ${JSON.stringify(input.written ?? input.value)} at ${formatLocation(input.at)}`
  const shown = [signals.flag, ...(signals.skus ?? [signals.sku]), signals.tag].filter((input): input is UnreadInput => input !== undefined).map(describe)
  // The OS is what the module decides first: its reason says it all; the other values point to it.
  const reason = `${call.why}, and its inputs carry a hotpatch signal (${shown.join('; ')}): ${call.judge}`
  const open = <T>(): Sourced<T> => unresolved(call.at, call.decidedElsewhere ?? `decided inside ${call.displayName}, which is not read`)
  const signal = (input: UnreadInput | undefined): Sourced<never> | undefined =>
    input === undefined
      ? undefined
      : (known(input.value, input.at, input.provenance?.origin ?? 'literal', input.provenance?.detail, input.provenance?.via) as Sourced<never>)
  return {
    kind: 'virtual-machine',
    format: call.format,
    identity: { type: VM_TYPE, name: undefined, symbol: call.symbol },
    ...placeOf(call),
    canHotpatch: true,
    orchestrationMode: absent(call.at),
    osType: unresolved(call.at, reason),
    image: signals.skus ? severalImages(call, signals.skus) : {
      publisher: signal(signals.publisher) ?? open(),
      offer: signal(signals.offer) ?? open(),
      sku: signal(signals.sku) ?? open(),
      version: absent(call.at),
      customImageId: absent(call.at)
    },
    location: absent(call.at),
    tags: absent(call.at),
    patchMode: open(),
    enableHotpatching: signal(signals.flag) ?? open(),
    rebootSetting: open(),
    bypassPlatformSafetyChecksOnUserSchedule: open()
  }
}

/**
 * The image of a stand-in passed several Azure Edition SKUs: not known, since the call may deploy a VM of each and
 * which is which is decided inside it. Taking the first SKU written judged a call whose first VM is on a
 * Desktop Experience image (not hotpatch-capable) `not-affected`, whatever its other VMs run.
 */
function severalImages(call: UnreadCall, skus: readonly UnreadInput[]): VirtualMachine['image'] {
  const named = skus.map(input => JSON.stringify(input.written ?? input.value)).join(', ')
  const why = `${call.displayName} is passed ${skus.length} images (${named}): which of its VMs runs each is decided inside it, which is not read`
  return { publisher: unresolved(call.at, why), offer: unresolved(call.at, why), sku: unresolved(call.at, why), version: absent(call.at), customImageId: absent(call.at) }
}

/** Where a stand-in for an unread call is, in the order of a resource's fields: its unit, scope, name and place. */
export function placeOf(call: Omit<UnreadCall, 'judge' | 'why'>) {
  return {
    ...(call.unit === undefined ? {} : { unit: call.unit }),
    ...(call.scope === undefined ? {} : { scope: call.scope }),
    displayName: call.displayName,
    reportAt: call.at,
    declaredAt: call.at,
    related: [],
    variant: call.variant ?? '',
    deployed: call.deployed
  }
}

const lastKey = (path: string): string => path.slice(path.lastIndexOf('.') + 1)

/** Module paths or sources that name maintenance (`br/public:avm/res/maintenance/...`, `Azure/avm-res-maintenance-...`). */
export const MAINTENANCE_MODULE = /maintenance/i

/** The resource types an unread maintenance module may be passed as its target. */
export const MACHINE_TYPES: ReadonlySet<string> = new Set([VM_TYPE.toLowerCase(), VMSS_TYPE.toLowerCase()])

/**
 * An unread module that names maintenance and is passed a VM (`resourceId: vm.id`), as an assignment to that VM
 * whose configuration is decided inside the module: the VM may well have its plan there, which nothing here can
 * verify, so its verdict is `indeterminate` (never `no plan`, never a pass).
 */
export function unreadCallAsAssignment(call: Omit<UnreadCall, 'judge'>, target: Sourced<ResourceIdentity>): MaintenanceAssignment {
  return {
    kind: 'maintenance-assignment',
    format: call.format,
    identity: { type: MAINTENANCE_ASSIGNMENT_TYPE, name: undefined, symbol: call.symbol },
    ...placeOf(call),
    configuration: { target: unresolved(call.at, `decided inside ${call.displayName}, which is not read (${call.why})`) },
    target: { target }
  }
}
