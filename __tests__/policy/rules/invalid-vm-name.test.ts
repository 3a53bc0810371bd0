/** Unit tests for src/policy/rules/invalid-vm-name.ts */
import { describe, expect, it } from '@jest/globals'
import type { InfrastructureModel } from '../../../src/model/resources.js'
import { rule, vmNameProblem } from '../../../src/policy/rules/invalid-vm-name.js'
import { FILE, model, scaleSet, vm } from '../builders.js'
import { runRuleTests } from '../rule-tester.js'

const named = (name: string | undefined): InfrastructureModel =>
  model({ virtualMachines: [vm({ identity: { type: 'Microsoft.Compute/virtualMachines', name, symbol: `${FILE}#vm` } })] })
const TAIL = 'Azure will refuse to deploy it; the gate reports it as written.'

runRuleTests(rule, {
  valid: [
    { name: 'a plain name', outcome: 'pass' },
    { name: 'periods, underscores and hyphens inside', model: named('web_01.prod-a'), outcome: 'pass' },
    { name: 'longer than the 15 of a Windows host name, within 64', model: named('a'.repeat(64)), outcome: 'pass' },
    { name: 'an unresolved name is not judged', model: named(undefined), outcome: 'not-applicable' }
  ],
  invalid: [
    {
      name: 'a slash, at the VM, reported as written',
      model: named('rg-web/vm-01'),
      findings: [{ message: `The VM name "rg-web/vm-01" is not a valid Azure VM name: it contains '/', which Azure does not allow in a VM name. ${TAIL}`, file: FILE, line: 10 }]
    },
    {
      name: 'a quote and a newline, shown escaped',
      model: named('vm"a\nb'),
      findings: [{ message: `The VM name "vm\\"a\\nb" is not a valid Azure VM name: it contains '"', which Azure does not allow in a VM name. ${TAIL}`, file: FILE, line: 10 }]
    },
    {
      name: 'a scale set ending with a hyphen',
      model: model({ virtualMachines: [scaleSet({ identity: { type: 'Microsoft.Compute/virtualMachineScaleSets', name: 'web-', symbol: `${FILE}#vmss` } })] }),
      findings: [{ message: `The scale set name "web-" is not a valid Azure VM name: it ends with '-'. ${TAIL}`, file: FILE, line: 10 }]
    }
  ]
})

describe('vmNameProblem', () => {
  it.each([
    ['', 'it is empty'],
    ['a'.repeat(65), 'it has 65 characters, over the 64 Azure allows'],
    ['_web', 'it starts with an underscore'],
    ['web.', "it ends with '.'"],
    ['web@01', "it contains '@', which Azure does not allow in a VM name"],
    ['a\\b', "it contains '\\', which Azure does not allow in a VM name"],
    ['web[0]', "it contains '[', which Azure does not allow in a VM name"],
    ['web-01', undefined],
    ['${var.name}', undefined]
  ])('%j: %s', (name, problem) => {
    expect(vmNameProblem(name)).toBe(problem)
  })
})
