/**
 * "New exemptions in this PR": src/pipeline/novelty.ts (by the base configuration, else by the diff),
 * src/config/base-config.ts (the base version through git, read-only) and the pull request glue.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readFileAtCommit } from '../../src/pipeline/base-config.js'
import { classifyExemptions } from '../../src/pipeline/novelty.js'
import { exemptionChangesInPullRequest } from '../../src/pipeline/pull-request-novelty.js'
import type { ExemptionRecord } from '../../src/policy/types.js'
import { CONFIG_FILE } from './helpers.js'

const record = (
  source: ExemptionRecord['source'],
  file: string,
  line: number,
  fields: Partial<ExemptionRecord> & { endLine?: number } = {}
): ExemptionRecord => {
  const { endLine, ...rest } = fields
  return {
    source,
    label: source === 'inline' ? `the inline exemption at ${file}:${line}` : 'exemptions[0]',
    resource: 'vm-web-01',
    rule: 'reboot-plan-required',
    reason: 'r',
    owner: 'o',
    expires: '2026-02-13',
    location: { file, line, column: 5, ...(endLine !== undefined && { endLine }) },
    expiresAt: { file, line, column: 5 },
    status: 'active',
    resources: ['vm-web-01'],
    exempted: 1,
    ...rest
  }
}

const BASE = [
  'exemptions:',
  '  - {resource: VM-WEB-01, rule: reboot-plan-required, reason: r, owner: o, expires: 2026-02-01}',
  '  - {resource: vm-app-01, rule: "*", reason: r, owner: o, expires: 2026-03-01}',
  ''
].join('\n')

describe('classifyExemptions', () => {
  const records = [
    record('configuration', CONFIG_FILE, 2, { endLine: 7 }),
    record('configuration', CONFIG_FILE, 8, { resource: 'vm-app-01', rule: '*', expires: '2026-03-01', endLine: 13 }),
    record('configuration', CONFIG_FILE, 14, { resource: 'vm-app-01', rule: 'reboot-blocked', endLine: 19 }),
    record('inline', 'infra/web.bicep', 4)
  ]

  it('compares configuration entries with the base by resource and rule, never by line', () => {
    expect(classifyExemptions(records.slice(0, 3), { baseConfiguration: BASE })).toEqual(
      new Map([
        [`${CONFIG_FILE}:2`, 'extended'],
        [`${CONFIG_FILE}:8`, 'unchanged'],
        [`${CONFIG_FILE}:14`, 'added']
      ])
    )
  })

  it('counts every entry as added when the base has no configuration, or one that does not parse', () => {
    for (const base of [null, 'exemptions: [\n']) {
      expect([...classifyExemptions(records.slice(0, 2), { baseConfiguration: base }).values()]).toEqual(['added', 'added'])
    }
  })

  it('falls back to the diff: an entry with an added line is changed, a file the pull request adds is added', () => {
    const patch = ['@@ -10,4 +10,5 @@', ' ctx', '-    expires: 2026-02-01', '+    expires: 2026-04-01', ' ctx', '+    ticket: CHG-1'].join('\n')
    const changed = classifyExemptions(records, {
      changedFiles: [
        { path: CONFIG_FILE, status: 'modified', patch },
        { path: 'infra/web.bicep', status: 'added' }
      ]
    })
    expect(changed).toEqual(
      new Map([
        [`${CONFIG_FILE}:2`, 'unchanged'],
        [`${CONFIG_FILE}:8`, 'changed'],
        [`${CONFIG_FILE}:14`, 'unchanged'],
        ['infra/web.bicep:4', 'added']
      ])
    )
  })

  it('leaves out what cannot be told: no base, no diff, or a diff GitHub does not show', () => {
    expect(classifyExemptions(records, {})).toEqual(new Map())
    expect(classifyExemptions(records.slice(3), { changedFiles: [{ path: 'infra/web.bicep', status: 'modified' }] })).toEqual(new Map())
    expect(classifyExemptions(records.slice(3), { changedFiles: [] })).toEqual(new Map([['infra/web.bicep:4', 'unchanged']]))
  })
})

describe('readFileAtCommit and the pull request glue', () => {
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', ['-c', 'user.email=gate@example.com', '-c', 'user.name=gate', ...args], { cwd, encoding: 'utf8' }).trim()

  it('reads the base configuration from git, tells a missing file from a missing commit, and marks new entries', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'hrg-novelty-'))
    try {
      git(repo, 'init', '-q')
      const workspace = join(repo, 'platform')
      mkdirSync(join(workspace, '.github'), { recursive: true })
      writeFileSync(join(workspace, '.github', 'hotpatch-reboot-gate.yml'), BASE)
      git(repo, 'add', '.')
      git(repo, 'commit', '-q', '-m', 'base')
      const base = git(repo, 'rev-parse', 'HEAD')

      expect(await readFileAtCommit(workspace, base, CONFIG_FILE)).toBe(BASE)
      expect(await readFileAtCommit(workspace, base, '.github/other.yml')).toBeNull()
      expect(await readFileAtCommit(workspace, 'f'.repeat(40), CONFIG_FILE)).toBeUndefined()
      expect(await readFileAtCommit(workspace, '--output=/tmp/x', CONFIG_FILE)).toBeUndefined()
      expect(await readFileAtCommit(tmpdir(), base, CONFIG_FILE)).toBeUndefined()

      let listed = 0
      const changes = await exemptionChangesInPullRequest({
        workspace,
        configFile: CONFIG_FILE,
        baseSha: base,
        records: [record('configuration', CONFIG_FILE, 2), record('inline', 'infra/web.bicep', 4)],
        changedFiles: undefined,
        listFiles: async () => {
          listed++
          return [{ path: 'infra/web.bicep', status: 'modified', patch: '@@ -3,1 +3,2 @@\n ctx\n+// hotpatch-reboot-gate-exempt ...' }]
        }
      })
      expect([changes, listed]).toEqual([
        new Map([
          [`${CONFIG_FILE}:2`, 'extended'],
          ['infra/web.bicep:4', 'changed']
        ]),
        1
      ])
    } finally {
      rmSync(repo, { recursive: true, force: true })
    }
  })

  it('falls back to the diff without git, and leaves everything unknown when the files cannot be listed', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'hrg-novelty-nogit-'))
    try {
      const input = { workspace, configFile: CONFIG_FILE, baseSha: 'a'.repeat(40), records: [record('configuration', CONFIG_FILE, 2, { endLine: 3 })] }
      const diff = [{ path: CONFIG_FILE, status: 'modified', patch: '@@ -1,2 +1,3 @@\n exemptions:\n+  - resource: vm-web-01\n   x' }]
      expect(await exemptionChangesInPullRequest({ ...input, changedFiles: diff })).toEqual(new Map([[`${CONFIG_FILE}:2`, 'changed']]))
      const failing = async () => Promise.reject(new Error('403'))
      expect(await exemptionChangesInPullRequest({ ...input, changedFiles: undefined, listFiles: failing })).toEqual(new Map())
      expect(await exemptionChangesInPullRequest({ ...input, records: [], changedFiles: diff })).toEqual(new Map())
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })
})
