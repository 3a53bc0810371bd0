/**
 * A declaration the gate could not evaluate (an instance budget ran out) counts under `scope: changed` when a
 * pull request changes any other file of its deployment unit: the not-evaluated finding carries them as related
 * `value` locations (src/scan/unit-merge.ts). It sat at the declaration alone, so a pull request that changed
 * only `n = 2` to `n = 20000` in terraform.tfvars (`count = var.n`) passed: docs/limits.md says a bound is never a
 * cut-off that passes. Real scans, then the gate from the report alone.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { parseConfiguration } from '../../src/config/parse-config.js'
import { scopeReport } from '../../src/gate/scope.js'
import { decideVerdict } from '../../src/gate/verdict.js'
import { buildJsonReport } from '../../src/report/build-report.js'
import type { JsonReport } from '../../src/report/json-report.js'
import { scan } from '../../src/scan.js'
import { createRepository, type TempRepository } from '../hostile/support.js'
import { terraformVm } from '../support/manifests.js'

let repository: TempRepository | undefined
afterEach(() => {
  repository?.remove()
  repository = undefined
})

/** The budget the trees run out of: 20 instances per declaration. */
const LIMITS = 'limits:\n  instances: 20\n'

async function reportOf(files: Record<string, string>): Promise<JsonReport> {
  repository = createRepository(files)
  const configuration = parseConfiguration(LIMITS, { file: '.github/hotpatch-reboot-gate.yml', directory: repository.root })
  const result = await scan({ root: repository.root, asOf: new Date('2026-11-24T00:00:00Z'), configuration })
  return buildJsonReport(result, { toolVersion: 'test', asOf: '2026-11-24' })
}

const notEvaluated = (report: JsonReport) =>
  report.findings.filter(finding => finding.ruleId === 'not-evaluated').map(({ file, startLine, related }) => ({ file, startLine, related }))
const verdictFor = (report: JsonReport, ...changed: string[]) => decideVerdict(report, 'error', new Set(changed)).verdict
const value = (file: string) => ({ file, startLine: 1, role: 'value' })

const TERRAFORM = {
  'app/main.tf': terraformVm('"vm-${count.index}"').replace('{\n', '{\n  count = var.n\n'),
  'app/variables.tf': 'variable "n" {\n  type    = number\n  default = 2\n}\n',
  'app/terraform.tfvars': 'n = 25\n',
  // Another root: its files are not the unit's.
  'other/main.tf': terraformVm('"vm-other"')
}

describe('a Terraform declaration over the instance budget', () => {
  it('relates every other file of its root, so a change to its tfvars or its variable default counts it', async () => {
    const report = await reportOf(TERRAFORM)
    expect(notEvaluated(report)).toEqual([
      { file: 'app/main.tf', startLine: 1, related: [value('app/terraform.tfvars'), value('app/variables.tf')] }
    ])
    expect(verdictFor(report, 'app/terraform.tfvars')).toBe('fail')
    expect(verdictFor(report, 'app/variables.tf')).toBe('fail')
    expect(scopeReport(report, new Set(['app/terraform.tfvars'])).findings.map(finding => finding.ruleId)).toEqual(['not-evaluated'])
  })

  it('does not count for a change to another unit only', async () => {
    const report = await reportOf(TERRAFORM)
    // other/main.tf's own VM has no plan: its finding counts, the budget's does not.
    expect(scopeReport(report, new Set(['other/main.tf'])).findings.map(finding => [finding.ruleId, finding.file])).toEqual([
      ['reboot-plan-required', 'other/main.tf']
    ])
    expect(verdictFor(report, 'README.md')).toBe('pass')
  })
})

describe('a Bicep loop over the instance budget', () => {
  it('relates the parameter file that sets its count', async () => {
    const vm = "resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = [for i in range(0, n): {\n  name: 'vm-${i}'\n  location: 'westeurope'\n}]\n"
    const report = await reportOf({
      'infra/main.bicep': `param n int = 2\n${vm}`,
      'infra/main.bicepparam': "using './main.bicep'\nparam n = 25\n"
    })
    expect(notEvaluated(report)).toEqual([{ file: 'infra/main.bicep', startLine: 2, related: [value('infra/main.bicepparam')] }])
    expect(verdictFor(report, 'infra/main.bicepparam')).toBe('fail')
  })
})
