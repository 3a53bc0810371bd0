/**
 * What every fault scenario must still show, whatever GitHub's API did: the verdict in the outputs,
 * every finding (and the parse error) as an annotation, in the job summary and in the JSON report, and
 * a run that ended by itself with the verdict's exit code.
 */
import { expect } from '@jest/globals'
import type { ActionRun } from './run-action.js'
import { FINDINGS, PARSE_ERROR } from './scenario.js'

/** The annotated places: each finding's `file:line` and the parse error's `file:line`. */
const ANNOTATED = [...FINDINGS.map(finding => finding.split(' ')[2] as string), PARSE_ERROR.replace(/:1$/, '')].sort()

/** The job summary's row of each finding's VM, and its line for the parse error. */
const SUMMARY_LINES = [
  '| **vm-shop-web-01**<br>`infra/arm/web.json:5` | ❌ affected, no reboot plan | no maintenance assignment reaches it | add fix 1 below (json) |',
  '| **vm-shop-tf-01**<br>`infra/terraform/main.tf:1` | ❌ affected, no reboot plan | no maintenance assignment reaches it | add fix 2 below (hcl) |',
  '- `infra/arm/cache.json:3:1` parse error: invalid JSON: expected a property name in double quotes, found the end of the file'
]

export function expectVerdictAndEveryFinding(run: ActionRun): void {
  expect(run.killed).toBe(false)
  expect(run.stderr).toBe('')
  const { report: reportPath, ...outputs } = run.outputs
  expect(outputs).toEqual({ verdict: 'fail', errors: '2', warnings: '1', sarif: '' })
  expect(reportPath).toMatch(/hotpatch-reboot-gate-report\.json$/)

  const annotated = run.stdout
    .split('\n')
    .flatMap(line => {
      const match = /^::(?:error|warning) title=[^,]*,file=([^,]+),line=(\d+)/.exec(line)
      return match ? [`${match[1]}:${match[2]}`] : []
    })
    .sort()
  expect(annotated).toEqual(ANNOTATED)

  const summary = run.summary.split('\n')
  expect(summary[0]).toBe('## ❌ hotpatch-reboot-gate: 2 errors, 1 warning')
  for (const line of SUMMARY_LINES) expect(summary).toContain(line)
  const pulumiRow = '| **vm-pulumi-web**<br>`infra/pulumi/Pulumi.yaml:4` | ⚠️ indeterminate'
  expect(summary.filter(line => line.startsWith(pulumiRow))).toHaveLength(1)

  const report = run.report
  const reported = report?.findings.map(f => `${f.ruleId} ${f.severity} ${f.file}:${f.startLine}`)
  expect(reported?.sort()).toEqual([...FINDINGS].sort())
  expect(report?.parseErrors.map(e => `${e.file}:${e.line}:${e.column}`)).toEqual([PARSE_ERROR])
  expect(run.stdout).toContain("::error::2 error findings reach fail-on 'error'; counted: every finding")
  expect(run.code).toBe(1)
}
