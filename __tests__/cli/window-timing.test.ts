/**
 * End to end through the CLI (issue 13, seen-item 1): maintenance windows whose timing does or does not reboot
 * the VM for the next baselines, written in every format that can declare a window (ARM, Bicep, Terraform,
 * a Terraform plan, Crossplane, Pulumi YAML, a what-if result), scanned as of 2026-11-24 with a JSON report: exit code, verdict,
 * evidence and every finding's rule, message and line.
 */
import { describe, expect, it } from '@jest/globals'
import { resolve } from 'node:path'
import { runScan, scanJson } from '../support/cli-scan.js'
import { describeReportEvidence } from '../../src/report/evidence-words.js'

const FIXTURES = resolve('__tests__/fixtures/parity')
const FORMATS = ['arm', 'bicep', 'terraform', 'terraform-plan', 'crossplane', 'pulumi', 'what-if'] as const
type Format = (typeof FORMATS)[number]

/** Where each format writes recurEvery (findings about the window point there). */
const RECUR_EVERY: Readonly<Record<Format, string>> = {
  arm: 'azuredeploy.json:34',
  bicep: 'main.bicep:21',
  terraform: 'maintenance.tf:14',
  'terraform-plan': 'tfplan.json:337',
  crossplane: 'maintenance.yaml:17',
  pulumi: 'Pulumi.yaml:39',
  'what-if': 'whatif.json:28'
}

const scanAs = (folder: string, format: string) => runScan(FIXTURES, folder, format)

const LEAD =
  "VM 'vm-app-01' has hotpatching enabled on Windows Server 2025 Datacenter: Azure Edition, but its maintenance " +
  "configuration 'mc-app-monthly' "
const CAUSE =
  'Hotpatch machines still restart for every baseline update (January, April, July, October); the next baseline ' +
  'is January 2027 (Patch Tuesday 2027-01-12).'
const ASSIGNED = "maintenance configuration 'mc-app-monthly' is assigned directly (assignment 'vm-app-01-monthly')"

interface Expected {
  readonly code: number
  readonly verdict: string
  /** The evidence line after `-> configuration mc-app-monthly: `. */
  readonly evidence: string
  readonly findings: readonly (readonly [rule: string, severity: string, message: string])[]
}

const EXPECTED: Readonly<Record<string, Expected>> = {
  'valid-window': {
    code: 0,
    verdict: 'affected-with-plan',
    evidence:
      `valid — ${ASSIGNED} and is an InGuestPatch window that allows reboots (rebootSetting IfRequired); next reboot ` +
      'window 2027-01-12 21:00 UTC, on the release day of the January 2027 baseline',
    findings: []
  },
  'window-misses-baseline': {
    code: 1,
    verdict: 'affected-no-plan',
    evidence:
      `misses-baseline — ${ASSIGNED}, but its window (every month on the Second Tuesday at 22:00 W. Europe Standard ` +
      'Time, from 2027-08-24 22:00 until 2027-12-31 23:59) reboots for neither the January 2027 nor the April 2027 ' +
      "baseline (no opening falls between a baseline's release and the next one's); it next opens 2027-09-14 20:00 UTC",
    findings: [
      [
        'reboot-window-misses-baseline',
        'error',
        `${LEAD}opens every month on the Second Tuesday at 22:00 W. Europe Standard Time, from 2027-08-24 22:00 until ` +
          '2027-12-31 23:59, so it reboots the VM for neither the January 2027 nor the April 2027 baseline: no opening ' +
          "falls between a baseline's release (Patch Tuesday, 10:00 Pacific time) and the next one's; it next opens " +
          `2027-09-14 20:00 UTC. ${CAUSE} Make it recur at least every month (Month Second Tuesday Offset4, Week ` +
          'Saturday), starting now, with no expirationDateTime before the next baselines.'
      ]
    ]
  },
  'window-late': {
    code: 0,
    verdict: 'affected-with-plan',
    evidence:
      `valid — ${ASSIGNED} and is an InGuestPatch window that allows reboots (rebootSetting IfRequired); next reboot ` +
      'window 2027-02-13 01:00 UTC, 32 days after the January 2027 baseline',
    findings: [
      [
        'reboot-window-late',
        'warning',
        "VM 'vm-app-01' reboots for the January 2027 baseline only 32 days after its release, in maintenance " +
          "configuration 'mc-app-monthly' (opens 2027-02-13 01:00 UTC): until then it stays on the previous baseline " +
          "and misses hotpatch months. Open the window within 30 days of each baseline's Patch Tuesday (Month Second " +
          'Tuesday Offset4, or weekly).'
      ],
      [
        'reboot-window-late',
        'warning',
        "VM 'vm-app-01' reboots for the January 2027 baseline in maintenance configuration 'mc-app-monthly', but its " +
          'window (every 12 months on the Second Saturday at 02:00 W. Europe Standard Time, from 2026-02-01 02:00 until ' +
          '2027-12-31 23:59) does not open for the April 2027 baseline. Make it recur at least every month and keep ' +
          'expirationDateTime past the baselines it must cover.'
      ]
    ]
  },
  'window-malformed': {
    code: 1,
    verdict: 'affected-no-plan',
    evidence: `malformed-window — ${ASSIGNED}, but its maintenance window is not valid, so Azure rejects it: 'Offset7': the offset is -6 to 6 days`,
    findings: [
      [
        'reboot-window-misses-baseline',
        'error',
        `${LEAD}has a window Azure rejects: 'Offset7': the offset is -6 to 6 days. ${CAUSE} Write recurEvery as Azure ` +
          'documents it (Day, 3Days, Week Saturday,Sunday, Month day23,day24, Month Second Tuesday Offset2), dates as ' +
          'yyyy-MM-dd HH:mm, duration as HH:mm from 01:30 to 03:55 and timeZone as a Windows time zone name.'
      ]
    ]
  }
}

