/** Unit tests for src/policy/rules/not-evaluated.ts */
import type { InfrastructureModel, ParseError } from '../../../src/model/resources.js'
import { rule } from '../../../src/policy/rules/not-evaluated.js'
import { model } from '../builders.js'
import { runRuleTests } from '../rule-tester.js'

const withErrors = (...parseErrors: ParseError[]): InfrastructureModel => ({ ...model(), parseErrors })

const BUDGET =
  'azurerm_windows_virtual_machine.web would expand to 160000 instances (400 × 400 through nested loops), over ' +
  'the instance budget of 10000 per declaration (raise limits.instances in the configuration to evaluate it)'
const exceeded: ParseError = { file: 'fleet/main.tf', line: 1, column: 1, message: BUDGET, severity: 'error', kind: 'not-evaluated' }
const TAIL =
  'What it declares was not checked, so the gate cannot pass it. Reduce the expansion, or raise the budget in the ' +
  'configuration (`limits:`, see docs/limits.md).'

runRuleTests(rule, {
  valid: [
    { name: 'every declaration was evaluated', outcome: 'not-applicable' },
    {
      name: 'a parse error that is not about a budget',
      model: withErrors({ file: 'main.tf', line: 3, column: 1, message: 'unexpected `}`', severity: 'error' }),
      outcome: 'not-applicable'
    },
    {
      name: 'a notice is never a budget',
      model: withErrors({ ...exceeded, severity: 'notice' }),
      outcome: 'not-applicable'
    }
  ],
  invalid: [
    {
      name: 'a declaration over the instance budget, at the declaration',
      model: withErrors(exceeded),
      findings: [{ message: `Not evaluated: ${BUDGET}. ${TAIL}`, file: 'fleet/main.tf', line: 1 }]
    },
    {
      name: 'one finding per declaration, in the order the scan sorted them',
      model: withErrors(exceeded, { ...exceeded, file: 'main.bicep', line: 7, message: 'the template took more steps' }),
      findings: [
        { message: `Not evaluated: ${BUDGET}. ${TAIL}`, file: 'fleet/main.tf', line: 1 },
        { message: `Not evaluated: the template took more steps. ${TAIL}`, file: 'main.bicep', line: 7 }
      ]
    }
  ]
})
