import type { Resource } from '../../../model/resources.js'
import type { ModuleInstance } from '../module-instance.js'
import { modelAvmVirtualMachine } from './avm-compute-virtual-machine.js'
import { modelAvmMaintenanceConfiguration } from './avm-maintenance-configuration.js'
import { knownInterfaceFor } from './catalogue.js'
import type { KnownModuleMapping } from './known-module.js'
import { KnownModuleCall } from './module-call.js'

/** Each catalogued path's mapping (README "Registry modules the gate knows"). */
const MAPPINGS: ReadonlyMap<string, KnownModuleMapping> = new Map([
  ['avm/res/compute/virtual-machine', modelAvmVirtualMachine],
  ['avm/res/maintenance/maintenance-configuration', modelAvmMaintenanceConfiguration]
])

/** Whether a registry reference names a known module at a covered version. */
export const isKnownModule = (reference: string): boolean => knownInterfaceFor(reference) !== undefined

/** What one call of a known module deploys, and the notice that says it was modelled from the module's interface. */
export function modelKnownModule(module: ModuleInstance, reference: string): { resources: Resource[]; notice: string } | undefined {
  const found = knownInterfaceFor(reference)
  const mapping = found === undefined ? undefined : MAPPINGS.get(found.known.path)
  if (found === undefined || mapping === undefined) return undefined
  const call = new KnownModuleCall(module, found.named)
  const notice = `registry module ${reference} is not fetched: modelled from the published interface of ${call.interfaceName} (${found.known.deploys}, from the params passed and the module's defaults for the others)`
  return { resources: mapping(call), notice }
}
