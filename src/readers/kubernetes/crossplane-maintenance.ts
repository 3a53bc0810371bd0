import {
  MAINTENANCE_ASSIGNMENT_TYPE,
  MAINTENANCE_CONFIGURATION_TYPE,
  parseResourceId,
  VM_TYPE
} from '../../model/identity.js'
import type { MaintenanceAssignment, MaintenanceConfiguration, ParseError, ResourceIdentity } from '../../model/resources.js'
import { absent, known, unresolved, type Sourced } from '../../model/source.js'
import { child, isScalar, isSeq, scalarText, type YamlNode } from '../../yaml/nodes.js'
import type { SourcedValues } from '../../yaml/sourced.js'
import { renamedResourceId } from './built-names.js'
import { block } from './crossplane-compute.js'
import { shapeProblem } from './crossplane-shapes.js'
import type { ManifestIndex, Resolution, TargetKinds } from './manifest-index.js'
import type { Manifest } from './manifests.js'
import { resourceBase } from './resource-base.js'
import { configuredSubscription } from './provider-config.js'
import { keptText } from '../../model/intern.js'
import { onFrame } from '../shared/resource-shape.js'
import { azurermInGuestScope, firstWritten, noExpirationWhenEmpty } from '../shared/azure-compute/index.js'

const CONFIGURATION: TargetKinds = { service: 'maintenance', kinds: ['MaintenanceConfiguration'] }
// provider-upjet-azure generates virtualMachineIdRef/Selector against LinuxVirtualMachine only.
const REFERENCEABLE_VM: TargetKinds = { service: 'compute', kinds: ['LinuxVirtualMachine'] }
const WINDOWS_VM: TargetKinds = { service: 'compute', kinds: ['WindowsVirtualMachine'] }

/** The blocks read, parents first, whose shape each version's CRD sets (crossplane-shapes.ts). */
const CONFIGURATION_BLOCKS = ['window', 'installPatches', 'installPatches.windows', 'properties'] as const

/**
 * `MaintenanceConfiguration`: `window` and `installPatches` are lists in v1beta1, objects in v1beta2 and the
 * namespaced group. One in the other shape is rejected by the API server: never created, no plan. In a version whose
 * CRD the gate does not know, whether it is created is not known: its scope is unresolved.
 */
export function readCrossplaneConfiguration(
  manifest: Manifest,
  index: ManifestIndex,
  values: SourcedValues
): MaintenanceConfiguration {
  const read = readShapedConfiguration(manifest, index, values)
  const problem = shapeProblem(manifest, CONFIGURATION_BLOCKS)
  if (problem === undefined) return read
  const location = values.at(problem.node)
  if (problem.unknownVersion) return { ...read, maintenanceScope: unresolved(location, problem.text) }
  return { ...read, rejected: { reason: `the API server rejects it as written, so it is never created: ${problem.text}`, location } }
}

function readShapedConfiguration(manifest: Manifest, index: ManifestIndex, values: SourcedValues): MaintenanceConfiguration {
  const at = manifest.at
  const parameter = (key: string) => index.parameter(manifest, key)
  const window = block(parameter('window'))
  const patches = block(parameter('installPatches'))
  const windows = block(child(patches, 'windows'))
  const properties = block(parameter('properties'))
  const argument = (name: string) => ({ name, written: isWritten(parameter(name)) })
  return onFrame(resourceBase(manifest, index.identity(manifest, MAINTENANCE_CONFIGURATION_TYPE), configuredSubscription(manifest, index)), {
    kind: 'maintenance-configuration',
    // The provider runs azurerm's code, which refuses an InGuestPatch configuration without these.
    maintenanceScope: azurermInGuestScope(
      values.string(parameter('scope'), at),
      {
        installPatches: argument('installPatches'),
        inGuestUserPatchMode: argument('inGuestUserPatchMode'),
        // azurerm asks whether the key is in the map, whatever its value.
        modeInProperties: scalarText(child(properties, 'InGuestPatchMode')) !== undefined
      },
      'provider-upjet-azure (azurerm)'
    ),
    window: {
      startDateTime: values.string(child(window, 'startDateTime'), at),
      // The provider is azurerm's code: "" is no expiration, as unset.
      expirationDateTime: noExpirationWhenEmpty(values.string(child(window, 'expirationDateTime'), at)),
      duration: values.string(child(window, 'duration'), at),
      timeZone: values.string(child(window, 'timeZone'), at),
      recurEvery: values.string(child(window, 'recurEvery'), at)
    },
    rebootSetting: values.string(child(patches, 'reboot'), at),
    // azurerm's `windows` block has no excludeKbsRequiringReboot.
    excludeKbsRequiringReboot: absent(at),
    classificationsToInclude: values.stringList(child(windows, 'classificationsToInclude'), at),
    kbNumbersToInclude: values.stringList(child(windows, 'kbNumbersToInclude'), at),
    // azurerm's code sends `properties` as extensionProperties and adds the argument only when they do not set
    // InGuestPatchMode: what `properties` sets wins.
    inGuestPatchMode: firstWritten(values.string(child(properties, 'InGuestPatchMode'), at), values.string(parameter('inGuestUserPatchMode'), at))
  })
}

/**
 * Whether an argument reaches azurerm's code: written, not null, not "" (what `d.GetOk` takes as unset) and not an
 * empty list of blocks (v1beta1's `installPatches: []`).
 */
function isWritten(node: YamlNode | undefined): boolean {
  if (node === undefined) return false
  if (isScalar(node)) return node.value !== null && node.value !== ''
  return !isSeq(node) || node.items.length > 0
}

