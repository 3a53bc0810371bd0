import { VMSS_TYPE, VM_TYPE } from '../../model/identity.js'
import type { VirtualMachine } from '../../model/resources.js'
import { absent, known, unresolved, type SourceLocation, type Sourced } from '../../model/source.js'
import { child, isSeq, type YamlNode } from '../../yaml/nodes.js'
import type { SourcedValues } from '../../yaml/sourced.js'
import type { ManifestIndex } from './manifest-index.js'
import type { Manifest } from './manifests.js'
import { resourceBase, type ResourceBaseFields } from './resource-base.js'
import { configuredSubscription } from './provider-config.js'
import { onFrame } from '../shared/resource-shape.js'
import { shapeProblem, type ShapeProblem } from './crossplane-shapes.js'

interface ComputeKind {
  readonly kind: VirtualMachine['kind']
  readonly os?: 'Windows' | 'Linux'
  readonly orchestrationMode?: 'Flexible' | 'Uniform'
  /** Only `WindowsVirtualMachine` and the Flexible scale set carry hotpatch settings. */
  readonly canHotpatch: boolean
  /** Flexible scale sets keep the Windows settings in `osProfile.windowsConfiguration`. */
  readonly settingsInOsProfile: boolean
}

/** provider-upjet-azure compute kinds (`compute.azure.upbound.io`, `compute.azure.m.upbound.io`). */
export const CROSSPLANE_COMPUTE_KINDS: ReadonlyMap<string, ComputeKind> = new Map([
  ['WindowsVirtualMachine', { kind: 'virtual-machine', os: 'Windows', canHotpatch: true, settingsInOsProfile: false }],
  ['LinuxVirtualMachine', { kind: 'virtual-machine', os: 'Linux', canHotpatch: false, settingsInOsProfile: false }],
  [
    'OrchestratedVirtualMachineScaleSet',
    { kind: 'scale-set', orchestrationMode: 'Flexible', canHotpatch: true, settingsInOsProfile: true }
  ],
  [
    'WindowsVirtualMachineScaleSet',
    { kind: 'scale-set', os: 'Windows', orchestrationMode: 'Uniform', canHotpatch: false, settingsInOsProfile: false }
  ],
  [
    'LinuxVirtualMachineScaleSet',
    { kind: 'scale-set', os: 'Linux', orchestrationMode: 'Uniform', canHotpatch: false, settingsInOsProfile: false }
  ]
] as const)

/**
 * Crossplane's Terraform-shaped blocks are lists of one object in v1beta1 (`[{...}]`) and plain objects in v1beta2
 * and in the namespaced group: read either, once `shapeProblem` (crossplane-shapes.ts) found each as its version wants.
 */
export const block = (node: YamlNode | undefined): YamlNode | undefined => (isSeq(node) ? node.items[0] : node)

/** A Crossplane compute kind as a VM or scale set; defaults are azurerm's documented ones. */
export function readCrossplaneCompute(
  manifest: Manifest,
  index: ManifestIndex,
  values: SourcedValues
): VirtualMachine | undefined {
  const shape = CROSSPLANE_COMPUTE_KINDS.get(manifest.kind)
  if (shape === undefined) return undefined
  const at = manifest.at
  const parameter = (key: string): YamlNode | undefined => index.parameter(manifest, key)
  const osProfile = block(parameter('osProfile'))
  const windows = block(child(osProfile, 'windowsConfiguration'))
  const linux = block(child(osProfile, 'linuxConfiguration'))
  const settings = shape.settingsInOsProfile ? (key: string) => child(windows, key) : parameter
  const osType = osTypeOf(shape, manifest.kindAt, windows, linux, values, at)
  const image = block(parameter('sourceImageReference'))
  const windowsVm = manifest.kind === 'WindowsVirtualMachine'
  // In a version whose CRD the gate does not know the blocks are read as written: doubting them would turn a VM's
  // certain failure into `indeterminate` (a machine of a new provider release passed with a warning).
  const problem = shapeProblem(manifest, shape.settingsInOsProfile ? SCALE_SET_BLOCKS : VM_BLOCKS)
  const shapeWrong = problem?.unknownVersion === true ? undefined : problem

  const base = resourceBase(manifest, index.identity(manifest, shape.kind === 'scale-set' ? VMSS_TYPE : VM_TYPE), configuredSubscription(manifest, index))
  const vm = onFrame<ResourceBaseFields, Omit<VirtualMachine, keyof ResourceBaseFields>>(base, {
    kind: shape.kind,
    canHotpatch: shape.canHotpatch,
    orchestrationMode: shape.orchestrationMode ? known(shape.orchestrationMode, manifest.kindAt) : absent<string>(at),
    osType,
    image: {
      publisher: values.string(child(image, 'publisher'), at),
      offer: values.string(child(image, 'offer'), at),
      sku: values.string(child(image, 'sku'), at),
      version: values.string(child(image, 'version'), at),
      customImageId: values.string(parameter('sourceImageId'), at)
    },
    location: values.string(parameter('location'), at),
    tags: values.stringMap(parameter('tags'), at),
    patchMode: values.string(settings('patchMode'), at, osType.value === 'Windows' ? 'AutomaticByOS' : undefined),
    enableHotpatching: values.boolean(settings('hotpatchingEnabled'), at, false),
    // Only azurerm_windows_virtual_machine has these two; the Flexible scale set has neither.
    rebootSetting: windowsVm ? values.string(parameter('rebootSetting'), at) : absent(at),
    bypassPlatformSafetyChecksOnUserSchedule: windowsVm
      ? values.boolean(parameter('bypassPlatformSafetyChecksOnUserScheduleEnabled'), at, false)
      : absent(at)
  })
  return shapeWrong === undefined ? vm : unreadBlock(vm, shapeWrong, values)
}

/** The blocks read, parents first, whose shape each version's CRD sets (crossplane-shapes.ts). */
const VM_BLOCKS = ['sourceImageReference'] as const
const SCALE_SET_BLOCKS = ['sourceImageReference', 'osProfile', 'osProfile.windowsConfiguration', 'osProfile.linuxConfiguration'] as const

/**
 * A VM or scale set that writes a block in a shape its version's CRD does not take: the API server rejects it, and
 * what the block holds is not read as if it were taken (either shape read alike, a hotpatch image in the wrong shape
 * passed as one). What it sets is unresolved, located at the block: the VM is indeterminate, not passed.
 */
function unreadBlock(vm: VirtualMachine, problem: ShapeProblem, values: SourcedValues): VirtualMachine {
  const location = values.at(problem.node)
  const why = problem.unknownVersion ? problem.text : `the API server rejects it as written, so it is not created: ${problem.text}`
  const unread = <T>(): Sourced<T> => unresolved<T>(location, why)
  if (problem.path === 'sourceImageReference') {
    return { ...vm, image: { ...vm.image, publisher: unread(), offer: unread(), sku: unread(), version: unread() } }
  }
  return { ...vm, osType: unread(), patchMode: unread(), enableHotpatching: unread() }
}

function osTypeOf(
  shape: ComputeKind,
  kindAt: SourceLocation,
  windows: YamlNode | undefined,
  linux: YamlNode | undefined,
  values: SourcedValues,
  at: SourceLocation
): Sourced<'Windows' | 'Linux'> {
  if (shape.os !== undefined) return known(shape.os, kindAt)
  if (windows !== undefined) return known('Windows', values.at(windows))
  if (linux !== undefined) return known('Linux', values.at(linux))
  return absent(at)
}
