import type { ParseError, VirtualMachine } from '../../model/resources.js'
import { child, isMap, scalarText, type YamlMapEntry } from '../../yaml/nodes.js'
import { locate } from '../../yaml/sourced.js'
import { hotpatchStandIn, type ProgramEvaluation } from './unread-resource.js'

/** `azure:compute:WindowsVirtualMachine`: Pulumi's classic Azure provider, bridged from Terraform's azurerm. */
const CLASSIC = /^azure:([A-Za-z]+)(?:\/[^:]+)?:([A-Za-z]+)$/
/** Its resources that may be a hotpatch machine (a Linux one cannot). */
const COMPUTE = /^(?:compute:(?:Windows)?(?:VirtualMachine|VirtualMachineScaleSet|ScaleSet)|compute:OrchestratedVirtualMachineScaleSet|arcmachine:ArcMachine)$/

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
  evaluations: readonly ProgramEvaluation[]
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
        const machine = hotpatchStandIn(programFile, entry, evaluation, { why: written, judge: `${AZURE_NATIVE}, or exempt it` })
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

const AZURE_NATIVE = 'write it with azure-native, whose resources the gate reads'

function notice(at: { readonly file: string; readonly line: number; readonly column: number }, message: string): ParseError {
  return { file: at.file, line: at.line, column: at.column, message, severity: 'notice' }
}
