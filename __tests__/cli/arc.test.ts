/**
 * Arc-enabled servers end to end (issue 17): the CLI with the real readers and policy on fixtures of
 * each format (__tests__/fixtures/arc), with exact verdicts, findings and messages; and the advisory
 * data's staleness notice on both sides of the 120-day line.
 */
import { describe, expect, it } from '@jest/globals'
import { resolve } from 'node:path'
import { defaultDependencies } from '../../src/cli/dependencies.js'
import type { CliIo } from '../../src/cli/io.js'
import { runCli } from '../../src/cli/run-cli.js'
import type { JsonReport } from '../../src/report/json-report.js'

const FIXTURES = resolve('__tests__/fixtures/arc')

async function run(folder: string, argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: resolve(FIXTURES, folder),
    env: {},
    now: () => new Date('2026-01-10T09:00:00Z')
  }
  const code = await runCli(['scan', '.', ...argv], io, defaultDependencies)
  return { code, stdout, stderr }
}

async function scan(folder: string, asOf = '2026-01-10'): Promise<JsonReport> {
  const { stdout, stderr } = await run(folder, ['--format', 'json', '--as-of', asOf])
  expect(stderr).toBe('')
  return JSON.parse(stdout) as JsonReport
}

const verdicts = (report: JsonReport): string[] =>
  report.resources.map(r => `${r.file}:${r.startLine} ${r.type} ${r.name} ${r.verdict}`)
const findings = (report: JsonReport): string[] =>
  report.findings.map(f => `${f.ruleId} ${f.severity} ${f.file}:${f.startLine} ${f.resource}`)

const ARC = 'Microsoft.HybridCompute/machines'
const VM = 'Microsoft.Compute/virtualMachines'

const NO_PLAN = (name: string, language: string, passedOver = ''): string =>
  `Arc machine '${name}' has hotpatching enabled on Windows Server 2025 (Azure Arc-enabled) but no reboot plan: ` +
  `no maintenance configuration is assigned to it${passedOver}. Windows Server 2025 hotpatch machines that installed KB5070881 ` +
  '(the CVE-2025-59287 out-of-band update) take a reboot-requiring update every month until the January 2026 ' +
  'baseline. Hotpatch machines still restart for every baseline update (January, April, July, October); the next ' +
  'baseline is January 2026 (Patch Tuesday 2026-01-13). A reboot plan is an InGuestPatch maintenance configuration ' +
  'assigned to the Arc machine (an assignment scoped to the machine, or a dynamic scope that selects ' +
  'Microsoft.HybridCompute/machines) that allows reboots (rebootSetting IfRequired or Always) and opens between a ' +
  `baseline's release and the next one's. Add one: the suggested fix shows how in ${language}.`

