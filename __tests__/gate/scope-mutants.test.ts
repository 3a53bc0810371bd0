/**
 * src/gate/scope.ts under mutation (issue 12, docs/mutation.md): each cause that widens a pull
 * request's scope to every finding, in the order the changes are listed, the plan files a report
 * names, and what a scoped report keeps.
 */
import { describe, expect, it } from '@jest/globals'
import { planFilesOf, policyFilesOf, scopeCause, scopeFiles, scopeReport, touches, type ChangedFile } from '../../src/gate/scope.js'
import type { JsonReport, ReportEvidence, ReportResource } from '../../src/report/json-report.js'
import { finding, parseError, report } from '../action/report-builder.js'

const NO_PLANS = new Set<string>()
const modified = (path: string, patch: string): ChangedFile => ({ path, status: 'modified', patch })
const SKU_CHANGE = '@@ -1,1 +1,1 @@\n-  "sku": "2022-datacenter"\n+  "sku": "2025-datacenter-azure-edition"'

describe('scopeCause: what widens the scope to every finding', () => {
  it('keeps the changed files when nothing can have taken a plan away', () => {
    const changes = [modified('infra/vm.json', SKU_CHANGE), { path: 'infra/new.bicep', status: 'added' }, { path: 'README.md', status: 'modified' }]
    expect(scopeCause(changes, NO_PLANS)).toEqual({ kind: 'changed-files', files: new Set(['infra/vm.json', 'infra/new.bicep', 'README.md']) })
    expect(scopeCause([], NO_PLANS)).toEqual({ kind: 'changed-files', files: new Set() })
  })

  it('names a removed manifest, and only a manifest', () => {
    expect(scopeCause([{ path: 'k8s/Assignment.YAML', status: 'removed' }], NO_PLANS)).toEqual({ kind: 'removed-manifest', path: 'k8s/Assignment.YAML' })
    expect(scopeCause([{ path: 'docs/old.md', status: 'removed' }], NO_PLANS)).toEqual({ kind: 'changed-files', files: new Set(['docs/old.md']) })
    // Terragrunt's configuration is one by its name; the `.hcl` files it includes are not read.
    expect(scopeCause([{ path: 'live/prod/terragrunt.hcl', status: 'removed' }], NO_PLANS)).toEqual({ kind: 'removed-manifest', path: 'live/prod/terragrunt.hcl' })
    expect(scopeCause([{ path: 'live/root.hcl', status: 'removed' }], NO_PLANS)).toEqual({ kind: 'changed-files', files: new Set(['live/root.hcl']) })
  })

  it('names the old path of a renamed manifest, not the new one', () => {
    const renamed = { path: 'infra/plans/web.tf', status: 'renamed', previousPath: 'infra/web-plan.tf' }
    expect(scopeCause([renamed], NO_PLANS)).toEqual({ kind: 'removed-manifest', path: 'infra/web-plan.tf' })
    const fromText = { path: 'infra/web.tf', status: 'renamed', previousPath: 'infra/web.txt', patch: '' }
    expect(scopeCause([fromText], NO_PLANS)).toEqual({ kind: 'changed-files', files: new Set(['infra/web.tf']) })
  })

  it('names a removed file by its path even when a previous path is given', () => {
    const removed = { path: 'infra/gone.json', status: 'removed', previousPath: 'notes/gone.txt' }
    expect(scopeCause([removed], NO_PLANS)).toEqual({ kind: 'removed-manifest', path: 'infra/gone.json' })
  })

  it('names a changed file that holds a plan', () => {
    const planFiles = new Set(['infra/maintenance.bicep'])
    expect(scopeCause([modified('infra/maintenance.bicep', SKU_CHANGE)], planFiles)).toEqual({ kind: 'plan-file', path: 'infra/maintenance.bicep' })
    expect(scopeCause([modified('infra/vm.bicep', SKU_CHANGE)], planFiles)).toEqual({ kind: 'changed-files', files: new Set(['infra/vm.bicep']) })
  })

  it.each([
    ['a Terraform resource', '@@ -40,2 +40,0 @@\n-resource "azurerm_maintenance_assignment_virtual_machine" "web" {\n-  location = "westeurope"'],
    ['a later line, in capitals', '@@ -1,2 +1,1 @@\n   "name": "web"\n-  "type": "Microsoft.Maintenance/maintenanceConfigurations",'],
    ['a Pulumi assignment', '@@ -7,1 +7,0 @@\n-    type: azure-native:maintenance:ConfigurationAssignment'],
    ['an ASO assignment kind', '@@ -3,1 +3,0 @@\n-kind: ConfigurationAssignment']
  ])('names a diff that removes a line naming a plan: %s', (_label, patch) => {
    expect(scopeCause([modified('infra/main.tf', patch)], NO_PLANS)).toEqual({ kind: 'removed-plan-lines', path: 'infra/main.tf' })
  })

  it.each([
    ['an added line', '@@ -1,0 +1,1 @@\n+# maintenance windows are in plans.tf'],
    ['a context line', '@@ -1,1 +1,1 @@\n maintenance_window = "web"\n-  size = "Standard_D2s_v5"'],
    ['the old-file header', '--- a/infra/maintenance.tf\n+++ b/infra/maintenance.tf\n@@ -1,1 +1,1 @@\n-  size = 1\n+  size = 2'],
    ['a removed line naming no plan', '@@ -1,1 +1,0 @@\n-  assignment_count = 2'],
    ['an empty diff', '']
  ])('keeps the changed files for %s', (_label, patch) => {
    expect(scopeCause([modified('infra/main.tf', patch)], NO_PLANS)).toEqual({ kind: 'changed-files', files: new Set(['infra/main.tf']) })
  })

  it('names a modified manifest whose diff GitHub does not show, not an added one or another file', () => {
    expect(scopeCause([{ path: 'infra/big.JSON', status: 'modified' }], NO_PLANS)).toEqual({ kind: 'hidden-diff', path: 'infra/big.JSON' })
    expect(scopeCause([{ path: 'infra/new.json', status: 'added' }], NO_PLANS)).toEqual({ kind: 'changed-files', files: new Set(['infra/new.json']) })
    expect(scopeCause([{ path: 'assets/logo.png', status: 'modified' }], NO_PLANS)).toEqual({ kind: 'changed-files', files: new Set(['assets/logo.png']) })
  })

  it('goes through every change and reports the first cause found, whichever kind', () => {
    const hidden = { path: 'infra/big.json', status: 'modified' }
    const removed = { path: 'infra/old.bicep', status: 'removed' }
    expect(scopeCause([modified('infra/vm.json', SKU_CHANGE), hidden, removed], NO_PLANS)).toEqual({ kind: 'hidden-diff', path: 'infra/big.json' })
    expect(scopeCause([removed, hidden], NO_PLANS)).toEqual({ kind: 'removed-manifest', path: 'infra/old.bicep' })
  })

  it('checks a change for removal first, then for a plan file, then its diff', () => {
    const planFiles = new Set(['infra/plan.tf'])
    const removedPlan = { path: 'infra/plan.tf', status: 'removed' }
    expect(scopeCause([removedPlan], planFiles)).toEqual({ kind: 'removed-manifest', path: 'infra/plan.tf' })
    const planWithRemovedLine = modified('infra/plan.tf', '@@ -1,1 +1,0 @@\n-resource "azurerm_maintenance_configuration" "web" {')
    expect(scopeCause([planWithRemovedLine], planFiles)).toEqual({ kind: 'plan-file', path: 'infra/plan.tf' })
  })

  it('re-checks every VM for a change to a file of the gate\'s policy, naming which it is', () => {
    const policyFiles = new Map([['.github/gate.yml', 'configuration' as const], ['.github/advisories/next.yml', 'advisory' as const]])
    const changes = (path: string) => [modified('README.md', '+a'), modified(path, '@@ -1 +1 @@\n-a\n+b')]
    expect(scopeCause(changes('.github/advisories/next.yml'), NO_PLANS, policyFiles)).toEqual({
      kind: 'policy-file',
      path: '.github/advisories/next.yml',
      file: 'advisory'
    })
    // Named as the policy's even when it is among the plan files too.
    expect(scopeCause(changes('.github/gate.yml'), new Set(['.github/gate.yml']), policyFiles)).toEqual({
      kind: 'policy-file',
      path: '.github/gate.yml',
      file: 'configuration'
    })
    expect(scopeFiles({ kind: 'policy-file', path: '.github/gate.yml', file: 'configuration' })).toBeUndefined()
    expect(scopeCause(changes('.github/other.yml'), NO_PLANS, policyFiles)).toEqual({
      kind: 'changed-files',
      files: new Set(['README.md', '.github/other.yml'])
    })
  })
})

