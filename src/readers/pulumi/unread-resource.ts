import type { VirtualMachine } from '../../model/resources.js'
import { known } from '../../model/source.js'
import { isMap, isSeq, type YamlMapEntry } from '../../yaml/nodes.js'
import { locate } from '../../yaml/sourced.js'
import { collectInputs, hotpatchSignals, unreadCallAsVm, type InputShape, type UnreadInput } from '../shared/unread-module.js'
import { folderOf } from '../../model/paths.js'
import { azureScope, deploymentUnit } from '../shared/units.js'
import type { ResourceCatalog } from './catalog.js'
import type { Term } from './evaluator.js'
import { locationOf } from './values.js'

/** How deep into a resource's properties it is looked at for a hotpatch signal. */
const MAX_DEPTH = 12

/** One evaluation of the program (a stack, or the config defaults): its resources with their evaluated properties. */
export interface ProgramEvaluation {
  readonly catalog: ResourceCatalog
  /** The stack name, or '' for an evaluation with config defaults only. */
  readonly variant: string
}

/** Why a resource of the program is not read, and how to judge it instead (the stand-in's reason). */
export interface UnreadResource {
  readonly why: string
  readonly judge: string
}

/**
 * A resource of the program the reader does not model, as an indeterminate VM of one evaluation when its evaluated
 * properties carry a hotpatch signal (`enableHotpatching: true`, an Azure Edition SKU, as written or from config):
 * the machine it may deploy is one no reader sees (src/readers/shared/unread-module.ts). Undefined without a signal.
 */
export function hotpatchStandIn(programFile: string, entry: YamlMapEntry, evaluation: ProgramEvaluation, unread: UnreadResource): VirtualMachine | undefined {
  const { catalog, variant } = evaluation
  const properties = catalog.resource(entry.key)?.properties
  const inputs: UnreadInput[] = []
  if (properties !== undefined) collectInputs(termInputs(catalog), '', properties, locationOf(properties, locate(programFile, entry.keyNode)), inputs, MAX_DEPTH)
  const signals = hotpatchSignals(inputs)
  if (signals === undefined) return undefined
  const at = locate(programFile, entry.keyNode)
  const call = {
    format: 'pulumi' as const,
    displayName: entry.key,
    symbol: catalog.symbolOf(entry.key),
    at,
    why: unread.why,
    judge: unread.judge,
    // Each stack is an environment of the program, as for its azure-native resources.
    unit: deploymentUnit('pulumi-stack', `pulumi:${folderOf(programFile)}`, at, undefined, variant === '' ? undefined : variant),
    scope: azureScope(undefined, at),
    deployed: known(true, at),
    variant
  }
  return unreadCallAsVm(call, signals)
}

/** Evaluated terms to the input walker: the values the program deploys (config and variables applied), not its text. */
const termInputs = (catalog: ResourceCatalog): InputShape<Term> => ({
  scalar: term => {
    const value = term.kind === 'value' ? term.value : term.kind === 'node' && term.node.kind === 'scalar' ? term.node.value : undefined
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined
  },
  children: (term, at) => {
    if (term.kind !== 'node') return undefined
    const keys: (string | number)[] = isSeq(term.node) ? term.node.items.map((_, index) => index) : isMap(term.node) ? term.node.entries.map(e => e.key) : []
    return keys.flatMap(key => {
      const value = catalog.walk(term, [key])
      return value === undefined ? [] : [[key, value, locationOf(value, at)] as const]
    })
  },
  provenance: term => {
    if (term.kind !== 'node' && term.kind !== 'value') return undefined
    const { origin, detail, via } = term.provenance
    if (origin === 'literal' && via.length === 0) return undefined
    return { origin, ...(detail === undefined ? {} : { detail }), ...(via.length === 0 ? {} : { via }) }
  }
})
