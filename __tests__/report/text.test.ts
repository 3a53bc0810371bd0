/**
 * Unit tests for src/report/text.ts: the terminal report, compared as exact text.
 */
import { WORKSPACE_SUBJECT } from '../../src/policy/subject.js'
import { describe, expect, it } from '@jest/globals'
import { buildJsonReport } from '../../src/report/build-report.js'
import type { ParseError } from '../../src/model/resources.js'
import type { JsonReport } from '../../src/report/json-report.js'
import { renderSummaryLine, renderText } from '../../src/report/text.js'
import { at, makeAssessment, makeFinding, makeScanResult, makeVm } from './builders.js'
import { scenario } from './scenario.js'

const report = (result = scenario): JsonReport => buildJsonReport(result, { toolVersion: '0.1.0', asOf: '2025-11-03' })

describe('renderText', () => {
  it('lists each file with its VMs, their findings and fixes, parse errors, then one summary line', () => {
    expect(renderText(report(), { color: false })).toBe(
      [
        'charts/vm/templates/vm.yaml',
        '  · skipped at line 1, column 1: Helm template: skipped',
        '',
        'infra/app.json',
        '  ⚠ vm-app [app.dev.parameters.json] (VM)   line 31 — affected, reboots left to the platform',
        // A message is one paragraph: its line break (from a quoted manifest value, in practice) is a space.
        '      warning  platform-reboot-unscheduled  Reboots of vm-app are left to the platform. Assign a',
        '                                            maintenance configuration to choose when.',
        '  ✖ vm-app [app.prod.parameters.json] (VM)  line 31 — affected, reboots blocked',
        "      error    reboot-not-blocked           Maintenance configuration 'mc-never' never reboots",
        '                                            (rebootSetting Never).',
        '                                            at infra/app.prod.parameters.json:14',
        '      fix: change line 14 to: "value": "IfRequired"',
        '',
        'infra/broken.json',
        "  ✖ parse error at line 3, column 7: expected ',' or '}' after a property value",
        '',
        'infra/main.bicep',
        '  ✖ vm-web-01 (VM)  line 12 — affected, no reboot plan',
        "      error     reboot-plan-required       VM 'vm-web-01' runs hotpatch on",
        '                                           2025-datacenter-azure-edition but no maintenance',
        '                                           configuration allowing reboots is assigned to it.',
        '                                           Baseline months (January, April, July, October) restart',
        '                                           it.',
        '      fix: add this bicep:',
        "           resource webPatchWindow 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {",
        "             name: 'mc-vm-web-01'",
        '             location: location',
        '             properties: {',
        "               maintenanceScope: 'InGuestPatch'",
        "               installPatches: { rebootSetting: 'IfRequired' }",
        '             }',
        '           }',
        '  ✔ vm-web-02 (VM)  line 58 — affected, reboot plan in place',
        '  ? vm-batch (VM)   line 120 — indeterminate',
        "      exempted  hotpatch-image-unresolved  Cannot tell whether 'vm-batch' runs a hotpatch image.",
        '      exemption: decommissioned in December (owner @platform-team, expires 2026-01-31,',
        '                 .github/hotpatch-reboot-gate.yml:4)',
        '',
        'modules/linux/main.tf',
        '  · vm-linux (VM)  line 3 — not affected',
        '      osType is Linux',
        '',
        'hotpatch-reboot-gate: 5 files, 6 VMs (1 affected without a plan, 1 affected with reboots blocked, ' +
          '1 affected with platform reboots, 1 indeterminate, 1 with a plan, 1 not affected), 2 errors, 1 warning, ' +
          '1 parse error, 1 exempted, 1 file skipped',
        ''
      ].join('\n')
    )
  })

  it('keeps every line but the summary and code within 100 columns', () => {
    const lines = renderText(report(), { color: false }).split('\n')
    const prose = lines.filter(line => !line.startsWith('hotpatch-reboot-gate:') && !line.startsWith('           '))
    expect(prose.filter(line => line.length > 100)).toEqual([])
  })

  it('shows only VMs with errors or warnings and parse errors when quiet', () => {
    expect(renderText(report(), { color: false, quiet: true })).toBe(
      [
        'infra/app.json',
        '  ⚠ vm-app [app.dev.parameters.json] (VM)   line 31 — affected, reboots left to the platform',
        // A message is one paragraph: its line break (from a quoted manifest value, in practice) is a space.
        '      warning  platform-reboot-unscheduled  Reboots of vm-app are left to the platform. Assign a',
        '                                            maintenance configuration to choose when.',
        '  ✖ vm-app [app.prod.parameters.json] (VM)  line 31 — affected, reboots blocked',
        "      error    reboot-not-blocked           Maintenance configuration 'mc-never' never reboots",
        '                                            (rebootSetting Never).',
        '                                            at infra/app.prod.parameters.json:14',
        '      fix: change line 14 to: "value": "IfRequired"',
        '',
        'infra/broken.json',
        "  ✖ parse error at line 3, column 7: expected ',' or '}' after a property value",
        '',
        'infra/main.bicep',
        '  ✖ vm-web-01 (VM)  line 12 — affected, no reboot plan',
        "      error  reboot-plan-required  VM 'vm-web-01' runs hotpatch on 2025-datacenter-azure-edition but",
        '                                   no maintenance configuration allowing reboots is assigned to it.',
        '                                   Baseline months (January, April, July, October) restart it.',
        '      fix: add this bicep:',
        "           resource webPatchWindow 'Microsoft.Maintenance/maintenanceConfigurations@2023-04-01' = {",
        "             name: 'mc-vm-web-01'",
        '             location: location',
        '             properties: {',
        "               maintenanceScope: 'InGuestPatch'",
        "               installPatches: { rebootSetting: 'IfRequired' }",
        '             }',
        '           }',
        '',
        'hotpatch-reboot-gate: 5 files, 6 VMs (1 affected without a plan, 1 affected with reboots blocked, ' +
          '1 affected with platform reboots, 1 indeterminate, 1 with a plan, 1 not affected), 2 errors, 1 warning, ' +
          '1 parse error, 1 exempted, 1 file skipped',
        ''
      ].join('\n')
    )
  })

  it('colours symbols, verdicts, severities and the summary when asked, and only then', () => {
    const vm = makeVm({ name: 'vm-web-01', file: 'main.bicep', line: 12 })
    const result = makeScanResult({
      files: ['main.bicep'],
      assessments: [makeAssessment(vm, 'affected-no-plan')],
      findings: [makeFinding(vm, 'reboot-plan-required', 'No reboot plan.')]
    })
    expect(renderText(report(result), { color: true }).split('\n')).toEqual([
      '\u001b[4mmain.bicep\u001b[24m',
      '  \u001b[31m✖\u001b[39m \u001b[1mvm-web-01 (VM)\u001b[22m  \u001b[2mline 12\u001b[22m — \u001b[31maffected, no reboot plan\u001b[39m',
      '      \u001b[31merror\u001b[39m  \u001b[2mreboot-plan-required\u001b[22m  No reboot plan.',
      '',
      '\u001b[1m\u001b[31mhotpatch-reboot-gate: 1 file, 1 VM (1 affected without a plan), 1 error, 0 warnings, 0 parse errors\u001b[39m\u001b[22m',
      ''
    ])
    expect(renderText(report(result), { color: false })).not.toContain('\u001b')
  })

  it('says why a VM is not affected, its first reason, wrapped under it: a VM a condition leaves out is told from one on another image', () => {
    const held = makeVm({ name: 'vm-hotpatch', file: 'main.bicep', line: 2 })
    const linux = makeVm({ name: 'vm-linux', file: 'main.bicep', line: 30 })
    const reasons = ['it is not deployed (the condition or loop count at main.bicep:2)', 'image MicrosoftWindowsServer:WindowsServer:2025-datacenter-azure-edition']
    const result = makeScanResult({
      files: ['main.bicep'],
      assessments: [makeAssessment(held, 'not-affected', { reasons }), makeAssessment(linux, 'not-affected', { reasons: ['it runs Linux (main.bicep:41)'] })]
    })
    expect(renderText(report(result), { color: false, width: 40 }).split('\n').slice(0, 7)).toEqual([
      'main.bicep',
      '  · vm-hotpatch (VM)  line 2 — not affected',
      '      it is not deployed (the condition',
      '      or loop count at main.bicep:2)',
      '  · vm-linux (VM)     line 30 — not affected',
      '      it runs Linux (main.bicep:41)',
      ''
    ])
    expect(renderText(report(result), { color: true })).toContain('\u001b[2mit runs Linux (main.bicep:41)\u001b[22m')
  })

  it('lines up the verdicts of a file without regard to a title longer than 48 characters', () => {
    const short = makeVm({ name: 'vm-web-01', file: 'main.bicep', line: 12 })
    const long = makeVm({ name: 'tests/e2e/defaults/main.test.bicep#deploy > main.bicep#vm', file: 'main.bicep', line: 40 })
    const result = makeScanResult({
      files: ['main.bicep'],
      assessments: [makeAssessment(short, 'not-affected'), makeAssessment(long, 'not-affected')]
    })
    expect(renderText(report(result), { color: false }).split('\n').slice(0, 3)).toEqual([
      'main.bicep',
      '  · vm-web-01 (VM)  line 12 — not affected',
      '  · tests/e2e/defaults/main.test.bicep#deploy > main.bicep#vm (VM)  line 40 — not affected'
    ])
  })

  it('brackets a parameter file variant, and prints a copy index as it is written', () => {
    const vms = [
      makeVm({ name: 'vm-app', file: 'main.json', line: 9, variant: 'prod.parameters.json' }),
      makeVm({ name: 'vm-app', file: 'main.json', line: 26, variant: '[0]' })
    ]
    const result = makeScanResult({ files: ['main.json'], assessments: vms.map(vm => makeAssessment(vm, 'not-affected')) })
    expect(renderText(report(result), { color: false }).split('\n').slice(0, 3)).toEqual([
      'main.json',
      '  · vm-app [prod.parameters.json] (VM)  line 9 — not affected',
      '  · vm-app [0] (VM)                     line 26 — not affected'
    ])
  })

  it('lists a finding it cannot tie to a VM under its own file, by the resource it names', () => {
    const a = makeVm({ name: 'vm-dup', file: 'a.bicep', line: 1 })
    const b = makeVm({ name: 'vm-dup', file: 'b.bicep', line: 1 })
    const result = makeScanResult({
      files: ['a.bicep', 'b.bicep', 'shared.json'],
      assessments: [makeAssessment(a, 'not-affected'), makeAssessment(b, 'not-affected')],
      // No resource subject (a workspace finding): the report links it to no VM.
      findings: [
        makeFinding(a, 'reboot-plan-required', 'Cannot tell which vm-dup.', {
          location: at('shared.json', 4),
          severity: 'notice',
          subject: WORKSPACE_SUBJECT
        })
      ]
    })
    expect(renderText(report(result), { color: false })).toBe(
      [
        'a.bicep',
        '  · vm-dup (VM)  line 1 — not affected',
        '',
        'b.bicep',
        '  · vm-dup (VM)  line 1 — not affected',
        '',
        'shared.json',
        '  · vm-dup  line 4',
        '      notice  reboot-plan-required  Cannot tell which vm-dup.',
        '',
        'hotpatch-reboot-gate: 3 files, 2 VMs (2 not affected), 0 errors, 0 warnings, 1 notice, 0 parse errors',
        ''
      ].join('\n')
    )
  })

  it('strips terminal escapes and control characters that come from manifests; a carriage return is a line break: a space', () => {
    const vm = makeVm({ name: 'vm\u001b[2J\u001b]0;owned\u0007-x', file: 'evil\r.bicep', line: 2 })
    const result = makeScanResult({ files: ['evil\r.bicep'], assessments: [makeAssessment(vm, 'not-affected')] })
    expect(renderText(report(result), { color: false }).split('\n').slice(0, 2)).toEqual(['evil .bicep', '  · vm-x (VM)  line 2 — not affected'])
  })

  it('keeps a word longer than the line whole rather than cutting it', () => {
    const vm = makeVm({ name: 'vm', file: 'm.bicep', line: 1 })
    const url = `https://example.com/${'a'.repeat(90)}`
    const result = makeScanResult({
      assessments: [makeAssessment(vm, 'affected-no-plan')],
      findings: [makeFinding(vm, 'r', `See ${url} for details.`)]
    })
    expect(renderText(report(result), { color: false }).split('\n').slice(2, 5)).toEqual([
      '      error  r  See',
      `                ${url}`,
      '                for details.'
    ])
  })
})

