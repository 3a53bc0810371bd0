/**
 * In-process tests of the CLI (src/cli/run-cli.ts): exit codes, formats, paths and error messages.
 * Most runs get a hand-made scan result through an injected `scan`; the last ones use the real
 * pipeline on fixture folders.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { CliDependencies } from '../../src/cli/dependencies.js'
import type { CliIo } from '../../src/cli/io.js'
import { runCli } from '../../src/cli/run-cli.js'
import { ConfigurationError } from '../../src/errors.js'
import { buildJsonReport } from '../../src/report/build-report.js'
import { renderText } from '../../src/report/text.js'
import type { ScanOptions, ScanResult } from '../../src/scan.js'
import { TOOL_VERSION } from '../../src/version.js'
import { ADVISORY, makeAssessment, makeFinding, makeScanResult, makeVm, RULES } from '../report/builders.js'
import { scenario } from '../report/scenario.js'

const FIXTURES = resolve('__tests__/fixtures/report')
const NOW = new Date('2025-11-03T15:30:00Z')

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
  readonly scans: readonly ScanOptions[]
}

async function run(
  argv: readonly string[],
  options: { io?: Partial<CliIo>; result?: ScanResult; deps?: Partial<CliDependencies>; isTTY?: boolean } = {}
): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const scans: ScanOptions[] = []
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.isTTY ?? false },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: FIXTURES,
    env: {},
    now: () => NOW,
    ...options.io
  }
  const deps: CliDependencies = {
    scan: async scanOptions => {
      scans.push(scanOptions)
      return options.result ?? scenario
    },
    rules: () => RULES,
    advisories: () => [ADVISORY],
    ...options.deps
  }
  const code = await runCli(argv, io, deps)
  return { code, stdout, stderr, scans }
}

const usage = (message: string): string =>
  `hotpatch-reboot-gate: ${message}\nRun 'hotpatch-reboot-gate --help' for usage.\n`

describe('version and help', () => {
  it('prints the version, which is package.json’s', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${TOOL_VERSION}\n`, stderr: '', scans: [] })
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(TOOL_VERSION).toBe(pkg.version)
  })

  it('prints the help on standard output', async () => {
    const { code, stdout, stderr } = await run(['--help'])
    expect([code, stderr]).toEqual([0, ''])
    expect(stdout).toBe(
      [
        'Usage: hotpatch-reboot-gate <command> [options]',
        '',
        'Finds Azure VMs that run Windows Server hotpatch without a reboot plan in ARM, Bicep, Terraform,',
        'Kubernetes (Azure Service Operator, Crossplane) and Pulumi manifests.',
        '',
        'Commands:',
        "  scan [PATH...]        scan manifests and report each VM's verdict",
        '  advisories            list the advisories the policy applies',
        '  help [COMMAND]        show help for a command',
        '',
        'Options:',
        '  -h, --help            show help',
        '      --version         print the version',
        '',
        'Exit codes:',
        '  0  no finding reaches --fail-on',
        '  1  findings reach --fail-on',
        '  2  usage or configuration error, or a PATH that holds no manifest the gate reads',
        '  3  internal error (a bug: please report it)',
        ''
      ].join('\n')
    )
  })

  it('prints the scan help, every line within 100 columns', async () => {
    const { code, stdout } = await run(['help', 'scan'])
    expect(code).toBe(0)
    expect(stdout.split('\n').slice(7, 26)).toEqual([
      'Options:',
      '  -f, --format FORMAT   text (default), json, sarif, markdown, junit or azure-pipelines',
      '  -o, --output FILE     write the report to FILE instead of standard output',
      '      --as-of DATE      evaluate as of DATE (YYYY-MM-DD, UTC); default: today',
      '      --fail-on LEVEL   exit 1 on findings at or above LEVEL: error, warning or never; default: the',
      "                        configuration's fail-on, else error",
      '  -c, --config FILE     policy configuration; default: .github/hotpatch-reboot-gate.yml below the',
      '                        scan root or the current folder, when there is one',
      '      --base-config FILE',
      '                        the configuration before the change: exemptions it lacks are marked new',
      '      --color           colour the text report even when standard output is not a terminal',
      '      --no-color        never colour it (so does NO_COLOR=1; FORCE_COLOR=1 forces colour)',
      '  -q, --quiet           text report: only VMs with errors or warnings, and parse errors',
      '      --allow-empty     accept a PATH that holds no manifest the gate reads (a notice, not exit 2)',
      '  -h, --help            show this help',
      '',
      'Exempted findings and parse errors are reported but never fail the run. An invalid configuration',
      'stops it with exit code 2 and the file, line and column of the problem. So does a PATH with nothing',
      'the gate reads (an empty folder, a README): the report is written and the reason goes to stderr.'
    ])
    for (const topic of [[], ['scan'], ['advisories']]) {
      const help = (await run(['help', ...topic])).stdout
      expect(help.split('\n').filter(line => line.length > 100)).toEqual([])
    }
  })

  it('prints the usage on standard error and exits 2 without a command', async () => {
    const { code, stdout, stderr } = await run([])
    expect([code, stdout]).toEqual([2, ''])
    expect(stderr.startsWith('Usage: hotpatch-reboot-gate <command> [options]\n')).toBe(true)
  })
})

describe('usage errors', () => {
  it('names the bad option, points at --help and exits 2', async () => {
    expect(await run(['scan', '--bogus'])).toEqual({ code: 2, stdout: '', stderr: usage("unknown option '--bogus'"), scans: [] })
  })

  it('suggests scan when the unknown command is a path', async () => {
    expect((await run(['repo'])).stderr).toBe(
      "hotpatch-reboot-gate: unknown command 'repo'; the commands are scan and advisories\n" +
        'To scan it: hotpatch-reboot-gate scan repo\n' +
        "Run 'hotpatch-reboot-gate --help' for usage.\n"
    )
    expect((await run(['nowhere'])).stderr).toBe(usage("unknown command 'nowhere'; the commands are scan and advisories"))
  })

  it('refuses a date that is not on the calendar', async () => {
    expect(await run(['scan', '--as-of', '2026-02-30'])).toEqual({
      code: 2,
      stdout: '',
      stderr: usage("invalid --as-of '2026-02-30': expected a calendar date YYYY-MM-DD, e.g. 2026-01-13"),
      scans: []
    })
  })
})

describe('scan: what is scanned', () => {
  it('scans the working folder by default, as of today in UTC, with the advisories and a line reader', async () => {
    const late = new Date('2025-11-03T23:30:00-05:00')
    const { scans } = await run(['scan'], { io: { now: () => late } })
    expect(scans).toHaveLength(1)
    const [options] = scans as [ScanOptions]
    expect(options.root).toBe(FIXTURES)
    expect(options.paths).toBeUndefined()
    expect(options.asOf.toISOString()).toBe('2025-11-04T00:00:00.000Z')
    expect(options.advisories).toEqual([ADVISORY])
    expect(options.readLine?.('repo/infra/main.bicep', 4)).toBe("  name: 'vm-web-01'")
    expect(options.readLine?.('repo/infra/missing.bicep', 1)).toBeUndefined()
  })

  it('makes one folder the root, and scans a file or several paths below the working folder', async () => {
    const folder = (await run(['scan', 'repo/infra', '--as-of', '2026-01-13'])).scans[0]
    expect([folder?.root, folder?.paths, folder?.asOf.toISOString()]).toEqual([
      join(FIXTURES, 'repo/infra'),
      undefined,
      '2026-01-13T00:00:00.000Z'
    ])
    const file = (await run(['scan', './repo/infra/main.bicep'])).scans[0]
    expect([file?.root, file?.paths]).toEqual([FIXTURES, ['repo/infra/main.bicep']])
    const several = (await run(['scan', 'repo/infra', 'repo/modules/', 'repo/infra'])).scans[0]
    expect([several?.root, several?.paths]).toEqual([FIXTURES, ['repo/infra', 'repo/modules']])
  })

  it('refuses a path that does not exist, or several paths outside the working folder', async () => {
    expect(await run(['scan', 'repo/nope'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'hotpatch-reboot-gate: repo/nope: no such file or folder\n',
      scans: []
    })
    const outside = await run(['scan', 'repo', '..'])
    expect([outside.code, outside.stderr]).toEqual([
      2,
      'hotpatch-reboot-gate: .. is outside the current folder: scan one folder, or run from a folder that contains every path\n'
    ])
  })
})

describe('scan: reports and exit codes', () => {
  const report = buildJsonReport(scenario, { toolVersion: TOOL_VERSION, asOf: '2025-11-03', failOn: 'error', advisories: [ADVISORY] })

  it('writes the text report to standard output and exits 1 when errors reach --fail-on', async () => {
    const { code, stdout, stderr } = await run(['scan'])
    expect([code, stderr]).toEqual([1, ''])
    expect(stdout).toBe(renderText(report, { color: false }))
  })

  it.each([
    [[], 'errors', 1],
    [['--fail-on', 'error'], 'errors', 1],
    [['--fail-on', 'warning'], 'errors', 1],
    [['--fail-on', 'never'], 'errors', 0],
    [[], 'warnings', 0],
    [['--fail-on', 'warning'], 'warnings', 1],
    [['--fail-on', 'never'], 'warnings', 0],
    [['--fail-on', 'warning'], 'exempted errors', 0],
    [['--fail-on', 'warning'], 'notices', 0]
  ])('with %j and only %s, exits %i', async (flags, kind, expected) => {
    const vm = makeVm({ name: 'vm', file: 'main.bicep', line: 1 })
    const exemption = { reason: 'r', owner: 'o', expires: '2026-01-31', source: 's' }
    const finding = {
      errors: makeFinding(vm, 'reboot-plan-required', 'e'),
      warnings: makeFinding(vm, 'platform-reboot-unscheduled', 'w', { severity: 'warning' }),
      'exempted errors': makeFinding(vm, 'reboot-plan-required', 'e', { exemption }),
      notices: makeFinding(vm, 'indeterminate', 'n', { severity: 'notice' })
    }[kind as 'errors']
    const result = makeScanResult({ assessments: [makeAssessment(vm, 'affected-no-plan')], findings: [finding] })
    expect((await run(['scan', ...flags], { result })).code).toBe(expected)
  })

  it('passes despite parse errors', async () => {
    const broken = makeScanResult({ parseErrors: [{ file: 'a.json', line: 1, column: 1, message: 'x', severity: 'error' }] })
    expect((await run(['scan'], { result: broken })).code).toBe(0)
  })

  it('writes JSON, SARIF and Markdown', async () => {
    const json = await run(['scan', '--format', 'json'])
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(report)))
    expect(json.stdout.endsWith('}\n')).toBe(true)
    const sarif = JSON.parse((await run(['scan', '-f', 'sarif'])).stdout)
    expect(sarif.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual([
      'reboot-plan-required',
      'reboot-not-blocked',
      'platform-reboot-unscheduled',
      'hotpatch-image-unresolved'
    ])
    const markdown = await run(['scan', '--format', 'markdown', '--fail-on', 'never'])
    expect(markdown.stdout.split('\n')[0]).toBe('## ✅ hotpatch-reboot-gate: 2 errors, 1 warning')
    expect((await run(['scan', '--format', 'markdown'])).stdout.split('\n')[0]).toBe('## ❌ hotpatch-reboot-gate: 2 errors, 1 warning')
  })

  it('writes a large report to standard output in batches of whole lines, the same text as --output writes', async () => {
    const vms = Array.from({ length: 3000 }, (_, i) => makeVm({ name: `vm-##[group]-${i}`, file: `team-${i % 500}/main.bicep`, line: i + 1 }))
    const result = makeScanResult({ assessments: vms.map(vm => makeAssessment(vm, 'not-affected')) })
    const cwd = mkdtempSync(join(tmpdir(), 'hrg-cli-'))
    for (const format of ['text', 'json']) {
      const writes: string[] = []
      const io = { cwd, stdout: { write: (text: string) => writes.push(text) } }
      expect((await run(['scan', '--format', format], { result, io })).code).toBe(0)
      expect(writes.length).toBeGreaterThan(2)
      await run(['scan', '--format', format, '--output', `report.${format}`], { result, io: { cwd } })
      const file = readFileSync(join(cwd, `report.${format}`), 'utf8')
      // The file is neutralized as stdout is: JSON keeps its values with `##[` spelled `##\u005b`.
      expect(file).not.toContain('##[')
      expect(writes.join('')).toBe(file)
      if (format === 'text') expect(writes.every(text => text.endsWith('\n'))).toBe(true)
      else expect(JSON.parse(writes.join(''))).toEqual(JSON.parse(file))
    }
  })

  it('writes the report to --output, creating its folder, and the summary line to standard error', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hrg-cli-'))
    const written = await run(['scan', FIXTURES, '--format', 'json', '--output', 'out/report.json'], { io: { cwd } })
    expect([written.code, written.stdout]).toEqual([1, ''])
    expect(written.stderr).toBe(
      'hotpatch-reboot-gate: 5 files, 6 VMs (1 affected without a plan, 1 affected with reboots blocked, ' +
        '1 affected with platform reboots, 1 indeterminate, 1 with a plan, 1 not affected), 2 errors, 1 warning, ' +
        '1 parse error, 1 exempted, 1 file skipped\n'
    )
    expect(JSON.parse(readFileSync(join(cwd, 'out/report.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(report)))
    expect((await run(['scan', FIXTURES, '-q', '-o', 'quiet.txt'], { io: { cwd } })).stderr).toBe('')
    expect(readFileSync(join(cwd, 'quiet.txt'), 'utf8')).not.toContain('\u001b')
  })

  it('exits 2 when the report cannot be written', async () => {
    const { code, stderr } = await run(['scan', '--output', 'repo'])
    expect(code).toBe(2)
    expect(stderr).toBe(
      `hotpatch-reboot-gate: --output repo: cannot write the report: EISDIR: illegal operation on a directory, open '${FIXTURES}/repo'\n`
    )
  })
})

describe('scan: colour', () => {
  const colored = async (argv: string[], env: Record<string, string>, isTTY: boolean): Promise<boolean> =>
    (await run(['scan', ...argv], { io: { env }, isTTY })).stdout.includes('\u001b[')

  it.each([
    ['a terminal', [], {}, true, true],
    ['a pipe', [], {}, false, false],
    ['a dumb terminal', [], { TERM: 'dumb' }, true, false],
    ['NO_COLOR on a terminal', [], { NO_COLOR: '1' }, true, false],
    ['an empty NO_COLOR', [], { NO_COLOR: '' }, true, true],
    ['FORCE_COLOR on a pipe', [], { FORCE_COLOR: '1' }, false, true],
    ['FORCE_COLOR=0 on a terminal', [], { FORCE_COLOR: '0' }, true, false],
    ['--color with NO_COLOR', ['--color'], { NO_COLOR: '1' }, false, true],
    ['--no-color with FORCE_COLOR', ['--no-color'], { FORCE_COLOR: '1' }, true, false]
  ])('on %s', async (_case, argv, env, isTTY, expected) => {
    expect(await colored(argv, env, isTTY)).toBe(expected)
  })

  it('never colours JSON', async () => {
    expect(await colored(['--format', 'json', '--color'], {}, true)).toBe(false)
  })
})

describe('scan: configuration', () => {
  it('refuses a --config file that does not exist', async () => {
    expect(await run(['scan', '--config', 'gate.yml'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'hotpatch-reboot-gate: --config gate.yml: no such file\n',
      scans: []
    })
  })

  it('refuses --config while no configuration loader is wired, rather than ignoring it', async () => {
    expect((await run(['scan', '--config', 'no-manifests/settings.json'])).stderr).toBe(
      'hotpatch-reboot-gate: --config no-manifests/settings.json: this version cannot apply a policy configuration yet\n'
    )
  })

  it('passes what the configuration sets to the scan', async () => {
    const loaded: string[] = []
    const deps: Partial<CliDependencies> = {
      loadConfiguration: async file => {
        loaded.push(file)
        return { hotpatchDefault: 'unknown', advisories: [{ ...ADVISORY, id: 'custom' }] }
      }
    }
    const { scans, stdout } = await run(['scan', '--config', 'no-manifests/settings.json', '--format', 'json'], { deps })
    expect(loaded).toEqual([join(FIXTURES, 'no-manifests/settings.json')])
    expect([scans[0]?.hotpatchDefault, scans[0]?.advisories?.map(a => a.id)]).toEqual(['unknown', ['custom']])
    expect(JSON.parse(stdout).advisories.map((a: { id: string }) => a.id)).toEqual(['custom'])
  })

  it('reports a configuration error from the scan with exit 2 and no stack trace', async () => {
    const deps = {
      scan: async () => {
        throw new ConfigurationError('advisory disruption.end is before disruption.start', { file: 'a.yml', line: 7 })
      }
    }
    expect(await run(['scan'], { deps })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'hotpatch-reboot-gate: a.yml:7: advisory disruption.end is before disruption.start\n',
      scans: []
    })
  })
})

describe('internal errors', () => {
  const failing = {
    scan: async (): Promise<ScanResult> => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'x')"))
  }

  it('exit 3 with a one-line message', async () => {
    expect(await run(['scan'], { deps: failing })).toEqual({
      code: 3,
      stdout: '',
      stderr: "hotpatch-reboot-gate: internal error: Cannot read properties of undefined (reading 'x')\n",
      scans: []
    })
  })

  it('add the stack trace when HOTPATCH_REBOOT_GATE_DEBUG is set', async () => {
    const { stderr } = await run(['scan'], { deps: failing, io: { env: { HOTPATCH_REBOOT_GATE_DEBUG: '1' } } })
    expect(stderr.split('\n').slice(0, 2)).toEqual([
      "hotpatch-reboot-gate: internal error: Cannot read properties of undefined (reading 'x')",
      "TypeError: Cannot read properties of undefined (reading 'x')"
    ])
  })

  it('describe what was thrown even when it is not an Error', async () => {
    const odd = {
      scan: async (): Promise<ScanResult> => {
        // Some libraries throw plain objects; the message must still say what happened.
        // eslint-disable-next-line @typescript-eslint/only-throw-error
        throw { code: 42 }
      }
    }
    expect((await run(['scan'], { deps: odd })).stderr).toBe('hotpatch-reboot-gate: internal error: {"code":42}\n')
  })
})

describe('advisories', () => {
  const IMAGE = {
    publisher: 'MicrosoftWindowsServer',
    offer: '',
    sku: '',
    os: 'Windows Server',
    build: 26100,
    hotpatchOnByDefault: true,
    preview: false
  }

  it('lists each advisory with its review date, window, baseline months, images and sources', async () => {
    const advisory = {
      ...ADVISORY,
      reviewed: '2026-08-01',
      hotpatchImages: [
        { ...IMAGE, offer: 'WindowsServer', sku: '2025-datacenter-azure-edition' },
        { ...IMAGE, offer: 'WindowsServerHotpatch-previews', sku: 'windows-server-2022-azure-edition-hotpatch', preview: true }
      ]
    }
    const { code, stdout } = await run(['advisories'], { deps: { advisories: () => [advisory] } })
    expect(code).toBe(0)
    expect(stdout).toBe(
      [
        'wsus-cve-2025-59287',
        '  WSUS remote code execution (CVE-2025-59287) and the hotpatch baseline calendar',
        '  CVEs:             CVE-2025-59287',
        '  reviewed:         2026-08-01',
        '  reboot window:    2025-10-23 to 2026-01-13',
        '                    Monthly reboots until the January baseline.',
        '  baseline months:  January, April, July, October',
        '  hotpatch images:  2025-datacenter-azure-edition (WindowsServer)',
        '                    windows-server-2022-azure-edition-hotpatch (WindowsServerHotpatch-previews)',
        '  sources:          CVE-2025-59287',
        '                    <https://msrc.microsoft.com/update-guide/vulnerability/CVE-2025-59287>',
        '                    Hotpatch <https://learn.microsoft.com/windows-server/get-started/hotpatch>',
        ''
      ].join('\n')
    )
  })

  it('writes them as JSON', async () => {
    const { stdout } = await run(['advisories', '--format', 'json'])
    expect(JSON.parse(stdout)).toEqual([ADVISORY])
  })

  it('lists the built-in advisory by default', async () => {
    let stdout = ''
    const io: CliIo = {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => true },
      cwd: FIXTURES,
      env: {},
      now: () => NOW
    }
    expect(await runCli(['advisories'], io)).toBe(0)
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'wsus-cve-2025-59287',
      '  WSUS remote code execution (CVE-2025-59287) and the hotpatch baseline calendar',
      '  CVEs:             CVE-2025-59287'
    ])
    // Only a URL or an image name, which are never broken, may pass 100 columns, on a line of its own.
    expect(stdout.split('\n').filter(line => line.length > 100 && line.trim().includes(' '))).toEqual([])
  })
})

describe('the real pipeline', () => {
  const real = async (argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
    let stdout = ''
    let stderr = ''
    const io: CliIo = {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
      cwd: FIXTURES,
      env: {},
      now: () => NOW
    }
    const code = await runCli(argv, io)
    return { code, stdout, stderr }
  }

  it('reports a folder without manifests: nothing was checked, exit 2 (issue 14)', async () => {
    const message =
      'path `no-manifests` (on the command line) holds no manifest the gate reads (ARM, Bicep, Terraform, ' +
      'plan/what-if JSON, Kubernetes, Pulumi YAML): nothing was checked. Pass --allow-empty if that is expected.'
    expect(await real(['scan', 'no-manifests'])).toEqual({
      code: 2,
      // The knowledge applied, with its review date (issue 17), above the summary line.
      stdout:
        '.\n' +
        '  ✖ no-manifests  line 1\n' +
        '      error  nothing-scanned  path `no-manifests` (on the command line) holds no manifest the gate\n' +
        '                              reads (ARM, Bicep, Terraform, plan/what-if JSON, Kubernetes, Pulumi\n' +
        '                              YAML): nothing was checked. Pass --allow-empty if that is expected.\n\n' +
        'Advisories applied: wsus-cve-2025-59287 (reviewed 2026-08-01); baseline calendar January, April,\n' +
        'July, October, computed for any year (reviewed 2026-08-01).\n\n' +
        'hotpatch-reboot-gate: 0 files, 0 VMs, 1 error, 0 warnings, 0 parse errors\n',
      stderr: `hotpatch-reboot-gate: ${message}\n`
    })
  })

  it('writes a JSON report of the built-in advisory and SARIF with every built-in rule', async () => {
    const json = JSON.parse((await real(['scan', 'no-manifests', '--format', 'json'])).stdout)
    expect(json.advisories.map((a: { id: string }) => a.id)).toEqual(['wsus-cve-2025-59287'])
    expect(json.asOf).toBe('2025-11-03')
    const sarif = JSON.parse((await real(['scan', 'no-manifests', '--format', 'sarif'])).stdout)
    expect(sarif.runs[0].tool.driver.rules.length).toBeGreaterThan(0)
    // The one result says that nothing was checked, at the scanned folder (the scan root).
    const results = sarif.runs[0].results as { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]
    expect(results.map(result => [result.ruleId, result.level, result.locations[0]?.physicalLocation.artifactLocation.uri])).toEqual([
      ['nothing-scanned', 'error', '.']
    ])
  })

  it('writes a report file even for an empty scan, which exits 2', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'hrg-cli-')), 'r.sarif')
    writeFileSync(out, 'stale')
    expect((await real(['scan', 'no-manifests', '-f', 'sarif', '-o', out])).code).toBe(2)
    expect(readFileSync(out, 'utf8').startsWith('{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",')).toBe(true)
  })
})
