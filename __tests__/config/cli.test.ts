/**
 * The CLI with a policy configuration, end to end on fixture manifests (real readers, real policy):
 * a passing and a failing configuration of one estate, an invalid one, `--base-config`, the default
 * file, and `advisories`.
 */
import { describe, expect, it } from '@jest/globals'
import { resolve } from 'node:path'
import { defaultDependencies } from '../../src/cli/dependencies.js'
import type { CliIo } from '../../src/cli/io.js'
import { runCli } from '../../src/cli/run-cli.js'
import { describeReportEvidence } from '../../src/report/evidence-words.js'
import type { JsonReport } from '../../src/report/json-report.js'

const FIXTURES = resolve('__tests__/fixtures/config')
const ESTATE = resolve(FIXTURES, 'estate')

async function run(argv: readonly string[], cwd = ESTATE) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    env: {},
    now: () => new Date('2026-01-10T09:00:00Z')
  }
  const code = await runCli(argv, io, defaultDependencies)
  return { code, stdout, stderr }
}

const json = async (...argv: string[]): Promise<JsonReport> => {
  const { code, stdout, stderr } = await run(['scan', '.', '--format', 'json', ...argv])
  expect(stderr).toBe('')
  expect(code === 0 || code === 1).toBe(true)
  return JSON.parse(stdout) as JsonReport
}
const verdicts = (report: JsonReport): string[] => report.resources.map(r => `${r.name} ${r.verdict}`)
const findings = (report: JsonReport): string[] =>
  report.findings.map(f => `${f.ruleId} ${f.exemption ? 'exempted' : f.severity} ${f.file}:${f.startLine} ${f.resource}`)

describe('a passing configuration (the estate’s .github/hotpatch-reboot-gate.yml, found by default)', () => {
  it('exits 0: the declared plan and the tag window make the VMs pass, legacy/ is excluded, platform reboots accepted', async () => {
    const { code, stdout } = await run(['scan', '.', '--no-color', '--quiet'])
    expect(code).toBe(0)
    expect(stdout).toBe(
      'hotpatch-reboot-gate: 4 files, 4 VMs (1 affected without a plan, 1 affected with platform reboots, 2 with a plan), ' +
        '0 errors, 0 warnings, 0 parse errors, 1 exempted\n'
    )
    const report = await json()
    expect(verdicts(report)).toEqual([
      'vm-app-01 affected-with-plan',
      'vm-web-01 affected-no-plan',
      'vm-files-01 affected-platform-reboot',
      'vm-batch-01 affected-with-plan'
    ])
    expect(findings(report)).toEqual(['reboot-plan-required exempted infra/web.bicep:6 vm-web-01'])
    // Schema version 2: evidence is data; the renderers' words are what the lines used to be.
    const evidence = (name: string): string[] | undefined =>
      report.resources.find(r => r.name === name)?.evidence.map(describeReportEvidence)
    expect(evidence('vm-app-01')).toEqual([
      'declared plan tag hotpatch-reboot-window (infra/app.bicep:7) -> window Month Second Sunday 02:00/PT3H, owner platform-team: valid'
    ])
    expect(evidence('vm-batch-01')).toEqual([
      'declared plan reboot-plans[0] of .github/hotpatch-reboot-gate.yml (.github/hotpatch-reboot-gate.yml:10) -> window ' +
        'Week Saturday 22:00/PT4H, owner team-batch, ticket CHG-1042: valid'
    ])
    expect(report.exemptions).toEqual([
      {
        source: 'inline',
        file: 'infra/web.bicep',
        startLine: 4,
        resource: 'vm-web-01',
        rule: 'reboot-plan-required',
        reason: 'Retired in the February release (CAB-2291)',
        owner: 'team-web',
        expires: '2026-02-13',
        status: 'active',
        resources: ['vm-web-01'],
        exempted: 1
      }
    ])
  })
})

describe('a failing configuration (--config ../failing.yml)', () => {
  it('exits 1 with an expired exemption, one past the maximum lifetime, and a declared window in the past', async () => {
    const report = await json('--config', '../failing.yml')
    expect(findings(report)).toEqual([
      'invalid-reboot-plan error ../failing.yml:4 vm-batch-01',
      'exemption-expired error ../failing.yml:12 vm-files-01',
      'invalid-exemption error ../failing.yml:17 vm-legacy-01',
      'reboot-plan-required exempted infra/web.bicep:6 vm-web-01',
      'platform-reboot-only warning kubernetes/files.yaml:26 vm-files-01',
      'reboot-plan-required error legacy/old.bicep:1 vm-legacy-01',
      'reboot-plan-required error terraform/batch.tf:1 vm-batch-01'
    ])
    expect(report.exemptions?.map(e => `${e.file}:${e.startLine} ${e.status} ${e.exempted}`)).toEqual([
      '../failing.yml:8 expired 0',
      '../failing.yml:13 too-long 0',
      'infra/web.bicep:4 active 1'
    ])
    expect((await run(['scan', '.', '--config', '../failing.yml', '-q'])).code).toBe(1)
  })

  it('passes with --fail-on never, which wins over the configuration', async () => {
    expect((await run(['scan', '.', '--config', '../failing.yml', '-q', '--fail-on', 'never'])).code).toBe(0)
  })
})

