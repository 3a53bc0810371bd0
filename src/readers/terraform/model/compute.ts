import type { ImageReference, VirtualMachine } from '../../../model/resources.js'
import { absent, type Sourced } from '../../../model/source.js'
import { bool, intrinsic, orProviderDefault, stringMap, text } from './fields.js'
import type { ResourceView } from './view.js'
import { onFrame } from '../../shared/resource-shape.js'

/** The fields every modelled resource shares (ResourceBase of the model). */
export type ResourceFrame = Pick<
  VirtualMachine,
  'format' | 'identity' | 'displayName' | 'reportAt' | 'declaredAt' | 'related' | 'variant' | 'deployed' | 'unit' | 'scope'
>

interface Shape {
  readonly kind: VirtualMachine['kind']
  readonly canHotpatch: boolean
  /**
   * Whether the resource has `hotpatching_enabled`, which the provider sends as false when unset. The legacy
   * `azurerm_virtual_machine` has no patch settings at all and sends none: the image's default applies, as for
   * an ARM VM that writes none.
   */
  readonly hotpatchArgument: boolean
  /** Path of the block with the Windows patch settings (the resource itself for VMs). */
  readonly windowsPath: readonly string[]
  readonly osType: (view: ResourceView) => VirtualMachine['osType']
  readonly orchestrationMode?: string
  readonly image: 'source_image_reference' | 'storage_image_reference'
  /** Whether the resource has `reboot_setting` and the bypass flag (VMs only). */
  readonly rebootArguments: boolean
  /** Whether the resource has a `patch_mode` argument (whose unset default depends on the OS). */
  readonly patchModeArgument: boolean
}

const fixedOs = (os: 'Windows' | 'Linux') => (view: ResourceView) => intrinsic(os, view.location)

/** `os_profile { windows_configuration {} }` / `os_profile_windows_config {}` decide the OS. */
const osFromBlocks =
  (windows: readonly string[], linux: readonly string[], fallback?: readonly string[]) =>
  (view: ResourceView): VirtualMachine['osType'] => {
    const windowsBlock = view.get(windows)
    if (windowsBlock.origin !== 'absent') return { ...windowsBlock, value: windowsBlock.value === undefined ? undefined : 'Windows' }
    const linuxBlock = view.get(linux)
    if (linuxBlock.origin !== 'absent') return { ...linuxBlock, value: linuxBlock.value === undefined ? undefined : 'Linux' }
    if (!fallback) return absent(view.location)
    const written = text(view.get(fallback))
    const os = written.value?.toLowerCase()
    return { ...written, value: os === 'windows' ? 'Windows' : os === 'linux' ? 'Linux' : undefined }
  }

const VM = { kind: 'virtual-machine', windowsPath: [], image: 'source_image_reference', hotpatchArgument: true } as const
const UNIFORM = { ...VM, kind: 'scale-set', orchestrationMode: 'Uniform', canHotpatch: false, hotpatchArgument: false } as const
const NO_PATCH_ARGUMENTS = { rebootArguments: false, patchModeArgument: false } as const

const SHAPES: ReadonlyMap<string, Shape> = new Map<string, Shape>([
  [
    'azurerm_windows_virtual_machine',
    { ...VM, canHotpatch: true, osType: fixedOs('Windows'), rebootArguments: true, patchModeArgument: true }
  ],
  [
    'azurerm_linux_virtual_machine',
    { ...VM, canHotpatch: false, osType: fixedOs('Linux'), rebootArguments: false, patchModeArgument: true }
  ],
  [
    'azurerm_virtual_machine',
    {
      ...VM,
      ...NO_PATCH_ARGUMENTS,
      canHotpatch: true,
      hotpatchArgument: false,
      windowsPath: ['os_profile_windows_config'],
      osType: osFromBlocks(['os_profile_windows_config'], ['os_profile_linux_config'], ['storage_os_disk', 'os_type']),
      image: 'storage_image_reference'
    }
  ],
  [
    'azurerm_orchestrated_virtual_machine_scale_set',
    {
      ...VM,
      kind: 'scale-set',
      canHotpatch: true,
      windowsPath: ['os_profile', 'windows_configuration'],
      osType: osFromBlocks(['os_profile', 'windows_configuration'], ['os_profile', 'linux_configuration']),
      orchestrationMode: 'Flexible',
      rebootArguments: false,
      patchModeArgument: true
    }
  ],
  ['azurerm_windows_virtual_machine_scale_set', { ...UNIFORM, ...NO_PATCH_ARGUMENTS, osType: fixedOs('Windows') }],
  ['azurerm_linux_virtual_machine_scale_set', { ...UNIFORM, ...NO_PATCH_ARGUMENTS, osType: fixedOs('Linux') }]
])

