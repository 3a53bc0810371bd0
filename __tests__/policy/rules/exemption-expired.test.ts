/** Unit tests for src/policy/rules/exemption-expired.ts */
import type { InfrastructureModel } from '../../../src/model/resources.js'
import { rule } from '../../../src/policy/rules/exemption-expired.js'
import { loc, model, scaleSet } from '../builders.js'
import { runRuleTests } from '../rule-tester.js'

/** The default model with inline exemption comments on line 9, right above the VM (line 10). */
const exempted = (text: string, base: InfrastructureModel = model()): InfrastructureModel => ({
  ...base,
  inlineExemptions: [{ location: loc(9), text }]
})
const fields = (expires: string, rule = 'reboot-plan-required'): string =>
  `rule=${rule} reason="Rebooted by the CAB-2291 runbook" owner=team-web expires=${expires}`

runRuleTests(rule, {
  valid: [
    { name: 'no exemption is keyed to the VM', outcome: 'not-applicable' },
    { name: 'an inline exemption in force', model: exempted(fields('2026-12-31')), outcome: 'pass' },
    { name: 'an exemption is in force on its expiry date', model: exempted(fields('2026-11-24')), outcome: 'pass' },
    {
      name: 'an exemption that cannot be read (reported by invalid-exemption)',
      model: exempted('rule=reboot-plan-required expires=2026-01-01'),
      outcome: 'pass'
    }
  ],
  invalid: [
    {
      name: 'an inline exemption that expired the day before the evaluation date',
      model: exempted(fields('2026-11-23')),
      findings: [
        {
          message:
            "VM 'web-01' is exempted from reboot-plan-required by the inline exemption at infra/main.bicep:9 (owner " +
            'team-web: Rebooted by the CAB-2291 runbook), but the exemption expired on 2026-11-23, so the findings ' +
            'it covered count again. Fix what they report, or renew the exemption with a later expiry date.',
          file: 'infra/main.bicep',
          line: 9
        }
      ]
    },
    {
      name: 'an expired exemption of every rule on a scale set',
      model: exempted(fields('2026-06-30', '*'), model({ virtualMachines: [scaleSet()] })),
      findings: [
        {
          message:
            "Scale set 'web-vmss' is exempted from every rule by the inline exemption at infra/main.bicep:9 (owner " +
            'team-web: Rebooted by the CAB-2291 runbook), but the exemption expired on 2026-06-30, so the findings ' +
            'it covered count again. Fix what they report, or renew the exemption with a later expiry date.',
          file: 'infra/main.bicep',
          line: 9
        }
      ]
    }
  ]
})
