import { VMSS_TYPE, VM_TYPE } from '../../model/identity.js'
import type { ImageReference, VirtualMachine } from '../../model/resources.js'
import { absent, known, type SourceLocation, type Sourced } from '../../model/source.js'
import { child, nodeAt, scalarText, type YamlNode } from '../../yaml/nodes.js'
import type { SourcedValues } from '../../yaml/sourced.js'
import type { ManifestIndex } from './manifest-index.js'
import type { Manifest } from './manifests.js'
import { resourceBase } from './resource-base.js'

/** Azure Service Operator v2 compute kinds (every served version: v1api20220301, v20220301, v1beta20201201...). */
export const ASO_COMPUTE_KINDS = new Set(['VirtualMachine', 'VirtualMachineScaleSet'])

/**
 * An ASO `VirtualMachine` / `VirtualMachineScaleSet`: `spec` is the ARM body with `properties`
 * flattened. ASO's compute API (ARM 2022-03-01) has no `bypassPlatformSafetyChecksOnUserSchedule`,
 * and a structural CRD prunes unknown fields, so the flag is always absent.
 */
export function readAsoCompute(manifest: Manifest, index: ManifestIndex, values: SourcedValues): VirtualMachine {
  const spec = child(manifest.root, 'spec')
  const isScaleSet = manifest.kind === 'VirtualMachineScaleSet'
  const profile = isScaleSet ? child(spec, 'virtualMachineProfile') : spec
  const windows = nodeAt(profile, ['osProfile', 'windowsConfiguration'])
  const linux = nodeAt(profile, ['osProfile', 'linuxConfiguration'])
  const patch = child(windows, 'patchSettings')
  const at = manifest.at
  const osType = osTypeOf(windows, linux, values, at)
  const bypass = nodeAt(patch, ['automaticByPlatformSettings', 'bypassPlatformSafetyChecksOnUserSchedule'])

  return {
    ...resourceBase(manifest, index.identity(manifest, isScaleSet ? VMSS_TYPE : VM_TYPE)),
    kind: isScaleSet ? 'scale-set' : 'virtual-machine',
    canHotpatch: true,
    // Unset stays absent: the policy decides what an unset mode means, the same for every format.
    orchestrationMode: isScaleSet ? values.string(child(spec, 'orchestrationMode'), at) : absent(at),
    osType,
    image: imageOf(nodeAt(profile, ['storageProfile', 'imageReference']), values, at),
    location: values.string(child(spec, 'location'), at),
    tags: values.stringMap(child(spec, 'tags'), at),
    // Windows' documented default; with the OS unknown (no osProfile settings) nothing is assumed.
    patchMode: values.string(child(patch, 'patchMode'), at, osType.value === 'Windows' ? 'AutomaticByOS' : undefined),
    enableHotpatching: values.boolean(child(patch, 'enableHotpatching'), at, false),
    rebootSetting: values.string(nodeAt(patch, ['automaticByPlatformSettings', 'rebootSetting']), at),
    bypassPlatformSafetyChecksOnUserSchedule: absent(bypass ? values.at(bypass) : at)
  }
}

function osTypeOf(
  windows: YamlNode | undefined,
  linux: YamlNode | undefined,
  values: SourcedValues,
  at: SourceLocation
): Sourced<'Windows' | 'Linux'> {
  if (windows !== undefined) return known('Windows', values.at(windows))
  if (linux !== undefined) return known('Linux', values.at(linux))
  return absent(at)
}

function imageOf(image: YamlNode | undefined, values: SourcedValues, at: SourceLocation): ImageReference {
  return {
    publisher: values.string(child(image, 'publisher'), at),
    offer: values.string(child(image, 'offer'), at),
    sku: values.string(child(image, 'sku'), at),
    version: values.string(child(image, 'version'), at),
    customImageId: customImage(image, values, at)
  }
}

/** `reference` (an ARM ID or a Kubernetes reference to an ASO image), or a shared / community gallery image. */
function customImage(image: YamlNode | undefined, values: SourcedValues, at: SourceLocation): Sourced<string> {
  const reference = child(image, 'reference')
  const armId = child(reference, 'armId')
  if (armId !== undefined) return values.string(armId, at)
  const name = scalarText(child(reference, 'name'))
  if (reference !== undefined && name !== undefined) {
    const group = scalarText(child(reference, 'group')) ?? 'compute.azure.com'
    const kind = scalarText(child(reference, 'kind')) ?? 'Image'
    return known(`${group}/${kind}/${name}`, values.at(reference))
  }
  const gallery = child(image, 'sharedGalleryImageId') ?? child(image, 'communityGalleryImageId')
  return values.string(gallery, at)
}