/** Whether the reader models this azurerm type as a VM or scale set. */
export const isComputeType = (type: string): boolean => SHAPES.has(type)

/**
 * Maps an azurerm VM or scale set. Unset `hotpatching_enabled` is the provider's default false, which it
 * sends (so hotpatch is off even on images where it is on by default; the legacy `azurerm_virtual_machine`
 * sends no patch settings, so there the image's default applies); unset `reboot_setting` and the
 * bypass flag stay `absent` (the provider leaves them unset); unset `patch_mode` is the
 * provider default `AutomaticByOS` on Windows (`ImageDefault` on Linux).
 */
export function azurermCompute(type: string, view: ResourceView, frame: ResourceFrame): VirtualMachine | undefined {
  const shape = SHAPES.get(type)
  if (!shape) return undefined
  const osType = shape.osType(view)
  const windows = (name: string) => view.get([...shape.windowsPath, name])
  const patchMode = text(windows('patch_mode'))
  const patchModeDefault = !shape.patchModeArgument
    ? undefined
    : osType.value === 'Windows'
      ? 'AutomaticByOS'
      : osType.value === 'Linux'
        ? 'ImageDefault'
        : undefined
  return onFrame<ResourceFrame, Omit<VirtualMachine, keyof ResourceFrame>>(frame, {
    kind: shape.kind,
    canHotpatch: shape.canHotpatch,
    orchestrationMode: shape.orchestrationMode ? intrinsic(shape.orchestrationMode, view.location) : absent<string>(view.location),
    osType,
    image: image(view, shape.image),
    location: text(view.get(['location'])),
    tags: stringMap(view.get(['tags'])),
    patchMode: patchModeDefault === undefined ? patchMode : orProviderDefault(patchMode, patchModeDefault),
    // The provider sends hotpatching_enabled = false when it is unset: off, whatever the image's default.
    enableHotpatching: shape.hotpatchArgument ? orProviderDefault(bool(windows('hotpatching_enabled')), false) : absent(view.location),
    rebootSetting: shape.rebootArguments ? text(view.get(['reboot_setting'])) : absent(view.location),
    bypassPlatformSafetyChecksOnUserSchedule: shape.rebootArguments
      ? bool(view.get(['bypass_platform_safety_checks_on_user_schedule_enabled']))
      : absent(view.location)
  })
}

function image(view: ResourceView, block: Shape['image']): ImageReference {
  const field = (name: string): Sourced<string> => text(view.get([block, name]))
  return {
    publisher: field('publisher'),
    offer: field('offer'),
    sku: field('sku'),
    version: field('version'),
    customImageId: block === 'storage_image_reference' ? field('id') : customImage(view)
  }
}

/**
 * `source_image_id`. azurerm takes exactly one of it and `source_image_reference`: written without the
 * block, it is a custom or gallery image even when its ID is known only after apply (issue 9 item 5: the
 * reason then names the custom image, not a Marketplace image `?:?:?` that nobody wrote).
 */
function customImage(view: ResourceView): Sourced<string> {
  const id = text(view.get(['source_image_id']))
  if (id.origin !== 'unresolved' || view.get(['source_image_reference']).origin !== 'absent') return id
  return { value: '{source_image_id}', origin: 'expression', location: id.location, detail: 'source_image_id' }
}
