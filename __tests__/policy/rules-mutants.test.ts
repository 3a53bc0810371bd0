/**
 * The plan and window rules of src/policy/rules under mutation (issue 12, docs/mutation.md): the cases each
 * rule's own table left out and a surviving mutant showed, asserted with the rule tester's exact messages,
 * locations and fixes. The window timing rules: window-rules-mutants.test.ts; the image and file rules:
 * image-rules-mutants.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { evaluatePolicy } from '../../src/policy/evaluate.js'
import { rule as indeterminate } from '../../src/policy/rules/indeterminate.js'
import { rule as invalidRebootPlan } from '../../src/policy/rules/invalid-reboot-plan.js'
import { rule as rebootBlocked } from '../../src/policy/rules/reboot-blocked.js'
import { rule as rebootPlanRequired } from '../../src/policy/rules/reboot-plan-required.js'
import {
  assignment,
  assignmentId,
  configuration,
  configurationId,
  configurationRef,
  lit,
  loc,
  model,
  unknownValue,
  vm
} from './builders.js'
import { CAUSE_2026_11_24, PLAN_VM, WS2025 } from './expected-text.js'
import { runRuleTests } from './rule-tester.js'

const SUBJECT = "VM 'web-01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition"

/** Two windows on the VM, an expired one first: the blocking one is the second evidence, not the first. */
const expiredThenBlocking = model({
  maintenanceConfigurations: [
    configuration({
      identity: configurationId('old-window'),
      displayName: 'old-window',
      window: { expirationDateTime: lit('2026-01-01 00:00', 45) }
    }),
    configuration({ rebootSetting: lit('Never', 48) })
  ],
  maintenanceAssignments: [
    assignment(undefined, { identity: assignmentId('web-01-old-window'), configuration: configurationRef('old-window', 70) }),
    assignment()
  ]
})

runRuleTests(rebootBlocked, {
  valid: [
    {
      name: 'an expired window beside an honoured one blocks nothing',
      model: model({
        maintenanceConfigurations: [configuration({ identity: configurationId('old-window'), displayName: 'old-window',
          window: { expirationDateTime: lit('2026-01-01 00:00', 45) } }), configuration()],
        maintenanceAssignments: expiredThenBlocking.maintenanceAssignments
      }),
      outcome: 'pass'
    }
  ],
  invalid: [
    {
      name: 'names the configuration that blocks reboots, not the first one assigned',
      model: expiredThenBlocking,
      lines: { 'infra/main.bicep:48': "      rebootSetting: 'Never'" },
      findings: [
        {
          message:
            `${SUBJECT}, but its maintenance configuration 'patch-window' does not allow reboots (rebootSetting Never), ` +
            `so updates that need a restart stay pending. ${CAUSE_2026_11_24} Set rebootSetting to IfRequired.`,
          file: 'infra/main.bicep',
          line: 48,
          fix: { replacement: { location: loc(48), text: "      rebootSetting: 'IfRequired'" } }
        }
      ]
    }
  ]
})

runRuleTests(rebootBlocked, {
  valid: [
    {
      name: 'a VM whose own rebootSetting is IfRequired, with an honoured window',
      model: model({
        virtualMachines: [vm({ rebootSetting: lit('IfRequired', 25) })],
        maintenanceConfigurations: [configuration()],
        maintenanceAssignments: [assignment()]
      }),
      outcome: 'pass'
    }
  ],
  invalid: [
    {
      name: 'a configuration that blocks reboots on a VM whose own rebootSetting is IfRequired',
      model: model({
        virtualMachines: [vm({ rebootSetting: lit('IfRequired', 25) })],
        maintenanceConfigurations: [configuration({ rebootSetting: lit('NeverReboot', 48) })],
        maintenanceAssignments: [assignment()]
      }),
      findings: [
        {
          message:
            `${SUBJECT}, but its maintenance configuration 'patch-window' does not allow reboots (rebootSetting ` +
            `NeverReboot), so updates that need a restart stay pending. ${CAUSE_2026_11_24} Set rebootSetting to IfRequired.`,
          file: 'infra/main.bicep',
          line: 48
        }
      ]
    }
  ]
})

/** Two configurations of another scope assigned to the VM: neither is a window, both are named. */
const twoHostConfigurations = model({
  maintenanceConfigurations: [
    configuration({ maintenanceScope: lit('Host', 42) }),
    configuration({ identity: configurationId('os-image'), displayName: 'os-image', maintenanceScope: lit('OSImage', 72) })
  ],
  maintenanceAssignments: [
    assignment(),
    assignment(undefined, { identity: assignmentId('web-01-os-image'), configuration: configurationRef('os-image', 74) })
  ]
})

runRuleTests(rebootPlanRequired, {
  valid: [
    {
      name: 'a configuration of another scope beside an honoured window',
      model: model({
        maintenanceConfigurations: [
          configuration(),
          configuration({ identity: configurationId('os-image'), displayName: 'os-image', maintenanceScope: lit('OSImage', 72) })
        ],
        maintenanceAssignments: twoHostConfigurations.maintenanceAssignments
      }),
      outcome: 'pass'
    }
  ],
  invalid: [
    {
      name: 'names every configuration assigned, separated by semicolons',
      model: twoHostConfigurations,
      findings: [
        {
          message:
            `VM 'web-01' has hotpatching enabled on ${WS2025} but no reboot plan: maintenance configuration ` +
            "'patch-window' is assigned directly (assignment 'web-01-patch-window'), but its maintenanceScope is Host " +
            "(infra/main.bicep:42), not InGuestPatch; maintenance configuration 'os-image' is assigned directly " +
            "(assignment 'web-01-os-image'), but its maintenanceScope is OSImage (infra/main.bicep:72), not " +
            `InGuestPatch. ${CAUSE_2026_11_24} ${PLAN_VM} Add one: the suggested fix shows how in Bicep.`,
          file: 'infra/main.bicep',
          line: 10
        }
      ]
    }
  ]
})