describe('renderSummaryLine', () => {
  it('counts in the singular and plural and leaves out the verdict list when there are no VMs', () => {
    expect(renderSummaryLine(report(makeScanResult({})))).toBe(
      'hotpatch-reboot-gate: 0 files, 0 VMs, 0 errors, 0 warnings, 0 parse errors'
    )
  })

  it('counts files skipped apart from files read with a note, each file once, and not the scan-level notice', () => {
    const notice = (file: string, line: number, skipped: boolean): ParseError =>
      skipped
        ? { file, line, column: 1, message: `m${line}`, severity: 'notice', kind: 'file-skipped' }
        : { file, line, column: 1, message: `m${line}`, severity: 'notice' }
    const parseErrors = [
      notice('charts/a.yaml', 1, true),
      notice('big.json', 1, true),
      notice('main.tf', 3, false),
      notice('main.tf', 9, false),
      notice('stack/main.bicep', 2, false),
      // A file with both counts as skipped only.
      notice('big.json', 4, false),
      { file: '.', line: 1, column: 1, message: '12 files checked without parsing', severity: 'notice' as const }
    ]
    expect(renderSummaryLine(report(makeScanResult({ parseErrors })))).toBe(
      'hotpatch-reboot-gate: 0 files, 0 VMs, 0 errors, 0 warnings, 0 parse errors, 2 files skipped, 2 files with notes'
    )
    expect(renderSummaryLine(report(makeScanResult({ parseErrors: [notice('main.tf', 3, false)] })))).toBe(
      'hotpatch-reboot-gate: 0 files, 0 VMs, 0 errors, 0 warnings, 0 parse errors, 1 file with notes'
    )
  })

  it('words a note on a read file as a note, a skipped file as skipped', () => {
    const parseErrors = [
      { file: 'main.tf', line: 3, column: 1, message: 'module "naming" comes from a registry', severity: 'notice' as const },
      { file: 'main.tf', line: 9, column: 1, message: 'over the size limit', severity: 'notice' as const, kind: 'file-skipped' as const }
    ]
    expect(renderText(report(makeScanResult({ parseErrors })), { color: false }).split('\n').slice(0, 3)).toEqual([
      'main.tf',
      '  · note at line 3, column 1: module "naming" comes from a registry',
      '  · skipped at line 9, column 1: over the size limit'
    ])
  })
})
