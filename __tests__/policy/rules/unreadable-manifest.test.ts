/** Unit tests for src/policy/rules/unreadable-manifest.ts */
import type { InfrastructureModel, ParseError } from '../../../src/model/resources.js'
import { rule } from '../../../src/policy/rules/unreadable-manifest.js'
import { model } from '../builders.js'
import { runRuleTests } from '../rule-tester.js'

const withErrors = (...parseErrors: ParseError[]): InfrastructureModel => ({ ...model(), parseErrors })

const SYNTAX = 'invalid JSON: expected a comma or a closing brace'
const broken: ParseError = { file: 'arm/vm.json', line: 12, column: 5, message: SYNTAX, severity: 'error', kind: 'unreadable-manifest' }
const TAIL =
  'What it holds was not all read (a verdict may rest on what the reader recovered, or on defaults it would have ' +
  'replaced), so the gate cannot pass it. Fix the file, or exclude it in the configuration if it is not deployed.'

runRuleTests(rule, {
  valid: [
    { name: 'every file was read', outcome: 'not-applicable' },
    {
      name: 'a parse error in a file that cannot declare VMs or maintenance (the scan did not mark it)',
      model: withErrors({ file: 'app/settings.json', line: 2, column: 1, message: SYNTAX, severity: 'error' }),
      outcome: 'not-applicable'
    },
    {
      name: 'a notice (a templated YAML file skipped on purpose)',
      model: withErrors({ ...broken, severity: 'notice' }),
      outcome: 'not-applicable'
    },
    {
      name: 'a budget exhausted is not-evaluated, not this rule',
      model: withErrors({ ...broken, kind: 'not-evaluated' }),
      outcome: 'not-applicable'
    }
  ],
  invalid: [
    {
      name: 'a syntax error in a file that may declare a VM, at the error',
      model: withErrors(broken),
      findings: [{ message: `Could not read arm/vm.json, which may declare VMs or their maintenance, or the values they are deployed with: ${SYNTAX}. ${TAIL}`, file: 'arm/vm.json', line: 12 }]
    },
    {
      name: 'a file over the size limit that may declare a VM',
      model: withErrors({ ...broken, file: 'tf/main.tf', line: 1, column: 1, message: 'file is 17.2 MiB, over the 16 MiB limit; not read' }),
      findings: [
        {
          message:
            'Could not read tf/main.tf, which may declare VMs or their maintenance, or the values they are deployed with: file is 17.2 MiB, over the 16 MiB ' +
            `limit; not read. ${TAIL}`,
          file: 'tf/main.tf',
          line: 1
        }
      ]
    }
  ]
})
