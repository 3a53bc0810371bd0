/**
 * Every hostile case at once, in one repository, through the bundled CLI (`dist/cli.js`) run as a
 * child process: the exit code is the policy's verdict (1: the control VM has no reboot plan), and
 * the JSON report holds every case's exact outcome next to the control VM's finding. In `npm run
 * test:long`: two scans of the cases' 50 MB inputs cost ~9 s of CPU; hostile.test.ts checks each case
 * in-process in `npm test`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { JsonReport } from '../../src/report/json-report.js'
import { requireDist, runDist, type DistRun } from '../support/run-dist.js'
import { HOSTILE_CASES } from './cases/index.js'
import { CONTROL_FILE, CONTROL_FINDING, CONTROL_RESOURCE, CONTROL_TEMPLATE } from './manifests.js'
import { AS_OF, createRepository, outcomeOf, sorted, writeFiles, type TempRepository } from './support.js'

/** The content prefilter's notice: one per scan, so the cases' notices add up to one in the scan of them all. */
const SKIPPED = /^\.:1:1 notice (\d+) files? checked without parsing/
function withOneSkippedNotice(parseErrors: readonly string[]): string[] {
  const skipped = parseErrors.reduce((sum, error) => sum + Number(SKIPPED.exec(error)?.[1] ?? 0), 0)
  const notice =
    skipped === 1
      ? '.:1:1 notice 1 file checked without parsing: it declares no VM, scale set, Arc machine or maintenance resource and calls no module, nested deployment or Pulumi component with a hotpatch input'
      : `.:1:1 notice ${skipped} files checked without parsing: they declare no VM, scale set, Arc machine or maintenance resource and call no module, nested deployment or Pulumi component with a hotpatch input`
  return [...parseErrors.filter(error => !SKIPPED.test(error)), ...(skipped > 0 ? [notice] : [])]
}

const runCli = (args: readonly string[], cwd: string): Promise<DistRun> =>
  runDist('cli.js', { args, cwd, env: { PATH: process.env.PATH, NO_COLOR: '1' } })

let repository: TempRepository

beforeAll(() => {
  requireDist('cli.js')
  repository = createRepository({ [CONTROL_FILE]: CONTROL_TEMPLATE })
  // One case at a time: the 50 MB files are written and released before the next case is built.
  for (const hostile of HOSTILE_CASES) {
    writeFiles(repository.root, hostile.files())
    writeFiles(repository.outside, hostile.outsideFiles?.() ?? {})
  }
})

afterAll(() => repository.remove())

describe('dist/cli.js on every hostile case at once', () => {
  it('exits 1 with every case’s outcome and the control VM’s finding in the JSON report', async () => {
    const run = await runCli(['scan', '.', '--format', 'json', '--as-of', AS_OF], repository.root)
    expect(run.stderr).toBe('')
    const report = JSON.parse(run.stdout) as JsonReport
    expect(sorted(outcomeOf(report))).toEqual(
      sorted({
        parseErrors: withOneSkippedNotice(HOSTILE_CASES.flatMap(hostile => hostile.parseErrors)),
        resources: [CONTROL_RESOURCE, ...HOSTILE_CASES.flatMap(hostile => hostile.resources)],
        findings: [CONTROL_FINDING, ...HOSTILE_CASES.flatMap(hostile => hostile.findings)],
        verdict: 'fail'
      })
    )
    expect(run.code).toBe(1)
  })

  it('exits 1 with the text report, naming the control VM and the located messages', async () => {
    const run = await runCli(['scan', '.', '--as-of', AS_OF, '--no-color'], repository.root)
    expect(run.stderr).toBe('')
    const lines = run.stdout.split('\n')
    expect(lines).toContain('  ✖ vm-control (VM)  line 5 — affected, no reboot plan')
    expect(lines).toContain(
      '  ✖ parse error at line 26, column 12: aliases expand to more than 10000 nodes (alias bomb); not'
    )
    expect(lines).toContain(
      '  · skipped at line 1, column 1: symbolic link to a file outside the scanned folder; not followed'
    )
    expect(run.stdout).not.toContain('internal error')
    expect(run.code).toBe(1)
  })
})
