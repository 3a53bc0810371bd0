/** ARM template expressions that are malformed or built to exhaust the stack. */
import type { HostileCase } from '../case.js'
import { armTemplate, armVm } from '../manifests.js'

const CALLS = 10_000

export const EXPRESSION_CASES: readonly HostileCase[] = [
  {
    name: 'ARM expressions with unbalanced brackets',
    files: () => ({
      'arm-unbalanced/vm.json': armTemplate([
        // Not closed by `]`: ARM reads it as literal text, and so do we.
        armVm("[concat('vm-', 'open'"),
        armVm("[concat('vm-', 'missing-paren']"),
        armVm("[toLower('VM-EXTRA-PAREN'))]"),
        armVm("[[concat('escaped')]"),
        armVm("[concat('vm-', parameters('p')[0]]")
      ])
    }),
    parseErrors: [
      "arm-unbalanced/vm.json:32:7 error invalid expression: expected ',' or ')', found the end of the expression (character 31 of the string)",
      "arm-unbalanced/vm.json:56:7 error invalid expression: unexpected ')' (character 27 of the string)",
      "arm-unbalanced/vm.json:104:7 error invalid expression: expected ',' or ')', found the end of the expression (character 34 of the string)"
    ],
    resources: [
      "arm-unbalanced/vm.json:5 [concat('vm-', 'open' affected-no-plan",
      'arm-unbalanced/vm.json:29 arm-unbalanced/vm.json#resources[1] affected-no-plan',
      'arm-unbalanced/vm.json:53 arm-unbalanced/vm.json#resources[2] affected-no-plan',
      "arm-unbalanced/vm.json:77 [concat('escaped')] affected-no-plan",
      'arm-unbalanced/vm.json:101 arm-unbalanced/vm.json#resources[4] affected-no-plan'
    ],
    findings: [
      // ARM reads these two as literal names, with `[` in them: Azure would refuse them (invalid-vm-name).
      'invalid-vm-name notice arm-unbalanced/vm.json:5',
      'invalid-vm-name notice arm-unbalanced/vm.json:77',
      'reboot-plan-required error arm-unbalanced/vm.json:5',
      'reboot-plan-required error arm-unbalanced/vm.json:29',
      'reboot-plan-required error arm-unbalanced/vm.json:53',
      'reboot-plan-required error arm-unbalanced/vm.json:77',
      'reboot-plan-required error arm-unbalanced/vm.json:101',
      'unreadable-manifest error arm-unbalanced/vm.json:32',
      'unreadable-manifest error arm-unbalanced/vm.json:56',
      'unreadable-manifest error arm-unbalanced/vm.json:104'
    ]
  },
  {
    name: 'ARM expression with 10,000 nested calls',
    files: () => ({
      'arm-nested-calls/vm.json': armTemplate([armVm(`[${'concat('.repeat(CALLS)}'vm-nested'${')'.repeat(CALLS)}]`)])
    }),
    parseErrors: [
      'arm-nested-calls/vm.json:8:7 error invalid expression: expression nested deeper than 64 levels (character 457 of the string)'
    ],
    resources: [
      'arm-nested-calls/vm.json:5 arm-nested-calls/vm.json#resources[0] affected-no-plan'
    ],
    findings: [
      'reboot-plan-required error arm-nested-calls/vm.json:5',
      'unreadable-manifest error arm-nested-calls/vm.json:8'
    ]
  },
  {
    name: 'ARM expressions with 100,000 chained property and index accesses',
    files: () => ({
      'arm-chains/vm.json': armTemplate([
        armVm(`[variables('v')${'.a'.repeat(100_000)}]`),
        armVm(`[variables('v')${'[0]'.repeat(100_000)}]`)
      ], { variables: { v: { a: 'vm-chain' } } })
    }),
    parseErrors: [
      'arm-chains/vm.json:13:7 error invalid expression: expression nested deeper than 64 levels (character 144 of the string)',
      'arm-chains/vm.json:37:7 error invalid expression: expression nested deeper than 64 levels (character 206 of the string)'
    ],
    resources: [
      'arm-chains/vm.json:10 arm-chains/vm.json#resources[0] affected-no-plan',
      'arm-chains/vm.json:34 arm-chains/vm.json#resources[1] affected-no-plan'
    ],
    findings: [
      'reboot-plan-required error arm-chains/vm.json:10',
      'reboot-plan-required error arm-chains/vm.json:34',
      'unreadable-manifest error arm-chains/vm.json:13',
      'unreadable-manifest error arm-chains/vm.json:37'
    ]
  },
  {
    name: 'ARM variables nested 500 deep, referring to each other in a chain of 60',
    files: () => ({
      // Compact JSON: indented, 60 × 500 levels would pass the size limit.
      'arm-variable-chain/vm.json': armTemplate([armVm("[string(length(variables('v0')))]")], {
        variables: 'CHAIN'
      }).replace('"CHAIN"', JSON.stringify(chainedDeepVariables())),
      'arm-variable-chain/calls.json': armTemplate([armVm("[variables('c0')]")], { variables: chainedDeepCalls() })
    }),
    parseErrors: [
      'arm-variable-chain/calls.json:13:5 error evaluation nested deeper than 1000 levels (values and variables nested in one another); it is unresolved',
      'arm-variable-chain/vm.json:4:1535 error evaluation nested deeper than 1000 levels (values and variables nested in one another); it is unresolved'
    ],
    resources: [
      'arm-variable-chain/calls.json:67 arm-variable-chain/calls.json#resources[0] affected-no-plan',
      'arm-variable-chain/vm.json:6 1 affected-no-plan'
    ],
    findings: [
      'reboot-plan-required error arm-variable-chain/calls.json:67',
      'reboot-plan-required error arm-variable-chain/vm.json:6',
      'unreadable-manifest error arm-variable-chain/calls.json:13',
      'unreadable-manifest error arm-variable-chain/vm.json:4'
    ]
  },
  {
    name: 'ARM json() of a string nested 100,000 deep',
    files: () => ({
      'arm-json-function/vm.json': armTemplate([armVm(`[json('${'['.repeat(100_000)}${']'.repeat(100_000)}')]`)])
    }),
    parseErrors: [],
    resources: [
      'arm-json-function/vm.json:5 arm-json-function/vm.json#resources[0] affected-no-plan'
    ],
    findings: [
      'reboot-plan-required error arm-json-function/vm.json:5'
    ]
  }
]

/** 60 variables, each a value nested 500 deep whose innermost item is the next variable. */
export function chainedDeepVariables(): Record<string, unknown> {
  const variables: Record<string, unknown> = {}
  for (let i = 0; i < 60; i++) {
    let value: unknown = i === 59 ? 'vm-chained' : `[variables('v${i + 1}')]`
    for (let d = 0; d < 500; d++) value = [value]
    variables[`v${i}`] = value
  }
  return variables
}

/** 60 variables, each 60 nested calls deep with the next variable innermost. */
export function chainedDeepCalls(): Record<string, string> {
  const variables: Record<string, string> = {}
  for (let i = 0; i < 60; i++) {
    const inner = i === 59 ? "'vm-chained-calls'" : `variables('c${i + 1}')`
    variables[`c${i}`] = `[${'concat('.repeat(60)}${inner}${')'.repeat(60)}]`
  }
  return variables
}
