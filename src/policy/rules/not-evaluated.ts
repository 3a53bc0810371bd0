/**
 * @fileoverview An evaluation budget ran out (docs/limits.md): a declaration would expand to more instances
 * than the budget allows, or a deployment unit took more evaluation steps. What it would have declared was
 * not checked, so the run fails closed instead of passing with VMs dropped in silence.
 */
import type { ParseError } from '../../model/resources.js'
import { docsUrlFor, NOT_APPLICABLE } from '../rule-support.js'
import type { RuleModule, WorkspaceReport } from '../types.js'

const ID = 'not-evaluated'

//------------------------------------------------------------------------------
// Helpers
//------------------------------------------------------------------------------

const isBudgetExhausted = (error: ParseError): boolean => error.severity === 'error' && error.kind === 'not-evaluated'

//------------------------------------------------------------------------------
// Rule Definition
//------------------------------------------------------------------------------

export const rule: RuleModule = {
  meta: {
    id: ID,
    severity: 'error',
    description: 'Every declaration that may deploy a VM should be evaluated within the evaluation budgets.',
    docsUrl: docsUrlFor(ID),
    messages: {
      budgetExhausted:
        'Not evaluated: {{detail}}. What it declares was not checked, so the gate cannot pass it. Reduce the ' +
        'expansion, or raise the budget in the configuration (`limits:`, see docs/limits.md).'
    }
  },

  // Nothing to say about a VM that was evaluated: the reports are about the model.
  check: () => NOT_APPLICABLE,

  checkWorkspace({ model }): WorkspaceReport[] {
    return model.parseErrors.filter(isBudgetExhausted).map(error => ({
      messageId: 'budgetExhausted',
      data: { detail: error.message },
      location: { file: error.file, line: error.line, column: error.column },
      name: error.file,
      identity: [error.file, error.message],
      // The unit's other files: a pull request that changes only the tfvars behind a `count` must count it.
      ...(error.related !== undefined && { related: error.related })
    }))
  }
}
