/** Unit tests for src/policy/rules/invalid-exemption.ts */
import type { InfrastructureModel } from '../../../src/model/resources.js'
import { rule } from '../../../src/policy/rules/invalid-exemption.js'
import { loc, model } from '../builders.js'
import { runRuleTests } from '../rule-tester.js'

/** The default model with an inline exemption comment on line 9, right above the VM (line 10). */
const exempted = (text: string): InfrastructureModel => ({ ...model(), inlineExemptions: [{ location: loc(9), text }] })
const SHAPE = 'expected rule=<rule id or *> reason="..." owner=<who> expires=YYYY-MM-DD'
const unreadable = (problem: string): string =>
  "VM 'web-01' has an exemption that cannot be read (the inline exemption at infra/main.bicep:9): " +
  `${problem}. It exempts nothing until it is fixed.`

runRuleTests(rule, {
  valid: [
    { name: 'no exemption is keyed to the VM', outcome: 'not-applicable' },
    {
      name: 'an exemption within the maximum lifetime',
      model: exempted('rule=* reason="Lab VM, rebuilt nightly" owner=platform-team expires=2027-02-22'),
      outcome: 'pass'
    },
    {
      name: 'an expired exemption (reported by exemption-expired)',
      model: exempted('rule=* reason=lab owner=ops expires=2026-01-31'),
      outcome: 'pass'
    }
  ],
  invalid: [
    {
      name: 'a missing field',
      model: exempted('rule=reboot-plan-required reason="Retired in December" expires=2026-12-01'),
      findings: [{ message: unreadable(`missing owner=; ${SHAPE}`), file: 'infra/main.bicep', line: 9 }]
    },
    {
      name: 'an expiry that is not a date',
      model: exempted('rule=reboot-plan-required reason=x owner=ops expires=next-month'),
      findings: [{ message: unreadable('expires=next-month is not a date (YYYY-MM-DD)'), file: 'infra/main.bicep', line: 9 }]
    },
    {
      name: 'a rule that does not exist',
      model: exempted('rule=reboot-plan reason=x owner=ops expires=2026-12-01'),
      findings: [
        {
          message: unreadable(
            'rule=reboot-plan is not a rule id (exemption-expired, indeterminate, invalid-exemption, ' +
              'invalid-reboot-plan, invalid-vm-name, not-evaluated, nothing-scanned, platform-reboot-only, reboot-blocked, reboot-plan-required, reboot-window-expired, ' +
              'reboot-window-late, reboot-window-misses-baseline, ' +
              'schedule-prerequisites, unpatched-image, unreadable-manifest) or *'
          ),
          file: 'infra/main.bicep',
          line: 9
        }
      ]
    },
    {
      name: 'a rule about exemptions',
      model: exempted('rule=exemption-expired reason=x owner=ops expires=2026-12-01'),
      findings: [{ message: unreadable('rule=exemption-expired cannot be exempted: fix what it reports'), file: 'infra/main.bicep', line: 9 }]
    },
    {
      name: 'an unclosed quote',
      model: exempted('rule=* reason="Retired in December owner=ops expires=2026-12-01'),
      findings: [{ message: unreadable('reason=" has no closing quote'), file: 'infra/main.bicep', line: 9 }]
    },
    {
      name: 'an expiry past the maximum lifetime',
      model: exempted('rule=reboot-plan-required reason="Until the migration" owner=team-web expires=2027-06-30'),
      findings: [
        {
          message:
            "VM 'web-01' is exempted from reboot-plan-required by the inline exemption at infra/main.bicep:9 (owner " +
            'team-web), but the exemption is not applied: it expires on 2027-06-30, 218 days after the evaluation ' +
            'date 2026-11-24; exemptions may last at most 90 days (max-exemption-days). Set an earlier expiry date, ' +
            'and renew it when it runs out.',
          file: 'infra/main.bicep',
          line: 9
        }
      ]
    }
  ]
})
