/**
 * The CLI's `scan` end to end, as the suites that check a folder's report do: run in a fixtures folder as of
 * 2026-11-24 (at noon UTC), with stderr dropped. One runner instead of one per suite.
 */
import type { CliIo } from '../../src/cli/io.js'
import { runCli } from '../../src/cli/run-cli.js'
import type { JsonReport } from '../../src/report/json-report.js'

/** `scan <folder> --format <format> --as-of 2026-11-24` run in `cwd`: the exit code and what it wrote to stdout. */
export async function runScan(cwd: string, folder: string, format: string): Promise<{ code: number; stdout: string }> {
  let stdout = ''
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: () => undefined },
    cwd,
    env: {},
    now: () => new Date('2026-11-24T12:00:00Z')
  }
  const code = await runCli(['scan', folder, '--format', format, '--as-of', '2026-11-24'], io)
  return { code, stdout }
}

/** The same with `--format json`, the report parsed (as a `Report` where a suite reads only part of it). */
export async function scanJson<Report = JsonReport>(cwd: string, folder: string): Promise<{ code: number; report: Report }> {
  const { code, stdout } = await runScan(cwd, folder, 'json')
  return { code, report: JSON.parse(stdout) as Report }
}

/** A folder's scan in brief, for suites with a fixture folder per case: the exit code, each resource's name, place and verdict, each finding's rule, severity and place. */
export async function scanOutline(cwd: string, folder: string) {
  const { code, report } = await scanJson(cwd, folder)
  return {
    code,
    resources: report.resources.map(r => [r.name, `${r.file}:${r.startLine}`, r.verdict]),
    findings: report.findings.map(f => [f.ruleId, f.severity, `${f.file}:${f.startLine}`])
  }
}
