import type { VirtualMachine } from '../../model/resources.js'
import { child, isMap, scalarText, type YamlMapEntry } from '../../yaml/nodes.js'
import { hotpatchStandIn, type ProgramEvaluation } from './unread-resource.js'

/** `<package>:<module>:<Type>`: a resource type token of any package. */
const TOKEN = /^([A-Za-z0-9_.-]+):([^:]*):([^:]+)$/
/** Packages the reader reads (azure-native), says (the classic azure provider: classic-provider.ts) or that deploy nothing (pulumi). */
const KNOWN_PACKAGES: ReadonlySet<string> = new Set(['azure-native', 'azure', 'pulumi'])

const JUDGE = 'declare the machine with azure-native in a YAML program, whose resources the gate reads, or exempt it'

/**
 * Resources of other packages: a component (`mycompany:index:WindowsVm`, Pulumi's module) or a package's resource
 * deploys what its package's code decides, which the gate never runs. One whose evaluated inputs carry a hotpatch
 * signal (`enableHotpatching: true`, an Azure Edition SKU) may deploy a hotpatch VM no reader sees: it is an
 * indeterminate VM of each evaluation whose values carry it, as an unread Bicep or Terraform module call is. The
 * others are not the policy's business (a random password, a DNS record): nothing is said of them.
 */
export function packageResources(programFile: string, entries: readonly YamlMapEntry[], evaluations: readonly ProgramEvaluation[]): VirtualMachine[] {
  const found: VirtualMachine[] = []
  for (const entry of entries) {
    const token = scalarText(child(entry.value, 'type'))
    const match = token === undefined ? null : TOKEN.exec(token)
    // `get:` reads an existing resource: the program does not deploy it.
    if (match === null || KNOWN_PACKAGES.has(match[1] as string) || (isMap(entry.value) && entry.value.byKey.has('get'))) continue
    const why = `${token as string} '${entry.key}' is a component or resource of package ${match[1] as string}, whose code the gate does not run`
    for (const evaluation of evaluations) {
      const machine = hotpatchStandIn(programFile, entry, evaluation, { why, judge: JUDGE })
      if (machine !== undefined) found.push(machine)
    }
  }
  return found
}
