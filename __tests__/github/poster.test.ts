/**
 * Tests for src/github/poster.ts (dist/post.js): phase 2 of the fork-safe workflow, posting from an
 * artifact it must not trust.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { runPoster } from '../../src/github/poster.js'
import type { FakeGitHub } from './fake-github/server.js'
import { FAST, FIX_COMMIT, HEAD, makeGitHub, makeReport } from './scenario.js'
import { workflowRunEnvironment } from './workflow-run-event.js'

let github: FakeGitHub
let dir: string
let env: NodeJS.ProcessEnv
let out: string[]
let err: string[]
let commands: string[]

beforeEach(async () => {
  github = makeGitHub()
  const apiUrl = await github.start()
  dir = mkdtempSync(join(tmpdir(), 'hotpatch-poster-'))
  env = {
    GITHUB_TOKEN: 'write-token',
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    ...workflowRunEnvironment(dir)
  }
  out = []
  err = []
  commands = []
  writeFileSync(join(dir, 'report.json'), JSON.stringify(makeReport()))
  writeFileSync(
    join(dir, 'context.json'),
    JSON.stringify({ pullRequest: 2, headSha: HEAD, scope: 'changed', failOn: 'error', comment: 'both' })
  )
})

afterEach(async () => {
  await github.stop()
  rmSync(dir, { recursive: true, force: true })
  expect(github.schemaErrors).toEqual([])
})

const post = (...extra: string[]): Promise<number> =>
  runPoster(
    [
      '--report',
      join(dir, 'report.json'),
      '--context',
      join(dir, 'context.json'),
      '--repo',
      'Codertocat/Hello-World',
      '--sha',
      HEAD,
      ...extra
    ],
    env,
    { out: line => out.push(line), err: line => err.push(line), command: line => commands.push(line) },
    { timings: FAST }
  )

describe('the poster', () => {
  it('posts the conversation after checking the pull request: 7 requests', async () => {
    expect(await post('--run-url', 'https://github.com/Codertocat/Hello-World/actions/runs/6000000002')).toBe(0)
    expect(github.requests.map(r => r.operation)).toEqual([
      'pulls/get',
      'pulls/list-files',
      'graphql:HotpatchReviewThreads',
      'issues/list-comments',
      'pulls/create-review',
      'pulls/create-review-comment',
      'issues/create-comment'
    ])
    expect(out).toEqual([
      'Pull request #2: summary created, 1 reviews with 3 line comments, 1 file comments, 0 threads resolved.'
    ])
    expect(err).toEqual([])
  })

  it('posts nothing when the pull request has moved on to another commit', async () => {
    github.push(FIX_COMMIT, github.files)
    expect(await post()).toBe(0)
    expect(github.requests.map(r => r.operation)).toEqual(['pulls/get'])
    expect(out).toEqual([
      'Pull request #2 is now at 5c1d6f0, not ec26c3e (the commit the report describes); nothing posted: the run for the newer commit comments.'
    ])
  })

  it('rejects a report that does not match the schema, without a request', async () => {
    writeFileSync(join(dir, 'report.json'), JSON.stringify({ ...makeReport(), schemaVersion: 1, extra: '<script>' }))
    expect(await post()).toBe(1)
    expect(github.requests).toEqual([])
    expect(err).toEqual([
      `${join(dir, 'report.json')} is not a hotpatch-reboot-gate JSON report; nothing posted:`,
      "  (root): must NOT have additional properties 'extra'"
    ])
  })

  it('links rules to their own pages and advisories to known hosts only, whatever the artifact says', async () => {
    const hostile = makeReport()
    const evil = 'https://github.com.evil.example/login/oauth/authorize?next=reboot-plan-required'
    writeFileSync(
      join(dir, 'report.json'),
      JSON.stringify({
        ...hostile,
        findings: hostile.findings.map(finding => ({ ...finding, docsUrl: evil })),
        advisories: [{ id: 'KB5070881', title: 'CVE-2025-59287 (MSRC)', url: 'https://msrc.microsoft.com.evil.example/update-guide' }]
      })
    )
    expect(await post()).toBe(0)
    const bodies = [...github.reviewComments, ...github.issueComments].map(comment => comment.body)
    expect(bodies.length).toBeGreaterThan(0)
    expect(bodies.filter(body => body.includes('evil.example'))).toEqual([])
    const rule = '[reboot-plan-required](https://github.com/hotpatch-reboot-gate/hotpatch-reboot-gate/blob/main/docs/rules/reboot-plan-required.md)'
    expect(github.reviewComments.find(comment => comment.line === 19)?.body.split('\n')[0]).toBe(`**🔴 error** · ${rule} · VM **vm-web**`)
    const summary = github.issueComments[0]?.body ?? ''
    expect(summary.split('\n').filter(line => line.startsWith('Advisories:'))).toEqual(['Advisories: CVE-2025-59287 \\(MSRC\\)'])
  })

  it('rejects a report that is not JSON', async () => {
    writeFileSync(join(dir, 'report.json'), '{"schemaVersion": 1,')
    expect(await post()).toBe(1)
    expect(err[1]).toMatch(/^ {2}.*JSON/)
  })

  it('finishes with a notice, not a failure, when the token cannot write', async () => {
    env.GITHUB_TOKEN = 'read-token'
    expect(await post()).toBe(0)
    expect(out[0]).toMatch(
      /^Not commenting on pull request #2: the token cannot write to it \(HTTP 403: Resource not accessible by integration/
    )
  })

  it('writes a write given up on as a ::warning:: in a workflow step, escaped, and as a plain line elsewhere', async () => {
    github.fail('pulls/create-review', 502, { times: 6, body: { message: 'Bad Gateway, 100% down' } })
    const warning =
      'The review with 3 findings on infra/prod.bicepparam and infra/main.bicep was not posted to pull request #2: ' +
      'HTTP 502 after 3 attempts: Bad Gateway, 100% down. The findings are in the annotations and the job summary; the ' +
      'next run posts what is missing.'
    expect(await post()).toBe(0)
    expect(out.filter(line => line.includes('was not posted'))).toEqual([`Warning: ${warning}`])
    out = []
    env.GITHUB_ACTIONS = 'true'
    expect(await post()).toBe(0)
    expect(out.filter(line => line.includes('was not posted'))).toEqual([])
    expect(commands).toEqual([`::warning::${warning.replace('%', '%25')}`])
  })

  it('refuses usage errors before any request', async () => {
    const usage = async (args: string[], environment: NodeJS.ProcessEnv): Promise<string | undefined> => {
      err = []
      const code = await runPoster(
        args,
        environment,
        { out: line => out.push(line), err: line => err.push(line), command: line => commands.push(line) },
        { timings: FAST }
      )
      expect(code).toBe(2)
      return err[0]
    }
    const report = ['--report', join(dir, 'report.json')]
    expect(
      await usage([...report, '--repo', 'Codertocat/Hello-World', '--sha', HEAD, '--pr', '2'], {
        ...env,
        GITHUB_TOKEN: ''
      })
    ).toBe('GITHUB_TOKEN is not set: the poster needs a token with pull-requests: write.')
    expect(await usage([...report, '--repo', 'Codertocat', '--sha', HEAD, '--pr', '2'], env)).toBe(
      "Invalid --repo 'Codertocat': expected OWNER/NAME."
    )
    expect(await usage([...report, '--repo', 'Codertocat/Hello-World', '--sha', 'main', '--pr', '2'], env)).toBe(
      "Invalid --sha 'main': expected the full head commit SHA (github.event.workflow_run.head_sha)."
    )
    writeFileSync(join(dir, 'context.json'), JSON.stringify({ pullRequest: '2; curl evil' }))
    expect(
      await usage(
        [...report, '--repo', 'Codertocat/Hello-World', '--sha', HEAD, '--context', join(dir, 'context.json')],
        env
      )
    ).toBe("Invalid pull request number '2; curl evil': give --pr NUMBER or --context FILE.")
    expect(
      await usage([...report, '--repo', 'Codertocat/Hello-World', '--sha', HEAD, '--pr', '2', '--comment', 'all'], env)
    ).toBe("Invalid --comment 'all': expected one of both, summary, review.")
    expect(github.requests).toEqual([])
  })
})

describe('the poster’s fail-on when phase 1 passed an empty input', () => {
  /** The summary comment's heading for a report with warnings only, its own fail-on, and an empty context fail-on. */
  async function headingFor(reportFailOn: 'warning' | undefined): Promise<string> {
    const report = makeReport()
    const warnings = {
      ...report,
      ...(reportFailOn !== undefined && { failOn: reportFailOn }),
      findings: report.findings.map(finding => ({ ...finding, severity: 'warning' as const }))
    }
    writeFileSync(join(dir, 'report.json'), JSON.stringify(warnings))
    writeFileSync(join(dir, 'context.json'), JSON.stringify({ pullRequest: 2, headSha: HEAD, scope: 'all', failOn: '', comment: 'summary' }))
    expect(await post()).toBe(0)
    const created = github.requests.find(request => request.operation === 'issues/create-comment')
    const body = (created?.body as { body?: string } | undefined)?.body ?? ''
    return body.split('\n').find(line => line.startsWith('### ')) ?? ''
  }

  it("uses the fail-on phase 1's verdict used (its configuration's), recorded in the report", async () => {
    const strict = await headingFor('warning')
    expect(strict.startsWith('### ❌')).toBe(true)
  })

  it('falls back to error when the report does not say', async () => {
    const lenient = await headingFor(undefined)
    expect(lenient.startsWith('### ✅')).toBe(true)
  })
})
