import { VMSS_TYPE, VM_TYPE } from '../../model/identity.js'
import type { VirtualMachine } from '../../model/resources.js'
import { absent, known, unresolved, type SourceLocation, type Sourced } from '../../model/source.js'
import { child, nodeAt, scalarText, type YamlNode } from '../../yaml/nodes.js'
import type { SourcedValues } from '../../yaml/sourced.js'
import type { ManifestIndex } from './manifest-index.js'
import type { Manifest } from './manifests.js'
import { mapVirtualMachine, type ArmPath, type ArmPropertySource } from '../shared/azure-compute/index.js'
import { resourceBase } from './resource-base.js'
import { keptText } from '../../model/intern.js'
import { onFrame } from '../shared/resource-shape.js'

/** Azure Service Operator v2 compute kinds (every version: v1api20220301, v20220301, v1beta20201201, v1alpha1api20201201...). */
export const ASO_COMPUTE_KINDS = new Set(['VirtualMachine', 'VirtualMachineScaleSet'])

/**
 * An ASO `VirtualMachine` / `VirtualMachineScaleSet`: `spec` is the ARM body with `properties`
 * flattened. ASO's compute APIs (ARM 2020-12-01, 2022-03-01) have no `bypassPlatformSafetyChecksOnUserSchedule`,
 * and a structural CRD prunes unknown fields, so the flag is always absent.
 */
export function readAsoCompute(manifest: Manifest, index: ManifestIndex, values: SourcedValues): VirtualMachine {
  const spec = child(manifest.root, 'spec')
  const isScaleSet = manifest.kind === 'VirtualMachineScaleSet'
  const kind = isScaleSet ? 'scale-set' : 'virtual-machine'
  const profile = isScaleSet ? child(spec, 'virtualMachineProfile') : spec
  const patch = nodeAt(profile, ['osProfile', 'windowsConfiguration', 'patchSettings'])
  const bypass = nodeAt(patch, ['automaticByPlatformSettings', 'bypassPlatformSafetyChecksOnUserSchedule'])
  const at = manifest.at
  const base = resourceBase(manifest, index.identity(manifest, isScaleSet ? VMSS_TYPE : VM_TYPE))
  const apiVersion = armApiVersion(manifest)
  const fields = mapVirtualMachine(asoSource(spec, values, at), kind, {
    customImageId: customImage(nodeAt(profile, ['storageProfile', 'imageReference']), values, at),
    bypassPlatformSafetyChecksOnUserSchedule: absent(bypass ? values.at(bypass) : at),
    ...(apiVersion === undefined ? {} : { apiVersion })
  })
  return onFrame(base, { ...fields, azureServiceOperator: { computeApiVersion: apiVersion?.value } })
}

/**
 * The ARM API version an ASO CRD version speaks (`v1api20201201`, `v20220301`, `v1beta20201201`: 2020-12-01, 2022-03-01):
 * the older one has no `automaticByPlatformSettings`, so its CRD prunes a `rebootSetting` written there.
 * `v1alpha1api20201201` is the same 2020-12-01: ASO v2's alpha releases served it, and v2.0.0 removed every alpha
 * version (as v2.4.0 did the beta ones). An operator that serves it prunes the setting as `v1api20201201` does; one
 * that does not rejects the object. Neither gives the VM a reboot plan, so it is judged as 2020-12-01, never as if
 * the setting were sent (it passed as platform reboots: the prefix was not read and the version was unknown).
 */
function armApiVersion(manifest: Manifest): Sourced<string> | undefined {
  const date = /^v(?:1api|1beta|1alpha1api)?(\d{4})(\d{2})(\d{2})/.exec(manifest.version)
  return date === null ? undefined : known(`${date[1]}-${date[2]}-${date[3]}`, manifest.at)
}

/** An ASO `spec` for the shared Azure compute adapter: ARM's body with `properties` flattened. */
function asoSource(spec: YamlNode | undefined, values: SourcedValues, at: SourceLocation): ArmPropertySource {
  const node = (path: ArmPath): YamlNode | undefined => nodeAt(spec, path[0] === 'properties' ? path.slice(1) : path)
  return {
    at,
    string: path => values.string(node(path), at),
    boolean: path => values.boolean(node(path), at),
    strings: path => values.stringList(node(path), at),
    stringMap: path => values.stringMap(node(path), at),
    stringListMap: path => {
      const found = node(path)
      return found === undefined ? absent(at) : unresolved(values.at(found), 'tag filters are not read from ASO manifests')
    },
    written: path => {
      const found = node(path)
      return found === undefined ? absent(at) : known(true as const, values.at(found))
    }
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
    return known(keptText(`${group}/${kind}/${name}`), values.at(reference))
  }
  const gallery = child(image, 'sharedGalleryImageId') ?? child(image, 'communityGalleryImageId')
  return values.string(gallery, at)
}
