/** Unit tests for src/policy/rules/reboot-blocked.ts */
import { known } from '../../../src/model/source.js'
import { rule } from '../../../src/policy/rules/reboot-blocked.js'
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
  unset,
  vm,
  withPlan
} from '../builders.js'
import { CAUSE_2025_11_05_WS2025, CAUSE_2026_11_24 } from '../expected-text.js'
import { runRuleTests } from '../rule-tester.js'

const SUBJECT = "VM 'web-01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition"
const vmNever = (value: string, cause = CAUSE_2026_11_24): string =>
  `${SUBJECT}, but its rebootSetting is ${value}, which takes precedence over any maintenance configuration: it ` +
  `never restarts to finish updates that need one. ${cause} Set rebootSetting to IfRequired.`
const configurationBlocks = (setting: string, remedy: string): string =>
  `${SUBJECT}, but its maintenance configuration 'patch-window' does not allow reboots (${setting}), so updates ` +
  `that need a restart stay pending. ${CAUSE_2026_11_24} ${remedy}`
const onlyListedKbs = (selection: string): string =>
  `${SUBJECT}, but its maintenance configuration 'patch-window' installs only ${selection}: the baselines and monthly ` +
  'updates to come have KB numbers not released yet, so this window never installs them or reboots for them. ' +
  `${CAUSE_2026_11_24} Add Security (and Critical) to classificationsToInclude.`
const replacement = (line: number, text: string) => ({ replacement: { location: loc(line), text } })

const dailyNever = configuration({
  identity: configurationId('daily-definitions'),
  rebootSetting: lit('NeverReboot', 78)
})
const daily = assignment(undefined, {
  identity: assignmentId('daily'),
  configuration: configurationRef('daily-definitions', 80)
})