const NO_SKU = unknownValue<string>(16, "parameter 'sku' has no default and no parameter file sets it")

const COULD_NOT_TELL =
  "Could not tell whether VM 'web-01' needs a reboot plan: image.sku at infra/main.bicep:16: parameter 'sku' has no " +
  'default and no parameter file sets it.'
const MAKE_RESOLVABLE =
  'Make these values resolvable (a literal, a parameter default or a parameter file), or exempt the resource with ' +
  'a reason.'

runRuleTests(indeterminate, {
  valid: [
    {
      name: 'a VM that may be affected, with an honoured window',
      model: model({
        virtualMachines: [vm({ image: { sku: NO_SKU } })],
        maintenanceConfigurations: [configuration()],
        maintenanceAssignments: [assignment()]
      }),
      outcome: 'pass'
    }
  ],
  invalid: [
    {
      name: 'a VM that may be affected, whose window is not honoured, names each reason the window does not work',
      model: model({
        virtualMachines: [
          vm({
            image: { sku: NO_SKU },
            patchMode: lit('AutomaticByOS', 22),
            bypassPlatformSafetyChecksOnUserSchedule: lit(false, 26)
          })
        ],
        maintenanceConfigurations: [configuration()],
        maintenanceAssignments: [assignment()]
      }),
      findings: [
        {
          message:
            `${COULD_NOT_TELL} Whatever they resolve to, this window does not reboot it in time: maintenance ` +
            "configuration 'patch-window' is assigned directly (assignment 'web-01-patch-window') and is an InGuestPatch " +
            'window that allows reboots (rebootSetting IfRequired); next reboot window 2027-01-13 03:00 UTC, 1 day ' +
            'after the January 2027 baseline, but the window is not honoured: patchMode is AutomaticByOS ' +
            '(infra/main.bicep:22); bypassPlatformSafetyChecksOnUserSchedule is false (infra/main.bicep:26). ' +
            MAKE_RESOLVABLE,
          file: 'infra/main.bicep',
          line: 16
        }
      ]
    },
    {
      name: 'a VM that may be affected and not set up for schedules, whose only window expired, names the expiry alone',
      model: model({
        virtualMachines: [vm({ image: { sku: NO_SKU }, patchMode: lit('AutomaticByOS', 22) })],
        maintenanceConfigurations: [configuration({ window: { expirationDateTime: lit('2026-01-01 00:00', 45) } })],
        maintenanceAssignments: [assignment()]
      }),
      findings: [
        {
          message:
            `${COULD_NOT_TELL} Whatever they resolve to, this window does not reboot it in time: maintenance ` +
            "configuration 'patch-window' is assigned directly (assignment 'web-01-patch-window'), but it expired on " +
            `2026-01-01 00:00 (infra/main.bicep:45). ${MAKE_RESOLVABLE}`,
          file: 'infra/main.bicep',
          line: 16
        }
      ]
    },
    {
      name: 'a VM that may be affected, with two windows that do not work, names both',
      model: model({
        virtualMachines: [vm({ image: { sku: NO_SKU } })],
        maintenanceConfigurations: [
          configuration({ window: { expirationDateTime: lit('2026-01-01 00:00', 45) } }),
          configuration({
            identity: configurationId('old-window'),
            displayName: 'old-window',
            window: { expirationDateTime: lit('2026-02-01 00:00', 75) }
          })
        ],
        maintenanceAssignments: [
          assignment(),
          assignment(undefined, { identity: assignmentId('web-01-old-window'), configuration: configurationRef('old-window', 70) })
        ]
      }),
      findings: [
        {
          message:
            `${COULD_NOT_TELL} Whatever they resolve to, these windows do not reboot it in time: maintenance ` +
            "configuration 'patch-window' is assigned directly (assignment 'web-01-patch-window'), but it expired on " +
            "2026-01-01 00:00 (infra/main.bicep:45); maintenance configuration 'old-window' is assigned directly " +
            "(assignment 'web-01-old-window'), but it expired on 2026-02-01 00:00 (infra/main.bicep:75). " +
            MAKE_RESOLVABLE,
          file: 'infra/main.bicep',
          line: 16
        }
      ]
    }
  ]
})

describe('invalid-reboot-plan findings', () => {
  const findingsFor = (window: string) =>
    evaluatePolicy(
      model({ virtualMachines: [vm({ tags: lit({ 'hotpatch-reboot-window': window }, 12) })] }),
      { asOf: new Date('2026-11-24T00:00:00Z'), rules: [invalidRebootPlan] }
    ).findings

  it('are about the declared plan, with the VM it names related as the planned resource', () => {
    const [finding, ...rest] = findingsFor('soon')
    expect(rest).toEqual([])
    expect(finding?.location).toEqual({ file: 'infra/main.bicep', line: 12, column: 5 })
    expect(finding?.related).toEqual([{ file: 'infra/main.bicep', startLine: 10, role: 'planned-resource' }])
  })

  it('change fingerprint when the declared plan changes', () => {
    const fingerprints = ['soon', 'later'].map(window => findingsFor(window).map(finding => finding.fingerprint))
    expect(fingerprints[0]).toHaveLength(1)
    expect(fingerprints[1]).toHaveLength(1)
    expect(fingerprints[0]).not.toEqual(fingerprints[1])
  })
})
