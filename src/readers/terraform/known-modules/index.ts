import type { Resource } from '../../../model/resources.js'
import type { ModuleCallDeclaration } from '../config/module-config.js'
import type { Lazy, Value } from '../eval/value.js'
import { type Expansion, expand } from '../runtime/expansion.js'
import type { ModuleInstance } from '../runtime/module-instance.js'
import { modelAvmVirtualMachine } from './avm-res-compute-virtualmachine.js'
import { avmMaintenanceConfigurationOutputs, modelAvmMaintenanceConfiguration } from './avm-res-maintenance-maintenanceconfiguration.js'
import { avmVirtualMachineOutputs } from './avm-virtual-machine-outputs.js'
import { AVM_MAINTENANCE_CONFIGURATION, AVM_VIRTUAL_MACHINE, type KnownInterface, knownInterfaceFor, type RegistryModule, registryModule } from './catalogue.js'
import { KnownModuleCall } from './module-call.js'

interface Mapping {
  /** What one instance of the call deploys. */
  readonly deploys: (call: KnownModuleCall) => Resource[]
  /** What `module.<call>` gives for one instance: the outputs whose value was read in the module's source. */
  readonly outputs: (call: KnownModuleCall, unread: string) => Lazy
}

/** Each catalogued module's mapping (README "Registry modules the gate knows"). */
const MAPPINGS: ReadonlyMap<string, Mapping> = new Map([
  [AVM_VIRTUAL_MACHINE, { deploys: modelAvmVirtualMachine, outputs: avmVirtualMachineOutputs }],
  [AVM_MAINTENANCE_CONFIGURATION, { deploys: modelAvmMaintenanceConfiguration, outputs: avmMaintenanceConfigurationOutputs }]
])

interface KnownCall {
  readonly module: RegistryModule
  readonly known: KnownInterface
  readonly mapping: Mapping
  readonly expansion: Expansion
}

/** The call's known interface, mapping and instances; undefined for a call of any other module or version, or past the instance budget. */
function knownCall(parent: ModuleInstance, call: ModuleCallDeclaration): KnownCall | undefined {
  const evaluator = parent.session.evaluator
  const versionArgument = call.block.body.attributes.get('version')
  const version = versionArgument === undefined ? undefined : evaluator.evaluate(versionArgument.expression, parent.scope)
  const module = registryModule(call.source, typeof version === 'string' ? version : undefined)
  const known = module === undefined ? undefined : knownInterfaceFor(module, call.block.body.attributes.keys())
  const mapping = known === undefined ? undefined : MAPPINGS.get(known.source)
  if (module === undefined || known === undefined || mapping === undefined) return undefined
  const budget = { factors: parent.factors, limits: parent.session.limits, what: `module.${call.name}` }
  const expansion = expand(call.block, call.file, parent.scope, evaluator, budget, parent.conditionScope)
  // Past the instance budget: left to the unread call, which says it where it is written.
  return expansion.exceeded === undefined ? { module, known, mapping, expansion } : undefined
}

/**
 * What a registry module call of a known module at a covered version deploys, one module instance per `count` index
 * or `for_each` key as the reader expands a local module's, and the notice that says it was modelled from the module's
 * interface; undefined for any other call (it stays an unread call).
 */
export function modelKnownModule(parent: ModuleInstance, call: ModuleCallDeclaration): { resources: Resource[]; notice: string } | undefined {
  const found = knownCall(parent, call)
  if (found === undefined) return undefined
  const { module, known, mapping, expansion } = found
  const resources = expansion.instances.flatMap(instance => mapping.deploys(new KnownModuleCall(parent, call, instance, module)))
  const notice =
    `registry module "${call.source ?? ''}" version ${module.version} is not fetched: modelled from the published interface of ` +
    `${module.source}@${module.version} (${known.deploys}, from the inputs passed and the module's defaults for the others)`
  return { resources, notice }
}

/**
 * What `module.<name>` evaluates to for such a call (one instance's outputs, a list or a map of them, as for a local
 * module); undefined for any other call, whose outputs stay unknown (`unread` says why).
 */
export function knownModuleValue(parent: ModuleInstance, call: ModuleCallDeclaration, unread: string): Value | undefined {
  const found = knownCall(parent, call)
  if (found === undefined) return undefined
  const { module, mapping, expansion } = found
  return expansion.collect(expansion.instances.map(instance => mapping.outputs(new KnownModuleCall(parent, call, instance, module), unread)))
}
