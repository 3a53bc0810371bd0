import { VM_TYPE } from '../../../model/identity.js'
import { type Lazy, unknown, type Value } from '../eval/value.js'
import { text } from '../model/fields.js'
import { subscriptionSegmentIn } from '../runtime/subscriptions.js'
import type { KnownModuleCall } from './module-call.js'

/** The module's Windows VM, as avm-res-compute-virtualmachine.ts names it. */
export const AVM_WINDOWS_VM = 'azurerm_windows_virtual_machine.this[0]'

/**
 * What `module.<call>` of the AVM virtual-machine module gives, for the outputs whose value was read in the module's
 * `outputs.tf` at every covered tag (v0.15.0 through v0.21.0, the same text at each):
 * - `resource_id = (lower(var.os_type) == "windows") ? azurerm_windows_virtual_machine.this[0].id : azurerm_linux_virtual_machine.this[0].id`:
 *   the modelled VM's ID, linked to it as a declared VM's `.id` is (an assignment written beside the call with
 *   `virtual_machine_id = module.vm.resource_id` is that VM's), built from the `name` and `resource_group_name` passed
 *   and the subscription of the call's azurerm provider. The Linux VM's is not modelled: unknown.
 * - `name = var.name`.
 * Every other output stays unknown, as for a call the gate does not read (`unread`).
 */
export function avmVirtualMachineOutputs(call: KnownModuleCall, unread: string): Lazy {
  return {
    kind: 'lazy',
    description: call.address,
    attribute: name => {
      if (name === 'resource_id') return windowsVmId(call)
      if (name === 'name') return call.input(['name']).value ?? unknown(`name is not passed to ${call.address}`)
      return unknown(`${call.address}.${name}: ${unread}`)
    }
  }
}

function windowsVmId(call: KnownModuleCall): Value {
  const os = text(call.input(['os_type'], 'Windows'))
  if (os.value === undefined) return unknown(`${call.address}.resource_id: os_type passed to ${call.interfaceName} is not known`)
  if (os.value.toLowerCase() !== 'windows') return unknown(`${call.address}.resource_id is the ID of the Linux VM ${call.interfaceName} deploys, which is not modelled`)
  const name = text(call.input(['name'])).value ?? `{${call.address}}`
  const group = text(call.input(['resource_group_name'])).value ?? '{resourceGroup}'
  const session = call.parent.session
  const subscription = subscriptionSegmentIn(session, call.provider())
  const id = `/subscriptions/${subscription}/resourceGroups/${group}/providers/${VM_TYPE}/${name}`
  session.registerId(id, call.symbol(AVM_WINDOWS_VM))
  return id
}
