import { MAINTENANCE_ASSIGNMENT_TYPE, VM_TYPE } from '../../../model/identity.js'
import type { MaintenanceAssignment, Resource, VirtualMachine } from '../../../model/resources.js'
import { known } from '../../../model/source.js'
import { mapVirtualMachine } from '../../shared/azure-compute/index.js'
import { onFrame } from '../../shared/resource-shape.js'
import { bicepSource, resourceReference, identityOf } from '../adapter.js'
import { FieldReader } from '../field-reader.js'
import { bool, nil, obj, str, unknown, type Property, type Value } from '../values.js'
import type { KnownModuleCall } from './module-call.js'
import { atLeast } from './registry-reference.js'

/**
 * `br/public:avm/res/compute/virtual-machine` (Azure/bicep-registry-modules, avm/res/compute/virtual-machine/main.bicep),
 * its VM and the maintenance assignment it makes, as the module's source at each version of the range writes them
 * (read at the tags avm/res/compute/virtual-machine/0.8.0 through 0.22.2, catalogue.ts; the mapping below is ours):
 * - `Microsoft.Compute/virtualMachines@2024-07-01` named `name`, at `location` (default `resourceGroup().location`),
 *   `tags`, `imageReference` as `storageProfile.imageReference`; `osType` (required, `Windows` or `Linux`) decides
 *   which OS configuration it writes (from 0.21.0 also `storageProfile.osDisk.osType`).
 * - Windows `patchSettings` only when `provisionVMAgent` (default true) and `patchMode` (default '') is `=~`
 *   AutomaticByPlatform, AutomaticByOS or Manual: then `patchMode`; `enableHotpatching` (default false) when
 *   AutomaticByPlatform, else false; and for AutomaticByPlatform only, `automaticByPlatformSettings` with
 *   `bypassPlatformSafetyChecksOnUserSchedule` (default true) and `rebootSetting` (default 'IfRequired').
 * - From 0.21.0, no `osProfile` at all when `osDisk.managedDisk.resourceId` attaches an existing disk.
 * - `Microsoft.Maintenance/configurationAssignments@2023-04-01` with `scope: vm` and
 *   `maintenanceConfigurationId: maintenanceConfigurationResourceId`, `if (!empty(maintenanceConfigurationResourceId))`
 *   (the param exists since 0.5.1, `enableHotpatching` since 0.7.0; 0.7.0 used API 2024-03-01 and is not covered).
 */
export function modelAvmVirtualMachine(call: KnownModuleCall): Resource[] {
  const vm = virtualMachine(call)
  const assignment = maintenanceAssignment(call)
  return assignment === undefined ? [vm] : [vm, assignment]
}

const API_VERSION = '2024-07-01'
const PATCH_MODES = ['automaticbyplatform', 'automaticbyos', 'manual']

function virtualMachine(call: KnownModuleCall): VirtualMachine {
  const at = call.at
  const identity = identityOf(call.handle(VM_TYPE), VM_TYPE)
  const osType = call.required('osType')
  const image = call.passed('imageReference')
  const tags = call.passed('tags')
  const body = obj([
    call.param('location', prov => unknown('resourceGroup().location is only known at deployment', prov)),
    ...(tags === undefined ? [] : [tags]),
    property('properties', at, [
      property('storageProfile', at, [
        ...(image === undefined ? [] : [image]),
        // The OS the module's `osType` decides (which configuration block it writes), where the param is written.
        property('osDisk', at, [{ ...osType, key: 'osType' }])
      ]),
      { key: 'osProfile', value: osProfile(call, osType.value), at }
    ])
  ])
  const reader = new FieldReader(body, at)
  const frame = call.frame(identity.name ?? unreadName(call))
  const vm = onFrame({ ...frame, identity }, mapVirtualMachine(bicepSource(reader), 'virtual-machine', { apiVersion: known(API_VERSION, at) }))
  return { ...vm, deployedThrough: 'avm-virtual-machine' }
}

