/**
 * @fileoverview A file that may declare what the policy reads (a VM, a scale set, an Arc machine, a
 * maintenance configuration or assignment, a module or nested deployment) could not be read: a syntax
 * error, an encoding its tool refuses, a file over the size limit, a reader's internal error. Its VMs
 * would otherwise vanish from the run, so it fails closed; files that cannot matter stay notices.
 */
import type { ParseError } from '../../model/resources.js'
import { docsUrlFor, NOT_APPLICABLE } from '../rule-support.js'
import type { RuleModule, WorkspaceReport } from '../types.js'

const ID = 'unreadable-manifest'

//------------------------------------------------------------------------------
// Helpers
//------------------------------------------------------------------------------

/** The scan marks the parse errors of files that may declare something the policy reads. */
const isUnreadable = (error: ParseError): boolean => error.severity === 'error' && error.kind === 'unreadable-manifest'

//------------------------------------------------------------------------------
// Rule Definition
//------------------------------------------------------------------------------

export const rule: RuleModule = {
  meta: {
    id: ID,
    severity: 'error',
    description: 'A manifest that may declare VMs or their maintenance, or set their values, should be readable by the gate.',
    docsUrl: docsUrlFor(ID),
    messages: {
      unreadable:
        'Could not read {{file}}, which may declare VMs or their maintenance, or the values they are deployed with: ' +
        '{{detail}}. What it holds was not all read (a verdict may rest on what the reader recovered, or on defaults ' +
        'it would have replaced), so the gate cannot pass it. Fix the file, or exclude it in the configuration if it ' +
        'is not deployed.'
    }
  },

  // Nothing to say about a VM that was read: the reports are about files.
  check: () => NOT_APPLICABLE,

  checkWorkspace({ model }): WorkspaceReport[] {
    return model.parseErrors.filter(isUnreadable).map(error => ({
      messageId: 'unreadable',
      data: { file: error.file, detail: error.message },
      location: { file: error.file, line: error.line, column: error.column },
      name: error.file,
      identity: [error.file, error.message]
    }))
  }
}
