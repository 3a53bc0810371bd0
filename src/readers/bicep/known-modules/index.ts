import type { Resource } from '../../../model/resources.js'
import type { ModuleInstance } from '../module-instance.js'
import { unknown, type Value } from '../values.js'
import { AVM_COMPUTE_VIRTUAL_MACHINE } from './avm-compute-virtual-machine.js'
import { AVM_MAINTENANCE_CONFIGURATION } from './avm-maintenance-configuration.js'
import type { KnownModule } from './known-module.js'
import { KnownModuleCall } from './module-call.js'
import { inRange, publicModuleReference } from './registry-reference.js'

/** The registry modules whose published interface is known, by path (README "Registry modules the gate knows"). */
const CATALOGUE: ReadonlyMap<string, KnownModule> = new Map([AVM_COMPUTE_VIRTUAL_MACHINE, AVM_MAINTENANCE_CONFIGURATION].map(known => [known.path, known]))

/** The known module a registry reference names at a covered version; undefined for any other (it stays unread). */
export function knownModuleFor(reference: string): KnownModule | undefined {
  const named = publicModuleReference(reference)
  const known = named === undefined ? undefined : CATALOGUE.get(named.path)
  return known !== undefined && named !== undefined && inRange(named.version, known.versions) ? known : undefined
}

/** What one call of a known module deploys, and the notice that says it was modelled from the module's interface. */
export function modelKnownModule(module: ModuleInstance, reference: string): { resources: Resource[]; notice: string } | undefined {
  const known = knownModuleFor(reference)
  const named = publicModuleReference(reference)
  if (known === undefined || named === undefined) return undefined
  const call = new KnownModuleCall(module, named)
  const notice = `registry module ${reference} is not fetched: modelled from the published interface of ${call.interfaceName} (${known.deploys}, from the params passed and the module's defaults for the others)`
  return { resources: known.model(call), notice }
}

/**
 * `<call>.outputs.resourceId` (and `.name`) of a known module: the ID of what it deploys, linked to the resource
 * modelled from the call, as `vm.id` is to a declared VM. Undefined for any other module or output.
 */
export function knownModuleOutput(module: ModuleInstance, name: string): Value | undefined {
  const target = module.target
  if (target.kind !== 'registry') return undefined
  const known = knownModuleFor(target.reference)
  const named = publicModuleReference(target.reference)
  if (known === undefined || named === undefined) return undefined
  const handle = new KnownModuleCall(module, named).handle(known.resourceType)
  if (name === 'resourceId') return handle.id()
  if (name === 'name') return handle.name()
  return unknown(`${module.declaration.name}.outputs.${name} is only known at deployment`)
}
