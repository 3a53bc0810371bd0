/**
 * The files of the gate's policy through the real pipeline: the report carries the advisory files the
 * configuration loads (`configuration.advisories`), and a pull request that changes only one of them counts
 * every finding, as a change to the configuration does. The scope widened for the configuration file alone, so
 * a pull request that added a hotpatch SKU to an advisory of `advisories:` passed (src/gate/scope.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { resolveScope, type ChangeListing } from '../../src/action/resolve-scope.js'
import { loadConfigurationFile } from '../../src/pipeline/load-configuration.js'
import { runPipeline } from '../../src/pipeline/run-pipeline.js'
import { bicepVm } from '../support/manifests.js'

const NEXT_OOB = readFileSync(new URL('../fixtures/config/advisories/next-oob.yml', import.meta.url), 'utf8')
let base: string
let root: string

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'hrg-policy-files-'))
  root = join(base, 'repo')
  mkdirSync(join(root, '.github', 'advisories'), { recursive: true })
  mkdirSync(join(root, 'infra'))
  mkdirSync(join(base, 'shared'))
  writeFileSync(join(root, 'infra', 'main.bicep'), bicepVm('vm-web-01'))
  writeFileSync(join(root, '.github', 'advisories', 'next.yml'), NEXT_OOB)
  // An advisory outside the scanned root (a CLI run may name one): no change set of the root names it.
  writeFileSync(join(base, 'shared', 'other.yml'), NEXT_OOB.replace('id: next-oob-2026', 'id: shared-oob'))
  writeFileSync(
    join(root, '.github', 'hotpatch-reboot-gate.yml'),
    `advisories:\n  - advisories/next.yml\n  - ${join(base, 'shared', 'other.yml')}\n`
  )
})

afterEach(() => rmSync(base, { recursive: true, force: true }))

const changing = (...paths: string[]): ChangeListing => ({
  changes: { files: paths.map(path => ({ path, status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' })), complete: true },
  change: 'the pull request'
})

async function gateOf(listing: ChangeListing) {
  const loaded = loadConfigurationFile(join(root, '.github', 'hotpatch-reboot-gate.yml'), { root })
  return runPipeline({
    root,
    day: { text: '2026-11-24', date: new Date('2026-11-24T00:00:00Z') },
    failOn: 'error',
    configuration: loaded.configuration,
    advisories: loaded.advisories.map(entry => entry.advisory),
    scope: report => resolveScope(listing, report).scope
  })
}

describe('a change to an advisory the configuration loads', () => {
  it('is named in the report and counts every finding', async () => {
    const { report, scope, gate } = await gateOf(changing('.github/advisories/next.yml'))
    expect(report.configuration).toEqual({ file: '.github/hotpatch-reboot-gate.yml', advisories: ['.github/advisories/next.yml'] })
    expect(scope).toEqual({
      files: undefined,
      description: "every finding (the pull request changes .github/advisories/next.yml, an advisory the gate's configuration loads)"
    })
    expect(gate).toEqual({ verdict: 'fail', errors: 1, warnings: 0 })
  })

  it('leaves a change to another file to its own findings', async () => {
    const { scope, gate } = await gateOf(changing('docs/README.md'))
    expect(scope.description).toBe('findings on the 1 file the pull request changes and the files they use')
    expect(gate).toEqual({ verdict: 'pass', errors: 0, warnings: 0 })
  })
})