describe.each(Object.entries(EXPECTED))('%s', (scenario, expected) => {
  it.each(FORMATS)('%s', async format => {
    const { code, report } = await scanJson(FIXTURES, `${scenario}/${format}`)
    expect(code).toBe(expected.code)
    expect(report.resources.map(r => [r.name, r.verdict])).toEqual([['vm-app-01', expected.verdict]])
    // Terraform names the assignment by its resource address.
    const assignment = format.startsWith('terraform') ? 'azurerm_maintenance_assignment_virtual_machine.app' : 'vm-app-01-monthly'
    expect(report.resources[0]?.evidence.map(line => describeReportEvidence(line).replace(/^.* -> configuration mc-app-monthly: /, ''))).toEqual([
      expected.evidence.replace("(assignment 'vm-app-01-monthly')", `(assignment '${assignment}')`)
    ])
    const findings = [...report.findings].sort((a, b) => a.message.localeCompare(b.message))
    const want = [...expected.findings].sort((a, b) => a[2].localeCompare(b[2]))
    expect(findings.map(f => [f.ruleId, f.severity, f.message])).toEqual(want)
    for (const finding of findings) expect(`${finding.file}:${finding.startLine}`).toBe(RECUR_EVERY[format])
  })
})

describe('the next reboot window in the other report formats', () => {
  it('text: under the planned VM', async () => {
    expect(await scanAs('valid-window/bicep', 'text')).toEqual({
      code: 0,
      stdout: [
        'main.bicep',
        '  ✔ vm-app-01 (VM)  line 37 — affected, reboot plan in place',
        '      next reboot window 2027-01-12 21:00 UTC, on the release day of the January 2027 baseline',
        '',
        // The knowledge applied, with its review date (issue 17).
        'Advisories applied: wsus-cve-2025-59287 (reviewed 2026-08-01); baseline calendar January, April,',
        'July, October, computed for any year (reviewed 2026-08-01).',
        '',
        'hotpatch-reboot-gate: 1 file, 1 VM (1 with a plan), 0 errors, 0 warnings, 0 parse errors',
        ''
      ].join('\n')
    })
  })

  it('markdown: in the evidence column', async () => {
    const { stdout } = await scanAs('valid-window/terraform', 'markdown')
    expect(stdout).toContain('next reboot window 2027-01-12 21:00 UTC, on the release day of the January 2027 baseline')
  })

  it('SARIF: in the messages of the findings about a late window', async () => {
    const { stdout } = await scanAs('window-late/pulumi', 'sarif')
    const messages = (JSON.parse(stdout) as { runs: { results: { message: { text: string } }[] }[] }).runs[0]?.results.map(
      r => r.message.text
    )
    expect(messages?.filter(text => text.includes('(opens 2027-02-13 01:00 UTC)'))).toHaveLength(1)
  })
})
