import type { Resource } from '../../../model/resources.js'
import type { ModuleCallDeclaration } from '../config/module-config.js'
import { expand } from '../runtime/expansion.js'
import type { ModuleInstance } from '../runtime/module-instance.js'
import { modelAvmVirtualMachine } from './avm-res-compute-virtualmachine.js'
import { AVM_VIRTUAL_MACHINE, knownInterfaceFor, registryModule } from './catalogue.js'
import { KnownModuleCall } from './module-call.js'

/** Each catalogued module's mapping (README "Registry modules the gate knows"). */
const MAPPINGS: ReadonlyMap<string, (call: KnownModuleCall) => Resource[]> = new Map([[AVM_VIRTUAL_MACHINE, modelAvmVirtualMachine]])

/**
 * What a registry module call of a known module at a covered version deploys, one module instance per `count` index
 * or `for_each` key as the reader expands a local module's, and the notice that says it was modelled from the module's
 * interface; undefined for any other call (it stays an unread call).
 */
export function modelKnownModule(parent: ModuleInstance, call: ModuleCallDeclaration): { resources: Resource[]; notice: string } | undefined {
  const evaluator = parent.session.evaluator
  const versionArgument = call.block.body.attributes.get('version')
  const version = versionArgument === undefined ? undefined : evaluator.evaluate(versionArgument.expression, parent.scope)
  const module = registryModule(call.source, typeof version === 'string' ? version : undefined)
  const known = module === undefined ? undefined : knownInterfaceFor(module)
  const mapping = known === undefined ? undefined : MAPPINGS.get(known.source)
  if (module === undefined || known === undefined || mapping === undefined) return undefined
  const budget = { factors: parent.factors, limits: parent.session.limits, what: `module.${call.name}` }
  const expansion = expand(call.block, call.file, parent.scope, evaluator, budget, parent.conditionScope)
  // Past the instance budget: left to the unread call, which says it where it is written.
  if (expansion.exceeded !== undefined) return undefined
  const resources = expansion.instances.flatMap(instance => mapping(new KnownModuleCall(parent, call, instance, module)))
  const notice =
    `registry module "${call.source ?? ''}" version ${module.version} is not fetched: modelled from the published interface of ` +
    `${module.source}@${module.version} (${known.deploys}, from the inputs passed and the module's defaults for the others)`
  return { resources, notice }
}