describe('scopeFiles', () => {
  it('limits the scope to the changed files only for that cause', () => {
    const files = new Set(['infra/vm.json'])
    expect(scopeFiles({ kind: 'changed-files', files })).toBe(files)
    expect(scopeFiles({ kind: 'plan-file', path: 'infra/vm.json' })).toBeUndefined()
    expect(scopeFiles({ kind: 'removed-manifest', path: 'infra/vm.json' })).toBeUndefined()
    expect(scopeFiles({ kind: 'removed-plan-lines', path: 'infra/vm.json' })).toBeUndefined()
    expect(scopeFiles({ kind: 'hidden-diff', path: 'infra/vm.json' })).toBeUndefined()
  })
})

const assignmentEvidence = (file: string, configurationFile?: string): ReportEvidence => ({
  kind: 'maintenance-assignment',
  file,
  startLine: 12,
  status: 'valid',
  name: 'web-assignment',
  via: 'direct',
  configuration: configurationFile === undefined ? { name: 'web-config' } : { name: 'web-config', file: configurationFile, startLine: 3 },
  detail: ''
})

const resource = (overrides: Partial<ReportResource> = {}): ReportResource => ({
  file: 'infra/vm.json',
  startLine: 10,
  name: 'vm-app',
  type: 'Microsoft.Compute/virtualMachines',
  format: 'arm',
  verdict: 'affected-no-plan',
  reasons: [],
  related: [],
  key: 'Microsoft.Compute/virtualMachines/vm-app',
  evidence: [],
  ...overrides
})

