/**
 * Issue 14, "fail closed on nothing": a CLI scan that reads no manifest below a path (an empty folder, a
 * README, include/exclude globs that leave nothing) exits 2 with the located message on stderr, the report
 * still written; `--allow-empty` turns it into a notice and exit 0. A missing path stays a usage error.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CliIo } from '../../src/cli/io.js'
import { runCli } from '../../src/cli/run-cli.js'
import { armTemplate } from '../support/manifests.js'
import { requireDist, runDist } from '../support/run-dist.js'

const NOW = new Date('2026-11-24T08:00:00Z')
const FORMATS = 'ARM, Bicep, Terraform, plan/what-if JSON, Kubernetes, Pulumi YAML'
const empty = (path: string, origin = 'on the command line'): string =>
  `hotpatch-reboot-gate: path \`${path}\` (${origin}) holds no manifest the gate reads (${FORMATS}): nothing was ` +
  'checked. Pass --allow-empty if that is expected.\n'

/** A workspace: an empty folder, a README, and a folder with one ARM template that declares no VM. */
function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'hrg-nothing-'))
  mkdirSync(join(root, 'emp'))
  mkdirSync(join(root, 'infra'))
  writeFileSync(join(root, 'README.md'), '# Infrastructure\n')
  writeFileSync(join(root, 'infra', 'main.json'), armTemplate([]))
  return root
}

async function cli(argv: readonly string[], cwd = workspace()): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    env: {},
    now: () => NOW
  }
  const code = await runCli(argv, io)
  return { code, stdout, stderr }
}

interface JsonFinding {
  readonly ruleId: string
  readonly severity: string
  readonly message: string
  readonly file: string
  readonly startLine: number
}
const findingsOf = (stdout: string): (Omit<JsonFinding, 'startLine'> & { line: number })[] =>
  (JSON.parse(stdout) as { findings: JsonFinding[] }).findings.map(({ ruleId, severity, message, file, startLine: line }) => ({
    ruleId,
    severity,
    message,
    file,
    line
  }))

describe('scan of nothing', () => {
  it('an empty folder: exit 2, the message on stderr, the finding at the folder (the scan root)', async () => {
    const { code, stdout, stderr } = await cli(['scan', 'emp', '-f', 'json'])
    expect([code, stderr]).toEqual([2, empty('emp')])
    expect(findingsOf(stdout)).toEqual([
      { ruleId: 'nothing-scanned', severity: 'error', message: empty('emp').slice(22, -1), file: '.', line: 1 }
    ])
  })

  it('a file that is not a manifest: exit 2, the finding at the file', async () => {
    const { code, stdout, stderr } = await cli(['scan', 'README.md', '-f', 'json'])
    expect([code, stderr]).toEqual([2, empty('README.md')])
    expect(findingsOf(stdout).map(finding => [finding.file, finding.line])).toEqual([['README.md', 1]])
  })

  it('a misspelled path: exit 2, as before, with or without --allow-empty', async () => {
    const message = "hotpatch-reboot-gate: infrx: no such file or folder\n"
    expect(await cli(['scan', 'infrx'])).toEqual({ code: 2, stdout: '', stderr: message })
    expect(await cli(['scan', 'infrx', '--allow-empty'])).toEqual({ code: 2, stdout: '', stderr: message })
  })

  it('--allow-empty: a notice, exit 0, nothing on stderr', async () => {
    const { code, stdout, stderr } = await cli(['scan', 'emp', '-f', 'json', '--allow-empty'])
    expect([code, stderr]).toEqual([0, ''])
    expect(findingsOf(stdout)).toEqual([
      {
        ruleId: 'nothing-scanned',
        severity: 'notice',
        message: 'path `emp` (on the command line) holds no manifest the gate reads: nothing was checked, as --allow-empty allows.',
        file: '.',
        line: 1
      }
    ])
  })

  it('several paths: each that yields nothing is named; the others are scanned', async () => {
    const { code, stdout, stderr } = await cli(['scan', 'infra', 'emp/', 'README.md', '-f', 'json'])
    // In the report's order: by file.
    expect([code, stderr]).toEqual([2, empty('README.md') + empty('emp/')])
    expect(findingsOf(stdout).map(finding => [finding.file, finding.severity])).toEqual([
      ['README.md', 'error'],
      ['emp', 'error']
    ])
  })

  it('include/exclude globs that leave nothing: the configuration is named', async () => {
    const root = workspace()
    mkdirSync(join(root, '.github'))
    writeFileSync(join(root, '.github', 'hotpatch-reboot-gate.yml'), 'exclude:\n  - "**/*.json"\n')
    const { code, stderr } = await cli(['scan', 'infra'], root)
    expect(code).toBe(2)
    expect(stderr).toBe(empty('infra', 'on the command line, after the include/exclude globs of .github/hotpatch-reboot-gate.yml'))
  })

  it('a folder with a manifest passes, even one that declares no VM', async () => {
    expect(await cli(['scan', 'infra', '-q'])).toMatchObject({ code: 0, stderr: '' })
    expect(await cli(['scan', 'infra/main.json', '-q'])).toMatchObject({ code: 0, stderr: '' })
  })

  it('--fail-on never does not hide it: nothing scanned is not a finding level', async () => {
    expect(await cli(['scan', 'emp', '--fail-on', 'never', '-q'])).toMatchObject({ code: 2, stderr: empty('emp') })
  })
})

describe('dist/cli.js, as a shell runs it (issue 14: `scan /tmp/emptydir`, `scan some/README.md`)', () => {
  it('exits 2 on an absolute empty folder and on a README, with the message on stderr', async () => {
    requireDist('cli.js')
    const root = workspace()
    const env = { PATH: process.env.PATH ?? '' }
    const folder = await runDist('cli.js', { args: ['scan', join(root, 'emp'), '-q'], cwd: root, env })
    expect([folder.code, folder.stderr]).toEqual([2, empty(join(root, 'emp'))])
    const readme = await runDist('cli.js', { args: ['scan', 'README.md', '-q'], cwd: root, env })
    expect([readme.code, readme.stderr]).toEqual([2, empty('README.md')])
    const accepted = await runDist('cli.js', { args: ['scan', 'emp', '-q', '--allow-empty'], cwd: root, env })
    expect([accepted.code, accepted.stderr]).toEqual([0, ''])
  })
})
