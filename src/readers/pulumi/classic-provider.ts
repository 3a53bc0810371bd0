import type { ParseError, VirtualMachine } from '../../model/resources.js'
import { known } from '../../model/source.js'
import { child, isMap, isSeq, scalarText, type YamlMapEntry } from '../../yaml/nodes.js'
import { locate } from '../../yaml/sourced.js'
import { collectInputs, hotpatchSignals, unreadCallAsVm, type InputShape, type UnreadInput } from '../shared/unread-module.js'
import { azureScope, deploymentUnit, folderOf } from '../shared/units.js'
import type { ResourceCatalog } from './catalog.js'
import type { Term } from './evaluator.js'
import { locationOf } from './values.js'

/** `azure:compute:WindowsVirtualMachine`: Pulumi's classic Azure provider, bridged from Terraform's azurerm. */
const CLASSIC = /^azure:([A-Za-z]+)(?:\/[^:]+)?:([A-Za-z]+)$/
/** Its resources that may be a hotpatch machine (a Linux one cannot). */
const COMPUTE = /^(?:compute:(?:Windows)?(?:VirtualMachine|VirtualMachineScaleSet|ScaleSet)|compute:OrchestratedVirtualMachineScaleSet|arcmachine:ArcMachine)$/
/** How deep into a resource's properties it is looked at for a hotpatch signal. */
const MAX_DEPTH = 12

/** One evaluation of the program (a stack, or the config defaults): its resources with their evaluated properties. */
export interface ClassicEvaluation {
  readonly catalog: ResourceCatalog
  /** The stack name, or '' for an evaluation with config defaults only. */
  readonly variant: string
}

/**
 * The resources of the classic `azure` provider, which the reader does not model (it reads `azure-native`):
 * none of them passes unseen. A machine whose properties carry a hotpatch signal (`hotpatchingEnabled: true`,
 * an Azure Edition SKU) is an indeterminate VM, once per evaluation whose values carry it (as written, or from
 * config: `hotpatchingEnabled: ${hotpatch}` is the stack's value or the config default, as for azure-native
 * resources); another machine, or a maintenance configuration or assignment (a reboot plan the gate would not
 * see), is a located notice. Other resources are not the policy's business.
 */
export function classicProviderResources(
  programFile: string,
  entries: readonly YamlMapEntry[],
  evaluations: readonly ClassicEvaluation[]
): (VirtualMachine | ParseError)[] {
  const found: (VirtualMachine | ParseError)[] = []
  for (const entry of entries) {
    const token = scalarText(child(entry.value, 'type'))
    const match = token === undefined ? null : CLASSIC.exec(token)
    // `get:` reads an existing resource: the program does not deploy it.
    if (match === null || (isMap(entry.value) && entry.value.byKey.has('get'))) continue
    const kind = `${(match[1] as string).toLowerCase()}:${match[2] as string}`
    const at = locate(programFile, entry.keyNode)
    const written = `${token as string} '${entry.key}' is written with Pulumi's classic azure provider, which the gate does not read`
    if (COMPUTE.test(kind)) {
      const machines = evaluations.flatMap(evaluation => {
        const machine = hotpatchMachine(programFile, entry, evaluation, written)
        return machine === undefined ? [] : [machine]
      })
      if (machines.length === 0) found.push(notice(at, `${written}, so whether it is a hotpatch machine is not judged; ${AZURE_NATIVE}`))
      found.push(...machines)
    } else if (kind.startsWith('maintenance:')) {
      const plan = 'declare the plan under reboot-plans in the configuration file'
      found.push(notice(at, `${written}, so the reboot plan it may declare is not seen; ${AZURE_NATIVE}, or ${plan}`))
    }
  }
  return found
}

/** The machine of one evaluation as an indeterminate VM, when its evaluated properties carry a hotpatch signal. */
function hotpatchMachine(programFile: string, entry: YamlMapEntry, evaluation: ClassicEvaluation, written: string): VirtualMachine | undefined {
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
    why: written,
    judge: `${AZURE_NATIVE}, or exempt it`,
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

const AZURE_NATIVE = 'write it with azure-native, whose resources the gate reads'

function notice(at: { readonly file: string; readonly line: number; readonly column: number }, message: string): ParseError {
  return { file: at.file, line: at.line, column: at.column, message, severity: 'notice' }
}