/** `MaintenanceAssignmentVirtualMachine`: its configuration and VM, by ID, `*Ref` or `*Selector`. */
export function readCrossplaneAssignment(
  manifest: Manifest,
  index: ManifestIndex,
  values: SourcedValues,
  notices: ParseError[] = []
): MaintenanceAssignment {
  const configuration = index.resolve(manifest, 'maintenanceConfigurationId', CONFIGURATION)
  const target = index.resolve(manifest, 'virtualMachineId', REFERENCEABLE_VM)
  const reference = { manifest, index, values, notices }
  const base = resourceBase(manifest, index.identity(manifest, MAINTENANCE_ASSIGNMENT_TYPE), configuredSubscription(manifest, index))
  const configurationTarget = toIdentity(configuration, MAINTENANCE_CONFIGURATION_TYPE, 'maintenanceConfigurationId', reference)
  const windows = windowsTarget(target, manifest, index)
  if (windows !== undefined) {
    // It can never be that VM's plan (nor any Windows VM's): an assignment whose target is refused, which the policy
    // passes over and the VM's finding names with why, as it does an ARM scope Azure rejects. Unresolved, it made
    // the very VM it was written for `indeterminate`, whatever the scan said of its other plans.
    return onFrame(base, {
      kind: 'maintenance-assignment',
      configuration: { target: configurationTarget },
      rejectedTarget: { reason: windows.reason, location: values.at(windows.node), rejectedBy: 'provider-upjet-azure', intendedFor: windows.vm.at }
    })
  }
  return onFrame(base, {
    kind: 'maintenance-assignment',
    configuration: { target: configurationTarget },
    target: {
      target: toIdentity(target, VM_TYPE, 'virtualMachineId', reference),
      // A reference or selector resolves against LinuxVirtualMachine only: unresolved, it names no Windows VM.
      ...(target.kind === 'unresolved' ? { notWindowsVm: true as const } : {})
    }
  })
}

/**
 * A `virtualMachineIdRef` / `Selector` that only fits a WindowsVirtualMachine of the scan never resolves (the
 * reference type is LinuxVirtualMachine), so the assignment reaches no Windows VM: where it is written and exactly why.
 */
function windowsTarget(resolution: Resolution, manifest: Manifest, index: ManifestIndex): { reason: string; node: YamlNode; vm: Manifest } | undefined {
  if (resolution.kind !== 'unresolved') return undefined
  const windows = index.resolve(manifest, 'virtualMachineId', WINDOWS_VM)
  if (windows.kind !== 'manifest') return undefined
  return {
    node: resolution.node,
    vm: windows.manifest,
    reason:
      `${windows.field} selects WindowsVirtualMachine "${windows.manifest.name}", a virtualMachineId reference resolved ` +
      'against LinuxVirtualMachine only (set virtualMachineId to the VM resource ID)'
  }
}

/** The assignment a reference is written in, and where a notice about it goes. */
interface Holder {
  readonly manifest: Manifest
  readonly index: ManifestIndex
  readonly values: SourcedValues
  readonly notices: ParseError[]
}

/** The kinds a resource ID of an ARM type may name among the objects the reader models. */
const KINDS_OF_TYPE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [VM_TYPE, new Set(['VirtualMachine', 'WindowsVirtualMachine', 'LinuxVirtualMachine'])],
  [MAINTENANCE_CONFIGURATION_TYPE, new Set(['MaintenanceConfiguration'])]
])

function toIdentity(resolution: Resolution, type: string, field: string, holder: Holder): Sourced<ResourceIdentity> {
  const { manifest, index, values } = holder
  switch (resolution.kind) {
    case 'none':
      return absent(manifest.at)
    case 'unresolved':
      return unresolved(values.at(resolution.node), keptText(resolution.reason))
    case 'manifest': {
      const identity = index.identity(resolution.manifest, type)
      return known(identity, values.at(resolution.node), 'expression', resolution.field)
    }
    case 'value': {
      const identity = parseResourceId(resolution.text)
      if (identity === undefined || identity.type.toLowerCase() !== type.toLowerCase()) {
        return unresolved(values.at(resolution.node), keptText(`expected a ${type} resource ID, found "${resolution.text}"`))
      }
      return renamedTarget(identity, type, field, resolution.node, holder) ?? known(identity, values.at(resolution.node))
    }
  }
}

/**
 * A resource ID, written in an object a kustomize build deploys, that names an object of that build by the Azure name
 * its file writes, which the build renamed: it names another resource (a notice says so), or, when what the build
 * does not apply may rewrite the ID or the name, it cannot be told (unresolved).
 */
function renamedTarget(identity: ResourceIdentity, type: string, field: string, node: YamlNode, holder: Holder): Sourced<ResourceIdentity> | undefined {
  const kinds = KINDS_OF_TYPE.get(type)
  const named = identity.name
  const renamed = kinds === undefined || named === undefined ? undefined : holder.index.renamedInBuild(holder.manifest, kinds, named)
  if (renamed === undefined || named === undefined) return undefined
  // A resource ID into another resource group names another resource, whatever its name.
  const group = holder.index.resourceGroup(renamed)
  if (identity.resourceGroup !== undefined && group !== undefined && identity.resourceGroup.toLowerCase() !== group.toLowerCase()) return undefined
  const said = renamedResourceId(holder.manifest, field, renamed, named, holder.index.azureName(renamed))
  const at = holder.values.at(node)
  if (said.doubt) return unresolved(at, keptText(said.text))
  holder.notices.push({ file: at.file, line: at.line, column: at.column, message: said.text, severity: 'notice' })
  return undefined
}