runRuleTests(rule, {
  valid: [
    { name: 'an honoured window allows reboots', model: withPlan(), outcome: 'pass' },
    { name: 'no plan at all (reported by reboot-plan-required)', outcome: 'pass' },
    {
      name: 'a valid window wins over a daily NeverReboot configuration on the same VM',
      model: withPlan({
        maintenanceConfigurations: [configuration(), dailyNever],
        maintenanceAssignments: [assignment(), daily]
      }),
      outcome: 'pass'
    },
    {
      name: 'a window of Security updates, with KBs of its own or not, may install a baseline',
      model: withPlan({
        maintenanceConfigurations: [
          configuration({ classificationsToInclude: lit(['security'], 50) }),
          configuration({ identity: configurationId('kb-window'), classificationsToInclude: lit(['Security'], 50), kbNumbersToInclude: lit(['KB5070881'], 51) })
        ]
      }),
      outcome: 'pass'
    },
    {
      name: 'hotpatching is off',
      model: model({ virtualMachines: [vm({ enableHotpatching: lit(false, 23), rebootSetting: lit('Never', 25) })] }),
      outcome: 'not-applicable'
    },
    {
      name: 'the VM rebootSetting cannot be resolved',
      model: withPlan({ virtualMachines: [vm({ rebootSetting: unknownValue(25, 'no value') })] }),
      outcome: 'not-applicable'
    }
  ],
  invalid: [
    {
      name: 'rebootSetting Never on the VM, with a one-line fix',
      model: withPlan({ virtualMachines: [vm({ rebootSetting: lit('Never', 25) })] }),
      lines: { 'infra/main.bicep:25': "          rebootSetting: 'Never'" },
      findings: [
        {
          message: vmNever('Never'),
          file: 'infra/main.bicep',
          line: 25,
          fix: replacement(25, "          rebootSetting: 'IfRequired'")
        }
      ]
    },
    {
      name: 'rebootSetting never (any case) on the VM as of 2025-11-05, line not readable: no fix',
      asOf: '2025-11-05',
      model: model({ virtualMachines: [vm({ rebootSetting: lit('never', 25) })] }),
      findings: [{ message: vmNever('never', CAUSE_2025_11_05_WS2025), file: 'infra/main.bicep', line: 25, fix: null }]
    },
    {
      name: 'the assigned configuration says NeverReboot (the service spelling)',
      model: withPlan({ maintenanceConfigurations: [configuration({ rebootSetting: lit('NeverReboot', 48) })] }),
      lines: { 'infra/main.bicep:48': "      rebootSetting: 'NeverReboot'" },
      findings: [
        {
          message: configurationBlocks('rebootSetting NeverReboot', 'Set rebootSetting to IfRequired.'),
          file: 'infra/main.bicep',
          line: 48,
          fix: replacement(48, "      rebootSetting: 'IfRequired'")
        }
      ]
    },
    {
      name: "the VM model's IfRequired does not override the assigned configuration's Never: the window's line is reported",
      model: withPlan({
        virtualMachines: [vm({ rebootSetting: lit('IfRequired', 25) })],
        maintenanceConfigurations: [configuration({ rebootSetting: lit('Never', 48) })]
      }),
      lines: { 'infra/main.bicep:48': "      rebootSetting: 'Never'" },
      findings: [
        {
          message: configurationBlocks('rebootSetting Never', 'Set rebootSetting to IfRequired.'),
          file: 'infra/main.bicep',
          line: 48,
          fix: replacement(48, "      rebootSetting: 'IfRequired'")
        }
      ]
    },
    {
      name: 'the assigned configuration excludes KBs that require a reboot',
      model: withPlan({ maintenanceConfigurations: [configuration({ excludeKbsRequiringReboot: lit(true, 49) })] }),
      lines: { 'infra/main.bicep:49': '        excludeKbsRequiringReboot: true' },
      findings: [
        {
          message: configurationBlocks('excludeKbsRequiringReboot true', 'Set excludeKbsRequiringReboot to false.'),
          file: 'infra/main.bicep',
          line: 49,
          fix: replacement(49, '        excludeKbsRequiringReboot: false')
        }
      ]
    },
    {
      name: 'the assigned configuration installs only Definition updates (a daily Defender window), no baseline',
      model: withPlan({ maintenanceConfigurations: [configuration({ classificationsToInclude: lit(['Definition', 'Tools'], 50) })] }),
      findings: [
        {
          message:
            `${SUBJECT}, but its maintenance configuration 'patch-window' installs only Definition, Tools updates: a ` +
            'baseline is a Security update, which this window never installs or reboots for. ' +
            `${CAUSE_2026_11_24} Add Security (and Critical) to classificationsToInclude.`,
          file: 'infra/main.bicep',
          line: 50,
          fix: null
        }
      ]
    },
    {
      name: 'the assigned configuration installs only Critical updates: fixes of non-security bugs, no baseline',
      model: withPlan({ maintenanceConfigurations: [configuration({ classificationsToInclude: lit(['Critical'], 50) })] }),
      findings: [
        {
          message:
            `${SUBJECT}, but its maintenance configuration 'patch-window' installs only Critical updates: a ` +
            'baseline is a Security update, which this window never installs or reboots for. ' +
            `${CAUSE_2026_11_24} Add Security (and Critical) to classificationsToInclude.`,
          file: 'infra/main.bicep',
          line: 50,
          fix: null
        }
      ]
    },
    {
      name: 'the assigned configuration installs only the KBs it lists (classifications []): never a later baseline',
      model: withPlan({
        maintenanceConfigurations: [configuration({ classificationsToInclude: lit([], 50), kbNumbersToInclude: lit(['KB5070893'], 51) })]
      }),
      findings: [{ message: onlyListedKbs('the KBs it lists (KB5070893)'), file: 'infra/main.bicep', line: 51, fix: null }]
    },
    {
      name: 'the assigned configuration installs only KB5070881 (classifications unwritten)',
      model: withPlan({
        maintenanceConfigurations: [configuration({ classificationsToInclude: unset(50), kbNumbersToInclude: lit(['KB5070881'], 51) })]
      }),
      findings: [{ message: onlyListedKbs('the KBs it lists (KB5070881)'), file: 'infra/main.bicep', line: 51, fix: null }]
    },
    {
      name: 'the assigned configuration installs Definition updates and the KBs it lists: never a later baseline',
      model: withPlan({
        maintenanceConfigurations: [configuration({ classificationsToInclude: lit(['Definition'], 50), kbNumbersToInclude: lit(['5070881'], 51) })]
      }),
      findings: [{ message: onlyListedKbs('Definition updates and the KBs it lists (5070881)'), file: 'infra/main.bicep', line: 51, fix: null }]
    },
    {
      name: 'Never from a parameter default is not rewritten in place',
      model: withPlan({ virtualMachines: [vm({ rebootSetting: known('Never', loc(3), 'default', 'reboot') })] }),
      lines: { 'infra/main.bicep:3': "param reboot string = 'Never'" },
      findings: [{ message: vmNever('Never'), file: 'infra/main.bicep', line: 3, fix: null }]
    },
    {
      name: 'Never written twice on the line gives no fix',
      model: model({ virtualMachines: [vm({ rebootSetting: lit('Never', 25) })] }),
      lines: { 'infra/main.bicep:25': "  rebootSetting: 'Never' // Never reboot" },
      findings: [{ message: vmNever('Never'), file: 'infra/main.bicep', line: 25, fix: null }]
    }
  ]
})
