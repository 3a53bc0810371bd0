import { MAINTENANCE_ASSIGNMENT_TYPE, VM_TYPE } from '../../../model/identity.js'
import type { MaintenanceAssignment, Resource, VirtualMachine } from '../../../model/resources.js'
import { absent, known, type SourceLocation, type Sourced, unresolved } from '../../../model/source.js'
import { atLeast } from '../../shared/version-range.js'
import { isObject, objectFrom, type Value } from '../eval/value.js'
import { azurermCompute } from '../model/compute.js'
import { bool, text } from '../model/fields.js'
import { resourceReference } from '../model/references.js'
import type { ResourceView } from '../model/view.js'
import { AVM_WINDOWS_VM } from './avm-virtual-machine-outputs.js'
import type { KnownModuleCall } from './module-call.js'

/**
 * `Azure/avm-res-compute-virtualmachine/azurerm` (Azure/terraform-azurerm-avm-res-compute-virtualmachine), its
 * Windows VM and the maintenance assignments it makes, as the module's source writes them at each version of the
 * range (read at the tags v0.15.0 through v0.21.0: variables.tf, locals.tf, main.windows_vm.tf,
 * main.maintenance_configurations.tf; the mapping below is ours):
 * - `azurerm_windows_virtual_machine.this`, `count = lower(var.os_type) == "windows" ? 1 : 0` (`os_type` default
 *   "Windows"; before 0.15.0 the variable was `virtualmachine_os_type`, not covered), with `name`, `location`,
 *   `resource_group_name` (required), `tags` (default null), `hotpatching_enabled` (default false), `patch_mode`
 *   (default null), `reboot_setting` (default null), `bypass_platform_safety_checks_on_user_schedule_enabled`
 *   (default false), `provision_vm_agent` (default true), `source_image_id = var.source_image_resource_id` (default
 *   null), and a `source_image_reference` block from `var.source_image_reference` (default MicrosoftWindowsServer /
 *   WindowsServer / 2022-datacenter-g2 / latest) only when `source_image_resource_id` is null.
 * - From 0.21.0, with `os_disk_attach_mode` (default false) true, those patch and image arguments are null.
 * - One assignment per entry of `maintenance_configuration_resource_ids` (map(string), default {}), of that
 *   configuration to the VM: `azurerm_maintenance_assignment_virtual_machine.this` through 0.19.3, from 0.20.0 an
 *   `azapi_resource` of `Microsoft.Maintenance/configurationAssignments` named `<name>-maintenance-configuration-<key>`
 *   with `maintenanceConfigurationId = lower(each.value)`.
 */
export function modelAvmVirtualMachine(call: KnownModuleCall): Resource[] {
  const os = text(call.input(['os_type'], 'Windows'))
  // A Linux VM (the module's other branch) is never hotpatch-enrolled: nothing the gate judges.
  if (os.value !== undefined && os.value.toLowerCase() !== 'windows') return []
  const view = new AvmWindowsVmView(call)
  const name = text(view.get(['name']))
  const group = text(view.get(['resource_group_name']))
  const identity = {
    type: VM_TYPE,
    name: name.value,
    ...(group.value === undefined ? {} : { resourceGroup: group.value }),
    symbol: call.symbol(AVM_WINDOWS_VM)
  }
  // `count = lower(var.os_type) == "windows" ? 1 : 0`: an os_type not known leaves the VM's existence undecided.
  const deployed =
    os.value === undefined && call.deployed.value === true
      ? unresolved<boolean>(os.location, `whether ${call.interfaceName} deploys a Windows VM: os_type is not known`)
      : call.deployed
  const mapped = azurermCompute('azurerm_windows_virtual_machine', view, call.frame(identity, group, deployed))
  if (mapped === undefined) return []
  const vm: VirtualMachine = { ...mapped, deployedThrough: 'avm-virtual-machine' }
  return [vm, ...maintenanceAssignments(call, vm)]
}