const withParts = (parts: Partial<JsonReport>): JsonReport => ({ ...report(), ...parts })

describe('planFilesOf', () => {
  it('is empty for a report with no plan, configuration, resource or finding', () => {
    expect(planFilesOf(report())).toEqual(new Set())
  })

  it('lists the configuration file, each plan file and the file that declares a module’s plan', () => {
    const plans = [
      { kind: 'maintenance-configuration' as const, name: 'web', file: 'infra/main.bicep', startLine: 4, declaredIn: 'infra/modules/plan.bicep' },
      { kind: 'maintenance-assignment' as const, name: 'web-a', file: 'infra/assign.tf', startLine: 9 }
    ]
    expect(planFilesOf(withParts({ plans, configuration: { file: '.github/hotpatch-reboot-gate.yml' } }))).toEqual(
      new Set(['.github/hotpatch-reboot-gate.yml', 'infra/main.bicep', 'infra/modules/plan.bicep', 'infra/assign.tf'])
    )
  })

  it('lists the advisory files the configuration loads, as files of the gate\'s policy', () => {
    const configuration = { file: '.github/gate.yml', advisories: ['.github/advisories/a.yml', 'shared/b.yml'] }
    expect(planFilesOf(withParts({ configuration }))).toEqual(new Set(['.github/gate.yml', '.github/advisories/a.yml', 'shared/b.yml']))
    expect(policyFilesOf(withParts({ configuration }))).toEqual(
      new Map([
        ['.github/advisories/a.yml', 'advisory'],
        ['shared/b.yml', 'advisory'],
        ['.github/gate.yml', 'configuration']
      ])
    )
    expect(policyFilesOf(report())).toEqual(new Map())
  })

  it('lists a resource’s related plan files (by role, in any case), not its other related files', () => {
    const related = [
      { file: 'infra/maint.json', startLine: 1, role: 'Maintenance-Configuration' },
      { file: 'infra/assign.json', startLine: 2, role: 'assignment' },
      { file: 'infra/prod.parameters.json', startLine: 3, role: 'parameter-file' }
    ]
    expect(planFilesOf(withParts({ resources: [resource({ related })] }))).toEqual(new Set(['infra/maint.json', 'infra/assign.json']))
  })

  it('lists the evidence file of an assignment whose configuration could not be named', () => {
    const { configuration: _unnamed, ...withoutConfiguration } = assignmentEvidence('infra/d.tf') as Extract<ReportEvidence, { kind: 'maintenance-assignment' }>
    expect(planFilesOf(withParts({ resources: [resource({ evidence: [withoutConfiguration] })] }))).toEqual(new Set(['infra/d.tf']))
  })

  it('lists each evidence file and the file of an assignment’s configuration when it is known', () => {
    const declared: ReportEvidence = {
      kind: 'declared-plan',
      file: '.github/plans.yml',
      startLine: 5,
      status: 'valid',
      name: 'reboot-plans[0] of .github/plans.yml',
      window: 'R/2025-11-15T03:00:00Z/P1M'
    }
    const evidence = [assignmentEvidence('infra/a.tf', 'infra/c.tf'), assignmentEvidence('infra/b.tf'), declared]
    expect(planFilesOf(withParts({ resources: [resource({ evidence })] }))).toEqual(
      new Set(['infra/a.tf', 'infra/c.tf', 'infra/b.tf', '.github/plans.yml'])
    )
  })

  it('lists a finding’s related plan files, not its other related files', () => {
    const related = [
      { file: 'infra/maint.bicep', startLine: 1, role: 'maintenance configuration' },
      { file: 'infra/main.bicepparam', startLine: 2, role: 'parameter-file' }
    ]
    expect(planFilesOf(withParts({ findings: [finding({ related })] }))).toEqual(new Set(['infra/maint.bicep']))
  })
})