describe('an invalid configuration', () => {
  it('stops with exit 2 and the file, line, column and expected shape', async () => {
    expect(await run(['scan', '.', '--config', '../invalid.yml'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'hotpatch-reboot-gate: ../invalid.yml:7:5: exemptions[0].expires must be a date (YYYY-MM-DD), got "next month"\n'
    })
  })

  it('names an advisory file that does not load, and one whose id clashes', async () => {
    expect((await run(['scan', '.', '--config', '../with-duplicate-advisory.yml'])).stderr).toBe(
      'hotpatch-reboot-gate: ../with-duplicate-advisory.yml:3:5: advisories[1] advisories/duplicate-id.yml has the id ' +
        'wsus-cve-2025-59287, which src/policy/advisories/wsus-cve-2025-59287.yml already has\n'
    )
  })
})

describe('--base-config', () => {
  it('marks the exemptions the base configuration lacks, or gives a later expiry, as new', async () => {
    const report = await json('--config', '../failing.yml', '--base-config', '../base.yml')
    expect(report.exemptions?.map(e => [`${e.file}:${e.startLine}`, e.new, e.change])).toEqual([
      ['../failing.yml:8', true, 'extended'],
      ['../failing.yml:13', true, 'added'],
      ['infra/web.bicep:4', undefined, undefined]
    ])
  })

  it('refuses a base configuration that does not exist', async () => {
    expect((await run(['scan', '.', '--config', '../failing.yml', '--base-config', 'nope.yml'])).stderr).toBe(
      'hotpatch-reboot-gate: --base-config nope.yml: no such file\n'
    )
  })
})

describe('advisories', () => {
  it('lists the built-in advisory and those the configuration adds, with their files and windows', async () => {
    const { code, stdout } = await run(['advisories', '--config', '../with-advisory.yml'])
    expect(code).toBe(0)
    expect(stdout.split('\n').filter(line => /^\S|reboot window|loaded from/.test(line))).toEqual([
      'wsus-cve-2025-59287',
      '  reboot window:    2025-10-23 to 2026-01-13',
      '  loaded from:      src/policy/advisories/wsus-cve-2025-59287.yml (built in)',
      'next-oob-2026',
      '  reboot window:    2026-05-20 to 2026-07-14',
      '  loaded from:      advisories/next-oob.yml (policy configuration)'
    ])
    const listed = JSON.parse((await run(['advisories', '--config', '../with-advisory.yml', '--format', 'json'])).stdout)
    expect(listed.map((a: { id: string; source: string; builtIn: boolean }) => [a.id, a.source, a.builtIn])).toEqual([
      ['wsus-cve-2025-59287', 'src/policy/advisories/wsus-cve-2025-59287.yml', true],
      ['next-oob-2026', 'advisories/next-oob.yml', false]
    ])
  })

  it('names the advisory that applies in each finding: the one whose disruption covers the evaluation date', async () => {
    const during = await json('--config', '../with-advisory.yml', '--as-of', '2026-06-01')
    const after = await json('--config', '../with-advisory.yml', '--as-of', '2026-08-01')
    const advisoryOf = (report: JsonReport) => report.findings.find(f => f.resource === 'vm-legacy-01')?.advisoryId
    expect([advisoryOf(during), advisoryOf(after)]).toEqual(['next-oob-2026', 'wsus-cve-2025-59287'])
    expect(during.advisories.map(a => a.id)).toEqual(['next-oob-2026', 'wsus-cve-2025-59287'])
    const text = (await run(['scan', '.', '--config', '../with-advisory.yml', '--as-of', '2026-06-01', '--no-color'])).stdout
    expect(text).toContain('      advisory: next-oob-2026\n')
    expect(during.findings.find(f => f.resource === 'vm-legacy-01')?.message).toContain(
      'Windows Server 2025 hotpatch machines that installed KB5999999 (the CVE-2026-99999 out-of-band update) take ' +
        'a reboot-requiring update every month until the July 2026 baseline.'
    )
  })
})