describe('Arc-enabled servers, format by format', () => {
  it.each([
    [
      'arm',
      [
        `declared-planned.json:5 ${ARC} dc-arm-02 affected-with-plan`,
        `disabled-profile.json:5 ${ARC} dc-arm-disabled not-affected`,
        `enrolled-profile.json:5 ${ARC} dc-arm-01 affected-no-plan`,
        // The legacy form `Microsoft.HybridCompute/machines/providers/configurationAssignments`.
        `legacy-assignment.json:5 ${ARC} dc-arm-legacy affected-with-plan`,
        `missing-feature.json:5 ${ARC} dc-arm-other not-affected`
      ],
      ['reboot-plan-required error enrolled-profile.json:5 dc-arm-01']
    ],
    [
      'bicep',
      [
        `main.bicep:1 ${ARC} dc-bicep-03 affected-with-plan`,
        `main.bicep:50 ${ARC} dc-bicep-04 affected-no-plan`,
        `main.bicep:71 ${ARC} dc-bicep-05 affected-no-plan`
      ],
      ['reboot-plan-required error main.bicep:50 dc-bicep-04', 'schedule-prerequisites error main.bicep:78 dc-bicep-05']
    ],
    [
      // azure-native hybridcompute: an agent-onboarded machine by its license profile (assigned by a literal path, and
      // not at all), a declared machine assigned by `${dc5.name}`, one joined by symbol to a profile that disables it,
      // and two read with `get:` (Bicep's `existing`): one only assigned, one enrolled by a profile and not assigned.
      'pulumi',
      [
        `Pulumi.yaml:4 ${ARC} dc-pulumi-03 affected-with-plan`,
        `Pulumi.yaml:41 ${ARC} dc-pulumi-04 affected-no-plan`,
        `Pulumi.yaml:51 ${ARC} dc-pulumi-05 affected-no-plan`,
        `Pulumi.yaml:73 ${ARC} dc-pulumi-06 not-affected`,
        `Pulumi.yaml:90 ${ARC} dc-pulumi-07 not-affected`,
        `Pulumi.yaml:105 ${ARC} dc-pulumi-08 affected-no-plan`
      ],
      [
        'reboot-plan-required error Pulumi.yaml:41 dc-pulumi-04',
        'schedule-prerequisites error Pulumi.yaml:60 dc-pulumi-05',
        'reboot-plan-required error Pulumi.yaml:105 dc-pulumi-08'
      ]
    ],
    [
      'terraform',
      [
        `excluded/main.tf:6 ${ARC} dc-tf-07 affected-no-plan`,
        `excluded/main.tf:29 ${ARC} dc-tf-08 affected-with-plan`,
        `included/main.tf:6 ${ARC} dc-tf-05 affected-with-plan`,
        `included/main.tf:29 ${ARC} dc-tf-06 affected-with-plan`
      ],
      ['reboot-plan-required error excluded/main.tf:6 dc-tf-07']
    ],
    [
      'terraform-plan',
      [`plan.json:7 ${ARC} dc-plan-09 affected-no-plan`, `plan.json:28 ${ARC} dc-plan-10 not-affected`],
      ['reboot-plan-required error plan.json:7 dc-plan-09']
    ],
    [
      'arm-dynamic',
      [`arc-fleet.json:5 ${ARC} dc-dyn-01 affected-with-plan`],
      []
    ],
    [
      'bicep-dynamic',
      [`main.bicep:2 ${ARC} dc-dyn-02 affected-no-plan`],
      ['reboot-plan-required error main.bicep:2 dc-dyn-02']
    ],
    // The Hotpatch license implies Windows: a dynamic scope's osTypes filter decides for a machine that writes no OS.
    ['bicep-dynamic-os', [`main.bicep:3 ${ARC} dc-os-01 affected-with-plan`], []],
    ['bicep-dynamic-linux', [`main.bicep:2 ${ARC} dc-os-02 affected-no-plan`], ['reboot-plan-required error main.bicep:2 dc-os-02']],
    [
      'same-name',
      [
        `main.tf:4 ${VM} app-01 affected-with-plan`,
        `main.tf:31 ${VM} app-02 affected-no-plan`,
        `main.tf:58 ${ARC} app-01 affected-no-plan`,
        `main.tf:72 ${ARC} app-02 affected-with-plan`
      ],
      ['reboot-plan-required error main.tf:31 app-02', 'reboot-plan-required error main.tf:58 app-01']
    ]
  ])('%s', async (folder, expectedVerdicts, expectedFindings) => {
    const report = await scan(folder)
    expect(verdicts(report)).toEqual(expectedVerdicts)
    expect(findings(report)).toEqual(expectedFindings)
  })

  it('says why a license profile enrols a machine or not (enabled, disabled, no Hotpatch feature)', async () => {
    const report = await scan('arm')
    expect(report.resources.map(r => [r.name, r.reasons])).toEqual([
      [
        'dc-arm-02',
        [
          'enableHotpatching is true (declared-planned.json:11)',
          "maintenance configuration 'arc-monthly' is assigned directly (assignment 'dc-arm-02-window') and is an " +
            'InGuestPatch window that allows reboots (rebootSetting IfRequired); next reboot window 2026-01-14 03:00 ' +
            'UTC, 1 day after the January 2026 baseline',
          'an Arc-enabled server needs no Customer Managed Schedules settings, so the window is honoured'
        ]
      ],
      ['dc-arm-disabled', ['its license profile does not enable the Hotpatch feature (disabled-profile.json:12)']],
      [
        'dc-arm-01',
        ['its license profile enables the Hotpatch feature (enrolled-profile.json:12)', 'no maintenance configuration is assigned']
      ],
      [
        'dc-arm-legacy',
        [
          'its license profile enables the Hotpatch feature (legacy-assignment.json:11)',
          "maintenance configuration 'arc-monthly' is assigned directly (assignment 'monthly') and is an InGuestPatch " +
            'window that allows reboots (rebootSetting IfRequired); next reboot window 2026-01-14 03:00 UTC, 1 day ' +
            'after the January 2026 baseline',
          'an Arc-enabled server needs no Customer Managed Schedules settings, so the window is honoured'
        ]
      ],
      ['dc-arm-other', ['its license profile does not enable the Hotpatch feature (missing-feature.json:12)']]
    ])
  })

  it('judges a Pulumi machine read with get: by the assignment that names it (${dc7.name}), as Bicep an existing one', async () => {
    const report = await scan('pulumi')
    const machine = report.resources.find(r => r.name === 'dc-pulumi-07')
    expect(machine?.reasons).toEqual(['no license profile in the repository enables the Hotpatch feature, and enableHotpatching is not true'])
    expect(machine?.evidence?.map(e => `${e.kind} ${e.name} ${e.status} ${e.file}:${e.startLine}`)).toEqual([
      'maintenance-assignment dc-pulumi-07-window valid Pulumi.yaml:94'
    ])
    // Its profile is related, as a declared machine's is.
    expect(report.resources.find(r => r.name === 'dc-pulumi-08')?.related).toEqual([{ file: 'Pulumi.yaml', startLine: 109, role: 'license-profile' }])
  })

  it('speaks Arc in messages, and fixes with an assignment scoped to the machine', async () => {
    const arm = await scan('arm')
    expect(arm.findings[0]?.message).toBe(NO_PLAN('dc-arm-01', 'ARM template JSON'))
    expect(arm.findings[0]?.fix?.snippet?.text).toContain(
      `"scope": "[resourceId('Microsoft.HybridCompute/machines', 'dc-arm-01')]"`
    )
    expect(arm.findings[0]?.fix?.snippet?.text).not.toContain('bypassPlatformSafetyChecksOnUserSchedule')
    const bicep = await scan('bicep')
    expect(bicep.findings.map(f => f.message)).toEqual([
      NO_PLAN('dc-bicep-04', 'Bicep'),
      "Arc machine 'dc-bicep-05' is assigned maintenance configuration 'arc-monthly', but the window may not be " +
        'honoured: patchMode is AutomaticByOS (main.bicep:78). Azure Update Manager needs no Customer Managed ' +
        'Schedules setting of an Arc-enabled server, but with this patch mode Windows Update installs updates and ' +
        'restarts the machine on its own timetable, outside the window. Set patchMode to AutomaticByPlatform.'
    ])
    expect(bicep.findings[0]?.fix?.snippet?.text).toContain(
      "resource dc_bicep_04Machine 'Microsoft.HybridCompute/machines@2024-07-10' existing = {\n  name: 'dc-bicep-04'\n}"
    )
    const pulumi = await scan('pulumi')
    expect(pulumi.findings[0]?.message).toBe(NO_PLAN('dc-pulumi-04', 'Pulumi YAML'))
    expect(pulumi.findings[0]?.fix?.snippet?.text).toContain(
      '    providerName: Microsoft.HybridCompute\n    resourceType: machines\n    resourceName: "dc-pulumi-04"\n'
    )
    const terraform = await scan('terraform')
    // The dynamic scopes beside it that do not select it are named, with why.
    const passedOver =
      "; dynamic scope 'arc-servers' (excluded/main.tf:65) does not select it: its filter's resource types " +
      "(Microsoft.Compute/virtualMachines) do not include 'Microsoft.HybridCompute/machines'; dynamic scope 'arc-servers' " +
      "(included/main.tf:65) does not select it: its filter's resource groups (rg-onprem) do not include 'rg-edge'"
    expect(terraform.findings[0]?.message).toBe(NO_PLAN('dc-tf-07', 'Terraform', passedOver))
    expect(terraform.findings[0]?.fix?.snippet?.text).toContain(
      'type      = "Microsoft.Maintenance/configurationAssignments@2023-04-01"\n' +
        '  name      = "dc-tf-07-reboot-window"\n  parent_id = azurerm_arc_machine.dc05.id'
    )
  })
})

