/**
 * dist/post.js, the fork-safe poster as the workflow_run job runs it, on hostile artifacts: what it prints of
 * an artifact it refuses carries no escape sequence, control, bidirectional character or workflow command,
 * and a crafted report of many items is refused at once (its first schema error), not after minutes of
 * collecting every error.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { requireDist, runDist } from '../support/run-dist.js'
import { HEAD, makeReport } from './scenario.js'

let dir: string
beforeAll(() => {
  requireDist('post.js')
  dir = mkdtempSync(join(tmpdir(), 'poster-dist-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const post = (report: string) => {
  const file = join(dir, 'report.json')
  writeFileSync(file, report)
  return runDist('post.js', {
    args: ['--report', file, '--repo', 'Codertocat/Hello-World', '--sha', HEAD, '--pr', '2'],
    cwd: dir,
    env: { PATH: process.env.PATH, GITHUB_ACTIONS: 'true', GITHUB_TOKEN: 'ghs_test' }
  })
}

describe('dist/post.js on a hostile artifact', () => {
  it('prints the schema error with the key it names cleaned: no escape sequence, bidi control or command', async () => {
    const key = '\u001b[2J\u001b[1;31mPOSTED OK\u001b[0m\n::error::forged\u202egnp.exe'
    const run = await post(JSON.stringify({ ...makeReport(), [key]: 1 }))
    expect(run.code).toBe(1)
    const lines = run.stderr.trimEnd().split('\n')
    expect(lines[0]).toBe(`${join(dir, 'report.json')} is not a hotpatch-reboot-gate JSON report; nothing posted:`)
    expect(lines.slice(1)).toEqual(["  (root): must NOT have additional properties 'POSTED OK", ":\u200b:error::forged\ufffdgnp.exe'"])
  })

  it('refuses a report of 40,000 items by its first error, at once', async () => {
    const findings = Array.from({ length: 40_000 }, () => ({ ruleId: 'X' }))
    const run = await post(JSON.stringify({ ...makeReport(), findings }))
    expect(run.code).toBe(1)
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(2)
  })
})
