/**
 * @fileoverview A VM or scale set whose name, as written (or as an ARM expression evaluates it), is not a
 * valid Azure resource name. Azure refuses to deploy it; the gate reports it under the name as written
 * (a `/` used to be cut to its last segment) and says why here, as a notice. An unresolved name is not judged.
 */
import { nounOf } from '../describe.js'
import { docsUrlFor, NOT_APPLICABLE, PASS } from '../rule-support.js'
import type { RuleModule } from '../types.js'

const ID = 'invalid-vm-name'

//------------------------------------------------------------------------------
// Helpers
//------------------------------------------------------------------------------

/**
 * The resource-name rules of Microsoft.Compute/virtualMachines and virtualMachineScaleSets (Microsoft Learn,
 * "Naming rules and restrictions for Azure resources", Microsoft.Compute; resource-name-rules.md): "Can't
 * use: \/"[]:|<>+=;,?*@& ... Can't start with underscore. Can't end with period or hyphen", and "the actual
 * resource name can have up to 64 characters" (the 1-15 of Windows applies to the host name, not the resource).
 */
const FORBIDDEN = /[\\/"[\]:|<>+=;,?*@&]/u

export function vmNameProblem(name: string): string | undefined {
  // In code points; a name of at most 64 UTF-16 units has at most 64 (spreading every VM's name was the rule's main cost).
  const length = name.length <= 64 ? name.length : [...name].length
  if (length === 0) return 'it is empty'
  if (length > 64) return `it has ${length} characters, over the 64 Azure allows`
  const forbidden = FORBIDDEN.exec(name)?.[0]
  if (forbidden !== undefined) return `it contains '${forbidden}', which Azure does not allow in a VM name`
  if (name.startsWith('_')) return 'it starts with an underscore'
  if (name.endsWith('.') || name.endsWith('-')) return `it ends with '${name.slice(-1)}'`
  return undefined
}

//------------------------------------------------------------------------------
// Rule Definition
//------------------------------------------------------------------------------

export const rule: RuleModule = {
  meta: {
    id: ID,
    severity: 'notice',
    description: 'A VM or scale set name should be a valid Azure resource name.',
    docsUrl: docsUrlFor(ID),
    messages: {
      invalidName:
        'The {{noun}} name {{name}} is not a valid Azure VM name: {{problem}}. Azure will refuse to deploy it; ' +
        'the gate reports it as written.'
    }
  },

  check(context) {
    const { vm } = context.assessment
    const { name } = vm.identity
    if (vm.kind === 'arc-machine' || name === undefined) return NOT_APPLICABLE
    const problem = vmNameProblem(name)
    if (problem === undefined) return PASS
    const data = { noun: nounOf(vm), name: JSON.stringify(name), problem }
    return { outcome: 'fail', reports: [{ messageId: 'invalidName', data, location: vm.reportAt }] }
  }
}