/** `osProfile`: null with an attached OS disk (from 0.21.0), no Windows configuration for Linux. */
function osProfile(call: KnownModuleCall, osType: Value): Value {
  const attached = atLeast(call.reference.version, '0.21.0') ? attachedDisk(call) : undefined
  if (attached !== undefined) return attached
  if (osType.kind === 'string' && osType.value === 'Linux') return obj([])
  return obj([property('windowsConfiguration', call.at, [{ key: 'patchSettings', value: patchSettings(call), at: call.at }])])
}

/** From 0.21.0: `osProfile: empty(osDisk.managedDisk.?resourceId) ? {...} : null`; undefined when it is written. */
function attachedDisk(call: KnownModuleCall): Value | undefined {
  const osDisk = call.passed('osDisk')?.value
  if (osDisk === undefined) return undefined
  const diskId = memberOf(memberOf(osDisk, 'managedDisk'), 'resourceId')
  if (diskId === undefined || diskId.kind === 'null' || (diskId.kind === 'string' && diskId.value === '')) return undefined
  if (diskId.kind === 'unresolved' || diskId.kind === 'record') return unknown(`whether osDisk.managedDisk.resourceId attaches a disk (then ${call.interfaceName} writes no osProfile) is not known`)
  return nil()
}

/** The Windows `patchSettings` the module writes (see the mapping above); unknown when a param that decides it is. */
function patchSettings(call: KnownModuleCall): Value {
  const patchMode = call.param('patchMode', prov => str('', prov))
  const agent = call.param('provisionVMAgent', prov => bool(true, prov)).value
  const mode = patchMode.value
  if (mode.kind !== 'string') return unknown(`patchMode passed to ${call.interfaceName} is not known`, mode.prov)
  if (!PATCH_MODES.includes(mode.value.toLowerCase())) return nil()
  if (agent.kind !== 'boolean') return unknown(`provisionVMAgent passed to ${call.interfaceName} is not known`, agent.prov)
  if (!agent.value) return nil()
  const byPlatform = mode.value.toLowerCase() === 'automaticbyplatform'
  // Not AutomaticByPlatform: the module sends `enableHotpatching: false` whatever is passed, because of `patchMode`.
  const hotpatch = byPlatform ? call.param('enableHotpatching', prov => bool(false, prov)) : { ...patchMode, value: bool(false, { origin: 'expression', detail: 'patchMode', via: [] }) }
  const platform = byPlatform
    ? obj([
        call.param('bypassPlatformSafetyChecksOnUserSchedule', prov => bool(true, prov)),
        call.param('rebootSetting', prov => str('IfRequired', prov))
      ])
    : nil()
  return obj([patchMode, { ...hotpatch, key: 'enableHotpatching' }, { key: 'automaticByPlatformSettings', value: platform, at: call.at }])
}

/** The assignment `maintenanceConfigurationResourceId` makes, targeting the VM; none when it is not passed or ''. */
function maintenanceAssignment(call: KnownModuleCall): MaintenanceAssignment | undefined {
  const passed = call.passed('maintenanceConfigurationResourceId')
  if (passed === undefined || (passed.value.kind === 'string' && passed.value.value === '') || passed.value.kind === 'null') return undefined
  const at = call.at
  const vm = identityOf(call.handle(VM_TYPE), VM_TYPE)
  const reader = new FieldReader(obj([property('properties', at, [{ ...passed, key: 'maintenanceConfigurationId' }])]), at)
  const configuration = resourceReference(reader, ['properties', 'maintenanceConfigurationId']) ?? { target: known(vm, at) }
  const symbol = `${vm.symbol ?? unreadName(call)}/assignment`
  return {
    ...call.frame(`${vm.name ?? unreadName(call)}assignment`),
    kind: 'maintenance-assignment',
    identity: { type: MAINTENANCE_ASSIGNMENT_TYPE, name: vm.name === undefined ? undefined : `${vm.name}assignment`, symbol },
    configuration,
    target: { target: known(vm, passed.at, 'expression') }
  }
}

const property = (key: string, at: Property['at'], properties: readonly Property[]): Property => ({ key, value: obj(properties), at })

const memberOf = (value: Value | undefined, key: string): Value | undefined =>
  value === undefined ? undefined : value.kind === 'object' ? value.properties.get(key.toLowerCase())?.value : value.kind === 'null' ? undefined : value

const unreadName = (call: KnownModuleCall): string => `module ${call.module.declaration.name}`
