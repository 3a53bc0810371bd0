/**
 * Unit tests for src/action/scan-request.ts (what the action asks to scan, the outside-`path` warning) and
 * for the scope rule that makes a nothing-scanned finding count in every scope (src/gate/scope.ts).
 */
import { describe, expect, it } from '@jest/globals'
import { actionScanRequest, outsidePathsWarning } from '../../src/action/scan-request.js'
import type { ChangeListing } from '../../src/action/resolve-scope.js'
import { scopeReport } from '../../src/gate/scope.js'
import { decideVerdict } from '../../src/gate/verdict.js'
import { finding, report } from './report-builder.js'

const changed = (change: string, ...paths: string[]): ChangeListing => ({
  changes: { files: paths.map(path => ({ path, status: 'modified', patch: '+a' })), complete: true },
  change
})
const listing = (...paths: string[]): ChangeListing => changed('the pull request', ...paths)

describe('outsidePathsWarning', () => {
  it('names one manifest outside path, in the singular', () => {
    expect(outsidePathsWarning(listing('infra/main.bicep', 'legacy/vm.json', 'docs/README.md'), ['infra'])).toBe(
      'The pull request changes 1 manifest outside `path` (infra), which the gate does not check: legacy/vm.json. ' +
        'Add their folder to `path` if they should be checked.'
    )
  })

  it('names the change of a merge group or a push as the listing does, and every path', () => {
    const queued = changed("the merge group's change (1a2b3c4...5d6e7f8)", 'old/main.tf', 'old/main.tf')
    expect(outsidePathsWarning(queued, ['infra', 'k8s/app.yaml'])).toBe(
      "The merge group's change (1a2b3c4...5d6e7f8) changes 1 manifest outside `path` (infra k8s/app.yaml), which the " +
        'gate does not check: old/main.tf. Add their folder to `path` if they should be checked.'
    )
  })

  it('compares the change set with `path` in the repository\'s terms when it is checked out into a subfolder', () => {
    const changes = listing('infra/main.bicep', 'legacy/vm.json')
    expect(outsidePathsWarning(changes, ['src/infra'], 'src')).toBe(
      'The pull request changes 1 manifest outside `path` (src/infra), which the gate does not check: legacy/vm.json. ' +
        'Add their folder to `path` if they should be checked.'
    )
    // `path` is the whole repository.
    expect(outsidePathsWarning(changes, ['src'], 'src')).toBeUndefined()
  })

  it('says nothing without a change list, for a whole-workspace path, or when only other files change', () => {
    expect(outsidePathsWarning({ unlisted: 'scope: all' }, ['infra'])).toBeUndefined()
    expect(outsidePathsWarning(listing('legacy/vm.json'), ['.'])).toBeUndefined()
    expect(outsidePathsWarning(listing('README.md', 'src/app.ts', 'infra-old.txt'), ['infra'])).toBeUndefined()
    // A folder named like the path is not below it.
    expect(outsidePathsWarning(listing('infra/a.bicep', 'infra/b/c.tf', 'infra'), ['infra'])).toBeUndefined()
  })
})

describe('actionScanRequest', () => {
  const requestedPaths = [{ path: 'infra', written: 'infra/', exists: true }]

  it('names the `path` input, and the configuration when its globs narrow the scan', () => {
    expect(actionScanRequest({ requestedPaths, allowEmpty: false }, undefined)).toEqual({
      origin: 'the `path` input',
      paths: requestedPaths,
      allowEmpty: false,
      accept: 'Set `allow-empty: true` if that is expected.',
      setting: '`allow-empty: true`'
    })
    const configuration = { file: '.github/hotpatch-reboot-gate.yml', include: [], exclude: ['**/*.json'] }
    expect(actionScanRequest({ requestedPaths, allowEmpty: true }, configuration)).toMatchObject({
      origin: 'the `path` input, after the include/exclude globs of .github/hotpatch-reboot-gate.yml',
      allowEmpty: true
    })
    expect(actionScanRequest({ requestedPaths, allowEmpty: false }, { ...configuration, exclude: [] }).origin).toBe('the `path` input')
  })
})

describe('a nothing-scanned finding and the changed scope', () => {
  const nothing = finding({ ruleId: 'nothing-scanned', file: 'infra', startLine: 1, endLine: 1, resource: 'infra' })
  const other = finding({ file: 'legacy/vm.json' })
  const scanned = report({ findings: [nothing, other] })
  const readmeOnly = new Set(['README.md'])

  it('counts whatever the change set, and stays in the scoped report', () => {
    expect(decideVerdict(scanned, 'error', readmeOnly)).toEqual({ verdict: 'fail', errors: 1, warnings: 0 })
    expect(scopeReport(scanned, readmeOnly).findings).toEqual([nothing])
  })

  it('passes as a notice (allow-empty)', () => {
    expect(decideVerdict(report({ findings: [{ ...nothing, severity: 'notice' }] }), 'error', readmeOnly).verdict).toBe('pass')
  })
})
