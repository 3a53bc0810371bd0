/**
 * @fileoverview An exemption the gate cannot honour must not pass for one: an inline comment it cannot
 * read, one that sits on no VM, or one that runs longer than the configured maximum lifetime
 * (`max-exemption-days`, 90 by default). Each exempts nothing and is reported where it is written: its
 * subject is the exemption (the configuration entry or the comment), and the VM it names is a related location.
 */
import { subjectOf } from '../describe.js'
import { docsUrlFor, NOT_APPLICABLE, PASS } from '../rule-support.js'
import type { RuleModule, RuleReport, WorkspaceReport } from '../types.js'

const ID = 'invalid-exemption'

//------------------------------------------------------------------------------
// Rule Definition
//------------------------------------------------------------------------------

export const rule: RuleModule = {
  meta: {
    id: ID,
    severity: 'error',
    description: 'An exemption must be readable, sit on a VM and expire within the maximum lifetime.',
    docsUrl: docsUrlFor(ID),
    messages: {
      malformed:
        '{{subject}} has an exemption that cannot be read ({{exemption}}): {{problem}}. It exempts nothing until ' +
        'it is fixed.',
      tooLong:
        '{{subject}} is exempted from {{rules}} by {{exemption}} (owner {{owner}}), but the exemption is not ' +
        'applied: {{problem}}. Set an earlier expiry date, and renew it when it runs out.',
      unattached:
        '{{exemption}} is not on a VM or scale set{{on}}, so it exempts nothing. Put it on the line above the ' +
        "VM's declaration, or inside its block."
    }
  },

  check(context) {
    // Read before a default list is made: most VMs have no exemption.
    const { vm, exemptions } = context.assessment
    if (exemptions === undefined || exemptions.length === 0) return NOT_APPLICABLE
    const invalid = exemptions.filter(exemption => exemption.status === 'malformed' || exemption.status === 'too-long')
    if (invalid.length === 0) return PASS
    const reports = invalid.map((exemption): RuleReport => {
      const data = {
        subject: subjectOf(vm),
        rules: exemption.rule === '*' ? 'every rule' : exemption.rule,
        exemption: exemption.label,
        owner: exemption.owner,
        problem: exemption.problem ?? ''
      }
      // The finding is about the exemption where it is written, not about the VM it names (a related location):
      // it fails the run without contradicting the VM's verdict.
      const about = {
        identity: [exemption.location.file, exemption.source, exemption.resource, exemption.rule, exemption.status],
        resourceRole: 'exempted-resource'
      }
      if (exemption.status === 'malformed') return { messageId: 'malformed', data, location: exemption.location, about }
      return { messageId: 'tooLong', data, location: exemption.expiresAt, about }
    })
    return { outcome: 'fail', reports }
  },

  // Inline exemptions on no VM belong to no assessment: reported once per evaluation, where written.
  checkWorkspace(context) {
    return context.unattachedExemptions.map(({ exemption, on }): WorkspaceReport => {
      const label = exemption.label.charAt(0).toUpperCase() + exemption.label.slice(1)
      return {
        messageId: 'unattached',
        data: { exemption: label, on: on === undefined ? '' : ` (it sits on ${on})` },
        location: exemption.location,
        name: 'inline exemption',
        identity: [exemption.location.file, exemption.reason, exemption.rule, exemption.problem ?? '']
      }
    })
  }
}
