/**
 * Unit tests for src/action/scope.ts and src/action/gate.ts: which findings decide the verdict on a
 * pull request, and the verdict itself.
 */
import { describe, expect, it } from '@jest/globals'
import { decideGate, failureMessage } from '../../src/action/gate.js'
import { changedScope, everyFinding, touches } from '../../src/action/scope.js'
import { planFilesOf as planFilesOfReport } from '../../src/gate/scope.js'
import type { MaintenanceAssignment, MaintenanceConfiguration } from '../../src/model/resources.js'
import { listPlans } from '../../src/report/evidence.js'
import { finding, report } from './report-builder.js'

// Plan files now come from the report alone (schema version 2 lists every plan in `plans`).
const planFilesOf = (model: Parameters<typeof listPlans>[0]): Set<string> =>
  planFilesOfReport({ plans: listPlans(model), resources: [], findings: [] })

const NO_PLANS = new Set<string>()
const modified = (path: string, patch = '@@ -1,3 +1,3 @@\n-  "sku": "2022-datacenter"\n+  "sku": "2025-datacenter-azure-edition"') => ({
  path,
  status: 'modified',
  patch
})

describe('changedScope', () => {
  it('counts only findings on the changed files when no plan can have been touched', () => {
    const scope = changedScope([modified('infra/vm.json'), { path: 'infra/new.bicep', status: 'added' }], NO_PLANS)
    expect(scope).toEqual({
      files: new Set(['infra/vm.json', 'infra/new.bicep']),
      description: 'findings on the 2 files the pull request changes and the files they use'
    })
    expect(changedScope([modified('README.md')], NO_PLANS).description).toBe(
      'findings on the 1 file the pull request changes and the files they use'
    )
  })

  it('re-checks every VM when a changed file is one of the gate\'s policy, naming which', () => {
    const policyFiles = new Map([['.github/gate.yml', 'configuration' as const], ['.github/advisories/next.yml', 'advisory' as const]])
    expect(changedScope([modified('.github/advisories/next.yml')], NO_PLANS, 'the pull request', policyFiles)).toEqual(
      everyFinding("the pull request changes .github/advisories/next.yml, an advisory the gate's configuration loads")
    )
    expect(changedScope([modified('.github/gate.yml')], NO_PLANS, "the merge group's change (1a2b3c4...5d6e7f8)", policyFiles)).toEqual(
      everyFinding("the merge group's change (1a2b3c4...5d6e7f8) changes .github/gate.yml, the gate's configuration")
    )
  })

  it('re-checks every VM when a changed file holds a maintenance plan', () => {
    expect(changedScope([modified('infra/vm.json'), modified('infra/maintenance.bicep')], new Set(['infra/maintenance.bicep']))).toEqual(
      everyFinding('the pull request changes infra/maintenance.bicep, which holds a maintenance plan')
    )
  })

  it('re-checks every VM when a manifest is removed or renamed', () => {
    expect(changedScope([{ path: 'k8s/assignment.yaml', status: 'removed' }], NO_PLANS).description).toBe(
      'every finding (the pull request removes or renames k8s/assignment.yaml)'
    )
    expect(
      changedScope([{ path: 'infra/plans/web.tf', status: 'renamed', previousPath: 'infra/web-plan.tf' }], NO_PLANS).description
    ).toBe('every finding (the pull request removes or renames infra/web-plan.tf)')
    expect(changedScope([{ path: 'docs/old.md', status: 'removed' }], NO_PLANS).files).toEqual(new Set(['docs/old.md']))
  })

  it('re-checks every VM when a diff removes a line naming a maintenance resource', () => {
    const patch = '@@ -40,9 +40,0 @@\n-resource "azurerm_maintenance_assignment_virtual_machine" "web" {\n-  location = "westeurope"'
    expect(changedScope([modified('infra/main.tf', patch)], NO_PLANS).description).toBe(
      'every finding (the pull request removes maintenance lines from infra/main.tf)'
    )
    const added = '@@ -1,0 +1,2 @@\n+# maintenance windows are in plans.tf\n+locals {}'
    expect(changedScope([modified('infra/main.tf', added)], NO_PLANS).files).toEqual(new Set(['infra/main.tf']))
  })

  it('re-checks every VM when GitHub does not show the diff of a changed manifest', () => {
    expect(changedScope([{ path: 'infra/big.json', status: 'modified' }], NO_PLANS).description).toBe(
      'every finding (GitHub does not show the diff of infra/big.json)'
    )
    expect(changedScope([{ path: 'infra/new.json', status: 'added' }], NO_PLANS).files).toEqual(new Set(['infra/new.json']))
  })
})

describe('planFilesOf', () => {
  it('lists the files that declare or report a maintenance configuration or assignment', () => {
    const at = (file: string) => ({ file, line: 3, column: 1 })
    const configuration = { declaredAt: at('infra/plans.bicep'), reportAt: at('infra/plans.bicep') } as MaintenanceConfiguration
    const assignment = { declaredAt: at('infra/modules/vm.bicep'), reportAt: at('infra/main.bicep') } as MaintenanceAssignment
    expect(planFilesOf({ maintenanceConfigurations: [configuration], maintenanceAssignments: [assignment] })).toEqual(
      new Set(['infra/plans.bicep', 'infra/modules/vm.bicep', 'infra/main.bicep'])
    )
  })
})

