/** Unit tests for src/github/scope.ts: the part of a report a pull request touches. */
import { describe, expect, it } from '@jest/globals'
import type { PullRequestFile } from '../../src/github/diff.js'
import { decideScope, scopeReport } from '../../src/github/scope.js'
import { FILES, FINDINGS, makeReport } from './scenario.js'

const files: PullRequestFile[] = FILES.map(file => ({
  path: file.filename,
  status: file.status,
  ...(file.patch && { patch: file.patch })
}))

describe('scopeReport', () => {
  it('keeps findings on or related to changed files, their resources, and counts the summary again', () => {
    const report = makeReport()
    const scoped = scopeReport(report, files)
    expect(scoped.findings).toEqual([
      FINDINGS.appPlan,
      FINDINGS.legacyBlocked,
      FINDINGS.webPatchMode,
      FINDINGS.webPlan,
      FINDINGS.labPlan
    ])
    expect(scoped.resources.map(r => r.name)).toEqual(['vm-app', 'vm-legacy', 'vm-web', 'vm-lab', 'vm-ok'])
    expect(scoped.summary).toEqual({
      files: 6,
      resources: 5,
      errors: 3,
      warnings: 1,
      notices: 0,
      exempted: 1,
      verdicts: { 'affected-no-plan': 3, 'affected-reboot-blocked': 1, 'not-affected': 1 }
    })
    expect(scoped.advisories).toBe(report.advisories)
  })

  it('keeps parse errors of changed files only', () => {
    const report = {
      ...makeReport(),
      parseErrors: [
        { file: 'infra/db.bicep', line: 3, column: 1, message: "expected '}'", severity: 'error' as const },
        { file: 'infra/main.bicep', line: 70, column: 5, message: 'expected a value', severity: 'error' as const }
      ]
    }
    expect(scopeReport(report, files).parseErrors.map(e => e.file)).toEqual(['infra/main.bicep'])
  })

  it('gives the same report when scoped twice with the same files', () => {
    const once = scopeReport(makeReport(), files)
    expect(scopeReport(once, files)).toEqual(once)
  })

  it('returns the whole report when the changed files are unknown', () => {
    const report = makeReport()
    expect(scopeReport(report, undefined)).toBe(report)
  })
})

describe('decideScope', () => {
  const report = makeReport()
  const whole = (extra: PullRequestFile): string => decideScope(report, [...files, extra]).reason

  it('limits the scope to the changed files', () => {
    expect(decideScope(report, files)).toEqual({
      files: new Set(['infra/legacy.bicep', 'infra/main.bicep', 'infra/prod.bicepparam', 'docs/diagram.png']),
      reason: 'resources in, or using, the changed files'
    })
  })

  it('puts every VM in scope when a change may take a reboot plan away', () => {
    expect(whole({ path: 'infra/plan.bicep', status: 'removed' })).toBe(
      'the pull request removes or renames infra/plan.bicep'
    )
    expect(whole({ path: 'infra/new.tf', status: 'renamed', previousPath: 'infra/old.tf', patch: '' })).toBe(
      'the pull request removes or renames infra/old.tf'
    )
    expect(whole({ path: 'infra/legacy-plan.bicep', status: 'modified', patch: '@@ -8 +8 @@\n-a\n+b' })).toBe(
      'the pull request changes infra/legacy-plan.bicep, which holds a reboot plan'
    )
    expect(
      whole({
        path: 'infra/ops.tf',
        status: 'modified',
        patch: '@@ -1,2 +1,1 @@\n-resource "azurerm_maintenance_assignment_virtual_machine" "a" {\n }'
      })
    ).toBe('the pull request removes maintenance lines from infra/ops.tf')
    expect(whole({ path: 'infra/huge.json', status: 'modified' })).toBe(
      'GitHub does not show the diff of infra/huge.json'
    )
  })

  it('puts every VM in scope for a change to the gate\'s configuration or an advisory it loads', () => {
    const configured = { ...report, configuration: { file: '.github/gate.yml', advisories: ['.github/advisories/next.yml'] } }
    const changed = (path: string): string => decideScope(configured, [...files, { path, status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' }]).reason
    expect(changed('.github/advisories/next.yml')).toBe("the pull request changes .github/advisories/next.yml, an advisory the gate's configuration loads")
    expect(changed('.github/gate.yml')).toBe("the pull request changes .github/gate.yml, the gate's configuration")
    expect(decideScope(configured, [...files, { path: '.github/advisories/next.yml', status: 'modified' }]).files).toBeUndefined()
  })

  it('keeps the scope for changes that cannot remove a plan', () => {
    expect(decideScope(report, [...files, { path: 'README.md', status: 'removed' }]).files?.has('README.md')).toBe(true)
    expect(
      decideScope(report, [...files, { path: 'infra/new.bicep', status: 'added' }]).files?.has('infra/new.bicep')
    ).toBe(true)
  })
})