describe('touches', () => {
  const related = [{ file: 'infra/prod.parameters.json' }, { file: 'infra/modules/vm.bicep' }]
  it('is true for an item on a file of the set or related to one, false otherwise', () => {
    expect(touches({ file: 'infra/vm.json', related: [] }, new Set(['infra/vm.json']))).toBe(true)
    expect(touches({ file: 'infra/vm.json', related }, new Set(['infra/modules/vm.bicep']))).toBe(true)
    expect(touches({ file: 'infra/vm.json', related }, new Set(['infra/other.json']))).toBe(false)
    expect(touches({ file: 'infra/vm.json', related: [] }, new Set())).toBe(false)
  })
})

describe('scopeReport', () => {
  const onA = finding({ file: 'infra/a.json', resource: 'vm-a', resourceKey: 'vm/a' })
  const onB = finding({ file: 'infra/b.json', resource: 'vm-b', severity: 'warning' })
  const related = finding({
    file: 'infra/main.bicep',
    resource: 'vm-c',
    resourceKey: 'vm/c',
    related: [{ file: 'infra/a.bicepparam', startLine: 1, role: 'parameter-file' }]
  })
  const resources = [
    resource({ file: 'infra/a.json', name: 'vm-a', key: 'vm/a' }),
    resource({ file: 'infra/other.json', name: 'vm-b', key: 'vm/b' }),
    resource({ file: 'infra/main.bicep', name: 'vm-c', key: 'vm/c' }),
    resource({ file: 'infra/else.json', name: 'vm-a', key: 'vm/a2' }),
    resource({ file: 'infra/z.json', name: 'vm-z', key: 'vm/z', related: [{ file: 'infra/b.json', startLine: 1, role: 'module' }] }),
    resource({ file: 'infra/y.json', name: 'vm-y', key: 'vm/y' })
  ]
  const full = withParts({
    resources,
    findings: [onA, onB, related],
    parseErrors: [parseError({ file: 'infra/b.json' }), parseError({ file: 'infra/broken.json' })],
    summary: { ...report().summary, files: 9 }
  })

  it('gives the report back, the same object, without a scope', () => {
    expect(scopeReport(full, undefined)).toBe(full)
  })

  it('keeps the findings, resources and parse errors of the scope and counts them again', () => {
    const scoped = scopeReport(full, new Set(['infra/b.json', 'infra/a.bicepparam']))
    expect(scoped.findings).toEqual([onB, related])
    // vm-b by the name of a finding without a key, vm-c by key, vm-z by a related file; vm-a's key is not kept.
    expect(scoped.resources.map(r => r.key)).toEqual(['vm/b', 'vm/c', 'vm/z'])
    expect(scoped.parseErrors.map(e => e.file)).toEqual(['infra/b.json'])
    expect(scoped.summary).toEqual({
      files: 9,
      resources: 3,
      errors: 1,
      warnings: 1,
      notices: 0,
      exempted: 0,
      verdicts: { 'affected-no-plan': 3 }
    })
    expect({ ...scoped, findings: full.findings, resources: full.resources, parseErrors: full.parseErrors, summary: full.summary }).toEqual(full)
  })

  it('keeps a resource by the key of a finding, not by its name, when the finding has a key', () => {
    const scoped = scopeReport(full, new Set(['infra/a.json']))
    expect(scoped.resources.map(r => r.key)).toEqual(['vm/a'])
    expect(scoped.findings).toEqual([onA])
    expect(scoped.parseErrors).toEqual([])
  })
})

describe('findings that count in every scope', () => {
  it('keeps a nothing-scanned finding whatever the change set, and no other rule’s finding off it', () => {
    const nothing = finding({ ruleId: 'nothing-scanned', file: 'infra', startLine: 1, resource: 'infra' })
    const elsewhere = finding({ file: 'legacy/vm.json' })
    const scoped = scopeReport(report({ findings: [nothing, elsewhere] }), new Set(['README.md']))
    expect(scoped.findings).toEqual([nothing])
    expect(touches(nothing, new Set())).toBe(true)
    expect(touches(finding({ ruleId: 'reboot-plan-required', file: 'infra' }), new Set())).toBe(false)
    expect(touches({ file: 'infra', related: [], ruleId: '' }, new Set())).toBe(false)
  })
})
