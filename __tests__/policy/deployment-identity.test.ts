/**
 * Keys and fingerprints across deployment units (issue 9/12): two VMs with one type and name in two deployment
 * units (an ARM template and a Terraform root, two Terraform roots, a Bicep file) get different resource keys
 * and fingerprints, and one VM keeps its fingerprint whether its folder or the whole repository is scanned
 * (fingerprints name the unit relative to the repository: pull-request threads are keyed by them).
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { identityKey, unitFolder } from '../../src/model/identity.js'
import { known } from '../../src/model/source.js'
import { fingerprintOf } from '../../src/policy/findings.js'
import { repositoryFolderOf } from '../../src/policy/repository-folder.js'
import { resourceKey } from '../../src/policy/subject.js'
import { scan, type ScanResult } from '../../src/scan.js'
import { loc, vm } from './builders.js'

const SCOPE = fileURLToPath(new URL('../fixtures/scope/', import.meta.url))
const AS_OF = new Date('2026-11-24T00:00:00Z')
const VM = 'microsoft.compute/virtualmachines'

/** `<file> <name>: <key> <fingerprint of its reboot-plan-required finding, if any>` per VM. */
function identities(result: ScanResult): string[] {
  return result.assessments.map(({ vm: machine }) => {
    const finding = result.findings.find(f => f.subject.kind === 'resource' && f.subject.instance === machine)
    return `${machine.reportAt.file} ${machine.displayName}: ${resourceKey(machine)} ${finding?.fingerprint ?? '-'}`
  })
}

describe('the three-team monorepo (dc01 and vm01 in ARM, Bicep and Terraform)', () => {
  it('gives every VM its own key and fingerprint', async () => {
    const result = await scan({ root: join(SCOPE, 'monorepo'), asOf: AS_OF })
    const rows = identities(result)
    expect(rows.map(row => row.split(' ').slice(0, 3).join(' '))).toEqual([
      `teams/identity/azuredeploy.json dc01: teams/identity:${VM}/dc01`,
      `teams/identity/azuredeploy.json vm01: teams/identity:${VM}/vm01`,
      `teams/apps/main.bicep dc01: teams/apps:${VM}/dc01`,
      `teams/apps/main.bicep vm01: teams/apps:${VM}/vm01`,
      `teams/platform/main.tf dc01: teams/platform:${VM}/dc01`,
      `teams/platform/main.tf vm01: teams/platform:${VM}/vm01`
    ])
    const fingerprints = result.findings.filter(f => f.ruleId === 'reboot-plan-required').map(f => f.fingerprint)
    expect(fingerprints).toHaveLength(4)
    expect(new Set(fingerprints).size).toBe(4)
  })

  it.each(['teams/identity', 'teams/apps', 'teams/platform'])('%s keeps its fingerprints when scanned alone', async team => {
    const whole = await scan({ root: join(SCOPE, 'monorepo'), asOf: AS_OF })
    const alone = await scan({ root: join(SCOPE, 'monorepo', team), asOf: AS_OF })
    const of = (result: ScanResult, prefix: string) =>
      result.findings
        .filter(f => f.location.file.startsWith(prefix))
        .map(f => `${f.ruleId} ${f.resource} ${f.fingerprint}`)
        .sort()
    expect(of(alone, '')).toEqual(of(whole, `${team}/`))
    // Keys are relative to the scan root: the report's own handles.
    expect(alone.assessments.map(a => resourceKey(a.vm))).toEqual([`${VM}/dc01`, `${VM}/vm01`])
  })
})

describe('an ARM dc01 and a Terraform dc01 in two folders', () => {
  it('differ in key and fingerprint; the ARM one keeps its fingerprint alone', async () => {
    const both = await scan({ root: join(SCOPE, 'same-name-two-deployments'), asOf: AS_OF })
    const alone = await scan({ root: join(SCOPE, 'same-name-two-deployments', 'a'), asOf: AS_OF })
    expect(both.assessments.map(a => resourceKey(a.vm))).toEqual([`a:${VM}/dc01`, `b:${VM}/dc01`])
    const armFinding = (result: ScanResult) => result.findings.find(f => f.ruleId === 'reboot-plan-required')?.fingerprint
    expect(armFinding(alone)).toBe(armFinding(both))
    expect(armFinding(alone)).toMatch(/^[0-9a-f]{16}$/)
  })
})

describe('identityKey, unitFolder and fingerprintOf', () => {
  const at = (file: string) => known({ kind: 'terraform-root' as const, key: `terraform:${file}` }, loc(1, file))
  const cases: readonly [string, ReturnType<typeof vm>, string, string][] = [
    // name, VM, repository folder, expected identity key in the repository
    ['no unit (built by hand): the key before units', vm(), 'infra', `${VM}/web-01`],
    ['a unit at the scan root, the root of the repository', vm({ unit: at('main.tf') }), '', `${VM}/web-01`],
    ['a unit at the scan root, a folder of the repository', vm({ unit: at('main.tf') }), 'teams/a', `teams/a:${VM}/web-01`],
    ['a unit in a subfolder', vm({ unit: at('teams/a/main.tf') }), '', `teams/a:${VM}/web-01`],
    ['a unit in a subfolder of a repository folder', vm({ unit: at('a/main.tf') }), 'teams', `teams/a:${VM}/web-01`]
  ]

  it.each(cases)('%s', (_name, machine, repository, expected) => {
    expect(identityKey(machine.identity, unitFolder(machine, repository))).toBe(expected)
  })

  it('one VM seen from the repository root and from its team folder has one fingerprint; two units, two', () => {
    const fromRoot = vm({ unit: at('teams/a/main.tf') })
    const fromTeam = vm({ unit: at('main.tf') })
    const otherTeam = vm({ unit: at('teams/b/main.tf') })
    expect(fingerprintOf('reboot-plan-required', fromTeam, 0, 'teams/a')).toBe(fingerprintOf('reboot-plan-required', fromRoot))
    expect(fingerprintOf('reboot-plan-required', otherTeam)).not.toBe(fingerprintOf('reboot-plan-required', fromRoot))
    // A unit at the repository's root keeps the fingerprint of the recipe before units.
    expect(fingerprintOf('reboot-plan-required', vm({ unit: at('main.tf') }))).toBe('7d18c074e4322ea3')
    expect(resourceKey(vm({ unit: at('teams/a/main.tf'), variant: 'prod.tfvars' }))).toBe(`teams/a:${VM}/web-01@prod.tfvars`)
  })
})

describe('repositoryFolderOf', () => {
  it('is the scan root inside the repository that holds it (a .git folder or file), else empty', () => {
    const base = mkdtempSync(join(tmpdir(), 'repository-folder-'))
    try {
      mkdirSync(join(base, 'plain', 'infra'), { recursive: true })
      mkdirSync(join(base, 'repo', '.git'), { recursive: true })
      mkdirSync(join(base, 'repo', 'teams', 'a'), { recursive: true })
      mkdirSync(join(base, 'worktree', 'infra'), { recursive: true })
      writeFileSync(join(base, 'worktree', '.git'), 'gitdir: /elsewhere\n')
      expect(repositoryFolderOf(join(base, 'repo'))).toBe('')
      expect(repositoryFolderOf(join(base, 'repo', 'teams', 'a'))).toBe('teams/a')
      expect(repositoryFolderOf(join(base, 'worktree', 'infra'))).toBe('infra')
      // No repository above the temporary folder (the machine's root has none).
      expect(repositoryFolderOf(join(base, 'plain', 'infra'))).toBe('')
    } finally {
      rmSync(base, { recursive: true, force: true })
    }
  })
})