describe('advisory data that says when it is old', () => {
  // The built-in advisory was reviewed on 2026-08-01: 120 days later is 2026-11-29.
  it('names the advisories and calendar applied with their review date, and no notice up to 120 days', async () => {
    const report = await scan('arm', '2026-11-29')
    expect(report.knowledge).toEqual({
      advisories: [{ id: 'wsus-cve-2025-59287', reviewed: '2026-08-01' }],
      calendar: { baselineMonths: [1, 4, 7, 10], advisoryId: 'wsus-cve-2025-59287', reviewed: '2026-08-01' },
      newestReview: '2026-08-01',
      daysSinceReview: 120
    })
    const text = await run('arm', ['--as-of', '2026-11-29'])
    expect(text.stdout).toContain(
      'Advisories applied: wsus-cve-2025-59287 (reviewed 2026-08-01); baseline calendar January, April,\n' +
        'July, October, computed for any year (reviewed 2026-08-01).\n\nhotpatch-reboot-gate: 5 files'
    )
    expect(text.stdout).not.toContain('may be out of date')
  })

  it('adds one notice past 120 days, in the JSON, SARIF and text reports', async () => {
    const notice =
      'The advisory data was last reviewed on 2026-08-01, 121 days before the evaluation date 2026-11-30 (more ' +
      'than 120): it may be out of date. To add an advisory, write a YAML file of schemas/advisory.schema.json and ' +
      'list it under `advisories:` in .github/hotpatch-reboot-gate.yml; check for a newer release of the gate too.'
    const report = await scan('arm', '2026-11-30')
    expect(report.knowledge?.daysSinceReview).toBe(121)
    expect(report.knowledge?.notice).toBe(notice)
    const sarif = await run('arm', ['--format', 'sarif', '--as-of', '2026-11-30'])
    const log = JSON.parse(sarif.stdout) as { runs: { properties?: { knowledge?: { notice?: string } } }[] }
    expect(log.runs[0]?.properties?.knowledge?.notice).toBe(notice)
    const markdown = await run('arm', ['--format', 'markdown', '--as-of', '2026-11-30'])
    expect(markdown.stdout).toContain(
      'Advisories applied: wsus-cve-2025-59287 \\(reviewed 2026-08-01\\); baseline calendar January, April, July, ' +
        'October, computed for any year \\(reviewed 2026-08-01\\).\n\n> [!NOTE]\n> The advisory data was last ' +
        'reviewed on 2026-08-01, 121 days before the evaluation date 2026-11-30 \\(more than 120\\)'
    )
    expect(markdown.stdout.split('may be out of date').length).toBe(2)
    const text = await run('arm', ['--as-of', '2026-11-30'])
    expect(text.stdout.split('may be out of date').length).toBe(2)
    expect(text.stdout).toContain('notice: The advisory data was last reviewed on 2026-08-01, 121 days before')
  })
})