/** The default of `var.source_image_reference` at every covered version. */
const DEFAULT_IMAGE = objectFrom({ publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter-g2', version: 'latest' })

/** Each argument of `azurerm_windows_virtual_machine.this` read, the variable it is, its default, and whether 0.21.0's attach mode nulls it. */
const ARGUMENTS: ReadonlyMap<string, { readonly input: string; readonly moduleDefault?: Value; readonly osProfile?: true }> = new Map([
  ['name', { input: 'name' }],
  ['location', { input: 'location' }],
  ['resource_group_name', { input: 'resource_group_name' }],
  ['tags', { input: 'tags' }],
  ['hotpatching_enabled', { input: 'hotpatching_enabled', moduleDefault: false, osProfile: true }],
  ['patch_mode', { input: 'patch_mode', osProfile: true }],
  ['reboot_setting', { input: 'reboot_setting', osProfile: true }],
  ['bypass_platform_safety_checks_on_user_schedule_enabled', { input: 'bypass_platform_safety_checks_on_user_schedule_enabled', moduleDefault: false, osProfile: true }],
  ['provision_vm_agent', { input: 'provision_vm_agent', moduleDefault: true, osProfile: true }],
  ['source_image_id', { input: 'source_image_resource_id', osProfile: true }]
])

/** The module's `azurerm_windows_virtual_machine.this` as the azurerm mapper reads a resource block. */
class AvmWindowsVmView implements ResourceView {
  readonly location: SourceLocation

  constructor(private readonly call: KnownModuleCall) {
    this.location = call.at
  }

  get(path: readonly string[]): Sourced<Value> {
    const [argument, ...inside] = path
    if (argument === 'source_image_reference') return this.imageReference(inside)
    const mapped = argument === undefined ? undefined : ARGUMENTS.get(argument)
    if (mapped === undefined) return absent(this.location)
    const nulled = mapped.osProfile ? this.attached() : undefined
    if (nulled !== undefined) return nulled
    return this.call.input([mapped.input, ...inside], mapped.moduleDefault)
  }

  /** The dynamic block: written only when `source_image_resource_id` is null (and, from 0.21.0, no disk is attached). */
  private imageReference(inside: readonly string[]): Sourced<Value> {
    const nulled = this.attached()
    if (nulled !== undefined) return nulled
    const imageId = this.call.input(['source_image_resource_id'])
    if (imageId.origin === 'unresolved') return unresolved(imageId.location, `source_image_resource_id passed to ${this.call.interfaceName} is not known`)
    if (imageId.origin !== 'absent') return absent(imageId.location)
    return this.call.input(['source_image_reference', ...inside], DEFAULT_IMAGE)
  }

  /** From 0.21.0: null (absent) when `os_disk_attach_mode` is true, unresolved when it is not known, else undefined. */
  private attached(): Sourced<Value> | undefined {
    if (!atLeast(this.call.module.version, '0.21.0')) return undefined
    const mode = bool(this.call.input(['os_disk_attach_mode'], false))
    if (mode.origin === 'unresolved') return unresolved(mode.location, `os_disk_attach_mode passed to ${this.call.interfaceName} is not known`)
    return mode.value === true ? absent(mode.location) : undefined
  }
}

/** One assignment per entry of `maintenance_configuration_resource_ids`, of that configuration to the VM. */
function maintenanceAssignments(call: KnownModuleCall, vm: VirtualMachine): MaintenanceAssignment[] {
  const ids = call.input(['maintenance_configuration_resource_ids'], objectFrom({}))
  if (ids.origin === 'absent') return []
  const symbolOf = (id: string) => call.parent.session.symbolOfId(id)
  const byAzapi = atLeast(call.module.version, '0.20.0')
  const assignment = (key: string | undefined, configuration: Sourced<Value>): MaintenanceAssignment => {
    const resource = byAzapi ? 'azapi_resource.this_maintenance_configuration_assignment' : 'azurerm_maintenance_assignment_virtual_machine.this'
    const name = byAzapi && key !== undefined && vm.identity.name !== undefined ? `${vm.identity.name}-maintenance-configuration-${key}` : undefined
    const identity = { type: MAINTENANCE_ASSIGNMENT_TYPE, name, symbol: call.symbol(key === undefined ? resource : `${resource}[${JSON.stringify(key)}]`) }
    const group = vm.scope?.resourceGroup ?? absent<string>(call.at)
    return {
      ...call.frame(identity, group, vm.deployed),
      displayName: `${call.address}.${resource}${key === undefined ? '' : `[${JSON.stringify(key)}]`}`,
      kind: 'maintenance-assignment',
      configuration: resourceReference(configuration, symbolOf),
      target: { target: known(vm.identity, configuration.location, 'expression') }
    }
  }
  const map = ids.value
  // A map not known (or with keys not known): one assignment whose configuration is not known, never none.
  if (map === undefined || !isObject(map) || map.partial !== undefined) {
    const reason = map !== undefined && isObject(map) && map.partial !== undefined ? map.partial : `maintenance_configuration_resource_ids passed to ${call.interfaceName} is not a known map`
    return [assignment(undefined, ids.value === undefined ? ids : unresolved(ids.location, reason))]
  }
  return [...map.entries.keys()].map(key => assignment(key, call.input(['maintenance_configuration_resource_ids', key])))
}