describe('touches', () => {
  it('is true for a finding on a file or related to it', () => {
    const files = new Set(['infra/prod.parameters.json'])
    expect(touches(finding(), files)).toBe(false)
    expect(touches(finding({ file: 'infra/prod.parameters.json' }), files)).toBe(true)
    expect(touches(finding({ related: [{ file: 'infra/prod.parameters.json', startLine: 3, role: 'parameter-file' }] }), files)).toBe(true)
  })
})

describe('decideGate', () => {
  const findings = [
    finding({ severity: 'error', file: 'a.json' }),
    finding({ severity: 'error', file: 'b.json' }),
    finding({ severity: 'warning', file: 'a.json' }),
    finding({ severity: 'notice', file: 'a.json' }),
    finding({ severity: 'error', file: 'a.json', exemption: { reason: 'r', owner: 'o', expires: '2026-01-31', source: 's' } })
  ]
  const all = everyFinding('scope: all')

  it('fails on errors with fail-on error, not counting exempted findings or notices', () => {
    expect(decideGate(report({ findings }), 'error', all)).toEqual({ verdict: 'fail', errors: 2, warnings: 1 })
    expect(decideGate(report({ findings: findings.slice(2) }), 'error', all)).toEqual({ verdict: 'pass', errors: 0, warnings: 1 })
  })

  it('fails on warnings too with fail-on warning, never with fail-on never', () => {
    expect(decideGate(report({ findings: findings.slice(2) }), 'warning', all)).toEqual({ verdict: 'fail', errors: 0, warnings: 1 })
    expect(decideGate(report({ findings }), 'never', all)).toEqual({ verdict: 'pass', errors: 2, warnings: 1 })
  })

  it('counts only findings in scope', () => {
    const scope = { files: new Set(['b.json']), description: 'findings on the 1 file the pull request changes and the files they use' }
    expect(decideGate(report({ findings }), 'warning', scope)).toEqual({ verdict: 'fail', errors: 1, warnings: 0 })
    expect(decideGate(report({ findings }), 'warning', { ...scope, files: new Set(['c.json']) })).toEqual({
      verdict: 'pass',
      errors: 0,
      warnings: 0
    })
  })

  it('passes a report without findings', () => {
    expect(decideGate(report(), 'warning', all)).toEqual({ verdict: 'pass', errors: 0, warnings: 0 })
  })
})

describe('failureMessage', () => {
  const all = everyFinding('scope: all')
  const REPORT = '/runner/_temp/hotpatch-reboot-gate-report.json'
  const everywhere = { annotations: true, jobSummary: true, reportFile: REPORT }

  it('names the counts, fail-on and what was counted', () => {
    expect(failureMessage({ verdict: 'fail', errors: 1, warnings: 3 }, 'error', all, everywhere)).toBe(
      "1 error finding reaches fail-on 'error'; counted: every finding (scope: all). " +
        'The annotations and the job summary show each VM and the reboot plan it needs.'
    )
    expect(failureMessage({ verdict: 'fail', errors: 2, warnings: 1 }, 'warning', all, everywhere)).toBe(
      "3 findings (2 errors, 1 warning) reach fail-on 'warning'; counted: every finding (scope: all). " +
        'The annotations and the job summary show each VM and the reboot plan it needs.'
    )
  })

  it('points only at what the run wrote: the annotations, the job summary, else the report file', () => {
    const tail = (shown: { annotations: boolean; jobSummary: boolean }): string =>
      failureMessage({ verdict: 'fail', errors: 1, warnings: 0 }, 'error', all, { ...shown, reportFile: REPORT }).split('. ')[1] ?? ''
    expect(tail({ annotations: true, jobSummary: false })).toBe('The annotations show each VM and the reboot plan it needs.')
    expect(tail({ annotations: false, jobSummary: true })).toBe('The job summary shows each VM and the reboot plan it needs.')
    expect(tail({ annotations: false, jobSummary: false })).toBe(`The report file ${REPORT} shows each VM and the reboot plan it needs.`)
  })

  it('says that nothing-scanned failed the step when no finding can reach fail-on never', () => {
    expect(failureMessage({ verdict: 'fail', errors: 2, warnings: 0 }, 'never', all, everywhere)).toBe(
      'A `path` holds no manifest the gate reads (rule nothing-scanned), which fails the step whatever fail-on says ' +
        "('never'); counted: every finding (scope: all). The annotations and the job summary name the path."
    )
    expect(failureMessage({ verdict: 'fail', errors: 1, warnings: 0 }, 'never', all, { ...everywhere, annotations: false, jobSummary: false })).toBe(
      'A `path` holds no manifest the gate reads (rule nothing-scanned), which fails the step whatever fail-on says ' +
        `('never'); counted: every finding (scope: all). The report file ${REPORT} names the path.`
    )
  })
})
